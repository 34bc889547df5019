package loader

import (
	"bufio"
	"embed"
	"fmt"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/dipgraph/dipgraph"
)

//go:embed data/*.tsv data/*.txt
var dataFS embed.FS

// verbClass is how a reporting verb takes its content.
type verbClass int

const (
	verbSay    verbClass = iota + 1 // said (that) CLAUSE
	verbTell                        // told X (that) CLAUSE
	verbUrge                        // urged X to VP
	verbObject                      // welcomed NP
	verbThat                        // reports speech only before "that" or a quote
)

// knownActor is an actor the loader knows before reading.
type knownActor struct {
	Kind        dipgraph.ActorKind
	Name        string
	Aliases     []string
	Role        string
	Affiliation string
	Female      bool
	Male        bool
	Demonyms    []string // for states: "Saudi Arabian", "Saudi"
	Capital     string   // for states
}

// office is a term of an office: who held it, from and to which day (to
// is "" while in office).
type office struct {
	state    string   // canonical name of the state or organisation
	titles   []string // lower case
	holder   string   // canonical name
	from, to dipgraph.Date
}

// eventTrigger is a word or phrase that names an event.
type eventTrigger struct {
	Type dipgraph.EventType
	Verb bool
}

// lexicon is everything the data files teach the loader.
type lexicon struct {
	actors   []*knownActor
	names    *trie // surface names of known actors → *knownActor
	demonyms *trie // demonyms ("South Korean") → *knownActor
	titles   *trie // titles → role string
	leader   map[string]bool
	verbs    *trie // verb forms (lower case) → verbClasses
	events   *trie // trigger words (lower case) → eventTrigger(s)
	abbrevs  map[string]bool
	female   map[string]bool
	male     map[string]bool
	places   map[string]*knownActor // lower-case capitals and state names, for datelines
	bodies   *trie                  // sub-state bodies ("air force") → true
	starts   map[string]uint16      // first words of the tries' keys and the word classes → their bits
	// punctStarts is set when some key begins with a punctuation mark,
	// which mark must then look up too
	punctStarts bool

	familyNames     map[string]bool     // family names written first ("Wang")
	placeHeads      map[string]bool     // last words of place names ("Sea")
	organs          map[string]bool     // heads of a body's organs ("Assembly")
	personNouns     map[string][]string // "the former general": a person of the story, and roles that fit
	personAlone     map[string]bool     // such nouns that need no modifier ("the visitor")
	personMods      map[string]bool     // "former", "veteran" before such a noun
	titleAbbrevs    map[string]string   // "EAM" → "External Affairs Minister"
	honorifics      map[string]bool     // titles that are no role ("Mr.", "H.E.")
	groupNouns      map[string]bool     // "the group", "the movement": the organisation named last
	addresseeGroups map[string]bool     // "sides", "generals": heads of groups a speaker addresses
	accountNouns    map[string]bool     // "readout", "account": one side's telling of a call or meeting
	offices         []office
	officesOf       map[string][]office // offices by holder
}

var (
	lexOnce sync.Once
	lex     *lexicon
	lexErr  error
)

// loadLexicon parses the embedded data files once. It fails only when a data
// file is malformed, which the package tests catch.
func loadLexicon() (*lexicon, error) {
	lexOnce.Do(func() { lex, lexErr = parseLexicon() })
	return lex, lexErr
}

