package loader

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph"
)

// MaxArticleSize is the largest article Parse accepts, in bytes.
const MaxArticleSize = 16 << 20

// Article is the layout of one article: byte ranges of its parts in Text.
type Article struct {
	Text       []byte
	Title      dipgraph.Span
	Subtitle   dipgraph.Span // empty when the article has none
	Paragraphs []dipgraph.Span
	Author     string
}

// Parse reads an article in the plain-text layout of the seed: a headline
// line, an optional one-line subtitle, paragraphs separated by blank lines,
// and an "Author:" line after which nothing is content. It returns an
// EINVALID error when text is empty, too large, binary or not UTF-8.
func Parse(text []byte) (*Article, error) {
	switch {
	case len(bytes.TrimSpace(text)) == 0:
		return nil, dipgraph.Errorf(dipgraph.EINVALID, "article is empty")
	case len(text) > MaxArticleSize:
		return nil, dipgraph.Errorf(dipgraph.EINVALID, "article is %d bytes, more than the %d allowed", len(text), MaxArticleSize)
	case bytes.IndexByte(text, 0) >= 0:
		return nil, dipgraph.Errorf(dipgraph.EINVALID, "article is binary (it contains a NUL byte)")
	case !utf8.Valid(text):
		return nil, dipgraph.Errorf(dipgraph.EINVALID, "article is not valid UTF-8 (at byte %d)", firstInvalid(text))
	}
	a := &Article{Text: text}
	blocks := splitBlocks(text)
	if len(blocks) == 0 {
		return nil, dipgraph.Errorf(dipgraph.EINVALID, "article has no text")
	}
	a.Title = blocks[0]
	rest := blocks[1:]
	if len(rest) > 1 && isSubtitle(text[rest[0].Start:rest[0].End]) {
		a.Subtitle = rest[0]
		rest = rest[1:]
	}
	for _, b := range rest {
		line := string(text[b.Start:b.End])
		if strings.HasPrefix(line, "Author:") || strings.HasPrefix(line, "By ") && len(line) < 80 && !strings.ContainsAny(line, ".“\"") {
			a.Author = strings.TrimSpace(strings.TrimPrefix(strings.TrimPrefix(line, "Author:"), "By "))
			if i := strings.IndexByte(a.Author, '\n'); i >= 0 {
				a.Author = strings.TrimSpace(a.Author[:i])
			}
			break
		}
		a.Paragraphs = append(a.Paragraphs, b)
	}
	return a, nil
}

// splitBlocks returns the byte ranges of the blank-line separated blocks of
// text, each trimmed of surrounding white space.
func splitBlocks(text []byte) []dipgraph.Span {
	var out []dipgraph.Span
	start := -1
	end := 0
	lineStart := 0
	for i := 0; i <= len(text); i++ {
		if i < len(text) && text[i] != '\n' {
			continue
		}
		line := text[lineStart:i]
		if len(bytes.TrimSpace(line)) == 0 {
			if start >= 0 {
				out = append(out, trimSpan(text, start, end))
				start = -1
			}
		} else {
			if start < 0 {
				start = lineStart
			}
			end = i
		}
		lineStart = i + 1
	}
	if start >= 0 {
		out = append(out, trimSpan(text, start, end))
	}
	return out
}

func trimSpan(text []byte, start, end int) dipgraph.Span {
	for start < end && isSpaceByte(text[start]) {
		start++
	}
	for end > start && isSpaceByte(text[end-1]) {
		end--
	}
	return dipgraph.Span{Start: start, End: end}
}

func isSpaceByte(b byte) bool { return b == ' ' || b == '\t' || b == '\n' || b == '\r' }

// isSubtitle reports whether a block after the headline reads as a subtitle:
// one line that does not end like a sentence of body text.
func isSubtitle(b []byte) bool {
	s := strings.TrimSpace(string(b))
	if strings.Contains(s, "\n") || len(s) > 300 {
		return false
	}
	return !strings.HasSuffix(s, ".") && !strings.HasSuffix(s, ".”") && !strings.HasSuffix(s, ".\"")
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return -1
}
