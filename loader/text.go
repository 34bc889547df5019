package loader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tokWord tokKind = iota
	tokPunct
	tokOpenQuote
	tokCloseQuote
)

// token is a word, a punctuation mark or a quotation mark, with its byte
// range in the article text.
type token struct {
	start, end int
	text       string
	kind       tokKind
	quoted     bool   // inside quotation marks
	low        string // text in lower case with straight apostrophes
	caps       bool   // a word starting with an upper-case letter
	// starts holds the bits of the lexicon's tries that have a key
	// beginning with low, with marked set once they are known; see
	// lexicon.mark.
	starts uint16
}

func (t *token) isWord() bool { return t.kind == tokWord }

// may reports whether t can be a word of the class that bit stands for
// (see lexicon.mark): false only when t was marked without it, so a caller
// still looks the word up when it is true.
func (t *token) may(bit uint16) bool { return t.starts&marked == 0 || t.starts&bit != 0 }

// capitalized reports whether t is a word starting with an upper-case letter.
func (t *token) capitalized() bool { return t.caps }

// lower returns t's text in lower case with straight apostrophes.
func (t *token) lower() string { return t.low }

// possessive reports whether t is the possessive "'s" (straight or curly).
func (t *token) possessive() bool { return t.text == "’s" || t.text == "'s" }

// newToken returns the token of text at start:end, its lower-case form and
// capitalisation worked out once.
func newToken(start, end int, text string, kind tokKind) token {
	t := token{start: start, end: end, text: text, kind: kind, low: strings.ToLower(normApos(text))}
	t.caps = kind == tokWord && upperInitial(text)
	return t
}

// upperInitial reports whether a word starts with an upper-case letter, or
// with an Arabic article before one ("al-Maliki", "el-Sisi").
func upperInitial(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) && len(w) > 3 && (w[2] == '-' || w[1] == '-') && unicode.IsLower(r) {
		i := strings.IndexByte(w, '-')
		r2, _ := utf8.DecodeRuneInString(w[i+1:])
		return unicode.IsUpper(r2) && (w[:i] == "al" || w[:i] == "el" || w[:i] == "ad" || w[:i] == "as" || w[:i] == "ash" || w[:i] == "az")
	}
	return unicode.IsUpper(r)
}

// abbrevs holds the words that keep their full stop; set by parseLexicon
// before anything is tokenized.
var abbrevs = map[string]bool{}

// initials reports whether w is a person's initials before their point:
// "J" of "J. Smith", "T.S" of "T.S. Tirumurti".
func initials(w string) bool {
	if w == "" {
		return false
	}
	for i, r := range w {
		switch {
		case i%2 == 0 && r >= 'A' && r <= 'Z':
		case i%2 == 1 && r == '.':
		default:
			return false
		}
	}
	return len(w)%2 == 1
}

// tokenize splits text[start:end] into tokens. Possessive "’s" becomes a
// token of its own; abbreviations in the data file keep their full stop.
func tokenize(text string, start, end int, out []token) []token {
	s := text[:end]
	i := start
	for i < end {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r) || r == '\u00a0' || r == '\u200b' || r == '\ufeff':
			i += n
		case r == '“' || r == '«' || r == '„':
			out = append(out, newToken(i, i+n, s[i:i+n], tokOpenQuote))
			i += n
		case r == '”' || r == '»':
			out = append(out, newToken(i, i+n, s[i:i+n], tokCloseQuote))
			i += n
		case r == '"':
			k := tokCloseQuote
			if i == start || isOpeningContext(s, i) {
				k = tokOpenQuote
			}
			out = append(out, newToken(i, i+1, `"`, k))
			i++
		case r == '.' && i+2 < end && s[i+1] == '.' && s[i+2] == '.':
			out = append(out, newToken(i, i+3, "…", tokPunct))
			i += 3
		case isWordRune(r):
			j := scanWord(s, i, end)
			// possessive 's / ’s as a token of its own
			w := s[i:j]
			if k := possessiveAt(w); k > 0 {
				out = append(out, newToken(i, i+k, w[:k], tokWord))
				out = append(out, newToken(i+k, j, w[k:], tokWord))
			} else {
				if j < end && s[j] == '.' && (abbrevs[w+"."] || initials(w)) {
					j++
					w = s[i:j]
				}
				out = append(out, newToken(i, j, w, tokWord))
			}
			i = j
		default:
			out = append(out, newToken(i, i+n, s[i:i+n], tokPunct))
			i += n
		}
	}
	return out
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// scanWord returns the end of the word starting at i: letters and digits,
// joined by inner apostrophes, hyphens, and the dots of "U.S." or "3.5".
func scanWord(s string, i, end int) int {
	j := i
	for j < end {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' || r == '‑' {
			if j+n < end {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if isWordRune(r2) && (r != '.' || dotJoins(s, i, j, n, end)) {
					j += n
					continue
				}
			}
		}
		break
	}
	return j
}

// dotJoins reports whether the dot at j is inside a word such as "U.S" or
// "3.5" rather than ending a sentence.
func dotJoins(s string, i, j, n, end int) bool {
	prevLen := j - i
	r2, _ := utf8.DecodeRuneInString(s[j+n:])
	if unicode.IsDigit(r2) {
		return true
	}
	// single letters joined by dots: U.S, U.N, a.m
	if prevLen == 1 || (prevLen >= 3 && s[j-2] == '.') {
		k := j + n
		_, m := utf8.DecodeRuneInString(s[k:])
		return k+m >= end || s[k+m] == '.'
	}
	return false
}

