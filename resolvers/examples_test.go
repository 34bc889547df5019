package resolvers_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestExamples runs every query in ../examples against the seed and checks
// that the answer is the one an analyst expects.
func TestExamples(t *testing.T) {
	e := newEnv(t, options{})
	checks := map[string]func(t *testing.T, data []byte){
		"biden-to-putin.graphql": func(t *testing.T, data []byte) {
			var d struct{ Claims claimsPage }
			mustDecode(t, data, &d)
			if d.Claims.TotalCount == 0 {
				t.Fatal("no claims from Biden to Putin")
			}
			for _, edge := range d.Claims.Edges {
				if edge.Node.Speaker.Name != "Joe Biden" || !slices.Contains(names(edge.Node.Addressees), "Vladimir Putin") {
					t.Errorf("got %s to %v, want Joe Biden to Vladimir Putin", edge.Node.Speaker.Name, names(edge.Node.Addressees))
				}
			}
		},
		"press-conference.graphql": func(t *testing.T, data []byte) {
			var d struct {
				Events struct {
					Edges []struct {
						Node struct {
							Participants []actorRef
							Claims       []claimNode
						}
					}
				}
			}
			mustDecode(t, data, &d)
			if len(d.Events.Edges) == 0 {
				t.Fatal("no press conference on 2022-02-15")
			}
			ev := d.Events.Edges[0].Node
			if !slices.Contains(names(ev.Participants), "Vladimir Putin") || !slices.Contains(names(ev.Participants), "Olaf Scholz") {
				t.Errorf("got participants %v, want Putin and Scholz", names(ev.Participants))
			}
			var quoted bool
			for _, c := range ev.Claims {
				quoted = quoted || strings.Contains(deref(c.Quote), "We are ready to work further together")
			}
			if !quoted {
				t.Errorf("got claims %+v, want Putin's \"We are ready to work further together\"", ev.Claims)
			}
		},
		"putin-february.graphql": func(t *testing.T, data []byte) {
			var d struct {
				Timeline struct {
					Entries []struct {
						Date  string
						Event *struct{ Type string }
						Claim *struct{ Speaker actorRef }
					}
					Counts []struct{ Count int }
				}
				Actor struct {
					Interlocutors []struct{ Actor actorRef }
				}
			}
			mustDecode(t, data, &d)
			var events, claims int
			for _, en := range d.Timeline.Entries {
				if !strings.HasPrefix(en.Date, "2022-02-") {
					t.Errorf("got an entry on %s, want February 2022", en.Date)
				}
				if en.Event != nil {
					events++
				} else {
					claims++
				}
			}
			if events == 0 || claims == 0 || len(d.Timeline.Counts) == 0 {
				t.Errorf("got %d events, %d claims, %d counts; want some of each", events, claims, len(d.Timeline.Counts))
			}
			if len(d.Actor.Interlocutors) == 0 {
				t.Error("got no interlocutors for Putin, want Biden at least")
			}
		},
		"about-nato.graphql": func(t *testing.T, data []byte) {
			var d struct {
				Claims claimsPage
				Search []struct {
					Text  string
					Quote *string
				}
			}
			mustDecode(t, data, &d)
			if d.Claims.TotalCount == 0 || len(d.Search) == 0 {
				t.Fatalf("got %d claims about NATO and %d search hits, want some of both", d.Claims.TotalCount, len(d.Search))
			}
			for _, s := range d.Search {
				if !strings.Contains(strings.ToLower(s.Text+deref(s.Quote)), "nato") {
					t.Errorf("search hit %q does not mention NATO", s.Text)
				}
			}
		},
	}
	files, err := filepath.Glob("../examples/*.graphql")
	if err != nil || len(files) == 0 {
		t.Fatalf("no examples found: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			check, ok := checks[filepath.Base(f)]
			if !ok {
				t.Fatalf("no check for example %s: add one", f)
			}
			q, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r := e.post(t, "", string(q), nil)
			if len(r.Errors) > 0 {
				t.Fatalf("got errors %+v", r.Errors)
			}
			check(t, r.Data)
		})
	}
}

func mustDecode(t *testing.T, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
}
