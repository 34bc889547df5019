package loader

import (
	"slices"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph"
)

// TestWordSets checks the closed word lists of data/word_sets.tsv: each is
// read whole, lower case unless its comment says case matters, and a name
// with no set is refused.
func TestWordSets(t *testing.T) {
	caseMatters := map[string]bool{"outlet": true, "audience-head": true, "company-head": true, "org-head": true}
	for name, set := range wordSets {
		t.Run(name, func(t *testing.T) {
			if len(set) == 0 {
				t.Fatalf("got an empty set")
			}
			for w := range set {
				if w == "" {
					t.Errorf("got an empty word")
				}
				if !caseMatters[name] && w != strings.ToLower(w) {
					t.Errorf("got %q, want lower case", w)
				}
			}
		})
	}
	t.Run("press_holds_reporters", func(t *testing.T) {
		if got := wordSet("press"); !got["reporters"] || !got["senators"] {
			t.Errorf("got %v, want reporters and senators in it", got)
		}
	})
	t.Run("unknown_name_panics", func(t *testing.T) {
		defer func() {
			if recover() == nil {
				t.Errorf("got no panic for a set that does not exist")
			}
		}()
		wordSet("no-such-set")
	})
}

// TestLexicon_references checks that the data files name only actors they
// define: every affiliation in data/actors.tsv and every state or body in
// data/offices.tsv is a canonical name there, as the loader looks them up.
func TestLexicon_references(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, a := range l.actors {
		known[a.Name] = true
	}
	for _, a := range l.actors {
		if a.Affiliation != "" && !known[a.Affiliation] {
			t.Errorf("actors.tsv: %s is affiliated with %q, which is no actor's canonical name", a.Name, a.Affiliation)
		}
	}
	if !slices.ContainsFunc(l.actors, func(a *knownActor) bool { return a.Name == twoSides && a.Kind == dipgraph.KindGroup }) {
		t.Errorf("actors.tsv: no GROUP named %q, which \"the two sides said\" is read by", twoSides)
	}
	for _, o := range l.offices {
		if !known[o.state] {
			t.Errorf("offices.tsv: %s holds an office of %q, which is no actor's canonical name", o.holder, o.state)
		}
	}
}