// possessiveAt returns the length of the stem when w ends in 's or ’s.
func possessiveAt(w string) int {
	for _, suf := range []string{"’s", "'s"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf) {
			return len(w) - len(suf)
		}
	}
	return 0
}

func isOpeningContext(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || r == '(' || r == '[' || r == '—' || r == '–' || r == '-' || r == ':'
}

// sentence is one sentence of the article with its tokens.
type sentence struct {
	start, end int
	toks       []token
	para       int       // index of the paragraph; -1 for the headline, -2 the subtitle
	first      bool      // first sentence of its paragraph
	verbs      []verbOcc // its reporting verbs, found once by read
}

// splitSentences splits the paragraph text[start:end] into sentences. It
// never breaks inside quotation marks, so a quote of several sentences stays
// with its attribution.
func splitSentences(text string, start, end, para int, toks []token) []sentence {
	toks = tokenize(text, start, end, toks[:0])
	// mark quoted tokens
	in := false
	for i := range toks {
		switch toks[i].kind {
		case tokOpenQuote:
			in = true
		case tokCloseQuote:
			in = false
		default:
			toks[i].quoted = in
		}
	}
	var out []sentence
	from := 0
	for i := 0; i < len(toks); i++ {
		t := toks[i]
		endHere := false
		switch {
		case t.kind == tokPunct && (t.text == "." || t.text == "?" || t.text == "!") && !t.quoted:
			endHere = i+1 == len(toks) || startsSentence(toks, i+1)
		case t.kind == tokCloseQuote && i > 0 && isTerminal(toks[i-1].text):
			endHere = i+1 < len(toks) && startsSentence(toks, i+1) && !attributionFollows(toks, i+1)
		}
		if i-from+1 >= maxSentenceTokens {
			endHere = true // no real sentence runs this long: bound the work per sentence
		}
		if endHere || i+1 == len(toks) {
			seg := toks[from : i+1]
			out = append(out, sentence{start: seg[0].start, end: seg[len(seg)-1].end, toks: seg, para: para, first: from == 0})
			from = i + 1
		}
	}
	return out
}

// maxSentenceTokens cuts a run of text with no sentence end into pieces,
// as the stages after splitting take time that grows faster than a
// sentence's length.
const maxSentenceTokens = 500

func isTerminal(s string) bool { return s == "." || s == "?" || s == "!" || s == "…" }

func startsSentence(toks []token, i int) bool {
	t := toks[i]
	if t.kind == tokOpenQuote {
		return true
	}
	if t.kind == tokWord {
		r, _ := utf8.DecodeRuneInString(t.text)
		return unicode.IsUpper(r) || unicode.IsDigit(r)
	}
	return false
}

// attributionFollows reports whether a reporting verb comes within the next
// few tokens, as in `“We are ready.” Putin said.`
func attributionFollows(toks []token, i int) bool {
	l, _ := loadLexicon()
	for j := i; j < len(toks) && j < i+4; j++ {
		if v, n := l.verbs.match(toks, j); v != nil {
			// "Putin said." or "Putin said on Tuesday, …" closes the quote;
			// "Netanyahu's office said the cabinet would meet" is a sentence
			// of its own
			for k := j + n; k < len(toks) && k < j+n+8; k++ {
				switch toks[k].text {
				case ".", ",", ";", ":":
					return true
				}
				if toks[k].lower() == "that" || toks[k].kind == tokOpenQuote {
					return false
				}
			}
			return j+n >= len(toks)
		}
	}
	return false
}

// datelinePlace returns how many upper-case words name the place that
// opens a dateline, for the story's home state ("BEIJING —", "KUWAIT CITY,
// June 8"): up to four, ended by a dash, comma or parenthesis; 0 when the
// sentence opens otherwise.
func datelinePlace(toks []token) int {
	for i := range toks {
		t := &toks[i]
		if t.text == "—" || t.text == "–" || t.text == "," || t.text == "(" {
			return i
		}
		if !t.isWord() || strings.ToUpper(t.text) != t.text || i >= 4 {
			return 0
		}
	}
	return 0
}

// datelineEnd returns where a sentence's text begins after a dateline
// ("VILNIUS, June 22 –", "ACCRA, Sept 8 (Reuters) –", "BEIJING —"): after
// its dash among the first ten tokens, or 0 when it has none.
func datelineEnd(toks []token) int {
	for j := 0; j < len(toks) && j < 10; j++ {
		t := &toks[j]
		switch {
		case t.text == "—" || t.text == "–" || t.text == "-" && j > 0 && t.start > 0 && toks[j-1].end < t.start:
			// (also a spaced hyphen: "MOSCOW, Nov 18 (Reuters) - The Kremlin")
			if j == 0 {
				return 0
			}
			return j + 1
		case t.text == "," || t.text == "/" || t.text == "(" || t.text == ")" || t.text == ".":
		case t.isWord() && (strings.ToUpper(t.text) == t.text || months[t.lower()] != 0 || months[strings.TrimSuffix(t.lower(), ".")] != 0 || t.lower() == "reuters" || t.lower() == "ap" || t.lower() == "afp"):
		case t.capitalized() && j > 1 && toks[j-1].text == "," && toks[1].text == ",":
			// "BELÉM, Brazil, Aug 9 —": the country after the city
		default:
			return 0
		}
	}
	return 0
}
