package resolvers_test

import (
	"slices"
	"testing"
)

func TestQuery_Actor(t *testing.T) {
	e := newEnv(t, options{})
	tests := []struct {
		name, ref, want string
	}{
		{"canonical name", "Vladimir Putin", "Vladimir Putin"},
		{"alias any case", "putin", "Vladimir Putin"},
		{"metonym", "Moscow", "Russia"},
		{"alias with article", "THE ALLIANCE", "NATO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Actor *struct {
					ID, Name, Kind string
					Aliases        []string
				}
			}
			e.query(t, "", `query($n: String) { actor(name: $n) { id name kind aliases } }`, map[string]any{"n": tt.ref}, &got)
			if got.Actor == nil || got.Actor.Name != tt.want {
				t.Fatalf("actor(name: %q): got %+v, want %s", tt.ref, got.Actor, tt.want)
			}
			var byID struct{ Actor struct{ Name string } }
			e.query(t, "", `query($id: ID) { actor(id: $id) { name } }`, map[string]any{"id": got.Actor.ID}, &byID)
			if byID.Actor.Name != tt.want {
				t.Errorf("actor(id: %s): got %q, want %s", got.Actor.ID, byID.Actor.Name, tt.want)
			}
		})
	}
	t.Run("unknown name is null", func(t *testing.T) {
		r := e.post(t, "", `{ actor(name: "Atlantis") { name } }`, nil)
		if len(r.Errors) > 0 || string(r.Data) != `{"actor":null}` {
			t.Errorf("got data %s errors %+v, want actor null and no error", r.Data, r.Errors)
		}
	})
	t.Run("neither id nor name", func(t *testing.T) {
		r := e.post(t, "", `{ actor { name } }`, nil)
		if r.code() != "BAD_USER_INPUT" {
			t.Errorf("got code %q, want BAD_USER_INPUT", r.code())
		}
	})
}

func TestActor_Relations(t *testing.T) {
	e := newEnv(t, options{})
	var got struct {
		Putin struct {
			Affiliation   *struct{ Name string }
			Statements    claimsPage
			AddressedBy   claimsPage
			Interlocutors []struct {
				Actor     actorRef
				SaidTo    int
				HeardFrom int
				Last      *string
			}
			Events struct {
				TotalCount int
				Edges      []struct{ Node struct{ Type, Label string } }
			}
		}
	}
	e.query(t, "", `{ putin: actor(name: "Putin") {
		affiliation { name }
		statements(first: 100) { `+claimFields+` }
		addressedBy(first: 100) { `+claimFields+` }
		interlocutors(from: "2022-02-01", to: "2022-02-28") { actor { id name } saidTo heardFrom last }
		events(first: 100) { totalCount edges { node { type label } } }
	} }`, nil, &got)
	p := got.Putin

	t.Run("statements", func(t *testing.T) {
		if p.Statements.TotalCount < 4 {
			t.Fatalf("got %d statements, want at least 4", p.Statements.TotalCount)
		}
		for _, edge := range p.Statements.Edges {
			if edge.Node.Speaker.Name != "Vladimir Putin" {
				t.Errorf("got statement by %q, want Vladimir Putin", edge.Node.Speaker.Name)
			}
		}
	})
	t.Run("addressedBy", func(t *testing.T) {
		var speakers []string
		for _, edge := range p.AddressedBy.Edges {
			speakers = append(speakers, edge.Node.Speaker.Name)
			if !slices.Contains(names(edge.Node.Addressees), "Vladimir Putin") {
				t.Errorf("got claim addressed to %v, want Vladimir Putin among them", names(edge.Node.Addressees))
			}
		}
		if !slices.Contains(speakers, "Joe Biden") {
			t.Errorf("got claims to Putin from %v, want Joe Biden among them", speakers)
		}
	})
	t.Run("interlocutors", func(t *testing.T) {
		var biden bool
		for _, it := range p.Interlocutors {
			if it.Actor.Name == "Joe Biden" {
				biden = true
				if it.HeardFrom < 1 {
					t.Errorf("got heardFrom %d from Biden, want at least 1", it.HeardFrom)
				}
				if it.Last == nil || *it.Last != "2022-02-15" {
					t.Errorf("got last %v, want 2022-02-15", it.Last)
				}
			}
		}
		if !biden {
			t.Errorf("got interlocutors %+v, want Joe Biden among them", p.Interlocutors)
		}
	})
	t.Run("events", func(t *testing.T) {
		var types []string
		for _, edge := range p.Events.Edges {
			types = append(types, edge.Node.Type)
		}
		if !slices.Contains(types, "PRESS_CONFERENCE") {
			t.Errorf("got Putin's events %v, want a PRESS_CONFERENCE", types)
		}
	})
}

func TestQuery_Actors(t *testing.T) {
	e := newEnv(t, options{})
	tests := []struct {
		name  string
		args  string
		check func(t *testing.T, got []string, total int)
	}{
		{"all in name order", `first: 100`, func(t *testing.T, got []string, total int) {
			if total < 8 || !slices.IsSorted(got) {
				t.Errorf("got %d actors %v, want at least 8 in name order", total, got)
			}
		}},
		{"search matches aliases", `search: "moscow"`, func(t *testing.T, got []string, total int) {
			if !slices.Equal(got, []string{"Russia"}) {
				t.Errorf("got %v, want [Russia]", got)
			}
		}},
		{"kind", `kind: PERSON, first: 100`, func(t *testing.T, got []string, total int) {
			for _, want := range []string{"Joe Biden", "Olaf Scholz", "Vladimir Putin"} {
				if !slices.Contains(got, want) {
					t.Errorf("got persons %v, want %s among them", got, want)
				}
			}
			if slices.Contains(got, "Russia") {
				t.Errorf("got persons %v, want no Russia", got)
			}
		}},
		{"paged", `first: 2`, func(t *testing.T, got []string, total int) {
			if len(got) != 2 || total < 8 {
				t.Errorf("got %d of %d, want 2 of at least 8", len(got), total)
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct {
				Actors struct {
					TotalCount int
					Edges      []struct{ Node struct{ Name string } }
				}
			}
			e.query(t, "", `{ actors(`+tt.args+`) { totalCount edges { node { name } } } }`, nil, &got)
			var ns []string
			for _, edge := range got.Actors.Edges {
				ns = append(ns, edge.Node.Name)
			}
			tt.check(t, ns, got.Actors.TotalCount)
		})
	}
}
