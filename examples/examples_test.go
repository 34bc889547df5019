package examples

import (
	"strings"
	"testing"
)

func TestAll(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(order) {
		t.Fatalf("got %d examples, want %d", len(all), len(order))
	}
	for _, ex := range all {
		if ex.Title == ex.Name || !strings.Contains(ex.Query, "query ") {
			t.Errorf("got %s titled %q with query %q, want a title from its first comment and a named query", ex.Name, ex.Title, ex.Query)
		}
	}
}

func TestTitle(t *testing.T) {
	tests := []struct {
		name, query, want string
	}{
		{"comment with a colon", "# Who said what to whom: Biden to Putin\nquery Q { x }\n", "Who said what to whom"},
		{"comment without a colon", "# Biden to Putin\nquery Q { x }\n", "q"},
		{"empty title", "#: nothing\n{ x }", "q"},
		{"no comment", "query Q { x }", "q"},
		{"empty file", "", "q"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := title(tt.query, "q"); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}
