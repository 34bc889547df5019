package resolvers_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/examples"
)

// update makes the golden tests rewrite their golden files.
var update = flag.Bool("update", false, "rewrite examples/*.json and the README section that shows them")

// TestExamples runs every query of package examples against the seed,
// checks that the answer is one an analyst expects, and compares it with
// the golden answer examples/NAME.json; then it checks that the README
// shows each query with that answer. With -update it rewrites the golden
// answers and the README section from what the server answered.
func TestExamples(t *testing.T) {
	e := newEnv(t, options{})
	checks := map[string]func(t *testing.T, data []byte){
		"biden-to-putin": func(t *testing.T, data []byte) {
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
		"press-conference": func(t *testing.T, data []byte) {
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
		"putin-february": func(t *testing.T, data []byte) {
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
		"about-nato": func(t *testing.T, data []byte) {
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
	all, err := examples.All()
	if err != nil {
		t.Fatal(err)
	}
	answers := make(map[string][]byte, len(all))
	for _, ex := range all {
		t.Run(ex.Name, func(t *testing.T) {
			check, ok := checks[ex.Name]
			if !ok {
				t.Fatalf("no check for example %s: add one", ex.Name)
			}
			r := e.post(t, "", ex.Query, nil)
			if len(r.Errors) > 0 {
				t.Fatalf("got errors %+v", r.Errors)
			}
			check(t, r.Data)
			var answer bytes.Buffer
			if err := json.Indent(&answer, r.body, "", "  "); err != nil {
				t.Fatal(err)
			}
			answer.WriteByte('\n')
			answers[ex.Name] = answer.Bytes()
			golden(t, filepath.Join("..", "examples", ex.Name+".json"), answer.Bytes())
		})
	}
	t.Run("README", func(t *testing.T) {
		if len(answers) != len(all) {
			t.Skip("an example failed: the README is checked once every example answers")
		}
		readme, err := os.ReadFile(readmePath)
		if err != nil {
			t.Fatal(err)
		}
		begin, end := bytes.Index(readme, []byte(examplesBegin)), bytes.Index(readme, []byte(examplesEnd))
		if begin < 0 || end < begin {
			t.Fatalf("%s lacks the lines %q and %q around the examples", readmePath, examplesBegin, examplesEnd)
		}
		begin += len(examplesBegin)
		got := readmeExamples(all, answers)
		if *update {
			out := slices.Concat(readme[:begin], got, readme[end:])
			if err := os.WriteFile(readmePath, out, 0o644); err != nil {
				t.Fatal(err)
			}
			return
		}
		if diff := firstDiff(readme[begin:end], got, 1+bytes.Count(readme[:begin], []byte("\n"))); diff != "" {
			t.Errorf("%s does not show the examples' answers: %s (go test ./resolvers -run Examples -update rewrites it)", readmePath, diff)
		}
	})
}

// The README section between these lines is made by TestExamples.
const (
	readmePath    = "../README.md"
	examplesBegin = "<!-- examples: made by `go test ./resolvers -run Examples -update` from examples/; do not edit -->\n"
	examplesEnd   = "<!-- end of examples -->\n"
	// The README shows an answer whole up to wholeLines lines, and the
	// first cutLines lines of a longer one.
	wholeLines = 75
	cutLines   = 40
)

// readmeExamples returns the README's part on the examples: for each, its
// title, query and answer, a long answer cut to its first cutLines lines.
func readmeExamples(all []examples.Example, answers map[string][]byte) []byte {
	var b bytes.Buffer
	for _, ex := range all {
		answer := string(answers[ex.Name])
		lines := strings.SplitAfter(answer, "\n")
		lines = lines[:len(lines)-1] // the empty string after the final newline
		fmt.Fprintf(&b, "\n### %s\n\n[`examples/%s.graphql`](examples/%[2]s.graphql):\n\n```graphql\n%s\n```\n\n", ex.Title, ex.Name, strings.TrimRight(ex.Query, "\n"))
		if len(lines) <= wholeLines {
			fmt.Fprintf(&b, "Its answer on the seed ([`examples/%s.json`](examples/%[1]s.json)):\n\n```json\n%s```\n", ex.Name, answer)
			continue
		}
		fmt.Fprintf(&b, "The first %d of the %d lines of its answer on the seed; the whole answer is in [`examples/%s.json`](examples/%[3]s.json):\n\n```json\n%s```\n",
			cutLines, len(lines), ex.Name, strings.Join(lines[:cutLines], ""))
	}
	b.WriteString("\n")
	return b.Bytes()
}

// golden compares got with the file at path, or writes got there under
// -update.
func golden(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (go test ./resolvers -run Examples -update writes it)", err)
	}
	if diff := firstDiff(got, want, 1); diff != "" {
		t.Errorf("the answer differs from %s: %s (if the new answer is right, go test ./resolvers -run Examples -update rewrites the file)", path, diff)
	}
}

// firstDiff describes the first line where got and want differ, numbering
// their lines from first, or returns "" when they are equal.
func firstDiff(got, want []byte, first int) string {
	if bytes.Equal(got, want) {
		return ""
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	n := min(len(g), len(w))
	i := 0
	for i < n && g[i] == w[i] {
		i++
	}
	if i < n {
		return fmt.Sprintf("line %d: got %q, want %q", first+i, g[i], w[i])
	}
	return fmt.Sprintf("got %d lines, want %d", len(g), len(w))
}

// TestREADMEQueries runs every query in a graphql block of the README,
// but for the examples (TestExamples runs those), against the seed and
// checks that each is valid and finds something: no errors, and no
// top-level field null.
func TestREADMEQueries(t *testing.T) {
	e := newEnv(t, options{})
	readme, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	before, rest, _ := strings.Cut(string(readme), examplesBegin)
	_, after, _ := strings.Cut(rest, examplesEnd)
	queries := readmeQueries(before + after)
	if len(queries) == 0 {
		t.Fatalf("found no graphql blocks in %s", readmePath)
	}
	for i, q := range queries {
		name, _, _ := strings.Cut(q, "\n")
		t.Run(fmt.Sprintf("%d %s", i+1, strings.TrimLeft(name, "# ")), func(t *testing.T) {
			var data map[string]any
			e.query(t, editorKey, q, nil, &data)
			for field, v := range data {
				if v == nil {
					t.Errorf("got %s null, want the query to find something on the seed\nquery: %s", field, q)
				}
			}
		})
	}
}

// readmeQueries returns the operations in the graphql blocks of a README:
// an operation starts at a line beginning with "{", "query", "mutation" or
// "subscription", together with the comment lines just before it.
func readmeQueries(readme string) []string {
	var out []string
	for _, block := range strings.Split(readme, "```graphql\n")[1:] {
		block, _, _ = strings.Cut(block, "```")
		var op, comments strings.Builder
		for _, line := range strings.SplitAfter(block, "\n") {
			switch {
			case strings.HasPrefix(line, "#"):
				comments.WriteString(line)
				continue
			case strings.HasPrefix(line, "{") || strings.HasPrefix(line, "query") ||
				strings.HasPrefix(line, "mutation") || strings.HasPrefix(line, "subscription"):
				if strings.TrimSpace(op.String()) != "" {
					out = append(out, op.String())
				}
				op.Reset()
			}
			op.WriteString(comments.String())
			comments.Reset()
			op.WriteString(line)
		}
		if strings.TrimSpace(op.String()) != "" {
			out = append(out, op.String())
		}
	}
	return out
}

func mustDecode(t *testing.T, data []byte, v any) {
	t.Helper()
	if err := json.Unmarshal(data, v); err != nil {
		t.Fatalf("decode %s: %v", data, err)
	}
}
