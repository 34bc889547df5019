// Package examples holds the queries an analyst starts from, one operation
// to a file NAME.graphql, each with its answer on the seed article in
// NAME.json. The explorer offers them, a test in package resolvers runs
// each on the seed and compares the answer with NAME.json (refreshed with
// `go test ./resolvers -run Examples -update`), and the README shows both.
//
// A file begins with a comment whose text up to the first colon is the
// example's title.
package examples

import (
	"embed"
	"fmt"
	"strings"
)

//go:embed *.graphql
var files embed.FS

// order is the order the examples are shown in: the issue's, from who said
// what to whom to what was said about one subject.
var order = []string{"biden-to-putin", "press-conference", "putin-february", "about-nato"}

// Example is one query of the folder.
type Example struct {
	Name  string `json:"name"`  // the file name without .graphql, such as biden-to-putin
	Title string `json:"title"` // the first comment line up to its colon
	Query string `json:"query"` // the whole file, comments included
}

// All returns every example in the order they are shown. It fails when a
// file is missing from that order or the order names a missing file, so
// that no example is left out of the explorer and the README.
func All() ([]Example, error) {
	paths, err := files.ReadDir(".")
	if err != nil {
		return nil, err
	}
	if len(paths) != len(order) {
		return nil, fmt.Errorf("examples: %d .graphql files but %d names in the order: add the new one to order in examples.go", len(paths), len(order))
	}
	out := make([]Example, 0, len(order))
	for _, name := range order {
		b, err := files.ReadFile(name + ".graphql")
		if err != nil {
			return nil, fmt.Errorf("examples: %s is in the order but not in the folder: %w", name, err)
		}
		out = append(out, Example{Name: name, Title: title(string(b), name), Query: string(b)})
	}
	return out, nil
}

// title returns the text of the query's first comment line up to its
// colon, or name when the query does not begin with such a comment.
func title(query, name string) string {
	first, _, _ := strings.Cut(query, "\n")
	text, ok := strings.CutPrefix(first, "#")
	if !ok {
		return name
	}
	if t, _, ok := strings.Cut(text, ":"); ok && strings.TrimSpace(t) != "" {
		return strings.TrimSpace(t)
	}
	return name
}
