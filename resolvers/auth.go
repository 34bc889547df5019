package resolvers

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/dipgraph/dipgraph"
)

// authorize is an operation middleware: it lets a mutation run only for an
// editor and a query or subscription only for a caller who may read, going
// by the role the HTTP layer put in the context (dipgraph.RoleFromContext).
// A refused operation runs no resolver and answers UNAUTHENTICATED.
func authorize(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
	role := dipgraph.RoleFromContext(ctx)
	oc := graphql.GetOperationContext(ctx)
	var msg string
	switch {
	case oc.Operation != nil && oc.Operation.Operation == ast.Mutation && !role.CanWrite():
		msg = "mutations need an editor key: send Authorization: Bearer <key>"
	case !role.CanRead():
		msg = "this API needs a key: send Authorization: Bearer <key>"
	default:
		return next(ctx)
	}
	return graphql.OneShot(&graphql.Response{Errors: gqlerror.List{{
		Message:    msg,
		Extensions: map[string]any{"code": CodeUnauthenticated},
	}}})
}
