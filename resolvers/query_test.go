package resolvers_test

import (
	"slices"
	"strings"
	"testing"
)

const claimFields = `totalCount pageInfo { hasNextPage endCursor }
  edges { cursor node { id text quote mode date speaker { id name } addressees { name } about { name } event { type label } origin addedBy } }`

func TestQuery_Claims(t *testing.T) {
	e := newEnv(t, options{})
	var all struct{ Claims claimsPage }
	e.query(t, "", `{ claims(first: 100) { `+claimFields+` } }`, nil, &all)
	if all.Claims.TotalCount < 10 {
		t.Fatalf("got %d claims in the seed, want at least 10", all.Claims.TotalCount)
	}

	tests := []struct {
		name   string
		filter map[string]any
		check  func(t *testing.T, c claimNode)
		min    int
	}{
		{"speaker by alias", map[string]any{"speaker": "Biden"}, func(t *testing.T, c claimNode) {
			if c.Speaker.Name != "Joe Biden" {
				t.Errorf("got speaker %q, want Joe Biden", c.Speaker.Name)
			}
		}, 5},
		{"speaker lower case", map[string]any{"speaker": "putin"}, func(t *testing.T, c claimNode) {
			if c.Speaker.Name != "Vladimir Putin" {
				t.Errorf("got speaker %q, want Vladimir Putin", c.Speaker.Name)
			}
		}, 4},
		{"addressee", map[string]any{"addressee": "Vladimir Putin"}, func(t *testing.T, c claimNode) {
			if !slices.Contains(names(c.Addressees), "Vladimir Putin") {
				t.Errorf("got addressees %v, want Vladimir Putin among them", names(c.Addressees))
			}
		}, 2},
		{"about", map[string]any{"about": "the alliance"}, func(t *testing.T, c claimNode) {
			if !slices.Contains(names(c.About), "NATO") {
				t.Errorf("got about %v, want NATO among them", names(c.About))
			}
		}, 2},
		{"mode", map[string]any{"mode": "DIRECT"}, func(t *testing.T, c claimNode) {
			if c.Mode != "DIRECT" || c.Quote == nil {
				t.Errorf("got mode %s quote %v, want DIRECT with a quote", c.Mode, c.Quote)
			}
		}, 3},
		{"eventType", map[string]any{"eventType": "PRESS_CONFERENCE"}, func(t *testing.T, c claimNode) {
			if c.Event == nil || c.Event.Type != "PRESS_CONFERENCE" {
				t.Errorf("got event %+v, want a PRESS_CONFERENCE", c.Event)
			}
		}, 1},
		{"date range", map[string]any{"from": "2022-02-15", "to": "2022-02-15"}, func(t *testing.T, c claimNode) {
			if c.Date == nil || *c.Date != "2022-02-15" {
				t.Errorf("got date %v, want 2022-02-15", c.Date)
			}
		}, 10},
		{"text", map[string]any{"text": "NEGOTIATIONS"}, func(t *testing.T, c claimNode) {
			if !strings.Contains(strings.ToLower(c.Text+deref(c.Quote)), "negotiations") {
				t.Errorf("got text %q quote %q, want negotiations in one", c.Text, deref(c.Quote))
			}
		}, 1},
		{"combined: Biden to Putin", map[string]any{"speaker": "Biden", "addressee": "Putin", "from": "2022-02-01", "to": "2022-02-28"}, func(t *testing.T, c claimNode) {
			if c.Speaker.Name != "Joe Biden" || !slices.Contains(names(c.Addressees), "Vladimir Putin") {
				t.Errorf("got %s to %v, want Joe Biden to Vladimir Putin", c.Speaker.Name, names(c.Addressees))
			}
		}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ Claims claimsPage }
			e.query(t, "", `query($f: ClaimFilter) { claims(filter: $f, first: 100) { `+claimFields+` } }`, map[string]any{"f": tt.filter}, &got)
			if got.Claims.TotalCount < tt.min || len(got.Claims.Edges) != got.Claims.TotalCount {
				t.Fatalf("got totalCount %d with %d edges, want at least %d and all on the page", got.Claims.TotalCount, len(got.Claims.Edges), tt.min)
			}
			if got.Claims.TotalCount >= all.Claims.TotalCount && tt.name != "date range" {
				t.Errorf("got %d claims, the whole seed: the filter did not filter", got.Claims.TotalCount)
			}
			for _, edge := range got.Claims.Edges {
				tt.check(t, edge.Node)
			}
		})
	}

	t.Run("no match", func(t *testing.T) {
		var got struct{ Claims claimsPage }
		e.query(t, "", `{ claims(filter: {speaker: "Nobody At All"}) { `+claimFields+` } }`, nil, &got)
		if got.Claims.TotalCount != 0 || len(got.Claims.Edges) != 0 || got.Claims.PageInfo.EndCursor != nil {
			t.Errorf("got %+v, want an empty page", got.Claims)
		}
	})
}

