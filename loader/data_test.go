package loader

import (
	"strings"
	"testing"
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
