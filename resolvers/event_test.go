package resolvers_test

import (
	"slices"
	"strings"
	"testing"
)

func TestQuery_Events(t *testing.T) {
	e := newEnv(t, options{})
	type eventNode struct {
		ID, Type, Label string
		Date            *string
		Participants    []actorRef
		Claims          []claimNode
		Sources         []struct {
			Sentence   string
			Start, End int
			Article    struct{ Title string }
		}
		Origin string
	}
	query := func(t *testing.T, filter map[string]any) []eventNode {
		t.Helper()
		var got struct {
			Events struct {
				TotalCount int
				Edges      []struct{ Node eventNode }
			}
		}
		e.query(t, "", `query($f: EventFilter) { events(filter: $f, first: 100) { totalCount edges { node {
			id type label date participants { name } claims { text speaker { name } }
			sources { sentence start end article { title } } origin } } } }`, map[string]any{"f": filter}, &got)
		if got.Events.TotalCount != len(got.Events.Edges) {
			t.Fatalf("got totalCount %d and %d edges, want them equal", got.Events.TotalCount, len(got.Events.Edges))
		}
		out := make([]eventNode, len(got.Events.Edges))
		for i, edge := range got.Events.Edges {
			out[i] = edge.Node
		}
		return out
	}
	all := query(t, nil)
	if len(all) < 5 {
		t.Fatalf("got %d events in the seed, want at least 5", len(all))
	}

	tests := []struct {
		name   string
		filter map[string]any
		check  func(t *testing.T, ev eventNode)
	}{
		{"type", map[string]any{"type": "PRESS_CONFERENCE"}, func(t *testing.T, ev eventNode) {
			if ev.Type != "PRESS_CONFERENCE" {
				t.Errorf("got type %s, want PRESS_CONFERENCE", ev.Type)
			}
		}},
		{"types", map[string]any{"types": []string{"CALL", "SPEECH"}}, func(t *testing.T, ev eventNode) {
			if ev.Type != "CALL" && ev.Type != "SPEECH" {
				t.Errorf("got type %s, want CALL or SPEECH", ev.Type)
			}
		}},
		{"participant by alias", map[string]any{"participant": "biden"}, func(t *testing.T, ev eventNode) {
			if !slices.Contains(names(ev.Participants), "Joe Biden") {
				t.Errorf("got participants %v, want Joe Biden among them", names(ev.Participants))
			}
		}},
		{"date range", map[string]any{"from": "2022-02-15", "to": "2022-02-15"}, func(t *testing.T, ev eventNode) {
			if ev.Date == nil || *ev.Date != "2022-02-15" {
				t.Errorf("got date %v, want 2022-02-15", ev.Date)
			}
		}},
		{"combined", map[string]any{"participant": "Putin", "type": "PRESS_CONFERENCE", "from": "2022-02-15"}, func(t *testing.T, ev eventNode) {
			if ev.Type != "PRESS_CONFERENCE" || !slices.Contains(names(ev.Participants), "Vladimir Putin") {
				t.Errorf("got %s with %v, want Putin's PRESS_CONFERENCE", ev.Type, names(ev.Participants))
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := query(t, tt.filter)
			if len(got) == 0 || len(got) >= len(all) {
				t.Fatalf("got %d of %d events, want some but not all", len(got), len(all))
			}
			for _, ev := range got {
				tt.check(t, ev)
			}
		})
	}

	t.Run("press conference claims and sources", func(t *testing.T) {
		got := query(t, map[string]any{"type": "PRESS_CONFERENCE"})
		ev := got[0]
		if len(ev.Claims) == 0 || ev.Claims[0].Speaker.Name != "Vladimir Putin" {
			t.Errorf("got claims %+v, want Putin's", ev.Claims)
		}
		if len(ev.Sources) != 1 || !strings.Contains(ev.Sources[0].Article.Title, "Putin Says Russia") || ev.Sources[0].End <= ev.Sources[0].Start {
			t.Errorf("got sources %+v, want the seed article with a span", ev.Sources)
		}
		if ev.Origin != "EXTRACTED" {
			t.Errorf("got origin %s, want EXTRACTED", ev.Origin)
		}
	})
}

func TestQuery_Timeline(t *testing.T) {
	e := newEnv(t, options{})
	type timeline struct {
		Entries []struct {
			Date  string
			Event *struct{ Type string }
			Claim *struct{ Speaker actorRef }
		}
		Events []struct{ Date string }
		Claims []struct{ Date string }
		Counts []struct {
			Bucket, Type string
			Count        int
		}
	}
	tests := []struct {
		name, args string
		bucket     string
	}{
		{"day", `actor: "Putin", from: "2022-02-01", to: "2022-02-28", bucket: DAY`, "2022-02-15"},
		{"week", `actor: "Putin", from: "2022-02-01", to: "2022-02-28", bucket: WEEK`, "2022-02-14"},
		{"month", `actor: "Putin", from: "2022-02-01", to: "2022-02-28", bucket: MONTH`, "2022-02-01"},
		{"default bucket, all actors", `from: "2022-02-01", to: "2022-02-28"`, "2022-02-15"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got struct{ Timeline timeline }
			e.query(t, "", `{ timeline(`+tt.args+`) { entries { date event { type } claim { speaker { id name } } }
				events { date } claims { date } counts { bucket type count } } }`, nil, &got)
			tl := got.Timeline
			if len(tl.Entries) != len(tl.Events)+len(tl.Claims) || len(tl.Events) == 0 || len(tl.Claims) == 0 {
				t.Fatalf("got %d entries, %d events, %d claims; want events and claims, all in entries", len(tl.Entries), len(tl.Events), len(tl.Claims))
			}
			for i := 1; i < len(tl.Entries); i++ {
				if tl.Entries[i].Date < tl.Entries[i-1].Date {
					t.Fatalf("entry %d on %s comes after one on %s: want date order", i, tl.Entries[i].Date, tl.Entries[i-1].Date)
				}
			}
			sum := 0
			for _, c := range tl.Counts {
				if c.Bucket != tt.bucket {
					t.Errorf("got bucket %s, want %s", c.Bucket, tt.bucket)
				}
				sum += c.Count
			}
			if sum != len(tl.Events) {
				t.Errorf("counts add up to %d, want the %d events", sum, len(tl.Events))
			}
		})
	}
	t.Run("types", func(t *testing.T) {
		var got struct{ Timeline timeline }
		e.query(t, "", `{ timeline(from: "2022-02-01", to: "2022-02-28", types: [SPEECH]) { entries { date event { type } claim { speaker { id } } } events { date } claims { date } counts { bucket type count } } }`, nil, &got)
		for _, c := range got.Timeline.Counts {
			if c.Type != "SPEECH" {
				t.Errorf("got a count of %s, want only SPEECH", c.Type)
			}
		}
		if len(got.Timeline.Counts) == 0 {
			t.Error("got no counts, want Biden's speech")
		}
	})
	t.Run("to before from", func(t *testing.T) {
		r := e.post(t, "", `{ timeline(from: "2022-03-01", to: "2022-02-01") { counts { count } } }`, nil)
		if r.code() != "BAD_USER_INPUT" || r.field() == "" {
			t.Errorf("got code %q field %q, want BAD_USER_INPUT naming a field", r.code(), r.field())
		}
	})
}

