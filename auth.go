package dipgraph

import "context"

// Role is what an API caller may do, decided from the key it presents.
type Role string

// The roles. RoleNone is the zero value: no valid key, or none in the
// context at all.
const (
	RoleNone      Role = ""
	RoleAnonymous Role = "anonymous" // no key, where reading is open to all
	RoleReader    Role = "reader"    // a reader key: may read
	RoleEditor    Role = "editor"    // an editor key: may read and write
)

// CanRead reports whether r may run queries and subscriptions.
func (r Role) CanRead() bool { return r == RoleAnonymous || r == RoleReader || r == RoleEditor }

// CanWrite reports whether r may run mutations.
func (r Role) CanWrite() bool { return r == RoleEditor }

type roleKey struct{}

// NewContextWithRole returns a copy of ctx that carries the caller's role.
func NewContextWithRole(ctx context.Context, r Role) context.Context {
	return context.WithValue(ctx, roleKey{}, r)
}

// RoleFromContext returns the caller's role carried by ctx, or RoleNone when
// ctx carries none.
func RoleFromContext(ctx context.Context) Role {
	r, _ := ctx.Value(roleKey{}).(Role)
	return r
}
