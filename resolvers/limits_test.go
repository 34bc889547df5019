package resolvers_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph"
)

func TestLimits_RejectedBeforeTheStore(t *testing.T) {
	e := newEnv(t, options{})
	deep := `{ actor(name: "Putin") { ` + strings.Repeat("affiliation { ", 11) + "name" + strings.Repeat(" }", 11) + ` } }`
	tests := []struct {
		name, query string
		vars        map[string]any
		code, msg   string
	}{
		{"too deep", deep, nil, "BAD_USER_INPUT", "nested 13 levels deep, more than the 10 allowed"},
		{"too complex", `{ actors(first: 100) { edges { node { statements(first: 100) { edges { node {
			speaker { addressedBy(first: 100) { totalCount } } } } } } } } }`, nil, "BAD_USER_INPUT", "more than the 25000 allowed"},
		{"page too large", `{ claims(first: 1000) { totalCount } }`, nil, "BAD_USER_INPUT", "first must be between 0 and 100, got 1000"},
		{"page too large in a variable", `query($n: Int) { claims(first: $n) { totalCount } }`, map[string]any{"n": 101}, "BAD_USER_INPUT", "got 101"},
		{"nested page too large", `{ actor(name: "Putin") { statements(first: 500) { totalCount } } }`, nil, "BAD_USER_INPUT", "got 500"},
		{"negative page", `{ events(first: -1) { totalCount } }`, nil, "BAD_USER_INPUT", "got -1"},
		{"too deep through a fragment", `{ actor(name: "Putin") { ...A } } fragment A on Actor { ` + strings.Repeat("affiliation { ", 11) + "name" + strings.Repeat(" }", 11) + ` }`, nil, "BAD_USER_INPUT", "nested 13 levels deep"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.db.QueryCount()
			r := e.post(t, "", tt.query, tt.vars)
			if r.code() != tt.code || len(r.Errors) != 1 || !strings.Contains(r.Errors[0].Message, tt.msg) {
				t.Errorf("got code %q (%+v), want %s with a message saying %q", r.code(), r.Errors, tt.code, tt.msg)
			}
			if len(r.Data) > 0 && string(r.Data) != "null" {
				t.Errorf("got data %s, want none", r.Data)
			}
			if n := e.db.QueryCount() - before; n != 0 {
				t.Errorf("ran %d Cypher queries, want 0", n)
			}
		})
	}
	t.Run("introspection is not too deep", func(t *testing.T) {
		r := e.post(t, "", `{ __schema { types { name fields { name type { name ofType { name ofType { name ofType { name ofType { name ofType { name ofType { name } } } } } } } } } } }`, nil)
		if len(r.Errors) > 0 {
			t.Errorf("got %+v, want introspection allowed", r.Errors)
		}
	})
}

func TestDataLoaders(t *testing.T) {
	e := newEnv(t, options{})
	ctx := dipgraph.NewContextWithUser(context.Background(), "editor:test00")
	var events struct {
		Events struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.query(t, "", `{ events(first: 100) { edges { node { id } } } }`, nil, &events)
	var actors struct {
		Actors struct {
			Edges []struct{ Node struct{ ID string } }
		}
	}
	e.query(t, "", `{ actors(first: 100) { edges { node { id } } } }`, nil, &actors)
	ev, ac := events.Events.Edges, actors.Actors.Edges
	for i := 0; i < 100; i++ {
		c := &dipgraph.Claim{
			SpeakerID:    ac[i%len(ac)].Node.ID,
			AddresseeIDs: []string{ac[(i+1)%len(ac)].Node.ID, ac[(i+2)%len(ac)].Node.ID},
			AboutIDs:     []string{ac[(i+3)%len(ac)].Node.ID},
			EventID:      ev[i%len(ev)].Node.ID,
			Text:         fmt.Sprintf("Generated claim %d.", i),
			Date:         "2022-02-16",
		}
		if err := e.db.CreateClaim(ctx, c); err != nil {
			t.Fatalf("CreateClaim %d: %v", i, err)
		}
	}
	before := e.db.QueryCount()
	var got struct{ Claims claimsPage }
	e.query(t, "", `{ claims(first: 100) { `+claimFields+` } }`, nil, &got)
	n := e.db.QueryCount() - before
	if len(got.Claims.Edges) != 100 {
		t.Fatalf("got %d claims, want 100", len(got.Claims.Edges))
	}
	for _, edge := range got.Claims.Edges {
		if edge.Node.Speaker.Name == "" || edge.Node.Event == nil || len(edge.Node.Addressees) == 0 {
			t.Fatalf("got claim %+v, want speaker, addressees and event filled in", edge.Node)
		}
	}
	const maxRoundTrips = 6
	if n > maxRoundTrips {
		t.Errorf("100 claims with speakers, addressees, about and events took %d Cypher round trips, want at most %d", n, maxRoundTrips)
	}
	t.Logf("100 claims with their actors and events: %d round trips", n)
}
