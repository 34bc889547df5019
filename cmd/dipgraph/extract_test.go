package main

import (
	"context"
	"errors"
	"io"
	"testing"

	"github.com/dipgraph/dipgraph"
)

func TestParseArticleFlags(t *testing.T) {
	for _, tt := range []struct {
		name      string
		args      []string
		published dipgraph.Date
		source    string // of the file a.txt
		rest      int
	}{
		{"defaults", []string{"a.txt"}, "", "a.txt", 1},
		{"published", []string{"--published", "2022-02-15", "a.txt", "b.txt"}, "2022-02-15", "a.txt", 2},
		{"source", []string{"--source", "https://example.org/a", "a.txt"}, "", "https://example.org/a", 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			af, rest, err := parseArticleFlags("load", tt.args, io.Discard)
			if err != nil {
				t.Fatalf("got error %v, want none", err)
			}
			o := af.options("a.txt")
			if o.Published != tt.published || o.Source != tt.source {
				t.Errorf("options: got published %q, source %q; want %q, %q", o.Published, o.Source, tt.published, tt.source)
			}
			if len(rest) != tt.rest {
				t.Errorf("arguments: got %q, want %d", rest, tt.rest)
			}
		})
	}
}

// TestArticleCommands_usage checks that extract and load refuse bad
// arguments as usage errors, load before it looks for a database.
func TestArticleCommands_usage(t *testing.T) {
	for _, tt := range []struct {
		name string
		run  func(ctx context.Context, args []string, stdout, stderr io.Writer) error
		args []string
	}{
		{"extract_bad_published", runExtract, []string{"--published", "15.02.2022", "a.txt"}},
		{"extract_no_file", runExtract, nil},
		{"extract_two_files", runExtract, []string{"a.txt", "b.txt"}},
		{"load_bad_published", runLoad, []string{"--published", "2022-02-30", "a.txt"}},
		{"load_nothing", runLoad, []string{"--published", "2022-02-15"}},
		{"load_unknown_flag", runLoad, []string{"--bogus", "a.txt"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.run(context.Background(), tt.args, io.Discard, io.Discard)
			if !errors.Is(err, errUsage) {
				t.Errorf("got %v, want a usage error", err)
			}
		})
	}
}