func TestQuery_ClaimsPagination(t *testing.T) {
	e := newEnv(t, options{})
	var all struct{ Claims claimsPage }
	e.query(t, "", `{ claims(first: 100) { `+claimFields+` } }`, nil, &all)
	total := all.Claims.TotalCount

	var seen []string
	var after *string
	for page := 0; ; page++ {
		var got struct{ Claims claimsPage }
		e.query(t, "", `query($after: String) { claims(first: 4, after: $after) { `+claimFields+` } }`, map[string]any{"after": after}, &got)
		if got.Claims.TotalCount != total {
			t.Fatalf("page %d: got totalCount %d, want %d", page, got.Claims.TotalCount, total)
		}
		for _, edge := range got.Claims.Edges {
			seen = append(seen, edge.Node.ID)
		}
		if got.Claims.PageInfo.EndCursor == nil || *got.Claims.PageInfo.EndCursor != got.Claims.Edges[len(got.Claims.Edges)-1].Cursor {
			t.Fatalf("page %d: endCursor %v is not the last edge's cursor", page, got.Claims.PageInfo.EndCursor)
		}
		if !got.Claims.PageInfo.HasNextPage {
			break
		}
		if len(got.Claims.Edges) != 4 {
			t.Fatalf("page %d: got %d edges, want 4 before the last page", page, len(got.Claims.Edges))
		}
		after = got.Claims.PageInfo.EndCursor
	}
	var want []string
	for _, edge := range all.Claims.Edges {
		want = append(want, edge.Node.ID)
	}
	if !slices.Equal(seen, want) {
		t.Errorf("paging by 4 gave %d ids in another order than one page of 100 (%d)", len(seen), len(want))
	}

	t.Run("first 0 counts only", func(t *testing.T) {
		var got struct{ Claims claimsPage }
		e.query(t, "", `{ claims(first: 0) { `+claimFields+` } }`, nil, &got)
		if got.Claims.TotalCount != total || len(got.Claims.Edges) != 0 || !got.Claims.PageInfo.HasNextPage {
			t.Errorf("got totalCount %d, %d edges, hasNextPage %v; want %d, 0, true", got.Claims.TotalCount, len(got.Claims.Edges), got.Claims.PageInfo.HasNextPage, total)
		}
	})
	t.Run("bad cursor", func(t *testing.T) {
		r := e.post(t, "", `{ claims(after: "not-a-cursor") { totalCount } }`, nil)
		if r.code() != "BAD_USER_INPUT" || r.field() != "after" {
			t.Errorf("got code %q field %q, want BAD_USER_INPUT after", r.code(), r.field())
		}
	})
	t.Run("bad date names the field", func(t *testing.T) {
		r := e.post(t, "", `{ claims(filter: {from: "2022-02-30"}) { totalCount } }`, nil)
		if r.code() != "BAD_USER_INPUT" || r.field() != "filter.from" {
			t.Errorf("got code %q field %q (%+v), want BAD_USER_INPUT naming from", r.code(), r.field(), r.Errors)
		}
	})
	t.Run("bad date in a variable names the field", func(t *testing.T) {
		r := e.post(t, "", `query($f: ClaimFilter) { claims(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"to": "15/02/2022"}})
		if r.code() != "BAD_USER_INPUT" || r.field() != "filter.to" {
			t.Errorf("got code %q field %q (%+v), want BAD_USER_INPUT naming to", r.code(), r.field(), r.Errors)
		}
	})
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}
