package loader

import (
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph"
)

func TestParse_errors(t *testing.T) {
	tests := []struct {
		name string
		text string
		want string
	}{
		{"empty", "", "empty"},
		{"only_space", " \n\t\n", "empty"},
		{"binary", "Headline\n\nbody\x00more", "binary"},
		{"not_utf8", "Headline\n\nbad \xff byte", "not valid UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse([]byte(tt.text))
			if err == nil {
				t.Fatalf("got no error, want one mentioning %q", tt.want)
			}
			if got := dipgraph.ErrorCode(err); got != dipgraph.EINVALID {
				t.Errorf("got code %q, want %q", got, dipgraph.EINVALID)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("got %q, want it to mention %q", err, tt.want)
			}
		})
	}
}

func TestParse_layout(t *testing.T) {
	text := "Leaders Meet in Geneva\n\nTalks end without a deal\n\nFirst paragraph here.\n\nSecond paragraph.\nStill second.\n\nAuthor: Jane Roe\n\nJane Roe covers diplomacy."
	a, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	span := func(s dipgraph.Span) string { return text[s.Start:s.End] }
	if got, want := span(a.Title), "Leaders Meet in Geneva"; got != want {
		t.Errorf("title: got %q, want %q", got, want)
	}
	if got, want := span(a.Subtitle), "Talks end without a deal"; got != want {
		t.Errorf("subtitle: got %q, want %q", got, want)
	}
	if got, want := len(a.Paragraphs), 2; got != want {
		t.Fatalf("paragraphs: got %d, want %d", got, want)
	}
	if got, want := span(a.Paragraphs[1]), "Second paragraph.\nStill second."; got != want {
		t.Errorf("paragraph 2: got %q, want %q", got, want)
	}
	if got, want := a.Author, "Jane Roe"; got != want {
		t.Errorf("author: got %q, want %q", got, want)
	}
}

func TestSplitSentences_boundsARunWithoutAnEnd(t *testing.T) {
	// a run of text with no sentence end is cut into pieces, so that the
	// work per sentence stays bounded
	text := strings.Repeat("Biden said that Putin told him the talks were useful and ", 300)
	ss := splitSentences(text, 0, len(text), 0, nil)
	total := 0
	for _, s := range ss {
		if len(s.toks) > maxSentenceTokens {
			t.Fatalf("got a sentence of %d tokens, want at most %d", len(s.toks), maxSentenceTokens)
		}
		total += len(s.toks)
	}
	if want := len(tokenize(text, 0, len(text), nil)); total != want {
		t.Errorf("got %d tokens in all, want %d", total, want)
	}
	if len(ss) < 2 {
		t.Errorf("got %d sentences, want the run cut", len(ss))
	}
}
