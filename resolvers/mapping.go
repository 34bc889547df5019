package resolvers

import (
	"context"
	"strconv"
	"time"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/graph/model"
)

// deref returns *p, or the zero value when p is nil.
func deref[T any](p *T) T {
	if p == nil {
		var zero T
		return zero
	}
	return *p
}

// optional returns a pointer to s, or nil when s is empty, so that unknown
// strings read as null.
func optional[S ~string](s S) *string {
	if s == "" {
		return nil
	}
	v := string(s)
	return &v
}

// optionalTime returns a pointer to t, or nil when t is zero.
func optionalTime(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	return &t
}

// resolveActor returns the actor that ref names, for an input field. It
// fails with an EINVALID error naming field when ref is empty or names
// nobody, and passes on other errors.
func (r *Resolver) resolveActor(ctx context.Context, field, ref string) (*dipgraph.Actor, error) {
	if ref == "" {
		return nil, dipgraph.FieldErrorf(field, "%s must name an actor", field)
	}
	a, err := r.Actors.ResolveActor(ctx, ref)
	if dipgraph.ErrorCode(err) == dipgraph.ENOTFOUND {
		return nil, dipgraph.FieldErrorf(field, "no actor is named %q", ref)
	}
	return a, err
}

// resolveActorIDs resolves every ref of a list input, naming field[i] in the
// error for the first that names nobody.
func (r *Resolver) resolveActorIDs(ctx context.Context, field string, refs []string) ([]string, error) {
	ids := make([]string, 0, len(refs))
	for i, ref := range refs {
		a, err := r.resolveActor(ctx, indexed(field, i), ref)
		if err != nil {
			return nil, err
		}
		ids = append(ids, a.ID)
	}
	return ids, nil
}

func indexed(field string, i int) string {
	return field + "[" + strconv.Itoa(i) + "]"
}

// nilIfNotFound turns an ENOTFOUND error into a null result, for the
// nullable lookups of Query.
func nilIfNotFound[T any](v *T, err error) (*T, error) {
	if dipgraph.ErrorCode(err) == dipgraph.ENOTFOUND {
		return nil, nil
	}
	return v, err
}

// timelineEntries merges a timeline's events and claims, each in date
// order, into one list in date order with events first on a day.
func timelineEntries(t *dipgraph.Timeline) []*model.TimelineEntry {
	out := make([]*model.TimelineEntry, 0, len(t.Events)+len(t.Claims))
	i, j := 0, 0
	for i < len(t.Events) || j < len(t.Claims) {
		if j == len(t.Claims) || (i < len(t.Events) && t.Events[i].Date <= t.Claims[j].Date) {
			out = append(out, &model.TimelineEntry{Date: t.Events[i].Date, Event: t.Events[i]})
			i++
		} else {
			out = append(out, &model.TimelineEntry{Date: t.Claims[j].Date, Claim: t.Claims[j]})
			j++
		}
	}
	return out
}
