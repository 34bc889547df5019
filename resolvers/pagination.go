package resolvers

import (
	"context"
	"encoding/base64"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/graph/model"
)

// Page sizes of connections and lists.
const (
	defaultPageSize = 20
	maxPageSize     = 100
	// maxListSize bounds the unpaginated lists (an article's or an event's
	// claims), which are small in practice.
	maxListSize = 500
)

const cursorPrefix = "offset:"

// encodeCursor returns the opaque cursor of the item at offset.
func encodeCursor(offset int) string {
	return base64.RawURLEncoding.EncodeToString([]byte(cursorPrefix + strconv.Itoa(offset)))
}

// decodeCursor returns the offset a cursor made by encodeCursor stands for.
// It fails with an EINVALID error naming the field "after" for anything else.
func decodeCursor(cursor string) (int, error) {
	b, err := base64.RawURLEncoding.DecodeString(cursor)
	if err == nil {
		if s, ok := strings.CutPrefix(string(b), cursorPrefix); ok {
			if n, err := strconv.Atoi(s); err == nil && n >= 0 {
				return n, nil
			}
		}
	}
	return 0, dipgraph.FieldErrorf("after", "after %q is not a cursor of this API", cursor)
}

// pageWindow is the slice of results a connection asks for.
type pageWindow struct {
	offset int
	limit  int // 0 asks only for the total count
}

// pageOf reads the first and after arguments. It fails with an EINVALID
// error naming the argument when first is negative or above maxPageSize or
// after is not a cursor.
func pageOf(first *int, after *string) (pageWindow, error) {
	w := pageWindow{limit: defaultPageSize}
	if first != nil {
		if *first < 0 || *first > maxPageSize {
			return w, dipgraph.FieldErrorf("first", "first must be between 0 and %d, got %d", maxPageSize, *first)
		}
		w.limit = *first
	}
	if after != nil && *after != "" {
		n, err := decodeCursor(*after)
		if err != nil {
			return w, err
		}
		w.offset = n + 1
	}
	return w, nil
}

// storeLimit is the limit to ask the store for: stores read 0 as their
// default page size, so a count-only page asks for one item and drops it.
func (w pageWindow) storeLimit() int { return max(w.limit, 1) }

// listSize reads the first argument of a plain list, such as search.
func listSize(first *int) (int, error) {
	w, err := pageOf(first, nil)
	return w.limit, err
}

// edges trims items fetched with storeLimit to the page w asks for and
// returns an edge for each, made by edge from its cursor and the item, with
// the page info.
func edges[T, E any](w pageWindow, items []T, total int, edge func(cursor string, node T) E) ([]E, *model.PageInfo) {
	items = items[:min(len(items), w.limit)]
	out := make([]E, len(items))
	for i, it := range items {
		out[i] = edge(encodeCursor(w.offset+i), it)
	}
	info := &model.PageInfo{HasNextPage: w.offset+len(items) < total}
	if len(items) > 0 {
		end := encodeCursor(w.offset + len(items) - 1)
		info.EndCursor = &end
	}
	return out, info
}

func claimConnection(w pageWindow, claims []*dipgraph.Claim, total int) *model.ClaimConnection {
	es, info := edges(w, claims, total, func(c string, n *dipgraph.Claim) *model.ClaimEdge { return &model.ClaimEdge{Cursor: c, Node: n} })
	return &model.ClaimConnection{Edges: es, PageInfo: info, TotalCount: total}
}

func eventConnection(w pageWindow, events []*dipgraph.Event, total int) *model.EventConnection {
	es, info := edges(w, events, total, func(c string, n *dipgraph.Event) *model.EventEdge { return &model.EventEdge{Cursor: c, Node: n} })
	return &model.EventConnection{Edges: es, PageInfo: info, TotalCount: total}
}

func actorConnection(w pageWindow, actors []*dipgraph.Actor, total int) *model.ActorConnection {
	es, info := edges(w, actors, total, func(c string, n *dipgraph.Actor) *model.ActorEdge { return &model.ActorEdge{Cursor: c, Node: n} })
	return &model.ActorConnection{Edges: es, PageInfo: info, TotalCount: total}
}

// claimPage returns the page of claims matching f that first and after ask
// for. It fails with EINVALID for a bad first or after.
func (r *Resolver) claimPage(ctx context.Context, f dipgraph.ClaimFilter, first *int, after *string) (*model.ClaimConnection, error) {
	w, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	claims, total, err := r.Claims.FindClaims(ctx, w.claims(f))
	if err != nil {
		return nil, err
	}
	return claimConnection(w, claims, total), nil
}

// eventPage returns the page of events matching f that first and after ask
// for. It fails with EINVALID for a bad first or after.
func (r *Resolver) eventPage(ctx context.Context, f dipgraph.EventFilter, first *int, after *string) (*model.EventConnection, error) {
	w, err := pageOf(first, after)
	if err != nil {
		return nil, err
	}
	events, total, err := r.Events.FindEvents(ctx, w.events(f))
	if err != nil {
		return nil, err
	}
	return eventConnection(w, events, total), nil
}
