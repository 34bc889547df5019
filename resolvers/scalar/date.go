package scalar

import (
	"github.com/99designs/gqlgen/graphql"

	"github.com/dipgraph/dipgraph"
)

// MarshalDate writes d as a JSON string, or null when d is empty.
func MarshalDate(d dipgraph.Date) graphql.Marshaler {
	if d == "" {
		return graphql.Null
	}
	return graphql.MarshalString(string(d))
}

// UnmarshalDate reads a Date from a GraphQL input value. It fails with an
// EINVALID error when v is not a string holding a real YYYY-MM-DD date; the
// executor adds the path of the offending field.
func UnmarshalDate(v any) (dipgraph.Date, error) {
	s, ok := v.(string)
	if !ok {
		return "", dipgraph.Errorf(dipgraph.EINVALID, "a Date must be a string in YYYY-MM-DD form, got %v", v)
	}
	return dipgraph.ParseDate(s)
}
