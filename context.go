package dipgraph

import "context"

// userKey is the context key of the name of the person making a request.
type userKey struct{}

// NewContextWithUser returns a copy of ctx that carries name as the person
// making the request; stores record it as AddedBy on what that person writes.
func NewContextWithUser(ctx context.Context, name string) context.Context {
	return context.WithValue(ctx, userKey{}, name)
}

// UserFromContext returns the name NewContextWithUser put in ctx, or "" when
// there is none.
func UserFromContext(ctx context.Context) string {
	name, _ := ctx.Value(userKey{}).(string)
	return name
}