func parseLexicon() (*lexicon, error) {
	l := &lexicon{
		names:    newTrie(),
		demonyms: newTrie(),
		titles:   newTrie(),
		leader:   map[string]bool{},
		verbs:    newTrie(),
		events:   newTrie(),
		abbrevs:  map[string]bool{},
		places:   map[string]*knownActor{},
		bodies:   newTrie(),

		familyNames:     map[string]bool{},
		placeHeads:      map[string]bool{},
		organs:          map[string]bool{},
		personNouns:     map[string][]string{},
		personMods:      map[string]bool{},
		groupNouns:      map[string]bool{},
		addresseeGroups: map[string]bool{},
		accountNouns:    map[string]bool{},
		titleAbbrevs:    map[string]string{},
		honorifics:      map[string]bool{},
		personAlone:     map[string]bool{},
		female:          map[string]bool{},
		male:            map[string]bool{},
	}
	// abbreviations first: the tokenizer needs them for the other files
	if err := eachRow("data/abbreviations.txt", func(f []string) error {
		l.abbrevs[f[0]] = true
		return nil
	}); err != nil {
		return nil, err
	}
	abbrevs = l.abbrevs
	byName := map[string]*knownActor{}
	if err := eachRow("data/countries.tsv", func(f []string) error {
		a := &knownActor{Kind: dipgraph.KindState, Name: f[0]}
		if len(f) > 1 && f[1] != "" {
			a.Capital = f[1]
			a.Aliases = append(a.Aliases, f[1])
		}
		if len(f) > 2 && f[2] != "" {
			a.Demonyms = strings.FieldsFunc(f[2], func(r rune) bool { return r == '|' || r == ',' })
		}
		if len(f) > 3 && f[3] != "" {
			a.Aliases = append(a.Aliases, strings.Split(f[3], "|")...)
		}
		if byName[a.Name] == nil {
			byName[a.Name] = a
			l.actors = append(l.actors, a)
			l.places[strings.ToLower(a.Name)] = a
			if a.Capital != "" {
				l.places[strings.ToLower(a.Capital)] = a
			}
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/actors.tsv", func(f []string) error {
		if len(f) < 2 {
			return fmt.Errorf("want at least kind and name")
		}
		kind := dipgraph.ActorKind(f[0])
		if !kind.Valid() {
			return fmt.Errorf("unknown kind %q", f[0])
		}
		a := byName[f[1]]
		if a == nil {
			a = &knownActor{Kind: kind, Name: f[1]}
			byName[a.Name] = a
			l.actors = append(l.actors, a)
		}
		if len(f) > 2 && f[2] != "" {
			a.Aliases = append(a.Aliases, strings.Split(f[2], "|")...)
		}
		if len(f) > 3 {
			a.Role = f[3]
		}
		if len(f) > 4 {
			a.Affiliation = f[4]
		}
		if len(f) > 5 {
			a.Female = f[5] == "f"
			a.Male = f[5] == "m"
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for _, a := range l.actors {
		for _, n := range append([]string{a.Name}, a.Aliases...) {
			l.names.add(tokenizeWords(n), a, !startsLower(n))
			if rest, ok := strings.CutPrefix(n, "the "); ok && !startsLower(rest) {
				// headlines drop the article: "State Department says …"
				l.names.add(tokenizeWords(rest), a, true)
			}
		}
		for _, d := range a.Demonyms {
			l.demonyms.add(tokenizeWords(d), a, true)
		}
	}
	if err := eachRow("data/titles.txt", func(f []string) error {
		t := f[0]
		if h, ok := strings.CutSuffix(t, "~"); ok {
			t = h
			l.honorifics[t] = true
		}
		if strings.HasSuffix(t, "*") {
			t = strings.TrimSuffix(t, "*")
			l.leader[t] = true
		}
		if len(f) > 1 && f[1] != "" {
			l.titles.add(tokenizeWords(t), f[1], true) // "EAM", in capitals only
			l.titleAbbrevs[t] = f[1]
			return nil
		}
		l.titles.add(lowerWords(t), t, false)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/offices.tsv", func(f []string) error {
		if len(f) < 4 {
			return fmt.Errorf("office %q: want state, titles, holder and first day", strings.Join(f, " "))
		}
		o := office{state: f[0], titles: strings.Split(strings.ToLower(f[1]), "|"), holder: f[2]}
		var err error
		if o.from, err = dipgraph.ParseDate(f[3]); err != nil {
			return fmt.Errorf("office of %s: %w", o.holder, err)
		}
		if len(f) > 4 && f[4] != "" {
			if o.to, err = dipgraph.ParseDate(f[4]); err != nil {
				return fmt.Errorf("office of %s: %w", o.holder, err)
			}
		}
		l.offices = append(l.offices, o)
		if l.officesOf == nil {
			l.officesOf = map[string][]office{}
		}
		l.officesOf[o.holder] = append(l.officesOf[o.holder], o)
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/person_nouns.txt", func(f []string) error {
		w, alone := strings.CutSuffix(f[0], "*")
		var roles []string
		if len(f) > 1 && f[1] != "" {
			roles = strings.Split(f[1], "|")
		}
		l.personNouns[w] = roles
		l.personAlone[w] = alone
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/bodies.txt", func(f []string) error {
		l.bodies.add(lowerWords(f[0]), true, false)
		return nil
	}); err != nil {
		return nil, err
	}
	classes := map[string]verbClass{"that": verbThat, "say": verbSay, "tell": verbTell, "urge": verbUrge, "object": verbObject}
	if err := eachRow("data/verbs.tsv", func(f []string) error {
		c, ok := classes[f[0]]
		if !ok || len(f) < 2 {
			return fmt.Errorf("unknown verb class %q", f[0])
		}
		for _, form := range strings.Split(f[1], "|") {
			l.verbs.add(lowerWords(form), c, false)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	if err := eachRow("data/events.tsv", func(f []string) error {
		if len(f) < 3 {
			return fmt.Errorf("want type, form and words")
		}
		t := dipgraph.EventType(f[0])
		if !t.Valid() {
			return fmt.Errorf("unknown event type %q", f[0])
		}
		for _, w := range strings.Split(f[2], "|") {
			l.events.add(lowerWords(w), eventTrigger{Type: t, Verb: f[1] == "verb"}, false)
		}
		return nil
	}); err != nil {
		return nil, err
	}
	for file, set := range map[string]map[string]bool{
		"data/female_names.txt":     l.female,
		"data/male_names.txt":       l.male,
		"data/family_first.txt":     l.familyNames,
		"data/place_heads.txt":      l.placeHeads,
		"data/organs.txt":           l.organs,
		"data/person_modifiers.txt": l.personMods,
		"data/group_nouns.txt":      l.groupNouns,
		"data/addressee_groups.txt": l.addresseeGroups,
		"data/account_nouns.txt":    l.accountNouns,
	} {
		if err := eachRow(file, func(f []string) error {
			set[f[0]] = true
			return nil
		}); err != nil {
			return nil, err
		}
	}
	l.indexStarts()
	return l, nil
}

// marked is the bit of token.starts that says the other bits are known;
// dateWord marks the words a date expression can turn on (findDates),
// calendarWord the names of weekdays and months, headWord the heads of
// unnamed sources ("officials", "diplomat"). The tries take the low bits.
const (
	marked       = 1 << 15
	dateWord     = 1 << 14
	calendarWord = 1 << 13
	headWord     = 1 << 12
)

// dateWords are the words, besides weekdays, months, the first words of
// day shifts and four-digit years, that findDates looks at.
var dateWords = []string{
	"today", "tonight", "yesterday", "tomorrow", "earlier", "weekend", "recently", "recent",
	"week", "month", "year", "morning", "afternoon", "evening", "spring", "summer", "autumn", "fall", "winter",
}

// indexStarts gives each large trie a bit and records, for every first
// word of its keys, which tries have one, so that match can pass over the
// many words that begin no key without a lookup in each.
func (l *lexicon) indexStarts() {
	l.starts = map[string]uint16{}
	for i, t := range []*trie{l.names, l.demonyms, l.titles, l.verbs, l.events, l.bodies} {
		t.bit = 1 << i
		for w := range t.next {
			l.starts[w] |= t.bit
			if r, _ := utf8.DecodeRuneInString(w); !isWordRune(r) {
				l.punctStarts = true
			}
		}
	}
	for w := range weekdays {
		l.starts[w] |= dateWord | calendarWord
	}
	for w := range months {
		l.starts[w] |= dateWord | calendarWord
	}
	for w := range unnamedHeads {
		l.starts[w] |= headWord
	}
	for w := range dayShiftFirst {
		l.starts[w] |= dateWord
	}
	for _, w := range dateWords {
		l.starts[w] |= dateWord
	}
}

// mark sets the starts bits of toks.
func (l *lexicon) mark(toks []token) {
	for i := range toks {
		if toks[i].kind != tokWord && !l.punctStarts {
			toks[i].starts = marked // no key begins with a mark: no lookup
			continue
		}
		toks[i].starts = l.starts[toks[i].low] | marked
		if len(toks[i].low) == 4 && isDigits(toks[i].low) {
			toks[i].starts |= dateWord // "in 2001"
		}
	}
}

// eachRow calls fn with the tab-separated fields of every line of the named
// data file that is neither blank nor a # comment.
func eachRow(name string, fn func([]string) error) error {
	f, err := dataFS.Open(name)
	if err != nil {
		return fmt.Errorf("data %s: %w", name, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := fn(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("data %s:%d: %w", name, n, err)
		}
	}
	return sc.Err()
}

// wordSets holds the closed word lists of data/word_sets.tsv by name.
var wordSets = func() map[string]map[string]bool {
	sets := map[string]map[string]bool{}
	err := eachRow("data/word_sets.tsv", func(f []string) error {
		if len(f) != 2 || f[0] == "" || f[1] == "" {
			return fmt.Errorf("want a set's name and its words, got %d columns", len(f))
		}
		if sets[f[0]] != nil {
			return fmt.Errorf("set %q given twice", f[0])
		}
		set := map[string]bool{}
		for _, w := range strings.Split(f[1], "|") {
			set[strings.TrimSpace(w)] = true
		}
		sets[f[0]] = set
		return nil
	})
	if err != nil {
		panic(err) // the file is embedded: a broken one cannot ship past the tests
	}
	return sets
}()

// wordSet returns the word list of data/word_sets.tsv called name. It
// panics when there is none, so a rule that names a set the file lacks
// stops the package from loading, and every test fails at once.
func wordSet(name string) map[string]bool {
	set, ok := wordSets[name]
	if !ok {
		panic(fmt.Sprintf("data/word_sets.tsv has no set %q", name))
	}
	return set
}

func startsLower(s string) bool {
	return s != "" && s[0] >= 'a' && s[0] <= 'z'
}

// lowerWords splits s into the lower-cased word keys a trie is keyed by.
func lowerWords(s string) []string {
	w := tokenizeWords(s)
	for i := range w {
		w[i] = strings.ToLower(w[i])
	}
	return w
}

// tokenizeWords splits a data string into token texts the way the text
// tokenizer would.
func tokenizeWords(s string) []string {
	toks := tokenize(s, 0, len(s), nil)
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.text
	}
	return out
}

// trie maps token sequences to values, for longest-match lookup.
type trie struct {
	bit    uint16 // the root's bit in token.starts, or 0
	next   map[string]*trie
	values []any
	// exact is true when the key must match the text's case; forms holds
	// the spellings that do.
	exact bool
	forms []string
}

func newTrie() *trie { return &trie{next: map[string]*trie{}} }

func (t *trie) add(words []string, v any, exact bool) {
	n := t
	for _, w := range words {
		k := strings.ToLower(normApos(w))
		c := n.next[k]
		if c == nil {
			c = newTrie()
			n.next[k] = c
		}
		n = c
	}
	n.values = append(n.values, v)
	n.exact = n.exact || exact
	if exact {
		n.forms = append(n.forms, strings.Join(words, " "))
	}
}

// match returns the values and length of the longest key that starts at
// toks[i], or nil, 0. Keys added as exact must match the text's case.
func (t *trie) match(toks []token, i int) ([]any, int) {
	if t.bit != 0 && i < len(toks) && toks[i].starts&marked != 0 && toks[i].starts&t.bit == 0 {
		return nil, 0 // no key starts with this word: the common case
	}
	var best []any
	bestLen := 0
	n := t
	for j := i; j < len(toks); j++ {
		c := n.next[toks[j].lower()]
		if c == nil {
			break
		}
		n = c
		if len(n.values) > 0 && (!n.exact || n.caseMatches(toks[i:j+1])) {
			best, bestLen = n.values, j-i+1
		}
	}
	return best, bestLen
}

// caseMatches reports whether toks spell one of n's forms, letting only the
// case of the very first letter differ (a name at the start of a sentence).
func (n *trie) caseMatches(toks []token) bool {
	var got string
	if len(toks) == 1 {
		got = normApos(toks[0].text)
	} else {
		var b strings.Builder
		for i, t := range toks {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(normApos(t.text))
		}
		got = b.String()
	}
	for _, f := range n.forms {
		f = normApos(f)
		if got == f || (len(got) > 0 && len(f) > 0 && strings.EqualFold(got[:1], f[:1]) && got[1:] == f[1:]) {
			return true
		}
	}
	return false
}

// normApos folds typographic apostrophes to the straight one.
func normApos(s string) string {
	if strings.ContainsRune(s, '’') {
		return strings.ReplaceAll(s, "’", "'")
	}
	return s
}

// datelineState returns the state whose capital or name opens a dateline
// ("BEIJING —", "KUWAIT CITY, June 8"), or nil.
func (l *lexicon) datelineState(toks []token) *knownActor {
	if n := datelinePlace(toks); n > 0 {
		return l.places[strings.ToLower(spanText(toks[:n]))]
	}
	return nil
}

// peopleAt returns the state whose people a plural demonym at toks[j]
// names ("Americans", "North Koreans") and how many tokens it spans, or
// nil.
func (l *lexicon) peopleAt(toks []token, j int) (*knownActor, int) {
	for n := 1; n <= 2 && j+n <= len(toks); n++ {
		last := toks[j+n-1]
		if !last.capitalized() || !strings.HasSuffix(last.text, "s") || strings.HasSuffix(last.text, "ss") {
			continue
		}
		words := slices.Clone(toks[j : j+n])
		words[n-1] = newToken(last.start, last.end-1, strings.TrimSuffix(last.text, "s"), last.kind)
		if vals, m := l.demonyms.match(words, 0); m == n {
			return vals[0].(*knownActor), n
		}
	}
	return nil, 0
}

// demonymAt returns the state whose demonym ("Russian", "South Korean")
// stands at toks[j], and the number of tokens it spans.
func (l *lexicon) demonymAt(toks []token, j int) (*knownActor, int) {
	if j >= len(toks) || !toks[j].capitalized() {
		return nil, 0
	}
	vals, n := l.demonyms.match(toks, j)
	if n == 0 {
		return nil, 0
	}
	return vals[0].(*knownActor), n
}
