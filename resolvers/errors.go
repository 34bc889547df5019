package resolvers

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/dipgraph/dipgraph"
)

// The values of extensions.code in GraphQL errors.
const (
	CodeNotFound        = "NOT_FOUND"
	CodeBadUserInput    = "BAD_USER_INPUT"
	CodeConflict        = "CONFLICT"
	CodeUnauthenticated = "UNAUTHENTICATED"
	CodeInternal        = "INTERNAL"
)

// internalMessage is all a client learns of an internal error.
const internalMessage = "internal error"

// codes maps the domain's error codes to extensions.code.
var codes = map[string]string{
	dipgraph.ENOTFOUND:     CodeNotFound,
	dipgraph.EINVALID:      CodeBadUserInput,
	dipgraph.ECONFLICT:     CodeConflict,
	dipgraph.EUNAUTHORIZED: CodeUnauthenticated,
}

// presentError turns an error from a resolver or from reading the input
// into the GraphQL error the client sees. A *dipgraph.Error keeps its
// user-safe message and gets its code in extensions.code, and for EINVALID
// the field it names (or the input path it was read from) in
// extensions.field. GraphQL errors that already carry a code, and those of
// the executor itself (syntax, validation), pass unchanged. Anything else is
// internal: it is logged and the client sees only "internal error".
func presentError(ctx context.Context, err error) *gqlerror.Error {
	gqlErr := graphql.DefaultErrorPresenter(ctx, err)
	var de *dipgraph.Error
	if errors.As(err, &de) && de.Code != dipgraph.EINTERNAL {
		gqlErr.Message = de.Message
		gqlErr.Extensions = map[string]any{"code": codes[de.Code]}
		if de.Code == dipgraph.EINVALID {
			if field := fieldOf(ctx, de, gqlErr); field != "" {
				gqlErr.Extensions["field"] = field
				if de.Field == "" {
					gqlErr.Message = field + ": " + gqlErr.Message
				}
			}
		}
		return gqlErr
	}
	// An error the executor made (syntax, validation) or one that already
	// carries its code (limits, authorization) is meant for clients.
	if executorMade := de == nil && gqlErr.Err == nil; executorMade || gqlErr.Extensions["code"] != nil {
		return gqlErr
	}
	slog.ErrorContext(ctx, "graphql: internal error", "err", err, "path", gqlErr.Path.String())
	return &gqlerror.Error{
		Message:    internalMessage,
		Path:       gqlErr.Path,
		Locations:  gqlErr.Locations,
		Extensions: map[string]any{"code": CodeInternal},
	}
}

// fieldOf names the input field an EINVALID error is about: the one the
// error names, or else the path of the input value it was read from below
// the field being resolved, such as filter.from for a bad Date.
func fieldOf(ctx context.Context, de *dipgraph.Error, gqlErr *gqlerror.Error) string {
	if de.Field != "" {
		return de.Field
	}
	path := gqlErr.Path
	if fc := graphql.GetFieldContext(ctx); fc != nil {
		if prefix := fc.Path(); len(prefix) <= len(path) && prefix.String() == path[:len(prefix)].String() {
			path = path[len(prefix):]
		}
	}
	return path.String()
}

// recoverPanic logs a resolver's panic with its stack and answers an
// internal error.
func recoverPanic(ctx context.Context, p any) error {
	slog.ErrorContext(ctx, "graphql: panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
	return &gqlerror.Error{Message: internalMessage, Extensions: map[string]any{"code": CodeInternal}}
}