func TestQuery_SearchAndArticle(t *testing.T) {
	e := newEnv(t, options{})
	var got struct {
		Search []struct {
			Text    string
			Quote   *string
			Sources []struct{ Article struct{ ID string } }
		}
	}
	e.query(t, "", `{ search(text: "missiles Ukraine", first: 5) { text quote sources { article { id } } } }`, nil, &got)
	if len(got.Search) == 0 {
		t.Fatal("search for missiles Ukraine found nothing")
	}
	if best := strings.ToLower(got.Search[0].Text + deref(got.Search[0].Quote)); !strings.Contains(best, "missiles") {
		t.Errorf("best match %q, want one about missiles", best)
	}
	if len(got.Search) > 5 {
		t.Errorf("got %d results, want at most 5", len(got.Search))
	}

	t.Run("empty text", func(t *testing.T) {
		r := e.post(t, "", `{ search(text: " ") { text } }`, nil)
		if r.code() != "BAD_USER_INPUT" || r.field() != "text" {
			t.Errorf("got code %q field %q, want BAD_USER_INPUT text", r.code(), r.field())
		}
	})
	t.Run("article", func(t *testing.T) {
		id := got.Search[0].Sources[0].Article.ID
		var a struct {
			Article struct {
				Title, Published string
				Author           *string
				Source           *string
				Claims           []struct{ Text string }
				Events           []struct{ Type string }
			}
		}
		e.query(t, "", `query($id: ID!) { article(id: $id) { title published author source claims { text } events { type } } }`, map[string]any{"id": id}, &a)
		if !strings.HasPrefix(a.Article.Title, "Putin Says Russia") || a.Article.Published != "2022-02-15" {
			t.Errorf("got article %q published %s, want the seed of 2022-02-15", a.Article.Title, a.Article.Published)
		}
		if len(a.Article.Claims) < 10 || len(a.Article.Events) < 5 {
			t.Errorf("got %d claims and %d events, want the seed's", len(a.Article.Claims), len(a.Article.Events))
		}
	})
	t.Run("unknown article is null", func(t *testing.T) {
		r := e.post(t, "", `{ article(id: "nope") { title } }`, nil)
		if len(r.Errors) > 0 || string(r.Data) != `{"article":null}` {
			t.Errorf("got %s %+v, want article null", r.Data, r.Errors)
		}
	})
}
