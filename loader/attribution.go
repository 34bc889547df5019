package loader

import (
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph"
)

// verbOcc is a reporting verb found in a sentence.
type verbOcc struct {
	i, n    int // token index and length
	classes []verbClass
}

func (v verbOcc) has(c verbClass) bool {
	for _, x := range v.classes {
		if x == c {
			return true
		}
	}
	return false
}

// attribution is a reporting verb with the actor that speaks through it.
type attribution struct {
	verb      verbOcc
	subj      mention
	speaker   *entity
	after     bool // the speaker follows the verb: "said Biden"
	inherited bool // "... and said": the speaker of the previous verb
	// co holds the other speakers of a joint statement: "Germany and
	// France said …" is one claim each.
	co []mention
	// by is the agent of a passive report: in "Ali had been told by Swe
	// that …" Swe speaks and Ali hears.
	by   *mention
	byCo []mention // the further agents: "by both Riyadh and the Houthis"
	// told holds the hearers the verb names ("told Kuleba").
	told []*entity
	// reporter is who reports the clause a verb goes on from ("The State
	// Department said Blinken had spoken with … and urged them"): never
	// its hearer.
	reporter *entity
}

// rawClaim is a claim read from one sentence, before ids are given.
type rawClaim struct {
	sent       *sentence
	speaker    *entity
	addressees []*entity
	reportedBy *entity
	mode       dipgraph.ClaimMode
	verb       string
	start, end int // byte span of the content
	quote      string
	// quoteToks are the tokens of quote, made once for the vocative
	// search (quoteToksOf says of which text)
	quoteToks   []token
	quoteToksOf string
	confidence  float64
	verbTok     int // token index of the verb in the sentence, -1 if none
	// regionLo and regionHi bound the tokens whose phrases may frame the
	// claim, such as "in a press conference".
	regionLo, regionHi int
	event              *rawEvent
	headline           bool
	att                *attribution // the verb and speaker it was read from, if any
	joint              bool         // one of several speakers saying the same words
	inQuote            bool         // a report read inside another claim's direct quote
}

// skippable are words that may stand between a speaker and the verb.
var skippable = map[string]bool{
	"also": true, "again": true, "later": true, "repeatedly": true, "previously": true, "publicly": true,
	"has": true, "had": true, "have": true, "then": true, "once": true, "reportedly": true, "further": true,
	"separately": true, "recently": true, "would": true, "will": true, "did": true, "does": true, "was": true,
	"is": true, "earlier": true, "swiftly": true, "quickly": true, "immediately": true, "explicitly": true,
	"firmly": true, "strongly": true, "sharply": true, "flatly": true, "openly": true, "privately": true,
	"already": true, "himself": true, "herself": true, "itself": true, "themselves": true, "too": true,
	"subsequently": true, "personally": true, "directly": true, "bluntly": true,
	"always": true, "consistently": true, "long": true, "often": true, "now": true, "still": true,
	"both": true, "each": true, "together": true,
	"never": true, "formally": true, "officially": true, "jointly": true,
	"initially": true, "angrily": true, "quietly": true, "pointedly": true,
}

// auxiliaries begin a second verb phrase after "and" that shares the subject:
// "doesn't want war and is prepared to ...".
var auxiliaries = map[string]bool{
	"is": true, "are": true, "was": true, "were": true, "will": true, "would": true, "has": true,
	"have": true, "had": true, "can": true, "could": true, "should": true, "must": true, "remains": true,
	"remained": true, "plans": true, "planned": true, "wants": true, "wanted": true, "intends": true,
	"may": true, "might": true, "does": true, "did": true, "stands": true, "stood": true,
}

// clauseStops end a reported clause when they follow a comma.
var clauseStops = map[string]bool{
	"but": true, "while": true, "which": true, "something": true, "adding": true, "saying": true,
	"although": true, "though": true, "whereas": true, "noting": true, "warning": true, "insisting": true,
	"stressing": true, "arguing": true, "calling": true, "urging": true, "according": true,
	"accusing": true, "describing": true, "citing": true, "pointing": true, "referring": true,
	"suggesting": true, "claiming": true, "vowing": true, "pledging": true, "promising": true,
	"dismissing": true, "rejecting": true, "welcoming": true, "underlining": true,
	"telling": true, "speaking": true, "as": true, "where": true, "when": true,
}

var prepositions = map[string]bool{
	"in": true, "at": true, "during": true, "on": true, "after": true, "before": true, "to": true,
	"with": true, "for": true, "from": true, "by": true, "amid": true, "alongside": true, "following": true,
	"ahead": true, "while": true, "as": true, "via": true, "over": true, "about": true, "of": true,
}

// circumstance holds the prepositions that open the occasion of an urging
// rather than its content: "pressed Baku in calls", "challenged Lula on
// oil" ("thanked Qatar for …" and "urged Iran to …" are content).
var circumstance = map[string]bool{
	"in": true, "at": true, "during": true, "as": true, "amid": true, "while": true,
}

// findVerbs returns the reporting verbs of a sentence outside quotes. In
// body text a capitalised word inside the sentence is a name, not a verb
// ("Associated Press"); headlines capitalise their verbs ("Xi Tells …").
func findVerbs(l *lexicon, toks []token, headline bool) []verbOcc {
	var out []verbOcc
	first := firstWord(toks)
	for i := 0; i < len(toks); i++ {
		if !toks[i].isWord() || toks[i].quoted {
			continue
		}
		if !headline && i > first && toks[i].capitalized() && toks[i-1].text != "—" && toks[i-1].text != "–" && toks[i-1].text != ":" {
			continue
		}
		vals, n := l.verbs.match(toks, i)
		if n == 0 {
			continue
		}
		if n == 1 && i+1 < len(toks) && (toks[i+1].lower() == "on" || toks[i+1].lower() == "ahead") && strings.HasPrefix(toks[i].lower(), "press") {
			continue // "pressed on with war games", "pressed ahead": went on, said nothing
		}
		if n == 1 && i+1 < len(toks) && toks[i].lower() == "press" && pressNouns[toks[i+1].lower()] {
			continue // "the press secretary", "a press conference": a noun
		}
		if w := toks[i].text; n == 1 && i > 0 && (w == "state" || w == "states") && (determiners[toks[i-1].lower()] || ownPossessive(toks[i-1].lower()) || nounPrepositions[toks[i-1].lower()]) {
			continue // "an interview with state radio", "the state news agency": a noun
		}
		v := verbOcc{i: i, n: n}
		for _, x := range vals {
			v.classes = append(v.classes, x.(verbClass))
		}
		out = append(out, v)
		i += n - 1
	}
	return out
}

// nounPrepositions before "state" make it a noun ("with state radio",
// "on state television").
var nounPrepositions = map[string]bool{"with": true, "of": true, "for": true, "from": true, "in": true, "at": true, "on": true, "by": true}

// mentionEndingAt returns the mention whose last token is at end-1.
func mentionEndingAt(ms []mention, end int) (mention, bool) {
	for _, m := range ms {
		if m.end == end {
			return m, true
		}
	}
	return mention{}, false
}

func mentionStartingAt(ms []mention, start int) (mention, bool) {
	for _, m := range ms {
		if m.start == start {
			return m, true
		}
	}
	return mention{}, false
}

// subjectOf finds the mention that speaks through the verb at v: the one
// before it, past adverbs, dates and a comma-set apposition, or, after a
// quote or a comma, the one right after it ("said Biden").
func subjectOf(toks []token, ms []mention, v verbOcc) (mention, bool, bool) {
	m, after, ok := subjectNear(toks, ms, v)
	if ok && !after && m.start > 1 && toks[m.start-1].lower() == "of" {
		// "Senator Ted Cruz of Texas": the person, not the place
		if p, found := mentionEndingAt(ms, m.start-1); found && p.ent != nil && p.ent.kind == dipgraph.KindPerson {
			return p, false, true
		}
	}
	return m, after, ok
}

// quotingVerbs stand before the one quoted in "the ministry quoted Wang as
// saying", "state media reported Xi as saying".
var quotingVerbs = map[string]bool{"quoted": true, "quotes": true, "quoting": true, "reported": true, "reports": true, "cited": true, "cites": true, "citing": true}

// documentIssuer returns who put out the document a participle v follows
// ("The United States and 12 allies issued a joint statement telling the
// Houthis to …", "Britain sent a note urging Iran to …"), or false.
func documentIssuer(toks []token, ms []mention, v verbOcc) (mention, bool) {
	if !participle(toks[v.i]) || v.i < 3 || !documentNouns[toks[v.i-1].lower()] {
		return mention{}, false
	}
	k := v.i - 2
	for k > 0 && (determiners[toks[k].lower()] || toks[k].lower() == "joint" || toks[k].lower() == "out") {
		k--
	}
	if jointWith(toks, k) {
		// "closed their talks on Monday with a joint statement promising
		// …": the subject's
		return sentenceSubject(toks, ms, k)
	}
	if !issuingVerbs[toks[k].lower()] {
		return mention{}, false
	}
	return mentionEndingAt(ms, backToSubject(toks, k))
}

// jointWith reports whether the "with" at k brings in a joint document of
// the sentence's subject: "ended the talks with a joint statement".
func jointWith(toks []token, k int) bool {
	return k >= 1 && k+2 < len(toks) && toks[k].lower() == "with" && !toks[k].quoted && slices.ContainsFunc(toks[k+1:min(k+4, len(toks))], func(t token) bool { return t.lower() == "joint" })
}

func subjectNear(toks []token, ms []mention, v verbOcc) (mention, bool, bool) {
	if v.i >= 3 && toks[v.i-1].lower() == "as" {
		// "the ministry quoted Wang as saying"
		if m, ok := mentionEndingAt(ms, v.i-1); ok && m.start > 0 && quotingVerbs[toks[m.start-1].lower()] {
			return m, false, true // (a live blog's "BelTA quotes Lukashenko as saying")
		}
		// "Dagalo was quoted as telling Blinken", "Lavrov was cited by
		// TASS as saying"
		q := v.i - 2
		if q >= 2 && toks[q].lower() != "quoted" && toks[q].lower() != "cited" {
			for k := q - 1; k >= 2 && k >= v.i-8; k-- {
				if w := toks[k].lower(); (w == "quoted" || w == "cited") && toks[k+1].lower() == "by" {
					q = k
					break
				}
			}
		}
		if j := q - 1; j >= 1 && (toks[q].lower() == "quoted" || toks[q].lower() == "cited") && (toks[j].lower() == "was" || toks[j].lower() == "is" || toks[j].lower() == "were") {
			if m, ok := mentionEndingAt(ms, j); ok {
				return m, false, true
			}
		}
	}
	if m, ok := documentIssuer(toks, ms, v); ok {
		// "issued a joint statement telling the Houthis to halt …": the
		// issuer tells
		return m, false, true
	}
	j := backToSubject(toks, v.i)
	if m, ok := mentionEndingAt(ms, v.i); ok && m.kind == byDescriptor && toks[m.start].lower() == "both" {
		j = v.i // "Both said": the word skipped as an adverb is the subject
	}
	if j >= 3 && toks[j-1].lower() == "and" && pastVerbAt(toks, j-2) && !toks[j-2].quoted {
		// "the president-elect smiled and said only that …": the one who
		// did the first thing says the second
		if m, ok := mentionEndingAt(ms, backToSubject(toks, j-2)); ok && m.kind != byPronoun {
			return m, false, true
		}
	}
	if m, ok := mentionEndingAt(ms, j); ok && m.start >= 4 && toks[m.start-1].lower() == "to" && writtenNouns[toks[m.start-2].lower()] && toks[m.start-3].possessive() {
		// "Blinken's letter to Kuleba said": the writer, not the one
		// written to
		if w, ok := mentionEndingAt(ms, m.start-3); ok {
			return w, false, true
		}
	}
	if m, ok := mentionEndingAt(ms, j); ok && !placeOfClause(toks, ms, m) {
		if src, found := quotedSource(toks, ms, m); found {
			return src, false, true
		}
		if m.start >= 2 && (toks[m.start-1].lower() == "in" || toks[m.start-1].lower() == "at") {
			// "The Chinese embassy in Manila said": the embassy, not the
			// place it is in
			if head, found := mentionEndingAt(ms, m.start-1); found && head.kind != byPronoun && head.ent != nil {
				return head, false, true
			}
		}
		return m, false, true
	}
	if j > 0 && (toks[j-1].lower() == "who" || toks[j-1].lower() == "which") {
		// "… sent Premier Li Qiang, who told fellow leaders"; "The United
		// States, which has repeatedly called on Rwanda to …"
		k := j - 1
		if k > 0 && toks[k-1].text == "," {
			k--
		}
		// (a person described, too: "The Labor leader, who had thanked
		// Indonesia …, told reporters")
		if m, ok := mentionEndingAt(ms, k); ok && (m.kind == byName || toks[j-1].lower() == "who" && m.kind == byDescriptor && m.ent != nil && m.ent.kind == dipgraph.KindPerson) && (toks[j-1].lower() == "who" || k < j-1 && m.ent != nil && m.ent.kind != dipgraph.KindPerson && m.start <= skipDatePhrase(toks, datelineEnd(toks))+1 && !v.has(verbTell)) {
			return m, false, true
		}
		if toks[j-1].lower() == "who" && k < j-1 {
			// "by Shams El Din Kabbashi, the council’s spokesman, who
			// said": the person named before the apposition
			for c := k - 1; c > 0 && c > k-10; c-- {
				if toks[c].text != "," {
					continue
				}
				if m, ok := mentionEndingAt(ms, c); ok && m.kind == byName && m.ent != nil && m.ent.kind == dipgraph.KindPerson {
					return m, false, true
				}
				break
			}
		}
	}
	if d := toks[max(j-1, 0)].text; j > 2 && (d == "—" || d == "–") {
		// "Lavrov — who led the delegation — said": the one the dashes
		// set off (not a dateline's dash)
		for k := j - 2; k > datelineEnd(toks) && k > j-30; k-- {
			if toks[k].text == d {
				if m, ok := mentionEndingAt(ms, k); ok && m.kind != byPronoun {
					return m, false, true
				}
				break
			}
		}
	}
	if j > 1 && toks[j-1].text == "," {
		// a name set off as an apposition: "Russia's envoy, Mikhail Ulyanov, said"
		if m, ok := mentionEndingAt(ms, j-1); ok && m.kind == byName && (m.start > 0 && toks[m.start-1].text == "," || hasComma(toks[m.start:m.end])) {
			return m, false, true
		}
		if m, ok := mentionEndingAt(ms, j-1); ok && m.kind == byName {
			// "his Latvian and Lithuanian counterparts, Krišjānis Kariņš
			// and Gabrielius Landsbergis, said": a list set off after them
			first := m
			for first.start >= 2 && toks[first.start-1].lower() == "and" {
				p, found := mentionEndingAt(ms, first.start-1)
				if !found || p.kind != byName {
					break
				}
				first = p
			}
			if first.start >= 2 && toks[first.start-1].text == "," && counterpartNouns[toks[first.start-2].lower()] {
				return m, false, true
			}
		}
	}
	if j > 0 && toks[j-1].text == "," {
		// apposition or participle phrase: "Putin, speaking alongside
		// Scholz, said"; "Yoon, who arrived on Thursday for a visit, the
		// first in 12 years, said"
		// the mention an opener follows wins ("Biden, speaking to reporters
		// in Hagerstown, Maryland, on Saturday, said"); else the first one
		first := true
		var found *mention
		for k := j - 2; k > 0 && k > j-40; k-- {
			if toks[k].text != "," {
				continue
			}
			m, ok := mentionEndingAt(ms, k)
			if !ok && k > 1 && reflexives[toks[k-1].lower()] {
				m, ok = mentionEndingAt(ms, k-1) // "Prigozhin himself, in an audio message, insisted"
			}
			if ok && m.start >= 2 && toks[m.start-1].text == "," && counterpartNouns[toks[m.start-2].lower()] && counterpartAsObject(toks, m.start-2) {
				// "had spoken with his Azerbaijani counterpart, Jeyhun
				// Bayramov, hours after the attack, had offered …": the
				// one spoken with is no subject; the sentence's is
				if subj, ok := sentenceSubject(toks, ms, m.start); ok && subj.ent != nil && subj.ent != m.ent {
					return subj, false, true
				}
				first = false
				continue
			}
			if ok && !(m.kind == byPronoun && objectPronouns[m.pronoun]) {
				// not "without naming them,": an object is no subject
				if k+1 < len(toks) && appositionOpeners[toks[k+1].lower()] {
					if h, ok := appositionHead(toks, ms, m); ok {
						// "Hans Grundberg, the U.N. special envoy for Yemen,
						// who runs the sessions …, said": the person, not the
						// state of his title
						return h, false, true
					}
					return m, false, true
				}
				fronted := m.start >= 1 && m.start <= 2 && prepositions[toks[m.start-1].lower()]
				if f := frontedPhraseEnd(toks); found == nil && fronted && f == k+1 {
					// "In Mexico City, President Sheinbaum struck a calmer
					// tone …, saying": the subject after the place
					if s, ok := mentionStartingAt(ms, skipDatePhrase(toks, f)); ok && s.kind != byPronoun {
						found = &s
					}
				}
				if found == nil && (first && !insidePhrase(toks, m.start) || m.start <= 2 && !fronted) && !(m.start >= 2 && toks[m.start-2].lower() == "according") {
					// not "According to the White House, Biden told …, pressed"
					found = &m
				}
			}
			first = false
		}
		if found != nil {
			return *found, false, true
		}
	}
	if v.i > 0 && (toks[v.i-1].kind == tokCloseQuote || toks[v.i-1].text == "," && invertible[toks[v.i].lower()]) {
		// "“…,” said Biden" and "…, said the minister."; not "…,
		// telling the council" or "…, praised Bangladesh"
		if m, ok := mentionStartingAt(ms, v.i+v.n); ok && (m.end == len(toks) || !toks[m.end].isWord() || prepositions[toks[m.end].lower()]) {
			return m, true, true
		}
	}
	return mention{}, false, false
}

// placeOfClause reports whether m is a place that ends a clause of its own
// before a verb, not its subject: "Arab ministers he met in Brussels had
// told him", "a resolution at the UN Security Council calling for …"
// (unlike "the Chinese embassy in Manila said").
func placeOfClause(toks []token, ms []mention, m mention) bool {
	if m.start < 2 || m.ent == nil || m.ent.kind == dipgraph.KindPerson || toks[m.start-1].lower() != "in" && toks[m.start-1].lower() != "at" {
		return false
	}
	if _, found := mentionEndingAt(ms, m.start-1); found {
		return false
	}
	w := toks[m.start-2]
	return w.isWord() && !w.capitalized() && !w.quoted
}

// insidePhrase reports whether the mention starting at i sits in a
// prepositional phrase of an apposition ("…, in a statement carried by the
// news agency SPA, urged"): a preposition stands between it and the comma
// before it.
func insidePhrase(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-12; j-- {
		if w := toks[j].lower(); toks[j].text == "," || w == "which" || w == "who" || w == "whom" {
			return false // "in which Lai, sworn in …, called"
		}
		if toks[j].lower() == "of" && j > 0 && toks[j-1].capitalized() && toks[j+1].capitalized() {
			continue // "Secretary of State Rex Tillerson and …": a title's "of"
		}
		if prepositions[toks[j].lower()] {
			return true
		}
	}
	return false
}

// salience remembers who was spoken of last, so that pronouns and
// descriptions find their actor.
type salience struct {
	subjects []*entity // most recent last
	first    *entity   // the first person the story was about
	joint    []*entity // the actors of the latest joint subject ("Biden and Merkel"), for "they"
}

func (s *salience) push(e *entity) {
	if e == nil {
		return
	}
	if s.first == nil && e.kind == dipgraph.KindPerson {
		s.first = e
	}
	for i, x := range s.subjects {
		if x == e {
			s.subjects = append(s.subjects[:i], s.subjects[i+1:]...)
			break
		}
	}
	s.subjects = append(s.subjects, e)
}

// resolve returns the actor a pronoun stands for, or nil: he/him the latest
// male (or unknown) person, she/her the latest woman, it the latest state or
// organisation, they/them the latest group or state.
func (s *salience) resolve(p string, exclude *entity) *entity {
	if e := s.resolveStrict(p, exclude); e != nil || p != "she" && p != "her" {
		return e
	}
	// no woman known: the latest person not known to be a man
	for i := len(s.subjects) - 1; i >= 0; i-- {
		if e := s.subjects[i]; e != exclude && e.kind == dipgraph.KindPerson && !e.male {
			return e
		}
	}
	return nil
}

func (s *salience) resolveStrict(p string, exclude ...*entity) *entity {
	for i := len(s.subjects) - 1; i >= 0; i-- {
		e := s.subjects[i]
		if slices.Contains(exclude, e) {
			continue
		}
		switch p {
		case "he", "him":
			if e.kind == dipgraph.KindPerson && !e.female {
				return e
			}
		case "she", "her":
			if e.kind == dipgraph.KindPerson && e.female {
				return e
			}
			if e.kind == dipgraph.KindState && p == "she" {
				continue
			}
		case "it":
			// "it said" is a state or organisation that was just speaking;
			// anything else "it" is more likely a thing
			if (e.kind == dipgraph.KindState || e.kind == dipgraph.KindOrganization) && e.spoke {
				return e
			}
		case "they", "them":
			if e.kind == dipgraph.KindGroup || e.kind == dipgraph.KindOrganization || e.kind == dipgraph.KindState {
				return e
			}
		}
	}
	return nil
}

// quoteSeg is a quoted stretch of a sentence: toks[open] and toks[close]
// are the marks (close == len(toks) when the quote runs on).
type quoteSeg struct {
	open, close int
	used        bool
}

func quoteSegments(toks []token) []quoteSeg {
	var out []quoteSeg
	for i := 0; i < len(toks); i++ {
		if toks[i].kind != tokOpenQuote {
			continue
		}
		j := i + 1
		for j < len(toks) && toks[j].kind != tokCloseQuote {
			j++
		}
		out = append(out, quoteSeg{open: i, close: j})
		i = j
	}
	return out
}

// words counts the word tokens of a quote.
func (q quoteSeg) words(toks []token) int {
	n := 0
	for _, t := range toks[q.open+1 : min(q.close, len(toks))] {
		if t.isWord() {
			n++
		}
	}
	return n
}

// span returns the byte range of the words inside the marks, without a
// trailing comma that belongs to the attribution.
func (q quoteSeg) span(toks []token) (int, int, bool) {
	a, b := q.open+1, min(q.close, len(toks))
	for b > a && (toks[b-1].text == "," || toks[b-1].text == ":") {
		b--
	}
	if b <= a {
		return 0, 0, false
	}
	return toks[a].start, toks[b-1].end, true
}

// attribute reads the claims of one sentence. It resolves pronoun mentions
// through the extractor's salience as it goes.
func (x *extractor) attribute(s *sentence, ms []mention) []*rawClaim {
	toks := s.toks
	verbs := s.verbs
	var atts []*attribution
	afterParenthetical := map[int]bool{} // report verbs that go on from a parenthetical attribution
	for _, v := range verbs {
		if unrealised(toks, v.i) || convened(toks, v) || passiveAt(toks, v.i) && byIndex(toks, v.i+v.n) < 0 || conditionalAgreement(toks, v) {
			// "was asked about Slovakia", "had been declared persona non
			// grata": the subject said nothing
			continue
		}
		if v.has(verbObject) && len(v.classes) == 1 && v.i+v.n < len(toks) && toks[v.i+v.n].lower() == "by" {
			continue // "a project backed by a battery storage system": a passive participle
		}
		if (v.has(verbObject) && len(v.classes) == 1 || timeWords[toks[min(v.i+v.n, len(toks)-1)].lower()]) && v.i >= 2 && v.i+v.n < len(toks) && (prepositions[toks[v.i+v.n].lower()] && toks[v.i+v.n].lower() != "to" || !toks[v.i+v.n].isWord() || timeWords[toks[v.i+v.n].lower()]) &&
			(toks[v.i-1].lower() == "it" || toks[v.i-1].lower() == "they") && toks[v.i-2].isWord() && !toks[v.i-2].capitalized() && !auxiliaries[toks[v.i-2].lower()] && toks[v.i-2].lower() != "that" {
			continue // "the armed groups it backs in Lebanon", "the jets it pledged last year": a relative clause with no object, no report
		}
		if toks[v.i].lower() == "warning" && v.i+1 < len(toks) && warningNouns[toks[v.i+1].lower()] {
			continue // "its J-Alert warning system", "warning shots": a noun, not a warning
		}
		if anonymity(toks, v) {
			continue // "…, who asked not to be named, said": a condition, not a request
		}
		if question(toks, ms, v) {
			continue // "Tame asked whether he now regarded China as a threat": a question, no claim
		}
		if insideQuestion(toks, ms, v.i) {
			continue // "Asked whether he regretted his remarks, …": the question's words, not the speaker's
		}
		if orderToOwnPeople(toks, v) {
			continue // "instructed their foreign ministers to …": an order inside a government, no claim
		}
		if courtesyCallAt(toks, ms, v.i, v.n) {
			continue // "EAM called on Prime Minister Kishida": a visit, said nothing
		}
		subj, after, ok := subjectOf(toks, ms, v)
		if ok && !after && participle(toks[v.i]) && subj.end == v.i && subj.start > 0 && prepositions[toks[subj.start-1].lower()] {
			// "Faeser had come to Luxembourg insisting that …": the place
			// is no subject; the sentence's is
			subj, ok = sentenceSubject(toks, ms, v.i)
		}
		if ok && !after && len(atts) > 0 && v.i > 0 && toks[v.i-1].text == "," && participle(toks[v.i]) && subj.end < atts[len(atts)-1].verb.i {
			// "…, Landsbergis said, insisting that …": the participle goes
			// on with the last speaker, not a name before it
			ok = false
		}
		a := &attribution{verb: v, subj: subj, after: after}
		if by := byIndex(toks, v.i+v.n); ok && !after && v.has(verbTell) && passiveAt(toks, v.i) && by >= 0 && by+1 < len(toks) {
			k := by + 1
			if toks[k].lower() == "both" && k+1 < len(toks) {
				k++ // "assured by both the Saudi government and the Houthis"
			}
			if list := mentionList(toks, ms, k); len(list) > 0 {
				a.by, a.byCo = &list[0], list[1:]
			}
		}
		if ok && !after {
			a.co = coordinated(toks, ms, subj)
		}
		for _, e := range subj.also {
			a.co = append(a.co, mention{start: subj.start, end: subj.end, ent: e})
		}
		if ok && !after && subj.start > 0 && (toks[subj.start-1].lower() == "what" || toks[subj.start-1].lower() == "which") &&
			!(subj.start > 1 && toks[subj.start-1].lower() == "which" && prepositions[toks[subj.start-2].lower()]) &&
			!(toks[subj.start-1].lower() == "which" && (toks[v.i].lower() == "said" || toks[v.i].lower() == "says")) {
			// "what he called …", "which he described as …": no claim of
			// its own; "in which he said" has one, and so has "the
			// airship, which it said was used for weather research"
			continue
		}
		if ok && whatBeforeList(toks, subj.start) {
			// "recounts what Almagro, Guterres and Blinken told her": the
			// object of another verb, no claim of its own
			continue
		}
		switch {
		case ok:
			a.speaker = subj.ent // pronouns are resolved in order, below
		case v.i > 0 && toks[v.i-1].text == "," && len(atts) > 0 && closesParenthetical(toks, atts[len(atts)-1], v.i-1) && !participle(toks[v.i]):
			// "The situation, she said, called for diplomacy …": the verb
			// of what she said, not a second report of hers
			afterParenthetical[v.i] = true
			continue
		case v.i > 0 && (toks[v.i-1].lower() == "and" || toks[v.i-1].lower() == "but" || toks[v.i-1].text == "," || v.i > 1 && toks[v.i-1].lower() == "while" && participle(toks[v.i])) && len(atts) > 0:
			// "… and warned", "…, adding", "said X, praised Y, and called
			// on Z", "stated that …, while requesting that …"
			a.inherited = true
			a.subj = mention{start: v.i - 1, end: v.i}
			a.co = atts[len(atts)-1].co
		case v.i > 0 && (toks[v.i-1].lower() == "and" || toks[v.i-1].lower() == "but" || (toks[v.i-1].text == "," || toks[v.i-1].lower() == "by") && participle(toks[v.i]) || andParenthetical(toks, v.i)) && !slices.ContainsFunc(atts, func(b *attribution) bool { return !inRelativeClause(toks, b.verb.i) }):
			// (a report inside a relative clause on the subject does not
			// count: "Biden, who had invited …, opened the talks by telling")
			// "He set out the proposals and stressed that …", "She closed
			// the session by saying …": the sentence's subject
			m, found := sentenceSubject(toks, ms, v.i)
			if !found {
				continue
			}
			a.subj, a.speaker = m, m.ent
			a.co = coordinated(toks, ms, m)
			for _, e := range m.also {
				a.co = append(a.co, mention{start: m.start, end: m.end, ent: e})
			}
		case len(atts) > 0 && (v.has(verbTell) || v.i+v.n < len(toks) && toks[v.i+v.n].lower() == "to") && perfectAnd(toks, v.i) >= 0 && (reportedBySelf(toks, ms, atts[len(atts)-1]) || selfReportedVerb(toks, ms, atts)):
			// "he said he had raised the case with Modi and had told him
			// that …", "… and had made clear to him that …": the speaker,
			// who is the reported clause's subject
			a.inherited = true
			a.subj = mention{start: v.i - 1, end: v.i}
			a.co = atts[len(atts)-1].co
		case len(atts) > 0 && v.has(verbTell) && perfectAnd(toks, v.i) >= 0 && !atts[len(atts)-1].inherited && actsInReportedClause(toks, ms, atts[len(atts)-1], v):
			// "Bakheit said that Bashir had spoken to Touadéra and had told
			// him that …": Bashir told him, as Bakheit reports
			a.inherited = true
			a.subj = mention{start: v.i - 1, end: v.i}
		case len(atts) > 0 && v.has(verbTell) && perfectAnd(toks, v.i) >= 0 && parentheticalSubject(toks, ms, atts[len(atts)-1]) != nil:
			// "Biden, he said, had listened carefully and had assured him
			// that …": the one the parenthesis interrupts goes on telling
			m := parentheticalSubject(toks, ms, atts[len(atts)-1])
			a.subj, a.speaker = *m, m.ent
		case len(atts) > 0 && v.has(verbTell) && perfectAnd(toks, v.i) >= 0 && !atts[len(atts)-1].after && atts[len(atts)-1].verb.i > 0 && toks[atts[len(atts)-1].verb.i-1].lower() == "had":
			// "Park had explained to Hayashi that …, and had told him that
			// …": the same subject goes on telling
			a.inherited = true
			a.subj = mention{start: v.i - 1, end: v.i}
			a.co = atts[len(atts)-1].co
		default:
			continue
		}
		if a.speaker == nil && a.subj.kind != byPronoun && !a.inherited {
			continue
		}
		atts = append(atts, a)
	}
	atts = dropSelfReports(toks, atts)
	quotes := quoteSegments(toks)
	var out []*rawClaim
	nested := map[*attribution]*entity{}
	tail := tailAttribution(toks) // "…, the statement said.": once a sentence
	for ai, a := range atts {
		switch {
		case a.inherited:
			if ai > 0 {
				a.speaker = atts[ai-1].speaker
				if m, ok := actorOfReportedClause(toks, ms, atts[ai-1], a.verb); ok {
					// "officials said Okano had lodged a protest, telling him
					// …": the one who acted in the reported clause tells
					a.speaker, a.reporter = m.ent, atts[ai-1].speaker
				}
			}
		case a.subj.kind == byPronoun && a.subj.pronoun == "they" && len(x.sal.joint) > 1:
			// "Biden and Merkel met … they pledged": each of them
			a.speaker = x.sal.joint[0]
			for _, e := range x.sal.joint[1:] {
				a.co = append(a.co, mention{start: a.subj.start, end: a.subj.end, ent: e})
			}
		case a.subj.kind == byPronoun:
			var hearer *entity
			var named []*entity // the ones named before a parenthetical "he said"
			if obj, ok := mentionStartingAt(ms, a.verb.i+a.verb.n); ok && (obj.kind == byName || obj.kind == byDescriptor && ai > 0) && a.verb.has(verbTell) {
				// "quoted him as telling Biden", "Trump said … that he had
				// told the prime minister": not the one told (a description
				// opening the sentence is left to the speaker's salience)
				hearer = obj.ent
			}
			if hearer == nil && (a.subj.pronoun == "he" || a.subj.pronoun == "she") && a.subj.start >= 2 && toks[a.subj.start-1].text == "," && commaSoonAfter(toks, a.verb.i+a.verb.n) {
				if m, ok := mentionEndingAt(ms, a.subj.start-1); ok && m.kind != byPronoun {
					// "Russian President Vladimir Putin, he said, was still
					// pursuing …": he is not the one his words are about
					hearer = m.ent
					named = append(named, m.ent)
					for _, c := range coordinated(toks, ms, m) {
						// "Tillerson and Mattis, he said, had both warned
						// him": nor any of the ones named with him
						named = append(named, c.ent)
					}
				}
			}
			if v := a.verb.i + a.verb.n; hearer == nil && (a.subj.pronoun == "he" || a.subj.pronoun == "she") && a.subj.start >= 2 && toks[a.subj.start-1].text == "," && (v >= len(toks) || toks[v].text == ".") {
				// "Putin and al-Sudani had both offered to host it, he
				// said.": he is not one the clause he reports is about
				if m, ok := sentenceSubject(toks, ms, a.subj.start); ok && m.kind == byName && m.ent != nil && m.ent.kind == dipgraph.KindPerson {
					for _, c := range mentionList(toks, ms, m.start) {
						named = append(named, c.ent)
					}
					hearer = m.ent
				}
			}
			if a.speaker == nil && len(named) > 0 {
				a.speaker = x.sal.resolveStrict(a.subj.pronoun, named...)
			}
			if a.speaker == nil {
				a.speaker = x.resolveMention(a.subj, hearer)
			}
			if a.speaker == nil && hearer != nil {
				a.speaker = x.resolveMention(mention{kind: byPronoun, pronoun: "other"}, hearer)
			}
			if a.speaker != nil && hearer == nil && (a.subj.pronoun == "he" || a.subj.pronoun == "she") && namedAfter(ms, a.verb.i, a.speaker) {
				// "He said he intended to bring Aliyev and Pashinyan
				// together": he is not the one his own words name
				if e := x.sal.resolveStrict(a.subj.pronoun, a.speaker); e != nil {
					a.speaker = e
				}
			}
			if p, ok := sentenceSubject(toks, ms, a.subj.start); ok && p.kind == byName && p.ent != nil && p.ent != hearer && !slices.Contains(named, p.ent) && p.ent.kind == dipgraph.KindPerson && fitsPronoun(p.ent, a.subj.pronoun) {
				// "Barrot held talks with Tebboune, after which he
				// declared": the sentence's own subject
				a.speaker = p.ent
			}
		}
		if a.speaker != nil && (a.subj.kind == byDescriptor || a.subj.kind == byPronoun) && x.namedInQuoteBefore(toks, a) {
			// "“President Maduro heard from me …,” the 43-year-old
			// president said": not the one the quote names
			var alt *entity
			if a.subj.kind == byPronoun {
				alt = x.sal.resolveStrict(a.subj.pronoun, a.speaker)
			} else if alt = x.reg.otherWithRole(a.speaker); alt == nil {
				// the other person of the scene, if the story gave them no
				// other office
				p := "he"
				if a.speaker.female {
					p = "she"
				}
				if o := x.sal.resolveStrict(p, a.speaker); o != nil && o.role == "" {
					alt = o
				}
			}
			if alt != nil {
				a.speaker = alt
			}
		}
		if a.speaker == nil {
			continue
		}
		if a.speaker.known != nil && a.speaker.known.Kind == dipgraph.KindGroup && a.speaker.name == twoSides && len(a.co) == 0 {
			// "the two sides said …": each of the two states the story is
			// about says it
			// ("Malaysia and Indonesia held talks in Jakarta": a host is
			// a side too)
			two := x.reg.lastTwo(dipgraph.KindState, nil, true)
			if p := x.reg.lastTwo(dipgraph.KindPerson, nil, true); two == nil && p != nil && p[0].affiliation != nil && p[1].affiliation != nil && p[0].affiliation != p[1].affiliation && p[0].affiliation.kind == dipgraph.KindState && p[1].affiliation.kind == dipgraph.KindState {
				// (after "Lula met Xi": the states the two serve)
				two = []*entity{p[0].affiliation, p[1].affiliation}
			}
			if two != nil {
				a.speaker = two[0]
				a.co = []mention{{start: a.subj.start, end: a.subj.end, ent: two[1]}}
			}
		}
		if a.verb.has(verbThat) && len(a.verb.classes) == 1 && !thatOrQuoteFollows(toks, a.verb.i+a.verb.n) && !postposed(toks, a) {
			continue
		}
		start := a.subj.start
		if w := toks[max(start-1, 0)].lower(); !a.after && !a.inherited && start >= 3 && quotingVerbs[w] {
			// "“…,” the ministry quoted Dong as saying": the quoting
			// source stands between the quote and the speaker
			for q := start - 2; q >= 0 && q >= start-8; q-- {
				if toks[q].kind == tokCloseQuote {
					start = q + 1
					break
				}
				if !toks[q].isWord() || toks[q].quoted {
					break
				}
			}
		}
		if a.after || a.inherited {
			start = a.verb.i
		} else if q := start - 1; q > 0 && q >= start-4 {
			// "“…,” European Council President Charles Michel said": the
			// body's name stands between the quote and the speaker
			for q > 0 && q >= start-4 && (toks[q].capitalized() || toks[q].isWord() && titleModifiers[toks[q].lower()]) && !toks[q].quoted {
				q--
			}
			if q < start-1 && toks[q].kind == tokCloseQuote {
				start = q + 1
			}
			if q = start - 2; start >= 4 && toks[start-1].text == "," && a.subj.kind == byName {
				// "“…,” its editor-in-chief, Andreas Gustavsson, said": the
				// description the name is set off from stands between
				for q > 0 && q >= start-8 && (toks[q].isWord() || toks[q].possessive()) && !toks[q].quoted && !verbAtAny(atts, q) && toks[q].lower() != "and" && toks[q].lower() != "but" && toks[q].lower() != "while" {
					q--
				}
				if q < start-2 && toks[q].kind == tokCloseQuote {
					start = q + 1
				}
			}
		}
		next := len(toks)
		if tail > a.verb.i {
			next = tail // "…, the statement said.": a source with no speaker still closes the words
		}
		for _, b := range atts[ai+1:] {
			bs := firstSpeakerStart(b)
			if bs > 0 && toks[bs-1].lower() == "which" && !b.after {
				continue // "regret that the airship, which it said was …, had strayed": inside the clause
			}
			if parentheticalBeforeThat(toks, a, b) {
				continue // "reminded Nichols, the statement said, that …": the words go on past it
			}
			if e := b.subj.end; !b.after && !b.inherited && e+1 < len(toks) && toks[e].text == "," && toks[e+1].lower() == "who" && b.subj.start > a.verb.i {
				continue // "invited Trump, who has boasted that …, to come": a relative on the hearer
			}
			if b.after || b.inherited {
				bs = b.verb.i
				if j := perfectAnd(toks, bs); j > a.verb.i && b.inherited {
					bs = j // "… and had told him": the clause ends before "and"
				}
			}
			if bs > a.verb.i {
				next = min(next, bs) // (a closing ", the statement said" may come first)
				break
			}
		}
		c := &rawClaim{sent: s, speaker: a.speaker, verb: strings.ToLower(spanText(toks[a.verb.i : a.verb.i+a.verb.n])), verbTok: a.verb.i, regionLo: start, regionHi: next, att: a}
		if ai == 0 {
			c.regionLo = 0
		}
		if a.after || a.inherited || start > 0 && toks[start-1].kind == tokCloseQuote {
			c.regionHi = len(toks)
			for _, b := range atts[ai+1:] {
				if b.subj.start > a.verb.i {
					c.regionHi = b.subj.start
					break
				}
			}
		}
		c.reportedBy = nested[a]
		c.confidence = confidenceOf(a)
		x.sal.push(a.speaker)
		if r := c.reportedBy; r != nil && r.kind == dipgraph.KindPerson && !r.unnamed() {
			// "he said Vieira had promised him …, and he blamed …": the
			// reporter goes on as the topic (not "an official said Biden
			// had stressed …, and that Netanyahu had assured him": an
			// unnamed source only passes the words on)
			x.sal.push(c.reportedBy)
		}
		a.speaker.spoke = true
		// DIRECT, quote before the attribution: “…,” Putin said
		if start > 0 && toks[start-1].kind == tokCloseQuote {
			if q := segEndingAt(quotes, start-1); q != nil && q.words(toks) >= 1 {
				c.mode = dipgraph.ModeDirect
				c.start, c.end, _ = q.span(toks)
				q.used = true
				// a quote split by its attribution: “…,” he said, “…”
				if q2 := segAfterAttribution(quotes, toks, a.verb.i+a.verb.n); q2 != nil && !q2.used {
					if h := x.turningTo(toks, ms, a.verb.i+a.verb.n, q2.open, a.speaker); h != nil {
						// "“…,” he said, before turning to his guest: “Heiko,
						// …”": the second quote is a claim of its own, said to
						// the one turned to
						if s2, e2, ok := q2.span(toks); ok {
							cc := &rawClaim{sent: s, speaker: a.speaker, verb: c.verb, verbTok: a.verb.i, regionLo: c.regionLo, regionHi: c.regionHi, att: a,
								confidence: c.confidence, mode: dipgraph.ModeDirect, start: s2, end: e2, addressees: []*entity{h}}
							cc.quote = string(x.text[cc.start:cc.end])
							out = append(out, cc)
						}
					} else if _, e2, ok := q2.span(toks); ok {
						c.end = e2
					}
					q2.used = true
				}
				c.quote = string(x.text[c.start:c.end])
				if v := x.vocative(c, nil); a.subj.kind == byPronoun && len(v) == 1 && v[0] == c.speaker && namesInOpening(c.quote, c.speaker) {
					// "Kim raised his glass to his guest. “President Moon,
					// …,” he said": not the one the quote addresses
					if o := x.resolveMention(mention{kind: byPronoun, pronoun: "other"}, c.speaker); o != nil && fitsPronoun(o, a.subj.pronoun) {
						c.speaker, a.speaker = o, o // the other person of the scene or the story
					}
				}
				c.addressees = append(x.toldAfterQuote(toks, ms, a), x.addresseesOf(toks, ms, a, c)...)
				out = append(out, c)
				// “…,” he said, adding that …: the verb may report more
				if v := a.verb.i + a.verb.n; v >= len(toks) || toks[v].lower() != "that" || thatOfTime(toks, v) {
					continue // (not "…,” he said that day.")
				}
				c = &rawClaim{sent: s, speaker: a.speaker, verb: c.verb, verbTok: a.verb.i, regionLo: c.regionLo, regionHi: c.regionHi, att: a, confidence: c.confidence}
			}
		}
		k := a.verb.i + a.verb.n
		if a.after {
			k = a.subj.end
		}
		// addressee right after the verb: told Putin, urged Iran
		var addr []*entity
		if a.by != nil {
			// passive: "Ali had been told by Swe, the Myanmar minister, that …"
			if agent := x.resolveMention(*a.by, a.speaker); agent != nil {
				// the joint subject heard it together: "Macron and Scholz
				// had both been assured by Putin"
				for _, m := range a.co {
					if e := x.resolveMention(m, agent); e != nil {
						addr = append(addr, e)
					}
				}
				a.co = a.byCo // each agent told the hearers
				addr = append(addr, a.speaker)
				c.speaker = agent
				k = a.by.end
				if len(a.byCo) > 0 {
					k = a.byCo[len(a.byCo)-1].end
				}
				k = skipApposition(toks, k)
			}
		} else if a.verb.has(verbTell) || a.verb.has(verbUrge) {
			if e, end := x.apposedName(toks, ms, k); e != nil && e != a.speaker {
				// "assured her Palestinian counterpart, Riyad al-Maliki,
				// that …", "informed the conference president, Mukhtar
				// Babayev, by phone that …": the person the description names
				addr = append(addr, e)
				k = end
			} else if g, end := x.reg.groupAddressee(toks, k, a.verb.has(verbUrge)); g != nil && k+1 < len(toks) && toks[k+1].possessive() {
				// "urged Iran's proxies to …": the group, not the state
				addr = append(addr, g)
				k = end
			} else if parties, end := x.reg.bothSides(toks, k, a.speaker, nested[a]); parties != nil {
				// "called on both sides to implement it": the two states
				// the story is about (not the one who reports it: "Chai
				// said the prime minister had urged the two leaders to …")
				addr = append(addr, parties...)
				k = end
			} else if list := mentionList(toks, ms, skipFormer(toks, k)); len(list) > 0 {
				// "told Biden and Merkel", "urged the two generals",
				// "invited former President Donald Trump"
				for _, m := range list {
					if mediaAfter(toks, m.end) {
						continue // "told France Inter radio": an outlet, not a hearer
					}
					e := x.resolveMention(m, a.speaker)
					if m.kind == byPronoun && (m.pronoun == "him" || m.pronoun == "her") {
						// "raised the case with the Chinese president and
						// had told him": a person just named in the sentence
						from := a.subj.end
						if a.inherited && ai > 0 {
							from = atts[ai-1].subj.end
							if p := atts[ai-1]; p.subj.start > 0 && toks[p.subj.start-1].text == "," && p.verb.i+p.verb.n < len(toks) && toks[p.verb.i+p.verb.n].text == "," {
								// "He had spoken to Gervasi …, he wrote, and
								// assured her": past the parenthesis, the
								// clause it interrupts
								from = 0
							}
						}
						if f := frontedPhraseEnd(toks); f > 0 && a.subj.start >= f {
							// "Standing beside President Zelensky, Biden … told
							// him": the person the fronted phrase names
							from = 0
						}
						if rep := nested[a]; rep != nil && rep != a.speaker && rep.kind == dipgraph.KindPerson && fitsPronoun(rep, subjectForm(m.pronoun)) {
							// "He said Lavrov, who led Moscow's delegation in
							// place of President Putin, had told him …": the
							// one who reports it was told
							e = rep
						} else if p := personNamedBefore(ms, from, m.start, a.speaker, m.pronoun == "her"); p != nil {
							e = p
						} else if p := personNamedBefore(ms, 0, m.start, a.speaker, m.pronoun == "her"); p != nil && a.subj.kind == byPronoun {
							// "said after meeting President Zelensky that he had
							// asked him to …": the other person the sentence names
							e = p
						} else if p := personNamedBefore(ms, 0, m.start, a.speaker, m.pronoun == "her"); p != nil && e == nil {
							// "Sullivan returned, two months after the Kremlin
							// advised him to …": the person the sentence named
							e = p
						} else if e == nil {
							// "… summoned Ukraine's ambassador, Liubov Nepop.
							// Menczer told her that …": the person last named
							// before this sentence (not one it names later)
							e = x.lastPersonFitting(m.pronoun, a.speaker, ms)
						}
					}
					if people := x.themTogether(toks, ms, m, a.speaker); len(people) > 0 {
						// "met Kishida and Yoon … He told them that …"
						addr = append(addr, people...)
						continue
					}
					if e != nil && e == a.reporter {
						continue
					}
					if e != nil && e == a.speaker && m.kind == byDescriptor {
						// "He told the Foreign Minister": the other one
						e = x.reg.otherWithRole(e)
					}
					if e != nil && (!isAudience(e) || a.verb.has(verbUrge) && !a.verb.has(verbTell) && !isMedia(e)) {
						// "told the council" speaks before it; "called on the
						// council to act" asks it
						addr = append(addr, e)
					}
					addr = append(addr, m.also...)
				}
				k = list[len(list)-1].end
				if a.verb.has(verbUrge) {
					k = pastRelative(toks, k)
				}
			} else if k < len(toks) && pressWords[toks[k].lower()] {
				k++
			} else if st, end := x.governmentNamed(toks, k, a.speaker); st != nil {
				// "urged the Petro government to …", "urged the government
				// to …": the state it governs
				addr = append(addr, st)
				k = end
			} else if g, end := x.reg.groupAddressee(toks, k, a.verb.has(verbUrge)); g != nil {
				// "urged all sides to …", "told foreign governments that …"
				addr = append(addr, g)
				k = end
			} else if e, end := x.counterpartName(toks, ms, k); e != nil {
				// "told his French counterpart, Catherine Colonna, that …"
				addr = append(addr, e)
				k = end
			} else if e, end := x.envoyByPost(toks, k); e != nil {
				// "informed the Iranian ambassador that …"
				addr = append(addr, e)
				k = end
			}
		}
		if k+1 < len(toks) && toks[k].lower() == "to" && toks[k+1].lower() == "both" && (k+2 >= len(toks) || !toks[k+2].isWord() || toks[k+2].lower() == "that") {
			// "made clear to both that …": the two people last named
			for i := len(x.reg.recent) - 1; i >= 0 && len(addr) < 2; i-- {
				if p := x.reg.recent[i]; p != a.speaker && p.kind == dipgraph.KindPerson {
					addr = append(addr, p)
				}
			}
			k += 2
		}
		if k+1 < len(toks) && toks[k].lower() == "to" && !a.verb.has(verbUrge) {
			if e, end := x.apposedName(toks, ms, k+1); e != nil {
				// "made clear to the junta's foreign minister, Wunna Maung
				// Lwin, …": the person the description names
				addr = append(addr, e)
				k = end
			}
		}
		if k+1 < len(toks) && toks[k].lower() == "to" {
			if m, ok := mentionStartingAt(ms, k+1); ok && !a.verb.has(verbUrge) {
				if e := x.resolveMention(m, a.speaker); e != nil {
					addr = append(addr, e)
				}
				k = m.end
			} else if g, end := x.reg.groupAddressee(toks, k+1, false); g != nil && !a.verb.has(verbUrge) && !ok {
				// "made clear to the Turkish and Qatari mediators that …"
				addr = append(addr, g)
				k = end
			}
		}
		if len(addr) == 0 && (a.inherited || a.verb.has(verbUrge)) {
			// "summoned the Russian ambassador and demanded that …": what
			// is demanded of a summoned diplomat is said to him
			if e := x.summoned(toks, ms, a); e != nil {
				addr = append(addr, e)
			}
		}
		if len(addr) == 0 && a.inherited && ai > 0 && atts[ai-1].speaker == a.speaker && len(atts[ai-1].told) > 0 && atts[ai-1].verb.has(verbTell) && hearerGoesOn[c.verb] {
			// "Raisi told the IAEA chief that … and warned that …": still
			// to the one told
			addr = append(addr, atts[ai-1].told...)
		}
		a.told = addr
		if prev := parentheticalAfterTelling(toks, atts, ai); len(addr) == 0 && prev != nil && prev.speaker == a.speaker &&
			!slices.ContainsFunc(out, func(c *rawClaim) bool { return c.att == prev }) {
			// "He had told Kuleba in a call last month, he said, that …":
			// the hearers of the telling the parenthesis interrupts
			addr = prev.told
		}
		k = skipDatePhrase(toks, k)
		k = skipAdverbsBeforeThat(toks, k)
		// "told him during their talks in Moscow that …": the content
		// starts after "that"
		// "…, Tajani has said, in the clearest signal yet that …": the
		// reporter's comment after a postposed attribution reports nothing
		// "…, he added, a step that Berlin had been seeking": the reporter's
		// note on what was reported
		comment := k+2 < len(toks) && toks[k].text == "," && (toks[k+1].lower() == "in" && articles[toks[k+2].lower()] || toks[k+1].lower() == "a" || toks[k+1].lower() == "an") && postposedClause(toks, firstSpeakerStart(a)) >= 0
		request := a.verb.has(verbUrge) && !a.verb.has(verbTell) && k < len(toks) && toks[k].lower() == "to"
		limit := next
		if r := relativeClauseStart(toks, a.verb.i); r >= 0 && toks[r+1].lower() == "who" && !a.after && !a.verb.has(verbTell) && !a.verb.has(verbSay) {
			// "Albanese, who had thanked Indonesia for its sympathy, told
			// reporters that …": the relative clause ends at its comma
			// (not "Li, who told fellow leaders, according to state media,
			// that …")
			for j := k; j < limit; j++ {
				if toks[j].text == "," && !toks[j].quoted {
					limit = j
					break
				}
			}
		}
		if t := thatAfterPhrase(toks, k, limit, a.verb.has(verbTell)); t > k && !comment && !request {
			// not "urged both sides to avoid any step that could …"
			k = t
		}
		// DIRECT, quote after the attribution: Putin said: “…”
		kk := k
		for kk < len(toks) && (toks[kk].text == ":" || toks[kk].text == "," || toks[kk].lower() == "that") {
			kk++
		}
		if q := segStartingAt(quotes, kk); kk == k && q != nil && q.words(toks) <= 6 && q.close+1 < len(toks) && toks[q.close+1].lower() == "that" && a.verb.has(verbTell) {
			// "told Guterres “more than once” that …": a quoted manner
			// of telling; the words are the that-clause
			k = q.close + 1
		} else if kk < len(toks) && toks[kk].kind == tokOpenQuote {
			if q := segStartingAt(quotes, kk); q != nil && !q.used && q.words(toks) >= 3 && (toks[kk-1].text != "that" || q.covers(toks, next)) {
				c.mode = dipgraph.ModeDirect
				c.start, c.end, _ = q.span(toks)
				q.used = true
				c.quote = string(x.text[c.start:c.end])
				c.addressees = append(addr, x.addresseesOf(toks, ms, a, c)...)
				out = append(out, c)
				continue
			}
		}
		// INDIRECT: the clause after the verb, to the end of the clause
		for k < len(toks) && (toks[k].lower() == "that" || toks[k].text == ",") {
			k++
		}
		end := clauseEnd(toks, k, next)
		if r := relativeClauseStart(toks, a.verb.i); r >= 0 && toks[r+1].lower() == "who" && !a.after {
			// "Biden, who had not invited foreign leaders to the compound,
			// opened the talks": the relative clause ends at its comma
			for j := k; j < end; j++ {
				if toks[j].text == "," && !toks[j].quoted {
					end = j
					break
				}
			}
		}
		if pr := pastRelative(toks, a.subj.end); pr > a.subj.end && pr-1 > k && pr-1 < end && !a.after {
			end = pr - 1 // "Trump, who has boasted that he could end the war, to come": the relative ends at its comma
		}
		if !a.after && a.subj.end+1 < len(toks) && toks[a.subj.end].text == "," && (toks[a.subj.end+1].lower() == "which" || toks[a.subj.end+1].lower() == "who") {
			// "The United States, which has called on Rwanda to …, welcomed
			// the outcome": the relative ends before its subject's own verb
			for _, b := range atts[ai+1:] {
				if b.subj.start == a.subj.start && b.verb.i > k && b.verb.i-1 < end && toks[b.verb.i-1].text == "," {
					end = b.verb.i - 1
					break
				}
			}
		}
		if k > 1 && k < len(toks) && toks[k-1].text == "," && len(addr) > 0 && a.verb.has(verbTell) {
			// "told Egypt's intelligence chief, Abbas Kamel, in a call that
			// …": past the hearer's apposition to the words
			if t := thatAfterPhrase(toks, k, end, true); t > k {
				k = t
			}
		} else if k > 1 && k < len(toks) && toks[k-1].text == "," && toks[k-2].lower() != "that" && (comment || timeAdjunct(toks, k) || participle(toks[k]) && !toks[k].capitalized() && len(toks[k].text) > 5 || concessives[toks[k].lower()]) {
			// "…, Leyva said on Friday, a day after he met …", "…, Orpo
			// said, sealing the frontier": nothing reported after the verb
			end = k
		}
		nk := k // where the inner speaker's name starts, past "the" ("said the Islamic Emirate welcomed …")
		if k+1 < len(toks) && articles[toks[k].lower()] && startOfNested(atts, ai, k+1) == k+1 {
			nk = k + 1
		}
		if nk == k && k < len(toks) && !prepositions[toks[k].lower()] && startOfNested(atts, ai, k) < 0 {
			// "said China's top diplomat, Wang Yi, had cautioned him":
			// the inner speaker named in apposition to a description of
			// whose he is (not "told Kuleba in a call last month, he said,
			// that …", nor "a firm answer, Sheinbaum says …")
			for j := k + 1; j < len(toks) && j < k+7; j++ {
				if toks[j].text == "," {
					possessed := possessives[toks[k].lower()] || slices.ContainsFunc(toks[k:j], func(t token) bool { return t.possessive() })
					if possessed && startOfNested(atts, ai, j+1) == j+1 && !slices.ContainsFunc(atts, func(b *attribution) bool {
						return firstSpeakerStart(b) == j+1 && b.verb.i+b.verb.n < len(toks) && toks[b.verb.i+b.verb.n].text == ","
					}) {
						nk = j + 1
					}
					break
				}
				if !toks[j].isWord() && !toks[j].possessive() || toks[j].quoted || slices.ContainsFunc(atts, func(b *attribution) bool { return b.verb.i == j }) {
					break
				}
			}
		}
		if k < len(toks) && nk == startOfNested(atts, ai, nk) {
			// "Putin said the Western powers told him that …": each level
			// is a claim; the inner one records the outer speaker as its
			// source, and the outer one spans the whole report.
			inner := len(toks)
			for bi, b := range atts[ai+1:] {
				if firstSpeakerStart(b) == nk {
					nested[b] = a.speaker
					inner = len(toks)
					for _, d := range atts[ai+1+bi+1:] {
						if d.subj.start > b.verb.i && d.subj.start != nk {
							inner = d.subj.start
							break
						}
					}
				}
			}
			if end := clauseEnd(toks, k, inner); end > k {
				cc := *c
				cc.start, cc.end = toks[k].start, toks[end-1].end
				cc.mode = x.modeOf(&cc, toks, quotes, k, end, false)
				cc.confidence = c.confidence * 0.8
				cc.addressees = addr
				out = append(out, &cc)
			}
			continue
		}
		pk := k
		var before [2]int // a claim that ", and" ends before the parenthetical's own
		if a.verb.has(verbTell) && k < len(toks) && toks[k].text != "," {
			// "The world, he told the leaders gathered in the hall, was …":
			// past the hearer to the comma that closes the parenthesis
			for j := k; j < len(toks) && j < k+10 && toks[j].isWord(); j++ {
				if j+2 < len(toks) && toks[j+1].text == "," && auxiliaries[toks[j+2].lower()] {
					pk = j + 2
					break
				}
			}
		}
		if h := postposedClause(toks, firstSpeakerStart(a)); h > 0 && pk > 0 && pk < len(toks) && toks[pk-1].text == "," && (auxiliaries[toks[pk].lower()] || afterParenthetical[pk]) && !a.after && !a.inherited {
			// "No place in Israel, he said, would be spared": the subject
			// stands before the parenthetical attribution, from the
			// sentence's start or a clause that ", and" opens
			lo := datelineEnd(toks)
			for lo < h && (toks[lo].kind == tokOpenQuote || !toks[lo].isWord() && toks[lo].text != "“") {
				lo++
			}
			for j := h - 1; j > lo+1; j-- {
				if (toks[j].lower() == "and" || toks[j].lower() == "but") && toks[j-1].text == "," {
					// "Sanctions were blackmail, and the question, he added,
					// said more about London": two claims
					before = [2]int{lo, j - 1}
					lo = j + 1
					break
				}
			}
			if lo < h {
				k = lo
				if end <= pk {
					end = clauseEnd(toks, pk, next)
				}
			}
		}
		if len(a.verb.classes) == 1 && a.verb.has(verbTell) && len(addr) == 0 && k == a.verb.i+a.verb.n && k < len(toks) && toks[k].isWord() && !toks[k].capitalized() && toks[k].lower() != "that" {
			if thatWithin(toks, k, 25) < 0 {
				// "Paris and Moscow tell different stories": a hearer is
				// missing, not a report ("told ministers of the ousted
				// government, whom he had summoned, that …" has one)
				continue
			}
		}
		if a.verb.has(verbUrge) && len(addr) > 0 && k+1 < len(toks) && (toks[k].lower() == "and" || toks[k].lower() == "but") && toks[k+1].text == "," {
			continue // "Kuleba thanked him and, in the same breath, raised the bar": nothing asked or thanked for
		}
		if a.verb.has(verbUrge) && !a.verb.has(verbObject) && len(addr) > 0 && end > k && circumstance[toks[k].lower()] && onlyPrepositional(toks[k:end]) && !slices.ContainsFunc(toks[k:end], func(t token) bool { return t.lower() == "to" }) {
			// "Blinken Presses Baku in Calls as Guns Fall Silent", "Petro
			// challenges Lula on oil": the hearer and the occasion, no
			// request ("asked Moon in a call on Thursday to help …" has one)
			continue
		}
		if m := pastManner(toks, k, end); m > k && !a.verb.has(verbUrge) && !a.verb.has(verbObject) && onlyPrepositional(toks[m:end]) {
			continue // "argued openly on Friday about Greece": how, not what
		}
		if w := toks[a.verb.i].lower(); strings.HasPrefix(w, "argu") && k < len(toks) && (toks[k].lower() == "over" || toks[k].lower() == "about") {
			continue // "were still arguing over names on Friday": a quarrel's subject, not what was said
		}
		if end <= k || onlyPrepositional(toks[k:end]) && !a.verb.has(verbUrge) && !a.verb.has(verbObject) {
			// "…, something he made clear to Putin in a recent call"
			if h := antecedentStart(toks, start); h >= 0 {
				k, end = h, clauseEnd(toks, a.verb.i, next)
			} else if h := postposedClause(toks, firstSpeakerStart(a)); h >= 0 {
				// "Moscow is ready to talk, Lavrov said." and the
				// parenthetical "Africa, he said, would not accept …"
				k, end = datelineEnd(toks), h
				if r := restAfterParenthetical(toks, a.verb.i+a.verb.n, next); r > 0 && !comment {
					end = r
				}
				for k < end && (toks[k].kind == tokOpenQuote || !toks[k].isWord() && toks[k].text != "“") {
					k++
				}
			} else {
				continue
			}
		}
		if end <= k {
			continue
		}
		parts := splitCoordinated(toks, k, end)
		if r := secondRequest(toks, k, end, next); r[1] > r[0] {
			// "agreed to restore relations, starting with the envoys, and
			// to work together on security": the second request after the
			// participle phrase that ended the first
			parts = append(parts, r)
		}
		if before[1] > before[0] {
			parts = append([][2]int{before}, parts...)
		}
		if a.verb.has(verbObject) && !a.verb.has(verbSay) && !a.verb.has(verbThat) {
			parts = splitObjects(toks, parts)
		}
		if a.verb.has(verbObject) && !thatOrQuoteFollows(toks, a.verb.i+a.verb.n) {
			// "reaffirmed the commitment … and discussed the possibility
			// of …": the speaker's next act, not more of what he said
			parts = slices.DeleteFunc(parts, func(p [2]int) bool {
				return p[0] > k && p[0] < len(toks) && silentActs[toks[p[0]].lower()]
			})
		}
		if w := toks[k].lower(); (w == "and" || w == "but") && (ai == 0 || x.onlyBefore(toks, atts[:ai], a)) && !a.after && (ownSubjectClause(toks, k+1, end) || verbGoesOn(toks, k+1, end) || k+1 < end && modals[toks[k+1].lower()]) {
			// "The crossing will stay closed, he said, and the decision
			// would be reviewed …", "Stockholm had worked on the case
			// quietly, the minister said, and went public only after …",
			// "Manila had chosen them, he said, and would keep the final
			// word": the clause before the parenthetical attribution is a
			// claim too
			if h := postposedClause(toks, firstSpeakerStart(a)); h > 0 {
				lo := datelineEnd(toks)
				for lo < h && !toks[lo].isWord() {
					lo++
				}
				if h > lo {
					parts = append([][2]int{{lo, h}}, parts...)
				}
			}
			parts[len(parts)-1][0]++ // not the conjunction
		}
		// "said X, but that Y" and "said X and that Y": a second clause
		outer := len(parts) // parts from here on belong to the outer speaker
		if c.reportedBy == nil || !a.verb.has(verbUrge) || a.verb.has(verbTell) {
			outer = -1
		}
		for e := end; e+2 < len(toks) && e < next; {
			j := nextThatClause(toks, e, next)
			if j < 0 {
				break
			}
			e2 := clauseEnd(toks, j+2, next)
			if j+2 == next {
				// "… and that Faisal had assured him that …": the clause is
				// a nested report, whose outer level runs past it
				e2 = clauseEnd(toks, j+2, len(toks))
			}
			if e2 <= j+2 {
				break
			}
			if outer < 0 && c.reportedBy != nil && (startOfNested(atts, ai, j+2) == j+2 || j+3 < len(toks) && articles[toks[j+2].lower()] && startOfNested(atts, ai, j+3) == j+3) {
				// "Haig said Grundberg had made clear to them that …, and
				// that the envoy had promised him that …", "Kwatra said
				// Modi had told Xi that …, and that the two men had agreed
				// to …": a clause with a speaker of its own, which the
				// outer speaker goes on to report
				outer = len(parts)
			}
			parts = append(parts, [2]int{j + 2, e2})
			e = e2
		}
		for pi, part := range parts {
			if part[1] <= part[0] {
				continue // an empty part, as when a clause before a parenthetical is all a tail takes
			}
			if w := toks[part[0]].lower(); w == "declined" || w == "refused" {
				continue // "…, but declined to say what …": nothing said
			}
			cc := *c
			cc.start, cc.end = toks[part[0]].start, toks[part[1]-1].end
			cc.mode = x.modeOf(&cc, toks, quotes, part[0], part[1], true)
			cc.addressees = append(append([]*entity(nil), addr...), x.addresseesOf(toks, ms, a, &cc)...)
			if outer >= 0 && pi >= outer {
				// "Putin said Lukashenko had asked him to station the
				// weapons, and that the final push had come from Britain":
				// a request takes no that-clause; the reporter goes on
				cc.speaker, cc.reportedBy, cc.addressees = c.reportedBy, nil, nil
				for bi := ai - 1; bi >= 0; bi-- {
					if b := atts[bi]; b.speaker == cc.speaker {
						cc.att, cc.verbTok, cc.verb = b, b.verb.i, strings.ToLower(spanText(toks[b.verb.i:b.verb.i+b.verb.n]))
						// (framed by what stands before the report, not by
						// "Putin had told him in a telephone call")
						cc.regionHi = firstSpeakerStart(a)
						break
					}
				}
			}
			out = append(out, &cc)
		}
	}
	// joint statements: one claim per named speaker
	for _, c := range out {
		if c.att == nil {
			continue
		}
		group := []*rawClaim{c}
		for _, m := range c.att.co {
			if e := x.resolveMention(m, c.speaker); e != nil && e != c.speaker {
				c.joint = true
				cc := *c
				cc.speaker = e
				cc.confidence = c.confidence * 0.9
				if len(c.att.co) == 1 && len(c.addressees) == 0 && c.verb == "agreed to" && e.kind == dipgraph.KindPerson && c.speaker.kind == dipgraph.KindPerson {
					// "The two men also agreed to set up a joint
					// commission": what two agree they agree with each
					// other, as the guide reads a two-party readout
					c.addressees, cc.addressees = []*entity{e}, []*entity{c.speaker}
				}
				out = append(out, &cc)
				group = append(group, out[len(out)-1])
			}
		}
		if len(group) > 1 && toEachOther(toks, c.att.verb) {
			// "Ali and Maduro pledged to each other that …": each says it
			// to the others
			for _, g := range group {
				g.addressees = nil
				for _, h := range group {
					if h != g {
						g.addressees = append(g.addressees, h.speaker)
					}
				}
			}
		}
	}
	for _, c := range out {
		if c.mode == dipgraph.ModeDirect && !c.joint {
			out = append(out, x.reportsInQuote(s, c)...)
		}
	}
	for _, c := range out {
		if c.att != nil && len(c.addressees) == 0 {
			if h := x.framedHearer(toks, ms, c.att.verb.i, c.speaker); h != nil {
				// "Polyanskiy, addressing Lammy directly, said …",
				// "Responding to her Russian counterpart, Thomas-Greenfield
				// accused Moscow …"
				c.addressees = []*entity{h}
			}
		}
	}
	out = slices.DeleteFunc(out, func(c *rawClaim) bool {
		return c.mode != dipgraph.ModeDirect && (noContent(toks, c) || onlyACall(toks, c) || x.welcomedGuest(toks, ms, c) || x.phoned(toks, ms, c))
	})
	// "wrote to Guterres asking him to convene the council": what was
	// written is the request, which is a claim of its own
	out = slices.DeleteFunc(out, func(c *rawClaim) bool {
		return c.mode != dipgraph.ModeDirect && slices.ContainsFunc(out, func(d *rawClaim) bool {
			return d.verbTok >= 0 && d.verbTok != c.verbTok && toks[d.verbTok].start == c.start && d.att != nil && d.att.verb.has(verbUrge) && participle(toks[d.verbTok])
		})
	})
	out = append(out, x.asDid(toks, ms, out)...)
	out = append(out, x.accordingTo(s, ms, quotes, len(atts) > 0)...)
	out = append(out, x.messageWas(s, ms, quotes)...)
	out = append(out, x.heardFrom(s, ms, quotes)...)
	if called := x.calledToSay(s, ms, quotes); len(called) > 0 {
		// (in place of "called Kuleba" read as an object verb)
		out = slices.DeleteFunc(out, func(c *rawClaim) bool {
			return slices.ContainsFunc(called, func(d *rawClaim) bool { return d.verbTok == c.verbTok || c.start < d.end && d.start < c.end })
		})
		out = append(out, called...)
	}
	// quotes with no attribution in their sentence: the last quoted speaker
	// goes on, with less confidence.
	if len(atts) == 0 && len(out) == 0 {
		for qi := range quotes {
			q := &quotes[qi]
			if q.used || q.words(toks) < 5 && !(q.words(toks) >= 2 && s.para == x.lastQuotePara) || q.open > 1 || x.lastQuoteSpeaker == nil || s.para-x.lastQuotePara > 1 {
				// (a short quote only where the quoted speaker's paragraph
				// goes on: "“We will not wait,” he added. “The talks have
				// failed.”")
				continue
			}
			c := &rawClaim{sent: s, speaker: x.lastQuoteSpeaker, mode: dipgraph.ModeDirect, verbTok: -1, confidence: 0.55}
			latest := x.lastSpeaker != nil && x.lastSpeakerPara == s.para && x.lastSpeaker != x.lastQuoteSpeaker
			if latest {
				// "Fidan told the two delegations they stood at a fork in
				// the road. “One path leads to peace …”": the one who spoke
				// last in the paragraph goes on, to those he told
				c.speaker = x.lastSpeaker
			}
			var ok bool
			if c.start, c.end, ok = q.span(toks); !ok {
				continue
			}
			c.quote = string(x.text[c.start:c.end])
			q.used = true
			if v := x.vocative(c, nil); len(v) == 1 && v[0] == c.speaker {
				// "Putin answered with a thin smile. “Then we will go on
				// talking, Mr. Macron.”": not Macron's words, but those of
				// the other person the story is about
				if o := x.resolveMention(mention{kind: byPronoun, pronoun: "other"}, c.speaker); o != nil {
					c.speaker = o
				}
			}
			if v := x.vocative(c, c.speaker); v != nil {
				// "“Mr. President, we are here to build …”" after "she
				// said, turning to Tebboune"
				c.addressees = v
			} else if latest {
				c.addressees = x.lastSpeakerHearers
			} else if s.para == x.lastQuotePara {
				// the quote goes on in the same paragraph, to the same
				// hearers: "“Dear President Vucic, you have been a true
				// friend …,” he said. “To your health …”"
				c.addressees = x.lastQuoteHearers
			}
			out = append(out, c)
			// "“He told me: then we will answer too.”": reports inside
			// a quote that has no attribution of its own
			out = append(out, x.reportsInQuote(s, c)...)
		}
	}
	out = slices.DeleteFunc(out, func(c *rawClaim) bool {
		// "Okano told Wu that …, it said.": a state's account of what its
		// own official said is his statement, not a second one of its own
		return c.att != nil && (c.att.after || postposed(toks, c.att)) && c.speaker != nil && c.speaker.kind == dipgraph.KindState && slices.ContainsFunc(out, func(d *rawClaim) bool {
			return d != c && d.att != nil && d.att.verb.i < c.att.verb.i && d.speaker != nil && d.speaker.kind == dipgraph.KindPerson && d.speaker.affiliation == c.speaker && d.start >= c.start && d.end <= c.end
		})
	})
	for _, c := range out {
		if c.reportedBy == nil && !c.inQuote {
			x.lastSpeaker, x.lastSpeakerPara, x.lastSpeakerHearers = c.speaker, s.para, nil
			if c.att != nil && c.att.verb.has(verbTell) {
				x.lastSpeakerHearers = c.addressees
			}
		}
		if c.mode == dipgraph.ModeDirect && !c.inQuote {
			// (not "“I told him: …”": whom the speaker told then is not
			// whom the quote goes on to)
			x.lastQuoteSpeaker, x.lastQuotePara, x.lastQuoteHearers = c.speaker, s.para, c.addressees
		}
	}
	return out
}

func confidenceOf(a *attribution) float64 {
	switch {
	case a.inherited:
		return 0.8
	case a.subj.kind == byPronoun:
		return 0.8
	case a.subj.kind == byDescriptor:
		return 0.85
	}
	return 0.95
}

// anonymity reports whether v asks for the source's name to be kept out
// ("asked not to be named", "requested anonymity").
func anonymity(toks []token, v verbOcc) bool {
	k := v.i + v.n
	switch toks[v.i].lower() {
	case "asked", "requested", "requesting", "asking":
	default:
		return false
	}
	if k < len(toks) && toks[k].lower() == "anonymity" {
		return true
	}
	return k+3 < len(toks) && toks[k].lower() == "not" && toks[k+1].lower() == "to" && toks[k+2].lower() == "be" &&
		(toks[k+3].lower() == "named" || toks[k+3].lower() == "identified" || toks[k+3].lower() == "quoted")
}

// actorOfReportedClause returns the named subject of the clause prev
// reports when v is a telling or urging participle that goes on from what
// that subject did ("said Okano had lodged a protest with the ambassador,
// telling him …"), or such a verb after "and" with its hearer right after
// it and a person as that subject ("said Blinken had spoken with his
// counterparts and urged them to …"); "…, adding that …" stays with prev's
// speaker.
func actorOfReportedClause(toks []token, ms []mention, prev *attribution, v verbOcc) (mention, bool) {
	if prev.after || !(v.has(verbTell) || v.has(verbUrge)) {
		return mention{}, false
	}
	switch {
	case participle(toks[v.i]) && toks[v.i-1].text == ",":
	case (toks[v.i-1].lower() == "and" || perfectAnd(toks, v.i) >= 0) && v.i+v.n < len(toks) && (pronouns[toks[v.i+v.n].lower()] || toks[v.i+v.n].capitalized()):
		// "said Blinken had spoken with his counterparts and urged them
		// to …", "… that Bashir had spoken to Touadéra and had told him
		// that …": the one who spoke goes on
	default:
		return mention{}, false
	}
	k := prev.verb.i + prev.verb.n
	if k < len(toks) && toks[k].lower() == "that" {
		k++
	}
	m, ok := mentionStartingAt(ms, k)
	if t := thatWithin(toks, k, 12); !ok && t >= 0 && t+1 < v.i {
		m, ok = mentionStartingAt(ms, t+1) // "said in a statement that Bashir had …"
	}
	if !ok || m.kind != byName || m.ent == nil || m.end+1 >= v.i || (toks[v.i-1].lower() == "and" || perfectAnd(toks, v.i) >= 0) && m.ent.kind != dipgraph.KindPerson {
		return mention{}, false
	}
	if w := toks[m.end].lower(); w != "had" && w != "has" {
		return mention{}, false
	}
	return m, true
}

// onlyBefore reports whether the attributions before a all lie inside the
// clause that a's parenthetical attribution follows ("Manila had asked for
// the capabilities, he said, and would keep …"): reports within what a's
// speaker said, not attributions of their own.
func (x *extractor) onlyBefore(toks []token, before []*attribution, a *attribution) bool {
	if v := a.verb.i + a.verb.n; v >= len(toks) || toks[v].text != "," {
		return false // "…, Rasool said.": a closing attribution, no parenthesis
	}
	h := postposedClause(toks, firstSpeakerStart(a))
	return h > 0 && !slices.ContainsFunc(before, func(b *attribution) bool { return b.verb.i >= h || firstSpeakerStart(b) < datelineEnd(toks) })
}

// parentheticalAfterTelling returns the attribution before atts[ai] when
// that one is a telling verb with hearers and atts[ai] a parenthetical
// attribution (", he said,") that interrupts it, or nil.
func parentheticalAfterTelling(toks []token, atts []*attribution, ai int) *attribution {
	a := atts[ai]
	if ai == 0 || a.after || a.inherited || a.subj.start == 0 || toks[a.subj.start-1].text != "," {
		return nil
	}
	if e := a.verb.i + a.verb.n; e >= len(toks) || toks[e].text != "," {
		return nil
	}
	if prev := atts[ai-1]; prev.verb.has(verbTell) && len(prev.told) > 0 {
		return prev
	}
	return nil
}

// actsInReportedClause reports whether actorOfReportedClause finds who
// acts in the clause prev reports.
func actsInReportedClause(toks []token, ms []mention, prev *attribution, v verbOcc) bool {
	_, ok := actorOfReportedClause(toks, ms, prev, v)
	return ok
}

// writtenNouns are messages that carry words to a recipient named after
// "to".
var writtenNouns = wordSet("written-message")

// commaSoonAfter reports whether a comma closes the words from k within a
// few words ("…, he wrote on Twitter afterwards, had been …").
func commaSoonAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		if toks[j].text == "," {
			return true
		}
		if !toks[j].isWord() || toks[j].quoted || toks[j].lower() == "that" {
			return false
		}
	}
	return false
}

// question reports whether v asks a question ("asked whether …", "pressed
// Peters on whether …"), which states nothing.
func question(toks []token, ms []mention, v verbOcc) bool {
	return questionClause(toks, ms, v.i, v.n) > 0
}

// insideQuestion reports whether toks[i] stands in the clause a question
// verb opens, up to its comma: "Asked whether he regretted his remarks,".
func insideQuestion(toks []token, ms []mention, i int) bool {
	for j := i - 1; j >= 0 && j >= i-15; j-- {
		if toks[j].text == "," || toks[j].text == ";" || toks[j].quoted {
			return false
		}
		if q := questionClause(toks, ms, j, 1); q > 0 && q < i {
			return true
		}
	}
	return false
}

// questionClause returns the index of the "whether" or "if" after a
// question verb at i (n words): "asked whether", "pressed him on whether";
// or 0.
func questionClause(toks []token, ms []mention, i, n int) int {
	switch toks[i].lower() {
	case "asked", "ask", "asks", "asking", "pressed", "presses", "pressing":
	default:
		return 0
	}
	j := i + n
	if m, ok := mentionStartingAt(ms, j); ok {
		j = m.end
	}
	if j < len(toks) && (toks[j].lower() == "on" || toks[j].lower() == "about") {
		j++
	}
	if j < len(toks) && (toks[j].lower() == "whether" || toks[j].lower() == "if") {
		return j
	}
	return 0
}

// namesInOpening reports whether the words of quote before its first comma
// hold a word of e's name ("President Moon, the road …"), as a vocative
// that names e rather than a bare title does.
func namesInOpening(quote string, e *entity) bool {
	head, _, ok := strings.Cut(quote, ",")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(head) {
		if len(w) > 1 && upperInitial(w) && slices.Contains(strings.Fields(e.name), w) {
			return true
		}
	}
	return false
}

// turningTo returns whom the words between an attribution's verb end at k
// and the quote opening at open turn to ("before turning to his guest:",
// "then, addressing Lammy directly:"), or nil.
func (x *extractor) turningTo(toks []token, ms []mention, k, open int, speaker *entity) *entity {
	for j := k; j+2 < open; j++ {
		if w := toks[j].lower(); (w == "turning" || w == "turned" || w == "addressing") && (toks[j+1].lower() == "to" || w == "addressing") {
			at := j + 1
			if w != "addressing" {
				at++
			}
			if m, ok := mentionStartingAt(ms, at); ok {
				if e := x.resolveMention(m, speaker); e != nil && e != speaker {
					return e
				}
			}
		}
	}
	return nil
}

// parentheticalBeforeThat reports whether b is a parenthetical attribution
// between a's telling verb (and its hearer) and the that-clause it tells:
// "The minister also reminded Nichols, the statement said, that …".
func parentheticalBeforeThat(toks []token, a, b *attribution) bool {
	bs, be := firstSpeakerStart(b), b.verb.i+b.verb.n
	if !a.verb.has(verbTell) || b.after || b.inherited || bs < 2 || be+1 >= len(toks) || bs > a.verb.i+a.verb.n+6 || bs <= a.verb.i {
		return false
	}
	return toks[bs-1].text == "," && toks[be].text == "," && toks[be+1].lower() == "that"
}

// closesParenthetical reports whether the comma at k closes attribution a
// set off by commas in mid-sentence ("The situation, she said, …").
func closesParenthetical(toks []token, a *attribution, k int) bool {
	s := firstSpeakerStart(a)
	return !a.after && !a.inherited && a.verb.i+a.verb.n == k && s >= 2 && toks[s-1].text == ","
}

// andParenthetical reports whether the verb at i follows "and, according to
// X," or another parenthesis that opens after "and": "Meloni spoke to
// Kristersson, and, according to one of the officials, told him …".
func andParenthetical(toks []token, i int) bool {
	if i < 4 || toks[i-1].text != "," {
		return false
	}
	for j := i - 2; j >= 1 && j >= i-12; j-- {
		if toks[j].text == "," {
			return toks[j-1].lower() == "and" || toks[j-1].lower() == "but"
		}
		if !toks[j].isWord() {
			return false
		}
	}
	return false
}

// pastRelative steps over a relative clause set off after an addressee,
// "invited Trump, who has boasted that …, to come", returning the index of
// the "to" that follows it, or k.
func pastRelative(toks []token, k int) int {
	if k+2 >= len(toks) || toks[k].text != "," || toks[k+1].lower() != "who" {
		return k
	}
	for j := k + 2; j+1 < len(toks) && j < k+40; j++ {
		if toks[j].text == "," && toks[j+1].lower() == "to" {
			return j + 1
		}
	}
	return k
}

// framedHearer returns the one a participle before the verb at v names as
// addressed: "addressing Lammy directly", "responding to her Russian
// counterpart", "turning to Polyanskiy"; nil when there is none, or it is
// the speaker, an audience or (after "turning to") not a person.
func (x *extractor) framedHearer(toks []token, ms []mention, v int, speaker *entity) *entity {
	for i := 0; i+1 < v; i++ {
		w := toks[i].lower()
		k := i + 1
		switch {
		case w == "addressing":
		case (w == "responding" || w == "replying" || w == "turning") && toks[k].lower() == "to":
			k++
		default:
			continue
		}
		m, ok := mentionStartingAt(ms, k)
		if !ok || m.end > v {
			continue
		}
		if m.end < len(toks) && (pressWords[toks[m.end].lower()] || urgedGroups[toks[m.end].lower()]) {
			continue // "addressing Conservative Party members": an audience
		}
		if m.end < len(toks) && toks[m.end].possessive() {
			// "Turning to Russia’s deputy U.N. ambassador, Dmitry
			// Polyanskiy": the person the possessive leads to
			for _, p := range ms {
				if p.start > m.end && p.start < m.end+8 && p.end <= v && p.ent != nil && p.ent.kind == dipgraph.KindPerson {
					m = p
					break
				}
			}
		}
		e := x.resolveMention(m, speaker)
		if e == nil || e == speaker || isAudience(e) || isMedia(e) || w == "turning" && e.kind != dipgraph.KindPerson {
			continue // "turning to the United States, where …" changes the subject
		}
		return e
	}
	// after the verb: "…,” he said, looking across the table at Nebenzia
	for i := v + 1; i < len(toks) && i < v+6; i++ {
		if toks[i-1].text != "," || !gazeWords[toks[i].lower()] {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+6 && toks[j].isWord(); j++ {
			if w := toks[j].lower(); w != "at" && w != "to" && w != "toward" && w != "towards" {
				continue
			}
			if m, ok := mentionStartingAt(ms, j+1); ok {
				if e := x.resolveMention(m, speaker); e != nil && e != speaker && e.kind == dipgraph.KindPerson {
					return e
				}
			}
			break
		}
	}
	return nil
}

// gazeWords open a participle after an attribution that turns the words to
// someone: "he said, looking across the table at Nebenzia".
var gazeWords = map[string]bool{"looking": true, "turning": true, "gesturing": true, "glancing": true, "staring": true, "pointing": true}

// thatWithin returns the index of the first "that" or colon within n tokens
// of k ("told ministers of the ousted government, whom he had summoned, that
// …"), or -1.
func thatWithin(toks []token, k, n int) int {
	for j := k; j < len(toks) && j < k+n; j++ {
		if toks[j].lower() == "that" && !toks[j].quoted || toks[j].text == ":" {
			return j
		}
	}
	return -1
}

// byIndex returns the index of the "by" that opens a passive's agent within
// a few words of k ("had been told by Swe", "had been told in advance by the
// authorities"), or -1.
func byIndex(toks []token, k int) int {
	for j := k; j < len(toks) && j < k+8; j++ {
		switch {
		case toks[j].lower() == "by":
			return j
		case toks[j].lower() == "that" || !toks[j].isWord():
			return -1
		}
	}
	return -1
}

// quotedSource returns the source an outlet m quotes when m closes "X
// quoted by [the news agency] M" or "cited by": "a source in Baku quoted by
// the pro-government news agency APA said" is the source speaking.
func quotedSource(toks []token, ms []mention, m mention) (mention, bool) {
	j := m.start - 1
	for j > 0 && j >= m.start-5 && toks[j].isWord() && toks[j].lower() != "by" {
		j-- // "the pro-government news agency"
	}
	if j < 2 || toks[j].lower() != "by" || toks[j-1].lower() != "quoted" && toks[j-1].lower() != "cited" {
		return mention{}, false
	}
	return mentionEndingAt(ms, j-1)
}

// namedAfter reports whether e is named by name after token v of the
// sentence.
func namedAfter(ms []mention, v int, e *entity) bool {
	for _, m := range ms {
		if m.start > v && m.kind == byName && m.ent == e {
			return true
		}
	}
	return false
}

// skipFormer steps over "former", "visiting", "outgoing" or "incoming" at
// k, which stand before a title, and "both" before the first of two names.
func skipFormer(toks []token, k int) int {
	if k+1 < len(toks) && (toks[k].lower() == "former" || toks[k].lower() == "both" || toks[k].lower() == "visiting" || toks[k].lower() == "outgoing" || toks[k].lower() == "incoming") && toks[k+1].capitalized() {
		return k + 1 // (also "called on both Israel and Iran to …", "told visiting Chancellor Olaf Scholz")
	}
	return k
}

// perfectAnd returns the index of the "and" in "and had", "but has" or "and
// had also" before the verb at i, the second verb of a reported clause, or
// -1 when there is none.
func perfectAnd(toks []token, i int) int {
	j := beforeAdverbs(toks, i)
	if j < 1 || toks[j].lower() != "had" && toks[j].lower() != "has" {
		return -1
	}
	if j = beforeAdverbs(toks, j); j >= 0 && (toks[j].lower() == "and" || toks[j].lower() == "but") {
		return j
	}
	return -1
}

// orderToOwnPeople reports whether v is "instructed" with the speakers'
// own people or an army as object ("instructed their teams to …",
// "instructed the army to strike"):
// an order inside a government rather than words to another party.
func orderToOwnPeople(toks []token, v verbOcc) bool {
	w := toks[v.i].lower()
	if !strings.HasPrefix(w, "instruct") {
		return false
	}
	k := v.i + v.n
	if k < len(toks) && ownPossessive(toks[k].lower()) {
		return true
	}
	// "instructed the army to strike", "instructed the armed forces to …"
	for j := k; j < len(toks) && j < k+3; j++ {
		if armedWords[toks[j].lower()] {
			return true
		}
	}
	return false
}

// armedWords name a state's armed forces, whom an order goes to.
var armedWords = wordSet("armed")

// ownPossessive reports whether w opens a noun phrase of the subject's own
// people: a third-person possessive, or "our".
func ownPossessive(w string) bool { return possessives[w] || w == "our" }

// whatBeforeList reports whether a list of names ending at the subject
// that starts at i opens with "what": "what Almagro, Guterres and Blinken
// told her".
func whatBeforeList(toks []token, i int) bool {
	j := i - 1
	for ; j >= 0 && j >= i-12; j-- {
		t := toks[j]
		if t.text == "," || t.lower() == "and" || t.capitalized() && t.isWord() {
			continue
		}
		break
	}
	return j >= 0 && j < i-1 && toks[j].lower() == "what" && slices.ContainsFunc(toks[j+1:i], func(t token) bool { return t.lower() == "and" || t.text == "," })
}

// parentheticalSubject returns the person named just before the
// parenthesis that p opens ("Biden, he said, had …"), or nil when p is no
// parenthesis after a name.
func parentheticalSubject(toks []token, ms []mention, p *attribution) *mention {
	s := p.subj.start
	if p.after || p.inherited || s < 2 || toks[s-1].text != "," || p.verb.i+p.verb.n >= len(toks) || toks[p.verb.i+p.verb.n].text != "," {
		return nil
	}
	m, ok := mentionEndingAt(ms, s-1)
	if !ok || m.kind != byName || m.ent == nil || m.ent.kind != dipgraph.KindPerson || m.ent == p.speaker {
		return nil
	}
	return &m
}

// twoSides is the name of the group the data gives "the two sides", "both
// countries" and the like.
const twoSides = "the two sides"

// hearerGoesOn are the verbs that, joined to a telling ("told X that …
// and warned that …"), go on to the same hearer.
var hearerGoesOn = wordSet("hearer-goes-on")

// conveyVerbs pass something on to a hearer named after "to": "conveyed
// the request to X".
var conveyVerbs = wordSet("convey")

// selfReportedVerb reports whether the last of atts is the verb of a
// clause its speaker reports of himself: "he said he had welcomed the
// gesture" (before "but had made clear to her that …").
func selfReportedVerb(toks []token, ms []mention, atts []*attribution) bool {
	if len(atts) < 2 {
		return false
	}
	last, prev := atts[len(atts)-1], atts[len(atts)-2]
	if last.subj.kind != byPronoun || !reportedBySelf(toks, ms, prev) {
		return false
	}
	k := prev.verb.i + prev.verb.n
	if k < len(toks) && toks[k].lower() == "that" {
		k++
	}
	return last.subj.start == k
}

// reportedBySelf reports whether the clause prev reports opens with a
// pronoun for prev's own speaker: "he said he had …".
func reportedBySelf(toks []token, ms []mention, prev *attribution) bool {
	if prev.after || prev.inherited || prev.subj.kind != byPronoun && prev.subj.kind != byName {
		return false
	}
	k := prev.verb.i + prev.verb.n
	if k < len(toks) && toks[k].lower() == "that" {
		k++
	}
	m, ok := mentionStartingAt(ms, k)
	if !ok || m.kind != byPronoun {
		return false
	}
	if prev.subj.kind == byPronoun {
		return m.pronoun == prev.subj.pronoun
	}
	return prev.subj.ent != nil && prev.subj.ent.kind == dipgraph.KindPerson && fitsPronoun(prev.subj.ent, m.pronoun)
}

// warningNouns follow "warning" when it names a thing ("warning system").
var warningNouns = map[string]bool{
	"system": true, "systems": true, "shot": true, "shots": true, "sign": true, "signs": true,
	"light": true, "lights": true, "label": true, "labels": true, "siren": true, "sirens": true,
}

// fitsPronoun reports whether person e may be called he or she.
func fitsPronoun(e *entity, p string) bool {
	switch p {
	case "he":
		return !e.female
	case "she":
		return e.female || !e.male
	}
	return false
}

// hostsOf returns the state a speaker is the guest of ("his hosts"): the
// state of the dateline when the speaker serves another, or is an envoy of
// no state the story names (an ambassador's hosts are where he is posted);
// else nil.
func (x *extractor) hostsOf(speaker *entity) *entity {
	if x.reg.home == nil || speaker == nil {
		return nil
	}
	own := speaker
	if speaker.kind == dipgraph.KindPerson {
		own = speaker.affiliation
	}
	host := x.reg.fromKnown(x.reg.home)
	if own == nil && speaker.kind == dipgraph.KindPerson && roleHas(speaker.role, envoyPosts) {
		return host
	}
	if own == nil || own == host || own.kind != dipgraph.KindState {
		return nil
	}
	return host
}

// resolveMention returns the entity of m, resolving a pronoun through
// salience (never to exclude).
func (x *extractor) resolveMention(m mention, exclude *entity) *entity {
	if m.kind != byPronoun {
		return m.ent
	}
	if m.pronoun == "hosts" {
		return x.hostsOf(exclude)
	}
	if m.pronoun == "other" && exclude == nil && x.sent != nil && m.start < len(x.sent.toks) {
		// "His host had assured him …" as a subject: the other party of
		// the one "his" names
		if w := x.sent.toks[m.start].lower(); w == "his" || w == "her" {
			exclude = x.sal.resolve(subjectForm(w), nil)
		}
	}
	if m.pronoun == "other" {
		// "his guest": the other party of the speaker's two-party meeting
		// or call, else the latest person the story was about other than
		// the speaker, else the latest named
		if cur := x.current[exclude]; exclude != nil && cur != nil {
			for _, p := range cur.twoParties(exclude) {
				if p != exclude && p.kind == dipgraph.KindPerson {
					return p
				}
			}
		}
		if x.sent != nil && m.end > m.start && m.end <= len(x.sent.toks) && x.sent.toks[m.end-1].lower() == "host" {
			// "Yoon, in turn, told his host" at Camp David: a person of the
			// state that hosts the speaker, the latest who spoke first
			if host := x.hostsOf(exclude); host != nil {
				for _, people := range [][]*entity{x.sal.subjects, x.reg.recent} {
					for i := len(people) - 1; i >= 0; i-- {
						if p := people[i]; p != exclude && p.kind == dipgraph.KindPerson && p.affiliation == host {
							return p
						}
					}
				}
			}
		}
		if x.sent != nil && m.end > 0 {
			// "Meeting Mishustin in Minsk, Lukashenko told his guest": a
			// person named before in the same sentence
			ms := x.mentions[x.sent]
			for i := len(ms) - 1; i >= 0; i-- {
				if o := ms[i]; o.end <= m.start && o.kind == byName && o.ent != nil && o.ent != exclude && o.ent.kind == dipgraph.KindPerson && !o.ent.unnamed() {
					return o.ent
				}
			}
		}
		if x.sent != nil && m.end <= len(x.sent.toks) && m.end > m.start {
			if w := x.sent.toks[m.end-1].lower(); w == "guest" || w == "visitor" {
				// "told his guest" during a state visit: the visitor
				for i := len(x.events) - 1; i >= 0; i-- {
					if e := x.events[i]; e.typ == dipgraph.EventVisit {
						if p := slices.IndexFunc(e.participants, func(p *entity) bool { return p != exclude && p.kind == dipgraph.KindPerson }); p >= 0 {
							return e.participants[p]
						}
						break
					}
				}
			}
		}
		// (a person with an office or known to the lexicon first: a name
		// guessed from a verb after it, "Eni and Sonatrach signed", may be
		// no person at all)
		for _, placed := range []bool{true, false} {
			fits := func(e *entity) bool {
				return e != exclude && e.kind == dipgraph.KindPerson && (!placed || e.role != "" || e.known != nil)
			}
			subj := x.sal.subjects
			for i := len(subj) - 1; i >= 0 && i >= len(subj)-3; i-- {
				if e := subj[i]; fits(e) {
					return e
				}
			}
			for i := len(x.reg.recent) - 1; i >= 0; i-- {
				if e := x.reg.recent[i]; fits(e) {
					return e
				}
			}
		}
		return nil
	}
	return x.sal.resolve(m.pronoun, exclude)
}

func segEndingAt(qs []quoteSeg, close int) *quoteSeg {
	for i := range qs {
		if qs[i].close == close {
			return &qs[i]
		}
	}
	return nil
}

func segStartingAt(qs []quoteSeg, open int) *quoteSeg {
	for i := range qs {
		if qs[i].open == open {
			return &qs[i]
		}
	}
	return nil
}

// segAfterAttribution returns the quote that continues after an
// attribution, as in `“…,” he said, “…”`, allowing a short phrase such as
// "in a speech" between.
func segAfterAttribution(qs []quoteSeg, toks []token, k int) *quoteSeg {
	for j := k; j < len(toks) && j < k+8; j++ {
		if toks[j].kind == tokOpenQuote {
			if j > 0 && toks[j-1].text == "," || toks[j-1].text == ":" {
				return segStartingAt(qs, j)
			}
			return nil
		}
		if toks[j].text == "." {
			return nil
		}
	}
	return nil
}

// covers reports whether the quote fills the rest of the clause up to end.
func (q quoteSeg) covers(toks []token, end int) bool {
	rest := 0
	for j := q.close + 1; j < end && j < len(toks); j++ {
		if toks[j].isWord() {
			rest++
		}
	}
	return rest == 0 && q.words(toks) >= 6
}

// clauseEnd returns the token index where the clause starting at k ends: at
// the end of the sentence, a semicolon, a comma before a word such as "but"
// or "something", or limit (the start of the next attribution).
func clauseEnd(toks []token, k, limit int) int {
	end := min(limit, len(toks))
	for j := k; j < end; j++ {
		t := toks[j]
		if t.quoted || t.kind == tokOpenQuote || t.kind == tokCloseQuote {
			continue
		}
		if t.text == ";" || t.text == "." && j == len(toks)-1 || t.text == "?" && j == len(toks)-1 {
			end = j
			break
		}
		if t.text == "," && j-k <= 4 && prepositions[toks[k].lower()] && j+1 < len(toks) && toks[j+1].lower() != "but" {
			continue // "that for him, as president, there could be …": a fronted adjunct, the clause follows
		}
		if (t.text == "," || t.text == "—" || t.text == "–") && j+1 < len(toks) && (stopsClause(toks, j+1) || t.text == "," && j+2 < len(toks) && timeAdjunct(toks, j+1) && toks[j+1].lower() != "as" && toks[j+1].lower() != "while") {
			if c := relativeClauseEnd(toks, j, end); c > 0 {
				// "the committee, which met today, had concluded …": the
				// relative clause sits inside the subject
				j = c
				continue
			}
			end = j
			break
		}
		if (t.lower() == "and" || t.lower() == "but" || t.text == ",") && j > k && j+1 < len(toks) && toks[j+1].lower() == "that" {
			end = j // "… and that …", "…, that …" is a further clause of the same verb
			break
		}
	}
	// back over trailing punctuation and conjunctions
	for end > k {
		w := toks[end-1]
		if w.kind == tokPunct && w.text != "…" && w.text != ")" && w.text != "]" || w.lower() == "and" || w.lower() == "but" || w.lower() == "that" || w.lower() == "while" {
			end--
			continue
		}
		break
	}
	return end
}

// relativeClauseEnd returns the comma that closes a relative clause opened
// by the comma at j, when an auxiliary follows it ("…, which met today, had
// concluded"), or 0.
func relativeClauseEnd(toks []token, j, limit int) int {
	if w := toks[j+1].lower(); toks[j].text != "," || w != "which" && w != "who" {
		return 0
	}
	for c := j + 2; c+1 < limit && c < j+40; c++ {
		if toks[c].text == "," {
			if auxiliaries[toks[c+1].lower()] {
				return c
			}
			return 0
		}
	}
	return 0
}

// dropSelfReports drops an inner report by the outer speaker itself: in
// "The Kremlin said Moscow welcomed the deal" the Kremlin and Moscow are one
// actor saying one thing, not a nested report.
func dropSelfReports(toks []token, atts []*attribution) []*attribution {
	return slices.DeleteFunc(atts, func(b *attribution) bool {
		if b.after || b.inherited || b.speaker == nil || b.subj.kind != byName {
			return false
		}
		for _, a := range atts {
			if a == b || a.verb.i >= b.verb.i || a.speaker != b.speaker && (a.speaker == nil || a.speaker.affiliation != b.speaker || b.verb.has(verbTell) || b.verb.has(verbUrge)) {
				continue // "India's envoy said New Delhi condemned …" is his own claim too
			}
			k := skipDatePhrase(toks, a.verb.i+a.verb.n)
			if t := thatAfterPhrase(toks, k, b.subj.start+1, a.verb.has(verbTell)); t > k {
				k = t // "said on Twitter that Mexico …", "told reporters on Monday that Russia …"
			}
			for k < len(toks) && (toks[k].lower() == "that" || toks[k].text == ",") {
				k++
			}
			if k == b.subj.start {
				return true
			}
		}
		return false
	})
}

// silentActs are acts that say nothing, which a speaker's words may be
// joined to: "reaffirmed the commitment and discussed the possibility of …".
var silentActs = wordSet("silent-act")

// toEachOther reports whether "each other" or "one another", with or
// without "to", follows the verb v: "pledged to each other that …".
func toEachOther(toks []token, v verbOcc) bool {
	k := v.i + v.n
	if k < len(toks) && toks[k].lower() == "to" {
		k++
	}
	return k+1 < len(toks) && (toks[k].lower() == "each" && toks[k+1].lower() == "other" || toks[k].lower() == "one" && toks[k+1].lower() == "another")
}

// startOfNested returns k when another attribution of the sentence has its
// speaker at k, and -1 otherwise.
func startOfNested(atts []*attribution, ai, k int) int {
	for _, b := range atts[ai+1:] {
		if !b.after && !b.inherited && firstSpeakerStart(b) == k {
			return k
		}
	}
	return -1
}

// pastManner steps over adverbs of manner at k ("argued openly on
// Friday").
func pastManner(toks []token, k, end int) int {
	for k < end-1 && toks[k].isWord() && !toks[k].capitalized() && len(toks[k].text) > 4 && strings.HasSuffix(toks[k].lower(), "ly") {
		k++
	}
	return k
}

// timeWords open a time adjunct right after a verb: "pledged last year".
var timeWords = map[string]bool{"last": true, "this": true, "next": true, "earlier": true, "yesterday": true, "today": true}

// onlyPrepositional reports whether toks hold no clause, only phrases such
// as "in a recent call" or "to reporters".
func onlyPrepositional(toks []token) bool {
	if len(toks) == 0 {
		return true
	}
	for i, t := range toks {
		if t.text == "," && !t.quoted {
			if i > 0 && i+2 < len(toks) && hasAny(toks[i+1:], auxiliaries) && !startsVerbPhrase(toks[i+1]) && toks[i+1].lower() != "said" && toks[i+1].lower() != "says" {
				// "in return, Ethiopia would recognise …", "for him, as
				// president, there could be no …": a fronted adjunct
				return false
			}
			toks = toks[:i]
			break
		}
	}
	if len(toks) == 0 {
		return true
	}
	if toks[0].lower() == "to" && len(toks) > 1 && !toks[1].capitalized() && !determiners[toks[1].lower()] && toks[1].lower() != "reporters" && toks[1].lower() != "journalists" {
		return false // an infinitive: "vowed to take all measures"
	}
	if len(toks) > 2 && toks[0].lower() == "according" && toks[1].lower() == "to" && !hasAny(toks, auxiliaries) {
		return true // "…, he told the prime minister, according to a post on the embassy's page": a source
	}
	if len(toks) <= 4 && (timeAdjunct(toks, 0) || toks[0].lower() == "within" || toks[0].lower() == "shortly" || toks[0].lower() == "afterwards" || toks[0].lower() == "later" || toks[0].lower() == "earlier") {
		return true // "replied within hours", "told reporters shortly before midnight"
	}
	return prepositions[toks[0].lower()] && len(toks) < 12 && !hasAny(toks, auxiliaries)
}

func hasAny(toks []token, set map[string]bool) bool {
	for _, t := range toks {
		if set[t.lower()] {
			return true
		}
	}
	return false
}

// antecedentStart finds "…, something he said" and "…, which he said" and
// returns the index of "something"/"which", or -1.
func antecedentStart(toks []token, subjStart int) int {
	j := subjStart - 1
	if j >= 1 && (toks[j].lower() == "something" || toks[j].lower() == "which" || toks[j].lower() == "a point") && toks[j-1].text == "," {
		return j
	}
	return -1
}

// postposedClause finds "CLAUSE, Speaker said." and returns the index of the
// comma that ends the clause, or -1.
func postposedClause(toks []token, subjStart int) int {
	j := subjStart - 1
	if j >= 2 && possessives[toks[j].lower()] {
		j-- // "…, its chief executive Ihor Smilyanskyi announced"
	}
	if j >= 1 && toks[j].text == "," {
		return j
	}
	return -1
}

// skipAdverbsBeforeThat steps over adverbs between a verb and "that": "said
// only that", "has warned repeatedly that".
func skipAdverbsBeforeThat(toks []token, k int) int {
	j := skipDatePhrase(toks, k)
	if j+2 < len(toks) && toks[j].lower() == "the" && toks[j+1].lower() == "same" && toks[j+2].lower() == "day" {
		j += 3 // "replied the same day that …"
	}
	for j < len(toks) && (adverbs[toks[j].lower()] || loneAdverbs[toks[j].lower()]) {
		j++
	}
	if j > k && j < len(toks) && toks[j].lower() == "that" {
		return j
	}
	return k
}

// splitCoordinated splits the clause toks[k:end] where "and" begins a second
// verb phrase with the same subject ("doesn't want war and is prepared to …").
func splitCoordinated(toks []token, k, end int) [][2]int {
	var out [][2]int
	from := k
	for j := k + 2; j < end-2; j++ {
		if w := toks[j].lower(); (w == "and" || w == "but") && !toks[j].quoted && (infinitiveAfter(toks, k, j) || auxiliaries[toks[j+1].lower()] || adverbs[toks[j+1].lower()] && j+2 < end && auxiliaries[toks[j+2].lower()] || startsVerbPhrase(toks[j+1]) && !perfectBefore(toks, k, j) && !passiveGoesOn(toks, k, j) || toks[j-1].text == "," && ownSubjectClause(toks, j+1, end)) {
			e := j
			if toks[e-1].text == "," && e-1 > from {
				e-- // the comma before the conjunction is no part of the words
			}
			out = append(out, [2]int{from, e})
			from = j + 1
		}
	}
	return append(out, [2]int{from, end})
}

// secondRequest returns the span of a second request ", and to …" that
// follows a participle phrase closing the request toks[k:end] ("to restore
// relations, starting with the envoys, and to work together …"), before
// limit; an empty span when there is none.
func secondRequest(toks []token, k, end, limit int) [2]int {
	if k >= len(toks) || toks[k].lower() != "to" && !(k > 0 && toks[k-1].lower() == "to") || end+1 >= limit || toks[end].text != "," || !participle(toks[end+1]) {
		return [2]int{}
	}
	for j := end + 2; j+2 < limit; j++ {
		if t := toks[j]; t.text == "." || t.quoted || t.kind == tokOpenQuote {
			break
		}
		if toks[j].text == "," && toks[j+1].lower() == "and" && toks[j+2].lower() == "to" && j+3 < limit && bareVerbAt(toks, j+3) {
			return [2]int{j + 2, clauseEnd(toks, j+2, limit)}
		}
	}
	return [2]int{}
}

// infinitiveAfter reports whether a request toks[k:] ("urged him to use his
// influence …, and to open China's market …", "to respect the deadline and
// to refrain from …") goes on at the conjunction j with a second
// infinitive, which is a request of its own, as the guide splits "doesn't
// want war and is prepared to …"; "to Kyiv, and to the Baltic states" goes
// on with places, and a list "to A, to B and to C" with no comma before its
// "and" is read as one request.
func infinitiveAfter(toks []token, k, j int) bool {
	if toks[k].lower() != "to" && !(k > 0 && toks[k-1].lower() == "to") || j+2 >= len(toks) || toks[j+1].lower() != "to" {
		// (the request may start past its "to": "committed themselves to
		// protecting schools, and to safeguarding …")
		return false
	}
	if toks[j-1].text != "," && slices.ContainsFunc(toks[k+1:j], func(t token) bool { return t.text == "," }) {
		return false // "to respect …, to rein in … and to stop …": one list
	}
	n := toks[j+2]
	w := n.lower()
	return n.isWord() && !n.capitalized() && !determiners[w] && !pronouns[w] && !quantifiers[w] && !(len(w) > 2 && w[0] >= '0' && w[0] <= '9')
}

// splitObjects splits the objects of a verb such as "expressed" where "and"
// brings in a second one with the same possessive as the first: "expressed
// his deep concern at the toll and his condolences to the families" is two
// claims; "accused the United States and its allies of …" is one.
func splitObjects(toks []token, parts [][2]int) [][2]int {
	var out [][2]int
	for _, p := range parts {
		from := p[0]
		for j := p[0] + 2; j < p[1]-1; j++ {
			if w := toks[j+1].lower(); toks[j].lower() == "and" && toks[j-1].isWord() && !toks[j].quoted && (w == "his" || w == "her" || w == "its" || w == "their") && toks[from].lower() == w {
				out = append(out, [2]int{from, j})
				from = j + 1
			}
		}
		out = append(out, [2]int{from, p[1]})
	}
	return out
}

// quantifiers open a noun phrase, not an infinitive: "to all sides and to
// both parties".
var quantifiers = map[string]bool{
	"all": true, "both": true, "each": true, "every": true, "any": true, "some": true, "those": true, "these": true,
	"other": true, "several": true, "many": true, "more": true, "no": true,
}

// mediaAfter reports whether a media noun follows within two words of k, so
// that the name before it is an outlet ("France Inter radio", "China Daily
// newspaper").
func mediaAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+2; j++ {
		switch toks[j].lower() {
		case "radio", "television", "tv", "newspaper", "daily", "broadcaster", "channel", "network", "magazine", "website":
			return true
		}
		if !toks[j].capitalized() {
			return false
		}
	}
	return false
}

// beforeAdverbs returns the index of the word before toks[i] past any
// adverbs ("had repeatedly been told"), or -1.
func beforeAdverbs(toks []token, i int) int {
	j := i - 1
	for j >= 0 && adverbs[toks[j].lower()] {
		j--
	}
	return j
}

// passiveAt reports whether the verb at i is a passive participle: "had
// been told", "was informed".
func passiveAt(toks []token, i int) bool {
	j := beforeAdverbs(toks, i)
	if j < 0 || strings.HasSuffix(toks[i].lower(), "ing") {
		return false // "had been asking him": progressive, not passive
	}
	switch toks[j].lower() {
	case "been", "was", "were", "is", "are", "being":
		return true
	}
	return false
}

// skipApposition steps over ", the Myanmar minister who leads the talks,"
// at k, when a comma opens it and another closes it before "that".
func skipApposition(toks []token, k int) int {
	if k >= len(toks) || toks[k].text != "," {
		return k
	}
	for j := k + 1; j+1 < len(toks) && j < k+25; j++ {
		if toks[j].text == "," {
			if toks[j+1].lower() == "that" {
				return j + 1
			}
			return k
		}
	}
	return k
}

// perfectBefore reports whether toks[k:j] hold a perfect auxiliary that an
// "-ed" verb after "and" at j shares: "had ignored the facts and turned …".
func perfectBefore(toks []token, k, j int) bool {
	for i := k; i < j; i++ {
		if w := toks[i].lower(); w != "had" && w != "has" && w != "have" {
			continue
		}
		n := i + 1
		for n < j && (!toks[n].isWord() || adverbs[toks[n].lower()] || toks[n].lower() == "not") {
			n++
		}
		if n < j {
			if w := toks[n].lower(); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "en") || w == "made" || w == "told" || w == "said" || w == "done" {
				return true // "had ignored", not "had a direct interest"
			}
		}
	}
	return false
}

// passiveGoesOn reports whether the -ed word after the "and" at j goes on
// a predicate of "be" before it, as a passive with its agent: "the contacts
// would be indirect and mediated by Oman" is one claim.
func passiveGoesOn(toks []token, k, j int) bool {
	if j+2 >= len(toks) || toks[j+2].lower() != "by" {
		return false
	}
	for i := k; i < j; i++ {
		switch toks[i].lower() {
		case "be", "been", "being", "is", "are", "was", "were":
			return true
		}
	}
	return false
}

// verbGoesOn reports whether toks[k:end] open with a verb phrase that goes
// on the subject before a parenthetical attribution: "…, the minister
// said, and went public only after …". A pronoun, article, preposition
// or auxiliary first says it does not.
func verbGoesOn(toks []token, k, end int) bool {
	if k >= end || !toks[k].isWord() || toks[k].capitalized() {
		return false
	}
	w := toks[k].lower()
	return !auxiliaries[w] && !determiners[w] && !prepositions[w] && !pronouns[w] && w != "that" && !adverbs[w]
}

// tailAttribution returns the comma that opens a closing ", the statement
// said." or ", the readout added.", or -1.
func tailAttribution(toks []token) int {
	n := len(toks)
	if n > 0 && (toks[n-1].text == "." || toks[n-1].text == "!") {
		n--
	}
	if n < 4 {
		return -1
	}
	if sourceSaid(toks, n-4) {
		return n - 4
	}
	// "…, the readout said, adding that …": the source closes what
	// came before, and a participle goes on
	for j := 1; j+5 < n; j++ {
		if sourceSaid(toks, j) && toks[j+4].text == "," && strings.HasSuffix(toks[j+5].lower(), "ing") {
			return j
		}
	}
	return -1
}

// sourceSaid reports whether toks[j:j+4] read ", the statement said": a
// comma, a determiner, a lower-case noun and a saying verb.
func sourceSaid(toks []token, j int) bool {
	if j < 0 || j+3 >= len(toks) || toks[j].text != "," || toks[j+2].capitalized() || !toks[j+2].isWord() {
		return false
	}
	switch toks[j+3].lower() {
	case "said", "says", "added", "stated":
	default:
		return false
	}
	w := toks[j+1].lower()
	return w == "the" || w == "a" || w == "its" || w == "their" || w == "his" || w == "her" // (", his office said")
}

// ownSubjectClause reports whether toks[k:end] open a clause with a subject
// of its own: ", and NATO's promise to defend every ally was not in doubt".
// The subject is a few words without punctuation before an auxiliary.
func ownSubjectClause(toks []token, k, end int) bool {
	if k >= end || !toks[k].isWord() || toks[k].lower() == "that" || auxiliaries[toks[k].lower()] {
		return false
	}
	for j := k + 1; j < end && j < k+9; j++ {
		t := toks[j]
		if !t.isWord() && !t.possessive() || t.quoted {
			return false
		}
		if auxiliaries[t.lower()] {
			return true
		}
	}
	return false
}

// addresseesOf finds addressees given by phrases around the verb: "in a call
// with X", "in a letter to X", "wrote to X".
func (x *extractor) addresseesOf(toks []token, ms []mention, a *attribution, c *rawClaim) []*entity {
	var out []*entity
	out = append(out, x.vocative(c, a.speaker)...)
	for j := max(firstSpeakerStart(a)-16, 1); j+2 < a.verb.i && !a.after && !a.inherited; j++ {
		// "In a message to Sheinbaum carried by Xinhua, Xi said …",
		// "Putin, in a telegram to Sheinbaum published late on Monday,
		// wished …": what the message says goes to its recipient (not
		// "gave the same message to the Afghan side")
		if !writtenNouns[toks[j].lower()] || toks[j+1].lower() != "to" || toks[j].quoted || !(toks[j-1].lower() == "in" || j >= 2 && toks[j-2].lower() == "in" && determiners[toks[j-1].lower()] || toks[j-1].possessive() && a.subj.end == j-1 || j >= 2 && determiners[toks[j-1].lower()] && issuingVerbs[toks[j-2].lower()] && participle(toks[a.verb.i])) {
			// (also "Blinken's letter to Kuleba said", the writer
			// speaking, and "sent a message to Kuleba saying …")
			continue
		}
		if slices.ContainsFunc(c.sent.verbs, func(v verbOcc) bool {
			// ("carried by Xinhua" describes the message; "the state news
			// agency" has no verb)
			return v.i < a.verb.i && v.i > min(j, a.subj.end) && v.i != a.verb.i && !(v.i+v.n < len(toks) && toks[v.i+v.n].lower() == "by") && !determiners[toks[v.i-1].lower()]
		}) {
			continue // the message of another verb: "proposed it in a letter to Macron …, accusing …"
		}
		e, end := x.counterpartName(toks, ms, j+2) // "in a letter to his Chinese counterpart, Wang Wentao,"
		if e == nil {
			if m, ok := mentionStartingAt(ms, j+2); ok {
				e, end = x.resolveMention(m, a.speaker), m.end
			}
		}
		if e == nil {
			// "In a letter to congressional leaders on Thursday, Obama
			// wrote that …": a group of hearers
			e, end = x.reg.letterGroup(toks, j+2)
		}
		if e != nil && end <= a.verb.i && e != a.speaker && !slices.Contains(out, e) {
			out = append(out, e)
		}
	}
	lo := a.verb.i + a.verb.n
	obj := lo // the word before the object's head
	if m, ok := mentionStartingAt(ms, lo); ok && m.kind == byName && m.end < len(toks) && toks[m.end].possessive() {
		obj = m.end // "conveyed Washington's support to Kuleba"
	}
	if strings.HasPrefix(c.verb, "raised") && len(out) == 0 && lo+1 < len(toks) && toks[lo].lower() == "with" {
		// "raised concerns with Wang about …": the one they were raised with
		if m, ok := mentionStartingAt(ms, lo+1); ok && m.kind != byPronoun {
			if e := x.resolveMention(m, a.speaker); e != nil && e != a.speaker && !isAudience(e) {
				out = append(out, e)
			}
		}
	}
	if conveyVerbs[c.verb] && len(out) == 0 && lo < len(toks) && (determiners[toks[lo].lower()] || ownPossessive(toks[lo].lower()) || obj > lo || toks[lo].isWord() && !toks[lo].capitalized() && !prepositions[toks[lo].lower()] && !toks[lo].quoted) {
		// "conveyed the same request to Foreign Secretary Shringla",
		// "expressed his sorrow to the Polish side", "expressed concern
		// to Wang": the one it went to
		// (after a short object only, not "appreciation for Japan's
		// support to India")
		for j := obj + 1; j+1 < len(toks) && j <= obj+4; j++ {
			t := toks[j]
			if t.lower() == "to" {
				if m, ok := mentionStartingAt(ms, j+1); ok && m.kind != byPronoun {
					if e := x.resolveMention(m, a.speaker); e != nil && e != a.speaker && !isAudience(e) {
						out = append(out, e)
						out = append(out, m.also...)
					}
				}
				break
			}
			if !t.isWord() || t.quoted || prepositions[t.lower()] {
				break
			}
		}
	}
	for j := lo; j < len(toks) && j < lo+10; j++ {
		if toks[j].start >= c.start && toks[j].end <= c.end {
			break
		}
		w := toks[j].lower()
		if (w == "with" || w == "to") && j >= 1 {
			h := toks[j-1].lower()
			if h == "call" || h == "letter" || h == "conversation" || h == "message" || h == "talks" || h == "meeting" || h == "wrote" || h == "note" || h == "addressed" && w == "to" && j >= 2 && writtenNouns[toks[j-2].lower()] {
				// (also "wrote in a letter addressed to Putin that")
				if m, ok := mentionStartingAt(ms, j+1); ok {
					if e := x.resolveMention(m, a.speaker); e != nil {
						out = append(out, e)
					}
				}
			}
		}
	}
	return out
}

// thatOrQuoteFollows reports whether "that", a colon or a quotation comes
// right after the verb, as verbs such as "maintained" need to report speech.
func thatOrQuoteFollows(toks []token, k int) bool {
	k = skipAdverbsBeforeThat(toks, k)
	for j := k; j < len(toks) && j < k+2; j++ {
		switch {
		case toks[j].lower() == "that" || toks[j].text == ":" || toks[j].kind == tokOpenQuote:
			return true
		case toks[j].text != ",":
			// "agreed in a telephone call on Tuesday evening that …": a
			// phrase may stand before the that-clause
			if k >= len(toks) || !prepositions[toks[k].lower()] || toks[k].lower() == "to" {
				return false
			}
			t := thatAfterPhrase(toks, k, len(toks), false)
			return t > k && !slices.ContainsFunc(toks[k:t], func(t token) bool { return t.text == "," })
		}
	}
	return false
}

// modeOf returns the mode of a reported clause toks[lo:hi]: PARTIAL when it
// holds a short quotation, INDIRECT otherwise. It records the quoted words
// in c.quote and marks the quotes used.
func (x *extractor) modeOf(c *rawClaim, toks []token, quotes []quoteSeg, lo, hi int, mark bool) dipgraph.ClaimMode {
	mode := dipgraph.ModeIndirect
	for qi := range quotes {
		q := &quotes[qi]
		if q.open < lo || q.close >= hi {
			continue
		}
		if mark {
			q.used = true
		}
		mode = dipgraph.ModePartial
		if qs, qe, ok := q.span(toks); ok {
			if c.quote != "" {
				c.quote += " … "
			}
			c.quote += string(x.text[qs:qe])
		}
	}
	return mode
}

// isPhraseWord reports whether t may stand between a verb and "that": "told
// him during their talks in Moscow on Sunday that …".
func isPhraseWord(t token) bool {
	if t.quoted || t.kind == tokOpenQuote || t.kind == tokCloseQuote {
		return false
	}
	w := t.lower()
	return !auxiliaries[w] && w != ";" && w != "."
}

// loneAdverbs may stand alone between a verb and its "that": "replied
// overnight that", "said again on Friday that".
var loneAdverbs = map[string]bool{
	"earlier": true, "yesterday": true, "today": true, "tonight": true, "overnight": true,
	"later": true, "again": true, "privately": true, "publicly": true, "repeatedly": true, "separately": true,
	"afterwards": true, "afterward": true, "recently": true, "previously": true, "once": true, "twice": true,
}

// thatAfterPhrase returns the index after a "that" that follows a short
// phrase starting at k ("in a phone call on Sunday that"), or -1.
func thatAfterPhrase(toks []token, k, limit int, tell bool) int {
	if k+1 < len(toks) && toks[k].lower() == "to" && bareVerbAt(toks, k+1) {
		return -1 // "promised to harden the defences of the islands that face Taiwan": an infinitive
	}
	if k >= len(toks) || !(tell && toks[k].lower() != "of") && !(prepositions[toks[k].lower()] || pressWords[toks[k].lower()] || weekdays[toks[k].lower()] != 0 || loneAdverbs[toks[k].lower()] || toks[k].lower() == "last" || toks[k].lower() == "this" || toks[k].text == ",") {
		return -1
	}
	for j := k; j < len(toks) && j < limit && j < k+16; j++ {
		if toks[j].lower() == "that" && !toks[j].quoted {
			if j+1 < len(toks) && (dayParts[toks[j+1].lower()] || periodWords[toks[j+1].lower()]) {
				continue // "in a call earlier that day that …"
			}
			if j > k && (toks[j-1].lower() == "so" || toks[j-1].lower() == "and" || toks[j-1].lower() == "but") {
				return -1 // "asked him to station them, and that …": a further clause, not this one's
			}
			return j + 1
		}
		if !isPhraseWord(toks[j]) {
			return -1
		}
	}
	return -1
}

// bareVerbAt reports whether toks[k], after "to", can begin an infinitive:
// a lower-case word that is no determiner, pronoun, number, possessive or
// word for the press, nor a plural ("to harden", "to press", not "to
// reporters", "to members of the junta", "to his guest").
func bareVerbAt(toks []token, k int) bool {
	t := toks[k]
	w := t.lower()
	plural := strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss")
	return t.isWord() && !t.capitalized() && !t.quoted && !plural && !determiners[w] && !pronouns[w] && !quantifiers[w] && !possessives[w] && !pressWords[w] && !(w[0] >= '0' && w[0] <= '9')
}

// coordinated returns the mentions joined to m by "and" or commas before
// it: "France, Britain and Germany said" gives France and Britain for m =
// Germany.
func coordinated(toks []token, ms []mention, m mention) []mention {
	var out []mention
	j := m.start
	if j >= 3 && toks[j-1].text == "," && counterpartNouns[toks[j-2].lower()] {
		// "Blinken and his British counterpart, James Cleverly, said"
		return counterpartHead(toks, ms, j-2)
	}
	if j < 2 || toks[j-1].lower() != "and" {
		return nil
	}
	for j >= 2 && (toks[j-1].lower() == "and" || toks[j-1].text == ",") {
		p, ok := mentionEndingAt(ms, j-1)
		if !ok || p.kind == byPronoun && p.pronoun != "he" && p.pronoun != "she" {
			break
		}
		if ofBefore(toks, p.start) && p.ent != nil && p.ent.kind != dipgraph.KindPerson && m.ent != nil && m.ent.kind == dipgraph.KindPerson {
			// "Member of the Political Bureau of the CPC Central Committee
			// and Foreign Minister Wang Yi": a body in his titles, not a
			// second subject
			break
		}
		out = append(out, p)
		if p.kind == byPronoun {
			break // "He and Witkoff had each told the mediator": he opens the list
		}
		j = p.start
		if j >= 3 && toks[j-1].lower() == "the" && (toks[j-2].text == "," || toks[j-2].lower() == "and") {
			j-- // "Saudi Arabia, the United Arab Emirates, Bahrain and Egypt"
		}
	}
	if j >= 3 && toks[j-1].text == "," && counterpartNouns[toks[j-2].lower()] {
		// "Tsahkna and his Latvian and Lithuanian counterparts, Krišjānis
		// Kariņš and Gabrielius Landsbergis, said"
		out = append(out, counterpartHead(toks, ms, j-2)...)
	}
	slices.Reverse(out) // text order
	return out
}

// ofBefore reports whether the phrase at i is governed by "of" ("of the
// CPC Central Committee", "of Japan").
func ofBefore(toks []token, i int) bool {
	if i >= 2 && toks[i-1].lower() == "the" {
		i--
	}
	return i >= 1 && toks[i-1].lower() == "of"
}

// counterpartNouns name the colleagues a speaker is joined with.
var counterpartNouns = wordSet("counterpart")

// counterpartHead returns the speaker a counterpart phrase ending at k joins
// ("Blinken and his British counterpart"): the mention before "and his",
// "and her" or "and their", or nil.
func counterpartHead(toks []token, ms []mention, k int) []mention {
	for j := k - 1; j >= 2 && j > k-8; j-- {
		if w := toks[j].lower(); w != "his" && w != "her" && w != "their" {
			continue
		}
		if toks[j-1].lower() != "and" {
			return nil
		}
		if p, ok := mentionEndingAt(ms, j-1); ok && (p.kind != byPronoun && p.ent != nil || p.pronoun == "he" || p.pronoun == "she") {
			return []mention{p} // (also "as he and his Philippine counterpart, Gilberto Teodoro, promised")
		}
		return nil
	}
	return nil
}

// themTogether returns whom "them" at m is when it stands for people
// named together in its sentence before it or in the sentence before
// ("turned to Fatah's al-Ahmad and Hamas's Haniyeh. “Brothers, …,” he told
// them"), leaving out speaker; nil for any other mention, or when fewer
// than two remain.
func (x *extractor) themTogether(toks []token, ms []mention, m mention, speaker *entity) []*entity {
	if m.kind != byPronoun || m.pronoun != "them" && m.pronoun != "guests" {
		return nil
	}
	people := namedTogether(toks, ms, m.start)
	if len(people) < 2 {
		// "accused the three countries of … and urged them to …": the
		// actors a plural description before it named
		for k := len(ms) - 1; k >= 0; k-- {
			if o := ms[k]; o.end <= m.start && o.kind == byDescriptor && len(o.also) > 0 && o.ent != nil && o.ent != speaker {
				people = append([]*entity{o.ent}, o.also...)
				break
			}
		}
	}
	if len(people) < 2 && x.sent != nil && x.sent.para >= 0 && x.sent.para-x.togetherPara <= 1 {
		people = x.together
	}
	people = slices.DeleteFunc(slices.Clone(people), func(p *entity) bool {
		// (his guests are not of his own side)
		return p == speaker || m.pronoun == "guests" && speaker != nil && p.affiliation != nil && p.affiliation == speaker.affiliation
	})
	if len(people) < 2 {
		return nil
	}
	return people
}

// lastPersonFitting returns the person the story named last before the
// sentence of ms, other than speaker, whom the object pronoun ("him",
// "her") may stand for, or nil.
func (x *extractor) lastPersonFitting(pronoun string, speaker *entity, ms []mention) *entity {
	for k := len(x.reg.recent) - 1; k >= 0 && k >= len(x.reg.recent)-6; k-- {
		e := x.reg.recent[k]
		if e == speaker || e.kind != dipgraph.KindPerson || e.unnamed() || !fitsPronoun(e, subjectForm(pronoun)) {
			continue
		}
		if slices.ContainsFunc(ms, func(m mention) bool { return m.ent == e }) {
			continue // named in this sentence, after the pronoun
		}
		return e
	}
	return nil
}

// namedTogether returns the people named last before end as one
// coordinated list ("Fatah's Azzam al-Ahmad and Hamas's Ismail Haniyeh",
// "Kishida and Yoon"), or nil when the sentence names no two together.
func namedTogether(toks []token, ms []mention, end int) []*entity {
	// person returns the person mention ending at k, past a possessor
	// before it ("Hamas's Ismail Haniyeh"), and where its phrase starts
	person := func(k int) (*entity, int, bool) {
		m, ok := mentionEndingAt(ms, k)
		if !ok || m.kind == byPronoun || m.ent == nil || m.ent.kind != dipgraph.KindPerson {
			return nil, 0, false
		}
		start := m.start
		if start >= 2 && toks[start-1].possessive() {
			if o, ok := mentionEndingAt(ms, start-1); ok && o.kind != byPronoun {
				start = o.start
			}
		}
		return m.ent, start, true
	}
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > end {
			continue
		}
		last, start, ok := person(m.end)
		if !ok {
			continue
		}
		people := []*entity{last}
		for start >= 2 && (toks[start-1].lower() == "and" || toks[start-1].text == ",") {
			p, s, ok := person(start - 1)
			if !ok {
				break
			}
			people = append([]*entity{p}, people...)
			start = s
		}
		if len(people) > 1 {
			return people
		}
		return nil
	}
	return nil
}

// personNamedBefore returns the last person named in the sentence between
// from and i, other than speaker, of the pronoun's gender when it is known,
// and known, titled or of a known state ("his Malian counterpart, Abdoulaye
// Diop"), or nil.
func personNamedBefore(ms []mention, from, i int, speaker *entity, female bool) *entity {
	for k := len(ms) - 1; k >= 0; k-- {
		m := ms[k]
		if m.end > i || m.start < from || m.kind == byPronoun || m.ent == nil || m.ent == speaker || m.ent.kind != dipgraph.KindPerson || m.ent.role == "" && m.ent.known == nil && m.ent.affiliation == nil {
			continue
		}
		if female && m.ent.male || !female && m.ent.female {
			continue
		}
		return m.ent
	}
	return nil
}

// mentionList returns the mentions listed from k on: "A", "A and B", "A, B
// and C"; none when no mention starts at k.
func mentionList(toks []token, ms []mention, k int) []mention {
	m, ok := mentionStartingAt(ms, k)
	if !ok {
		return nil
	}
	list := []mention{m}
	for {
		j := m.end
		if j+1 < len(toks) && toks[j].text == "," && toks[j+1].lower() == "and" {
			j++
		}
		if j+1 >= len(toks) || toks[j].lower() != "and" && toks[j].text != "," {
			break
		}
		next, ok := mentionStartingAt(ms, j+1)
		if !ok && j+2 < len(toks) {
			switch toks[j+1].lower() {
			case "the", "his", "her", "their":
				// "the army and the RSF", "Lai and his Democratic
				// Progressive Party"
				next, ok = mentionStartingAt(ms, j+2)
			}
		}
		if !ok {
			break
		}
		if toks[j].text == "," && next.ent != nil && next.ent == m.ent {
			// "Qatar's Prime Minister, Sheikh Mohammed bin Abdulrahman Al
			// Thani, and …": the name set off after the title is the same one
			list[len(list)-1].end = next.end
			m = list[len(list)-1]
			continue
		}
		list = append(list, next)
		m = next
		if toks[j].lower() == "and" {
			return list
		}
	}
	// "A, B" without an "and" is an apposition: "Wang Yi, China's top diplomat"
	return list[:1]
}

// asDid copies the claims of a sentence that ends "…, as did X" to X: "Faki
// condemned the takeover and called for Conde's release, as did Guterres".
func (x *extractor) asDid(toks []token, ms []mention, claims []*rawClaim) []*rawClaim {
	for i := 1; i+2 < len(toks); i++ {
		if toks[i].lower() != "as" || toks[i+1].lower() != "did" || toks[i-1].text != "," {
			continue
		}
		m, ok := mentionStartingAt(ms, i+2)
		if !ok || m.ent == nil {
			return nil
		}
		var out []*rawClaim
		for _, c := range claims {
			if c.verbTok >= 0 && c.verbTok < i && c.speaker != m.ent {
				cc := *c
				cc.speaker = m.ent
				cc.joint = true
				cc.confidence = c.confidence * 0.9
				out = append(out, &cc)
			}
		}
		return out
	}
	return nil
}

// reportsInQuote reads a report the speaker of a direct quote makes inside
// it: in “He told me very plainly: a ceasefire first is not something Russia
// will accept,” the man told spoke and the quote's speaker heard ("us" is
// the speaker's side).
func (x *extractor) reportsInQuote(s *sentence, c *rawClaim) []*rawClaim {
	toks := s.toks
	var out []*rawClaim
	for i := 0; i+3 < len(toks); i++ {
		t := toks[i]
		if !t.quoted || t.start < c.start || t.end > c.end {
			continue
		}
		if cc := x.asIToldInQuote(s, c, i); cc != nil {
			// "“As I told President Erdogan today, Russia is not against
			// the deal itself,” Putin said": said to Erdogan, too
			out = append(out, cc)
			continue
		}
		if cc := x.iToldInQuote(s, c, i); cc != nil {
			// "“I told him: a bad peace is better than any war,”
			// Lukashenko said": the words the speaker says he told another
			out = append(out, cc)
			continue
		}
		p := t.lower()
		v := i + 1
		var speaker *entity
		switch {
		case p == "he" || p == "she" || p == "they":
			speaker = x.sal.resolve(p, c.speaker)
		default:
			// "“Minister Bourita assured me that …,” Albares told the
			// committee"
			if speaker, v = x.quotedPerson(toks, i, c.speaker); speaker == nil {
				continue
			}
		}
		if v+2 >= len(toks) {
			continue
		}
		if w := toks[v].lower(); w != "told" && w != "assured" && w != "promised" {
			continue
		}
		me := toks[v+1].lower()
		if me != "me" && me != "us" {
			continue
		}
		k := v + 2
		for k < len(toks) && k < v+6 && toks[k].quoted && toks[k].isWord() && toks[k].lower() != "that" {
			k++ // "very plainly"
		}
		if k >= len(toks) || toks[k].lower() != "that" && toks[k].text != ":" {
			continue
		}
		k++
		end := quotedRunEnd(toks, k, c.end)
		if end-k < 3 || speaker == nil || speaker == c.speaker {
			continue
		}
		hearer := c.speaker
		if me == "us" && c.speaker.affiliation != nil {
			hearer = c.speaker.affiliation
		}
		cc := &rawClaim{sent: s, speaker: speaker, addressees: []*entity{hearer}, mode: dipgraph.ModeIndirect,
			verb: toks[v].lower(), verbTok: -1, start: toks[k].start, end: toks[end-1].end,
			confidence: c.confidence * 0.7, reportedBy: c.speaker, inQuote: true}
		out = append(out, cc)
	}
	return out
}

// asIToldInQuote reads "As I told X (today), CLAUSE" opening at i inside
// the quote of c, and returns the clause as c's speaker's claim to X, or nil.
func (x *extractor) asIToldInQuote(s *sentence, c *rawClaim, i int) *rawClaim {
	toks := s.toks
	if i+4 >= len(toks) || toks[i].lower() != "as" || toks[i+1].text != "I" || toks[i+2].lower() != "told" && toks[i+2].lower() != "said" {
		return nil
	}
	j := i + 3
	if toks[i+2].lower() == "said" {
		if toks[j].lower() != "to" {
			return nil
		}
		j++
	}
	hearer, k := x.quotedPerson(toks, j, c.speaker)
	if hearer == nil {
		return nil
	}
	for lim := k + 4; k < len(toks) && k < lim && toks[k].quoted && toks[k].text != ","; k++ {
		// "today", "last week"
	}
	if k >= len(toks) || toks[k].text != "," {
		return nil
	}
	k++
	end := quotedRunEnd(toks, k, c.end)
	if end-k < 3 {
		return nil
	}
	return &rawClaim{sent: s, speaker: c.speaker, addressees: []*entity{hearer}, mode: dipgraph.ModeIndirect,
		verb: "told", verbTok: -1, start: toks[k].start, end: toks[end-1].end, confidence: c.confidence * 0.7, inQuote: true}
}

// iToldInQuote reads "I told X (plainly) that CLAUSE", "I told X: CLAUSE" or
// "I said to X: CLAUSE" opening at i inside the quote of c, where X is a
// person the quote names ("Minister Kuleba", "my brother Ahmed") or
// "him"/"her" (see counterpart), and returns the clause as c's speaker's
// claim to X. It returns nil when the words after the verb are not of that
// shape or X cannot be found.
func (x *extractor) iToldInQuote(s *sentence, c *rawClaim, i int) *rawClaim {
	toks := s.toks
	if i+4 >= len(toks) || toks[i].text != "I" || !toks[i+2].quoted {
		return nil
	}
	j := i + 2
	switch {
	case toks[i+1].lower() == "told":
	case toks[i+1].lower() == "said" && toks[i+2].lower() == "to":
		j++ // "I said to him: …"
	default:
		return nil
	}
	var hearer *entity
	if w := toks[j].lower(); w == "him" || w == "her" {
		hearer = x.counterpart(s, c, i, w)
		j++
	} else {
		if w == "my" && j+2 < len(toks) && !toks[j+1].capitalized() {
			j += 2 // "my brother Ahmed", "my colleague Sergei"
		}
		hearer, j = x.quotedPerson(toks, j, c.speaker)
	}
	if hearer == nil || hearer == c.speaker {
		return nil
	}
	k := j
	for k < len(toks) && k < j+4 && toks[k].quoted && toks[k].isWord() && toks[k].lower() != "that" {
		k++ // "plainly", "very clearly"
	}
	if k >= len(toks) || toks[k].lower() != "that" && toks[k].text != ":" {
		return nil
	}
	mode := dipgraph.ModeIndirect
	if toks[k].text == ":" {
		mode = dipgraph.ModeDirect
	}
	k++
	end := quotedRunEnd(toks, k, c.end)
	if end-k < 3 {
		return nil
	}
	return &rawClaim{sent: s, speaker: c.speaker, addressees: []*entity{hearer}, mode: mode,
		verb: "told", verbTok: -1, start: toks[k].start, end: toks[end-1].end, confidence: c.confidence * 0.7, inQuote: true}
}

// counterpart returns the person a speaker's "him" or "her" (pronoun) inside
// the quote of c most likely is: a person the quote names before it
// ("When I spoke to Claver-Carone on Sunday, I told him: …"), else the one
// the speaker last spoke to within two paragraphs ("made clear to Rubio …
// “I told him the numbers: …”"), else the one who last spoke to the
// speaker there, else the other party of the two-party
// call or meeting the speaker is in; nil when none fits the pronoun.
func (x *extractor) counterpart(s *sentence, c *rawClaim, at int, pronoun string) *entity {
	fits := func(e *entity) bool {
		return e != nil && e != c.speaker && e.kind == dipgraph.KindPerson && fitsPronoun(e, subjectForm(pronoun))
	}
	toks := s.toks
	for j := at - 1; j >= 0 && toks[j].quoted && toks[j].start >= c.start; j-- {
		if e, _ := x.quotedPerson(toks, j, c.speaker); fits(e) {
			return e
		}
	}
	if t, ok := x.lastHearer[c.speaker]; ok && s.para-t.para <= 2 && fits(t.by) {
		return t.by
	}
	if t, ok := x.spokenTo[c.speaker]; ok && s.para-t.para <= 2 && fits(t.by) {
		// "“She told me very openly that … I told her that …”": the one
		// who last spoke to the speaker
		return t.by
	}
	if cur := x.current[c.speaker]; cur != nil {
		for _, p := range cur.twoParties(c.speaker) {
			if fits(p) {
				return p
			}
		}
	}
	return nil
}

// quotedPerson reads a person of the story named inside a quote at i
// ("President Erdogan", "Minister Bourita", "Lavrov"), where the loader
// finds no mentions, and returns the person and the index after the name,
// or nil.
func (x *extractor) quotedPerson(toks []token, i int, speaker *entity) (*entity, int) {
	_, n := x.lex.titles.match(toks, i)
	j := i + n
	k := j
	for k < len(toks) && k < j+3 && toks[k].quoted && toks[k].capitalized() {
		k++
	}
	if k == j {
		return nil, i
	}
	if e := x.personNamed(toks[k-1].text, speaker); e != nil {
		return e, k
	}
	return nil, i
}

// quotedRunEnd returns the end of the quoted words from k that lie within
// byte offset limit, past any closing punctuation.
func quotedRunEnd(toks []token, k, limit int) int {
	end := k
	for end < len(toks) && toks[end].quoted && toks[end].end <= limit {
		end++
	}
	for end > k && !toks[end-1].isWord() {
		end--
	}
	return end
}

// accordingTo reads "According to X, CLAUSE" and "CLAUSE, according to X".
// A sentence that already has a reporting verb takes only the second form.
func (x *extractor) accordingTo(s *sentence, ms []mention, quotes []quoteSeg, hasVerb bool) []*rawClaim {
	toks := s.toks
	var out []*rawClaim
	for i := 0; i+2 < len(toks); i++ {
		if toks[i].lower() != "according" || toks[i+1].lower() != "to" || toks[i].quoted {
			continue
		}
		m, ok := mentionStartingAt(ms, i+2)
		if !ok {
			continue
		}
		speaker := x.resolveMention(m, nil)
		if speaker == nil || isMedia(speaker) {
			continue // "According to APS, …": an outlet is the channel, not a speaker
		}
		var lo, hi int
		switch {
		case i <= 1 && !hasVerb:
			lo = m.end
			for lo < len(toks) && toks[lo].text == "," {
				lo++
			}
			hi = clauseEnd(toks, lo, len(toks))
		case i >= 2 && toks[i-1].text == "," && !hasVerb:
			lo, hi = 0, i-1
			for lo < hi && !toks[lo].isWord() {
				lo++
			}
		default:
			continue
		}
		if hi <= lo {
			continue
		}
		c := &rawClaim{sent: s, speaker: speaker, verb: "according to", verbTok: i, regionLo: i, regionHi: m.end,
			start: toks[lo].start, end: toks[hi-1].end, confidence: 0.85}
		c.mode = x.modeOf(c, toks, quotes, lo, hi, true)
		out = append(out, c)
	}
	return out
}

// namedInQuoteBefore reports whether the quote that closes just before a's
// speaker names that speaker in the third person ("“President Maduro heard
// from me …,” the president said"), not as the one addressed.
func (x *extractor) namedInQuoteBefore(toks []token, a *attribution) bool {
	j := a.subj.start - 1
	if a.after {
		j = a.verb.i - 1
	}
	if j < 1 || toks[j].kind != tokCloseQuote {
		return false
	}
	for k := j - 1; k >= 0 && toks[k].quoted; k-- {
		if e, end := x.quotedPerson(toks, k, nil); e == a.speaker && end < len(toks) && toks[end].text != "," && toks[end].isWord() {
			return true
		}
	}
	return false
}

// messageWas reads "X's message to Y was that …" (also "His message to
// Lima, he added, was that …", "Lula's message to Maduro, which Amorim
// delivered …, was that …"): what X said to Y, with no reporting verb.
func (x *extractor) messageWas(s *sentence, ms []mention, quotes []quoteSeg) []*rawClaim {
	toks := s.toks
	var out []*rawClaim
	for i := 1; i+3 < len(toks); i++ {
		if toks[i+1].lower() != "to" || !messageNouns[toks[i].lower()] || toks[i].quoted {
			continue
		}
		var speaker *entity
		if p := toks[i-1].lower(); p == "his" || p == "her" {
			speaker = x.sal.resolve(subjectForm(p), nil)
		} else if m, ok := mentionEndingAt(ms, i-1); ok && m.kind == byName && toks[i-1].possessive() {
			speaker = x.resolveMention(m, nil)
		}
		hearer, ok := mentionStartingAt(ms, i+2)
		if speaker == nil || !ok {
			continue
		}
		to := x.resolveMention(hearer, speaker)
		if to == nil || to == speaker {
			continue
		}
		// past a parenthesis or a relative clause to "was that"
		k := hearer.end
		for k < len(toks) && k < hearer.end+30 && !(toks[k].lower() == "that" && k > 0 && (toks[k-1].lower() == "was" || toks[k-1].lower() == "is" || toks[k-1].lower() == "been")) {
			k++
		}
		if k >= len(toks) || k == hearer.end {
			continue
		}
		lo := k + 1
		hi := clauseEnd(toks, lo, len(toks))
		if w := toks[hi-1].lower(); w == "said" || w == "says" || w == "added" {
			// "…, a Brazilian official said": the source, not the message
			for j := hi - 2; j > lo && j >= hi-8; j-- {
				if toks[j].text == "," {
					hi = j
					break
				}
			}
		}
		if hi-lo < 3 {
			continue
		}
		c := &rawClaim{sent: s, speaker: speaker, addressees: []*entity{to}, verb: "message", verbTok: i, regionLo: i, regionHi: k,
			start: toks[lo].start, end: toks[hi-1].end, confidence: 0.75}
		c.mode = x.modeOf(c, toks, quotes, lo, hi, true)
		out = append(out, c)
	}
	return out
}

// heardFrom reads "Y heard from X that …" ("Haniyeh heard from the prime
// minister that Israel had accepted the convoy"): X's words, addressed to
// Y, a claim for each coordinated that-clause. A parenthesis may stand
// before the "that" (", according to an EU official,"). It returns nothing
// when either side is not a mention of the sentence.
func (x *extractor) heardFrom(s *sentence, ms []mention, quotes []quoteSeg) []*rawClaim {
	toks := s.toks
	var out []*rawClaim
	for i := 1; i+3 < len(toks); i++ {
		if toks[i+1].lower() != "from" || !hearingVerbs[toks[i].lower()] || toks[i].quoted {
			continue
		}
		hearerM, ok := mentionEndingAt(ms, backToSubject(toks, i))
		if !ok {
			continue
		}
		hearer := x.resolveMention(hearerM, nil)
		var speaker *entity
		k := 0
		if e, end := x.counterpartName(toks, ms, i+2); e != nil {
			// "heard from his Ethiopian counterpart, Gedion Timothewos,"
			speaker, k = e, end
		} else if speakerM, ok := mentionStartingAt(ms, i+2); ok {
			speaker, k = x.resolveMention(speakerM, hearer), skipApposition(toks, speakerM.end)
		}
		if hearer == nil || speaker == nil || hearer == speaker {
			continue
		}
		if k < len(toks) && toks[k].lower() != "that" {
			// "… on the margins of the talks that …"
			if t := thatAfterPhrase(toks, k, len(toks), false); t > k {
				k = t - 1
			}
		}
		if k >= len(toks) || toks[k].lower() != "that" {
			continue
		}
		out = append(out, x.clauseClaims(s, quotes, rawClaim{speaker: speaker, addressees: []*entity{hearer}, verb: toks[i].text + " from", verbTok: i, regionLo: hearerM.start, regionHi: k}, k+1)...)
	}
	return out
}

// calledToSay reads "X called Y to say that …", "X telephoned Y on Monday
// to assure him that …", "X wrote to Y to say that …": X's words to Y, a
// claim for each coordinated that-clause. It returns nothing unless both
// are mentions of the sentence and a reporting verb follows "to".
func (x *extractor) calledToSay(s *sentence, ms []mention, quotes []quoteSeg) []*rawClaim {
	toks := s.toks
	var out []*rawClaim
	for i := 1; i+4 < len(toks); i++ {
		if !contactVerbs[toks[i].lower()] || toks[i].quoted {
			continue
		}
		speakerM, ok := mentionEndingAt(ms, backToSubject(toks, i))
		if !ok {
			continue
		}
		h := i + 1
		if toks[h].lower() == "to" {
			h++ // "wrote to Kuleba"
		}
		hearerM, ok := mentionStartingAt(ms, h)
		if !ok {
			continue
		}
		k := skipDatePhrase(toks, hearerM.end)
		if k+2 >= len(toks) || toks[k].lower() != "to" {
			continue
		}
		vals, n := x.lex.verbs.match(toks, k+1)
		if n == 0 || !slices.ContainsFunc(vals, func(v any) bool { return v.(verbClass) == verbSay || v.(verbClass) == verbTell }) {
			continue
		}
		k += 1 + n
		if k < len(toks) && (toks[k].lower() == "him" || toks[k].lower() == "her" || toks[k].lower() == "them") {
			k++ // "to assure him that"
		}
		if k >= len(toks) || toks[k].lower() != "that" {
			continue
		}
		speaker := x.resolveMention(speakerM, nil)
		hearer := x.resolveMention(hearerM, speaker)
		if speaker == nil || hearer == nil || speaker == hearer {
			continue
		}
		out = append(out, x.clauseClaims(s, quotes, rawClaim{speaker: speaker, addressees: []*entity{hearer}, verb: strings.ToLower(toks[i].text), verbTok: i, regionLo: speakerM.start, regionHi: k}, k+1)...)
	}
	return out
}

// contactVerbs reach someone to say something: "called Kuleba to say that".
var contactVerbs = wordSet("contact-verb")

// clauseClaims returns a claim like proto for each clause of three words or
// more that thatClauses finds from lo, with less confidence than a
// reporting verb's own.
func (x *extractor) clauseClaims(s *sentence, quotes []quoteSeg, proto rawClaim, lo int) []*rawClaim {
	toks := s.toks
	var out []*rawClaim
	for _, part := range thatClauses(toks, lo) {
		if part[1]-part[0] < 3 {
			continue
		}
		c := proto
		c.sent, c.confidence = s, 0.8
		c.start, c.end = toks[part[0]].start, toks[part[1]-1].end
		c.mode = x.modeOf(&c, toks, quotes, part[0], part[1], true)
		out = append(out, &c)
	}
	return out
}

// thatClauses returns the clauses reported from lo, just after a "that":
// the coordinated parts of the first ("… would begin X and would set up
// Y") and of each "… and that …" after it.
func thatClauses(toks []token, lo int) [][2]int {
	hi := clauseEnd(toks, lo, len(toks))
	parts := splitCoordinated(toks, lo, hi)
	for e := hi; e+2 < len(toks); {
		j := nextThatClause(toks, e, len(toks))
		if j < 0 {
			break
		}
		e = clauseEnd(toks, j+2, len(toks))
		if e <= j+2 {
			break
		}
		parts = append(parts, splitCoordinated(toks, j+2, e)...)
	}
	return parts
}

// hearingVerbs are the verbs of "Y heard from X that …".
var hearingVerbs = wordSet("hearing-verb")

// messageNouns name a message whose content "was that …".
var messageNouns = wordSet("message-noun")

// postposed reports whether an attribution follows what was said: "…, the
// ministry added." or "…,” she noted in a statement.
func postposed(toks []token, a *attribution) bool {
	start := a.subj.start
	if a.after {
		start = a.verb.i
	}
	if start == 0 || !(toks[start-1].text == "," || toks[start-1].kind == tokCloseQuote) {
		return false
	}
	end := a.verb.i + a.verb.n
	if a.after {
		end = a.subj.end
	}
	return onlyPrepositional(toks[end:clauseEnd(toks, end, len(toks))])
}

// startsVerbPhrase reports whether t can begin a verb phrase after "and" or
// "but": an auxiliary or a past-tense verb ("… but expected nothing").
func startsVerbPhrase(t token) bool {
	w := t.lower()
	if auxiliaries[w] {
		return true
	}
	return t.isWord() && !t.capitalized() && len(w) > 4 && strings.HasSuffix(w, "ed") && !pastParticipleAdjective[w]
}

// pastParticipleAdjective are -ed words that usually modify a noun.
var pastParticipleAdjective = map[string]bool{
	"armed": true, "united": true, "detailed": true, "advanced": true, "limited": true, "related": true,
	"disputed": true, "occupied": true, "renewed": true, "increased": true, "expanded": true, "unprecedented": true,
	"coordinated": true, "sustained": true, "continued": true, "heightened": true, "combined": true,
}

// appositionOpeners begin a phrase set off by commas between a speaker and
// the verb.
var appositionOpeners = map[string]bool{
	"who": true, "whom": true, "whose": true, "which": true, "speaking": true, "asked": true, "writing": true,
	"appearing": true, "answering": true, "responding": true, "addressing": true, "standing": true,
}

// participle reports whether a reporting verb is an -ing form that carries
// on the sentence's speaker: "…, adding that …".
func participle(t token) bool {
	return strings.HasSuffix(t.lower(), "ing")
}

// unrealised reports whether the verb at i speaks of words not (yet) said:
// after a modal ("would press for", "will tell"), a negation ("did not
// say") or an intention ("declined to say", "is expected to announce").
func unrealised(toks []token, i int) bool {
	j := beforeAdverbs(toks, i)
	if j < 0 {
		return false
	}
	w := toks[j].lower()
	if w == "not" || w == "n't" || w == "never" {
		return true
	}
	if modals[w] {
		return true
	}
	return w == "to" && j > 0 && intentions[toks[j-1].lower()]
}

// conditionalAgreement reports whether v is "agreed to" or "committed to"
// in a condition: "if Pyongyang agreed to reopen its investigation" is no
// agreement.
func conditionalAgreement(toks []token, v verbOcc) bool {
	if w := toks[v.i].lower(); w != "agreed" && w != "agree" && w != "agrees" && w != "committed" && w != "commits" {
		return false
	}
	for j := v.i - 1; j >= 0 && j >= v.i-4; j-- {
		switch w := toks[j].lower(); {
		case w == "if" || w == "unless" || w == "whether" || w == "once":
			return true
		case !toks[j].isWord():
			return false
		}
	}
	return false
}

// convened reports whether the verb at v acts rather than speaks: "called a
// news conference", "called off a trip", "declared martial law".
func convened(toks []token, v verbOcc) bool {
	w := toks[v.i].lower()
	k := v.i + v.n
	if k >= len(toks) {
		return false
	}
	next := toks[k].lower()
	switch w {
	case "called", "calls", "call", "calling":
		// "called a news conference", "called off a trip"
		return v.n == 1 && (next == "a" || next == "an" || next == "off")
	case "declared", "declares", "declare", "declaring":
		// "declared martial law", "declared a state of emergency"
		return next == "martial" || next == "war" || next == "independence" ||
			next == "a" && k+1 < len(toks) && (toks[k+1].lower() == "state" || toks[k+1].lower() == "ceasefire" || toks[k+1].lower() == "truce")
	}
	return false
}

// adverbs may stand between an auxiliary and its verb.
var adverbs = map[string]bool{
	"also": true, "again": true, "later": true, "publicly": true, "then": true, "further": true,
	"repeatedly": true, "explicitly": true, "firmly": true, "strongly": true, "openly": true, "privately": true,
	"personally": true, "directly": true, "formally": true, "officially": true, "only": true, "just": true, "alone": true,
	"afterwards": true, "afterward": true, "subsequently": true,
}

var modals = map[string]bool{
	"would": true, "will": true, "could": true, "might": true, "may": true, "shall": true,
	"should": true, "must": true, "can": true, "cannot": true, "’ll": true, "'ll": true,
}

// intentions before "to" leave the verb after it unsaid: "declined to say".
var intentions = map[string]bool{
	"expected": true, "set": true, "due": true, "likely": true, "unlikely": true, "going": true,
	"plans": true, "planned": true, "plan": true, "intends": true, "intended": true, "declined": true,
	"declines": true, "refused": true, "refuses": true, "failed": true, "scheduled": true, "hopes": true,
	"hoped": true, "wants": true, "wanted": true, "want": true, "wishes": true, "preparing": true,
	"ready": true, "willing": true, "unwilling": true, "reluctant": true, "able": true, "unable": true,
}

// appositionHead returns the person named before the apposition that m
// ends ("Hans Grundberg, the U.N. special envoy for Yemen"), when m is no
// person and the apposition opens with an article or possessive, or false.
func appositionHead(toks []token, ms []mention, m mention) (mention, bool) {
	if m.ent != nil && m.ent.kind == dipgraph.KindPerson {
		return mention{}, false
	}
	for c := m.start - 1; c > 0 && c >= m.start-10; c-- {
		if toks[c].text != "," {
			if !toks[c].isWord() && !toks[c].possessive() && toks[c].text != "." {
				return mention{}, false
			}
			continue
		}
		if w := toks[c+1].lower(); !articles[w] && !possessives[w] && !toks[c+1].possessive() {
			return mention{}, false
		}
		if h, ok := mentionEndingAt(ms, c); ok && h.kind == byName && h.ent != nil && h.ent.kind == dipgraph.KindPerson {
			return h, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// counterpartAsObject reports whether the counterpart noun at k heads a
// phrase after a preposition or verb ("spoken with his Azerbaijani
// counterpart"), not the subject opening a sentence ("His Polish
// counterpart, Mateusz Morawiecki, struck a similar note").
func counterpartAsObject(toks []token, k int) bool {
	for j := k - 1; j >= 1 && j >= k-3; j-- {
		if w := toks[j].lower(); w == "his" || w == "her" || w == "their" {
			return toks[j-1].isWord() && !toks[j-1].capitalized()
		}
	}
	return false
}

// backToSubject returns the index where a verb's subject should end: it
// steps back from the verb at i over adverbs, auxiliaries, negation and
// day phrases ("Putin on Tuesday also said", "Iran has not been").
func backToSubject(toks []token, i int) int {
	j := i
	for j > 0 {
		w := toks[j-1].lower()
		if skippable[w] || w == "not" || w == "n't" || w == "been" || w == "were" {
			j--
			continue
		}
		if j >= 3 && w == "turn" && toks[j-2].lower() == "in" {
			j -= 2 // "and the Prime Minister in turn congratulated him"
			continue
		}
		if j >= 3 && dayParts[w] && weekdays[toks[j-2].lower()] != 0 {
			j-- // "on Monday evening": the weekday is stepped over next
			continue
		}
		// "on Tuesday", "on Feb. 15"
		if j >= 2 && (weekdays[w] != 0 || w == "sunday" || w == "today" || w == "yesterday") {
			j--
			if p := toks[j-1].lower(); p == "on" || p == "last" || p == "this" {
				j--
			}
			continue
		}
		break
	}
	return j
}

// stopsClause reports whether the word at j, after a comma, begins
// something other than the reported clause: a participle ("agreeing …"), a
// relative ("which …"), or a contrast that is not a second verb phrase of
// the same subject ("but he said …" stops; "but would keep …" does not).
func stopsClause(toks []token, j int) bool {
	w := toks[j].lower()
	if (w == "but" || w == "and") && j+1 < len(toks) && startsVerbPhrase(toks[j+1]) {
		return false
	}
	if clauseStops[w] {
		return true
	}
	return participle(toks[j]) && !toks[j].capitalized() && len(w) > 5
}

func hasComma(toks []token) bool {
	for _, t := range toks {
		if t.text == "," {
			return true
		}
	}
	return false
}

// nextThatClause finds, from e up to limit, the "and"/"but" of a further
// "and that …" or "but that …" clause reported by the same verb, and
// returns its index, or -1.
func nextThatClause(toks []token, e, limit int) int {
	for j := e; j+1 < len(toks) && j < limit; j++ {
		if toks[j].quoted {
			continue
		}
		w := toks[j].lower()
		if (w == "and" || w == "but" || w == ",") && toks[j+1].lower() == "that" {
			return j
		}
		if w == ";" {
			return -1
		}
	}
	return -1
}

// thatOfTime reports whether the "that" at k points to a time ("said that
// day", "that evening") rather than opening a clause.
func thatOfTime(toks []token, k int) bool {
	if k+1 >= len(toks) || !timeNouns[toks[k+1].lower()] {
		return false
	}
	return k+2 >= len(toks) || !toks[k+2].isWord() || prepositions[toks[k+2].lower()]
}

// timeNouns name a stretch of time "that" can point to.
var timeNouns = map[string]bool{"day": true, "week": true, "month": true, "year": true, "morning": true, "afternoon": true, "evening": true, "night": true, "weekend": true, "time": true}

// verbAtAny reports whether one of atts has its verb at i.
func verbAtAny(atts []*attribution, i int) bool {
	return slices.ContainsFunc(atts, func(b *attribution) bool { return b.verb.i == i })
}

// firstSpeakerStart is where an attribution's speakers begin: the first of
// "the United States and Saudi Arabia said".
func firstSpeakerStart(a *attribution) int {
	if len(a.co) > 0 {
		return a.co[0].start
	}
	return a.subj.start
}

// restAfterParenthetical handles an attribution set inside what was said
// ("Africa, he said in a statement, would not accept …"): when a comma
// after the verb is followed by more of the clause, it returns the clause's
// end, and 0 otherwise.
func restAfterParenthetical(toks []token, k, limit int) int {
	for j := k; j < len(toks) && j < limit && j < k+20; j++ {
		if toks[j].text == "," && !toks[j].quoted {
			if j+1 < len(toks) && (toks[j+1].isWord() && !stopsClause(toks, j+1) && !timeAdjunct(toks, j+1) || toks[j+1].kind == tokOpenQuote) {
				// "Cambodia, Hun Manet wrote in a post, “accepts …”"
				return clauseEnd(toks, j+1, limit)
			}
			return 0
		}
		if toks[j].text == "." {
			return 0
		}
	}
	return 0
}

// timeAdjunct reports whether toks[j:] open a phrase of time rather than a
// clause: "a day after he met …", "hours before the vote", "after talks".
func timeAdjunct(toks []token, j int) bool {
	w := toks[j].lower()
	if w == "after" || w == "before" || w == "when" || w == "as" || w == "while" || w == "days" || w == "hours" || w == "weeks" || w == "shortly" || w == "just" {
		return true
	}
	if (w == "a" || w == "one" || w == "two" || w == "three" || w == "the") && j+2 < len(toks) {
		switch toks[j+1].lower() {
		case "day", "days", "week", "weeks", "month", "months", "year", "hours", "hour":
			return true
		}
	}
	// "answered the same evening", "replied that night"
	next := -1
	switch {
	case w == "the" && j+1 < len(toks) && toks[j+1].lower() == "same":
		next = j + 2
	case w == "that":
		next = j + 1
	}
	return next > 0 && next < len(toks) && (dayParts[toks[next].lower()] || toks[next].lower() == "day")
}

// vocative returns the person a quote calls, at its opening ("Mr.
// President, you have my word …") or set off by commas early in it ("Thank
// you, Mr. President, from our soldiers"): the latest person with that
// title or first name other than the speaker, or nil.
func (x *extractor) vocative(c *rawClaim, speaker *entity) []*entity {
	if c.mode != dipgraph.ModeDirect || c.quote == "" {
		return nil
	}
	if c.quoteToks == nil || c.quoteToksOf != c.quote {
		c.quoteToks, c.quoteToksOf = tokenize(c.quote, 0, len(c.quote), nil), c.quote
	}
	toks := c.quoteToks
	for i := 0; i < len(toks) && i < 16; i++ {
		// at the opening, or set off by commas early in the quote: "Thank
		// you, Mr. President, from our soldiers", "You and I both know,
		// Joe, that …"
		if i > 0 && toks[i-1].text != "," {
			continue
		}
		if e := x.vocativeAt(toks, i, speaker); e != nil {
			// and the others called with it: "Emmanuel, Donald, Mark -
			// thank you"
			out := []*entity{e}
			for j := i + 2; j < len(toks) && j < i+12; j += 2 {
				if w := toks[j-1].text; w != "," && w != "and" {
					break
				}
				next := x.vocativeAt(toks, j, speaker)
				if next == nil {
					break
				}
				if !slices.Contains(out, next) {
					out = append(out, next)
				}
			}
			return out
		}
	}
	// "My message to Lavrov is simple", "To Elina I would say: …"
	for i := 0; i+2 < len(toks); i++ {
		w := toks[i].lower()
		if !(w == "message" && toks[i+1].lower() == "to" && i+2 < len(toks) || w == "to" && i == 0) {
			continue
		}
		k := i + 1
		if w == "message" {
			k = i + 2
		}
		if k < len(toks) && toks[k].capitalized() {
			if e := x.personNamed(toks[k].text, speaker); e != nil {
				return []*entity{e}
			}
		}
	}
	// "I say to my Russian colleague, to Ambassador Nebenzia: …"
	for i := 0; i+2 < len(toks) && i < 8; i++ {
		if w := toks[i].lower(); (w == "say" || w == "said") && toks[i+1].lower() == "to" && i > 0 && (toks[i-1].lower() == "i" || toks[i-1].lower() == "we" || toks[i-1].lower() == "would" || toks[i-1].lower() == "will") {
			// (not "what is said to President Putin")
			for k := i + 2; k < len(toks) && k < i+10 && toks[k].text != ":"; k++ {
				if toks[k].capitalized() {
					if e := x.personNamed(toks[k].text, speaker); e != nil {
						return []*entity{e}
					}
				}
			}
		}
	}
	return nil
}

// kinNouns stand between "my" and a name in a vocative: "my friend
// Macron", "my brother Cyril".
var kinNouns = wordSet("kin")

// personNamed returns the person of the story last mentioned whose family
// or first name is name, or whose name ends in it ("Mr. Jaberi Ansari" for
// Hossein Jaberi Ansari), other than speaker, or nil.
func (x *extractor) personNamed(name string, speaker *entity) *entity {
	for j := len(x.reg.recent) - 1; j >= 0; j-- {
		if e := x.reg.recent[j]; e != speaker && e.kind == dipgraph.KindPerson && (e.lastName() == name || strings.HasPrefix(e.name, name+" ") || strings.HasSuffix(e.name, " "+name)) {
			return e
		}
	}
	return nil
}

// governmentNamed reads "the government" or "the Petro government" ("the
// Biden administration") at k and returns the state governed, and the index
// after the phrase, or nil: the state of the person the name is of, and for
// a bare "the government" the state the speaker serves.
func (x *extractor) governmentNamed(toks []token, k int, speaker *entity) (*entity, int) {
	if k+2 >= len(toks) || toks[k].lower() != "the" {
		return nil, 0
	}
	if w := toks[k+1].lower(); w == "government" {
		if speaker != nil && speaker.affiliation != nil && speaker.affiliation.kind == dipgraph.KindState {
			return speaker.affiliation, k + 2
		}
		return nil, 0
	}
	if w := toks[k+2].lower(); (w == "government" || w == "administration") && toks[k+1].capitalized() && !toks[k+1].quoted {
		if p := x.personNamed(toks[k+1].text, speaker); p != nil && p.affiliation != nil && p.affiliation.kind == dipgraph.KindState {
			return p.affiliation, k + 3
		}
	}
	return nil, 0
}

// vocativeAt returns the person a vocative at toks[i] calls, or nil.
func (x *extractor) vocativeAt(toks []token, i int, speaker *entity) *entity {
	if i+2 < len(toks) && toks[i].lower() == "my" {
		// "I say this to you, my friend Macron, …", "my dear brother
		// Cyril,"
		j := i + 1
		if toks[j].lower() == "dear" {
			j++
		}
		if j < len(toks) && kinNouns[toks[j].lower()] {
			j++
		}
		if j > i+1 && j+1 < len(toks) && toks[j].capitalized() && (toks[j+1].text == "," || toks[j+1].text == ":" || toks[j+1].text == "!") {
			return x.personNamed(toks[j].text, speaker)
		}
		return nil
	}
	honorific := false
	if i < len(toks) {
		switch toks[i].lower() {
		case "mr.", "madam", "mrs.", "ms.", "dear":
			i++
			honorific = true
		}
	}
	if i+3 < len(toks) && toks[i].lower() == "your" && toks[i+2].text != "," && toks[i+2].capitalized() {
		// "Your Excellency President Xi Jinping, my dear friend": the
		// title and name after the honorific
		return x.vocativeAt(toks, i+2, speaker)
	}
	if i+2 < len(toks) && toks[i].lower() == "your" && toks[i+2].text == "," {
		// "Your Highness, …", "Your Excellency, …": the other person of
		// the scene
		for j := len(x.reg.recent) - 1; j >= 0; j-- {
			if e := x.reg.recent[j]; e != speaker && e.kind == dipgraph.KindPerson {
				return e
			}
		}
		return nil
	}
	if honorific && i+2 < len(toks) && toks[i].capitalized() && toks[i+1].capitalized() && (toks[i+2].text == "," || toks[i+2].text == "!") {
		// "Mr. Jaberi Ansari, a party that sends militias …": a family
		// name of two words
		if e := x.personNamed(toks[i].text+" "+toks[i+1].text, speaker); e != nil {
			return e
		}
	}
	vals, n := x.lex.titles.match(toks, i)
	if n == 0 && i+2 < len(toks) && toks[i].capitalized() && patronymic(toks[i+1].text) && toks[i+2].text == "," {
		// "Nikol Vovayevich, nobody here is refusing to help Armenia":
		// a first name with the father's name
		return x.personNamed(toks[i].text, speaker)
	}
	if n == 0 && i+1 < len(toks) && toks[i].capitalized() && (toks[i+1].text == "," || toks[i+1].text == "-" || toks[i+1].text == "–" || toks[i+1].text == "—" ||
		(honorific || i > 0 && toks[i-1].text == ",") && (toks[i+1].text == "." || toks[i+1].text == "!" || toks[i+1].text == "?")) {
		// ("Congratulations, Claudia." too)
		// ("…, Mr. Macron." closing a sentence)
		// "Rishi, we will only get results …": a person of the story called
		// by first name (or, after "Ambassador", by family name)
		name := toks[i].text
		for _, suffix := range []string{"-san", "-sama", "-kun"} {
			name = strings.TrimSuffix(name, suffix) // "Akie-san,"
		}
		if vals, n := x.reg.nameAt(toks, i); i == 0 && n == 1 && vals[0].(*knownActor).Kind == dipgraph.KindState && !honorific {
			// "Israel, you have to calm down": the state, not Israel Katz
			return x.reg.fromKnown(vals[0].(*knownActor))
		}
		for j := len(x.reg.recent) - 1; j >= 0; j-- {
			e := x.reg.recent[j]
			if e != speaker && e.kind == dipgraph.KindPerson && (strings.HasPrefix(e.name, name+" ") || i > 0 && toks[i-1].text != "," && e.lastName() == name) {
				return e
			}
		}
		return nil
	}
	if n > 0 && i+n+1 < len(toks) && toks[i+n].capitalized() {
		// "President Assad, you have been welcomed back", "Your Excellency
		// President Xi Jinping, my dear friend": the person of the story
		// with that name
		k := i + n
		for k < len(toks) && k < i+n+3 && toks[k].capitalized() && toks[k].isWord() {
			k++
		}
		last := k - 1
		if k+1 < len(toks) && honorificSuffixes[toks[k].lower()] && toks[k+1].text == "," {
			k++ // "Sheikh Hasina ji, warm congratulations": a respectful suffix
		}
		if k < len(toks) && toks[k].text == "," {
			if e := x.personNamed(toks[last].text, speaker); e != nil || last == i+n {
				return e
			}
			return x.personNamed(toks[i+n].text, speaker)
		}
	}
	if n == 0 || i+n >= len(toks) || toks[i+n].text != "," && toks[i+n].text != "." && toks[i+n].text != "!" {
		return nil
	}
	title := strings.ToLower(vals[0].(string))
	for j := len(x.reg.recent) - 1; j >= 0; j-- {
		e := x.reg.recent[j]
		if e != speaker && e.kind == dipgraph.KindPerson && strings.Contains(strings.ToLower(e.role), title) && !otherRank(strings.ToLower(e.role), title) {
			return e // "Mr. President" is not the vice president
		}
	}
	return nil
}

// sentenceSubject returns the mention that opens a sentence as its subject
// (after a dateline or an opening phrase), if it comes before limit.
func sentenceSubject(toks []token, ms []mention, limit int) (mention, bool) {
	dl := datelineEnd(toks)
	lead := skipDatePhrase(toks, dl) // "On Monday the Russian Foreign Ministry …"
	for _, m := range ms {
		if m.start < dl {
			continue // "ACCRA, Sept 8 (Reuters) –"
		}
		if m.start >= limit {
			break
		}
		if m.start >= 2 && toks[m.start-1].text == "," && counterpartNouns[toks[m.start-2].lower()] {
			continue // "In a call with his Omani counterpart, Badr Albusaidi, …, he": the other party
		}
		if m.start == 0 || m.start == lead || toks[m.start-1].text == "—" || toks[m.start-1].text == "–" || toks[m.start-1].text == "," && m.start <= 8 {
			return m, true
		}
		return mention{}, false
	}
	return mention{}, false
}

// skipDatePhrase steps over "on Thursday", "last week", "today" right after
// a verb: "promised on Thursday to stand together".
func skipDatePhrase(toks []token, k int) int {
	j := k
	if j+2 < len(toks) && toks[j].lower() == "in" && toks[j+1].lower() == "the" && dayParts[toks[j+2].lower()] {
		return j + 3 // "In the afternoon Sikorski spoke …", "said in the evening that"
	}
	if j+1 < len(toks) && (toks[j].lower() == "late" || toks[j].lower() == "early") && (toks[j+1].lower() == "on" || weekdays[toks[j+1].lower()] != 0) {
		j++ // "said late on Friday"
	}
	if j < len(toks) && toks[j].lower() == "on" {
		j++
	}
	if j < len(toks) {
		w := toks[j].lower()
		switch {
		case weekdays[w] != 0 || w == "sunday":
			if j+1 < len(toks) && dayParts[toks[j+1].lower()] {
				return j + 2 // "On Friday morning"
			}
			return j + 1
		case w == "today" || w == "yesterday" || w == "tonight":
			return j + 1
		case (w == "last" || w == "this" || w == "next") && j+1 < len(toks) && (toks[j+1].lower() == "week" || toks[j+1].lower() == "month" || weekdays[toks[j+1].lower()] != 0):
			return j + 2
		case (w == "a" || w == "an" || counts[w] > 0 || w == "several") && j+2 < len(toks) && laterUnits[toks[j+1].lower()] && toks[j+2].lower() == "later":
			return j + 3 // "said a day later that", "two hours later"
		case laterUnits[w] && j+1 < len(toks) && toks[j+1].lower() == "later":
			return j + 2 // "days later"
		}
	}
	return k
}

// laterUnits measure how much later: "a day later", "hours later".
var laterUnits = map[string]bool{
	"minute": true, "minutes": true, "hour": true, "hours": true, "day": true, "days": true, "week": true, "weeks": true,
}

// reflexives stress the actor before them: "Prigozhin himself".
var reflexives = map[string]bool{"himself": true, "herself": true, "itself": true, "themselves": true}

// pressWords name the press as a speaker's audience: "told reporters".
var pressWords = wordSet("press")

// pressNouns follow "press" used as a noun: "press secretary".
var pressNouns = wordSet("press-noun")

// objectPronouns stand only as objects.
var objectPronouns = map[string]bool{"him": true, "her": true, "them": true}

// titleModifiers may stand in lower case before a speaker's title: "…,”
// government spokesman Patrick Muyaya told reporters".
var titleModifiers = map[string]bool{
	"government": true, "ministry": true, "party": true, "army": true, "military": true, "opposition": true,
	"presidential": true, "senior": true, "chief": true, "deputy": true, "foreign": true, "defence": true, "defense": true,
}

// concessives open a reporter's rider after a postposed attribution:
// "…, the minister said, although he would not say when".
var concessives = map[string]bool{"although": true, "though": true, "whereas": true}

// possessives may stand before a speaker's title: "its chief executive".
var possessives = map[string]bool{"its": true, "his": true, "her": true, "their": true}

// periodWords follow "that" when it points to a time ("that day").
var periodWords = map[string]bool{"day": true, "week": true, "weekend": true, "month": true, "year": true}

// dayParts follow a weekday in a date phrase: "on Friday morning".
var dayParts = map[string]bool{"morning": true, "afternoon": true, "evening": true, "night": true}

// invertible verbs may come before their speaker after a comma: "…, said
// the minister".
var invertible = map[string]bool{"said": true, "says": true, "added": true, "adds": true, "asked": true, "wrote": true, "noted": true, "insisted": true, "warned": true, "explained": true}

// outletWords open or close the name of a broadcaster or newspaper: "told
// Radio Fórmula", "told Meridian Television in an interview".
var outletWords = wordSet("outlet")

// audienceHeads end the names of bodies that are spoken before, not to, and
// of outlets the lexicon knows by another head ("… News").
var audienceHeads = wordSet("audience-head")

// isAudience reports whether e is an assembly addressed as an audience
// ("told the Security Council"), which the guide never makes an addressee.
func isAudience(e *entity) bool {
	if e.press {
		return true // "he told Tame", the presenter interviewing him
	}
	if f := strings.Fields(e.name); len(f) > 0 && (outletWords[f[0]] || outletWords[f[len(f)-1]]) && (e.kind == dipgraph.KindOrganization || len(f) > 1 && e.known == nil) {
		return true // "told Radio Fórmula", whatever kind the name was guessed to be
	}
	if e.kind != dipgraph.KindOrganization {
		return false
	}
	if e.known != nil && (e.known.Role == "assembly" || e.known.Role == "media") {
		return true // "told the BBC" in an interview: an outlet, not a hearer
	}
	f := strings.Fields(e.name)
	return len(f) > 0 && audienceHeads[f[len(f)-1]]
}

// isMedia reports whether e is a news outlet.
func isMedia(e *entity) bool {
	return e.known != nil && e.known.Role == "media"
}

// apposedName returns the person named in apposition to a short
// description at k ("the junta's foreign minister, Wunna Maung Lwin,") and
// where the apposition ends, or nil.
func (x *extractor) apposedName(toks []token, ms []mention, k int) (*entity, int) {
	if k >= len(toks) {
		return nil, 0
	}
	span := 7
	if m, ok := mentionStartingAt(ms, k); ok && m.kind == byName && m.ent != nil && m.ent.kind == dipgraph.KindState && m.end < len(toks) && toks[m.end].possessive() {
		// "China’s special representative for Eurasian affairs, Li Hui,"
		k, span = m.end, 9
	} else if !determiners[toks[k].lower()] {
		return nil, 0
	}
	for j := k + 1; j < len(toks) && j < k+span; j++ {
		if toks[j].text != "," {
			if !toks[j].isWord() && !toks[j].possessive() || toks[j].quoted {
				return nil, 0
			}
			continue
		}
		if m, ok := mentionStartingAt(ms, j+1); ok {
			if m.kind != byName || m.ent == nil || m.ent.kind != dipgraph.KindPerson || m.end >= len(toks) || toks[m.end].text != "," {
				return nil, 0
			}
			return m.ent, m.end + 1
		}
		// a name the lexicon does not know, after a description that
		// names a person's post ("special representative", "envoy")
		post := false
		for i := k + 1; i < j && !post; i++ {
			_, noun := x.lex.personNouns[toks[i].lower()]
			_, n := x.lex.titles.match(toks, i)
			post = noun || n > 0
		}
		if !post {
			return nil, 0
		}
		end := j + 1
		for end < len(toks) && end < j+5 && nameTokenAt(toks, end, end > j+1) {
			end++
		}
		if end == j+1 || end >= len(toks) || toks[end].text != "," {
			return nil, 0
		}
		return x.reg.person(spanText(toks[j+1 : end])), end + 1
	}
	return nil, 0
}

// counterpartName reads "his French counterpart, Catherine Colonna," at k
// and returns the person named and the index after the closing comma, or
// nil.
func (x *extractor) counterpartName(toks []token, ms []mention, k int) (*entity, int) {
	for j := k; j < len(toks) && j < k+4; j++ {
		if toks[j].lower() != "counterpart" {
			continue
		}
		if j+2 >= len(toks) || toks[j+1].text != "," {
			return nil, 0
		}
		start, end := j+2, j+2
		var e *entity
		if m, ok := mentionStartingAt(ms, start); ok && m.kind == byName {
			e, end = m.ent, m.end
		} else {
			for end < len(toks) && end < start+4 && nameTokenAt(toks, end, end > start) {
				end++
			}
			if end == start {
				return nil, 0
			}
			e = x.reg.person(spanText(toks[start:end]))
		}
		if end < len(toks) && toks[end].text == "," {
			end++
		}
		return e, end
	}
	return nil, 0
}

// welcomedGuest reports whether c is a guest welcomed ("Biden welcomed
// Prime Ministers Narendra Modi of India, … to Archmere Academy"): a
// reception, not words.
func (x *extractor) welcomedGuest(toks []token, ms []mention, c *rawClaim) bool {
	if c.verb != "welcomed" && c.verb != "welcomes" && c.verb != "welcome" {
		return false
	}
	k := claimStart(toks, c)
	if k < 0 {
		return false
	}
	k += x.reg.pluralTitleAt(toks, k)
	m, ok := mentionStartingAt(ms, k)
	return ok && m.ent != nil && m.ent.kind == dipgraph.KindPerson && !(m.end < len(toks) && toks[m.end].possessive()) // (not "welcomed Dong's proposal")
}

// phoned reports whether c is a telephone call, not words: "called" with
// a person or state for its object and nothing after but the call's day
// ("Petro called Foreign Minister Luis Gilberto Murillo on Sunday"), where
// "called the decision a mistake" reports words.
func (x *extractor) phoned(toks []token, ms []mention, c *rawClaim) bool {
	if c.verb != "called" && c.verb != "calls" {
		return false
	}
	k := claimStart(toks, c)
	if k < 0 {
		return false
	}
	m, ok := mentionStartingAt(ms, k)
	if !ok {
		m, ok = personAfterTitle(toks, ms, k)
	}
	if !ok || m.ent == nil || m.ent.kind != dipgraph.KindPerson && m.ent.kind != dipgraph.KindState || m.end < len(toks) && toks[m.end].possessive() {
		return false
	}
	end := k + len(claimTokens(toks, c))
	rest := skipDatePhrase(toks, m.end)
	if rest < len(toks) && (toks[rest].lower() == "late" || toks[rest].lower() == "early") {
		rest = skipDatePhrase(toks, rest)
	}
	return rest >= end
}

// noContent reports whether claim c's words are no content at all but the
// rest of the attribution: one adverb or pro-form ("repeated since", "had
// told Tehran so"), or a few words of place or time ("In Budapest", "before
// the call") or of the one spoken to ("answered him across the table"); not
// "for his efforts" (thanked X for it) or "in return, Ethiopia would …".
func noContent(toks []token, c *rawClaim) bool {
	words := claimTokens(toks, c)
	if len(words) == 0 || len(words) > 6 || slices.ContainsFunc(words, func(t token) bool { return t.text == "," }) {
		return false
	}
	w := words[0].lower()
	if len(words) == 1 && (w == "since" || w == "so" || w == "this" || w == "it" || w == "that" || prepositions[w] || skippable[w]) {
		return true // "a line Russian officials have repeated since", "had told Tehran so"
	}
	switch w {
	case "him", "them", "in", "at", "before", "after", "during", "while", "across", "amid", "alongside", "via":
		return true
	case "nothing", "little":
		// "The embassy said nothing on Tuesday", "said little about it":
		// no words (not "nothing would change", "nothing signed in Ankara
		// binds it", clauses of their own)
		return len(words) == 1 || prepositions[words[1].lower()] || words[1].lower() == "more" || words[1].lower() == "else"
	}
	return false
}

// toldAfterQuote returns the hearers a telling names after a quote it
// attributes: "“…,” Dagalo told Blinken", "… was quoted as telling
// Blinken"; audiences and outlets are none.
func (x *extractor) toldAfterQuote(toks []token, ms []mention, a *attribution) []*entity {
	if !a.verb.has(verbTell) || a.after {
		return nil
	}
	var out []*entity
	for _, m := range mentionList(toks, ms, skipFormer(toks, a.verb.i+a.verb.n)) {
		if mediaAfter(toks, m.end) || interviewAfter(toks, m.end) {
			continue // "told Fox in an interview": an outlet
		}
		if m.kind == byPronoun && (m.pronoun == "them" || m.pronoun == "guests") {
			// "he told them" names the people just named together, if any
			out = append(out, x.themTogether(toks, ms, m, a.speaker)...)
			continue
		}
		if m.kind == byPronoun && m.pronoun != "him" && m.pronoun != "her" {
			continue
		}
		e := x.resolveMention(m, a.speaker)
		if e == nil || e == a.speaker || isAudience(e) || isMedia(e) {
			continue
		}
		if m.kind == byPronoun && (e.kind != dipgraph.KindPerson || e.known == nil && e.role == "") {
			continue // "him" only for a person the story has placed
		}
		out = append(out, e)
		for _, o := range m.also {
			if o != a.speaker && !slices.Contains(out, o) {
				out = append(out, o) // "told the two presidents"
			}
		}
	}
	return out
}

// interviewAfter reports whether "interview" comes within four words after
// k, as after an outlet: "told Fox in an interview broadcast on Sunday".
func interviewAfter(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+4; j++ {
		if w := toks[j].lower(); w == "interview" || w == "interviews" {
			return true
		}
	}
	return false
}

// onlyACall reports whether claim c's words only tell that a call took
// place ("she had spoken with Foreign Minister Wang Yi for about half an
// hour"): the guide makes that the call, not a statement. Words that go on
// ("… and reaffirmed …", "… that …") are a statement.
func onlyACall(toks []token, c *rawClaim) bool {
	words := claimTokens(toks, c)
	i := 0
	for i < len(words) && i < 4 && words[i].lower() != "spoken" && words[i].lower() != "spoke" && words[i].lower() != "talked" {
		i++
	}
	if i == len(words) || i == 4 || i+1 >= len(words) {
		return false
	}
	if w := words[i+1].lower(); w != "with" && w != "to" && w != "by" {
		return false
	}
	for _, t := range words[i:] {
		if w := t.lower(); w == "and" || w == "that" || w == "but" || t.quoted || t.kind == tokOpenQuote {
			return false
		}
	}
	return true
}

// claimTokens returns the run of the sentence toks that lies inside claim
// c's words, as a subslice (a claim's words are contiguous).
func claimTokens(toks []token, c *rawClaim) []token {
	i := 0
	for i < len(toks) && toks[i].start < c.start {
		i++
	}
	j := i
	for j < len(toks) && toks[j].end <= c.end {
		j++
	}
	return toks[i:j]
}

// claimStart returns the index in toks of the first word of c's words, or
// -1 when c has none.
func claimStart(toks []token, c *rawClaim) int {
	return slices.IndexFunc(toks, func(t token) bool { return t.start >= c.start && t.end <= c.end })
}

// subjectForm returns "she" for "her" and "he" for "him", the form
// fitsPronoun takes.
func subjectForm(object string) string {
	if object == "her" {
		return "she"
	}
	return "he"
}

// honorificSuffixes follow a name in address: "Sheikh Hasina ji".
var honorificSuffixes = wordSet("honorific-suffix")

// patronymic reports whether w is a Russian-style patronymic
// ("Vladimirovich", "Vovayevich", "Sergeyevna").
func patronymic(w string) bool {
	for _, suf := range []string{"ovich", "evich", "ovna", "evna", "ichna", "yich"} {
		if len(w) > len(suf)+2 && strings.HasSuffix(w, suf) && w[0] >= 'A' && w[0] <= 'Z' {
			return true
		}
	}
	return false
}

// summoned returns the person summoned just before the verb of a ("the
// ministry summoned Russian Ambassador Alexander Zmeyevsky and demanded that
// …"), or nil: the summons and the verb may stand apart only by a date,
// "and" and adverbs.
func (x *extractor) summoned(toks []token, ms []mention, a *attribution) *entity {
	for j := a.verb.i - 1; j >= 1 && j >= a.verb.i-16; j-- {
		w := toks[j].lower()
		if w != "summoned" && w != "summons" {
			continue
		}
		m, ok := mentionStartingAt(ms, j+1)
		if !ok && j+2 < len(toks) && toks[j+1].lower() == "the" {
			m, ok = mentionStartingAt(ms, j+2)
		}
		if d, end := x.envoyByPost(toks, j+1); d != nil && (!ok || m.end <= end) {
			// "summoned Lithuania’s chargé d’affaires in Moscow", "the
			// Russian ambassador": a diplomat named by his post
			m, ok = mention{start: j + 1, end: end, ent: d}, true
		}
		if !ok || m.ent == nil || m.ent.kind != dipgraph.KindPerson {
			return nil
		}
		k := skipDatePhrase(toks, skipApposition(toks, m.end))
		for k < a.verb.i && (toks[k].lower() == "and" || adverbs[toks[k].lower()] || skippable[toks[k].lower()]) {
			k++
		}
		if k != a.verb.i {
			return nil
		}
		return m.ent
	}
	return nil
}

// envoyPosts name a diplomat by post.
var envoyPosts = wordSet("envoy-post")

// envoyByPost reads a diplomat named only by post at k ("the Russian
// ambassador", "Lithuania’s chargé d’affaires in Moscow") and returns a
// person of that name, with the index after it, or nil.
func (x *extractor) envoyByPost(toks []token, k int) (*entity, int) {
	i := k
	if i < len(toks) && toks[i].lower() == "the" {
		i++
	}
	var state *knownActor
	if a, n := x.lex.demonymAt(toks, i); a != nil {
		state, i = a, i+n
	} else if vals, n := x.reg.nameAt(toks, i); n > 0 && i+n < len(toks) && toks[i+n].possessive() {
		if st := vals[0].(*knownActor); st.Kind == dipgraph.KindState {
			state, i = st, i+n+1
		}
	}
	if state == nil || i >= len(toks) || !envoyPosts[toks[i].lower()] {
		return nil, 0
	}
	end := i + 1
	if w := toks[i].lower(); (w == "chargé" || w == "charge") && end < len(toks) && (toks[end].lower() == "d’affaires" || toks[end].lower() == "d'affaires") {
		end++
	}
	if end+1 < len(toks) && (toks[end].lower() == "in" || toks[end].lower() == "to") && toks[end+1].capitalized() {
		if _, n := x.reg.nameAt(toks, end+1); n > 0 {
			end += 1 + n // "in Moscow", "to Poland"
		}
	}
	aff := x.reg.fromKnown(state)
	for _, p := range x.reg.entities {
		// the story's named ambassador of that state: "Russian Ambassador
		// Georgy Zinoviev … the Russian ambassador"
		if p.kind == dipgraph.KindPerson && p.affiliation == aff && strings.Contains(strings.ToLower(p.role), toks[i].lower()) && p.known == nil && strings.Contains(p.name, " ") && !strings.HasPrefix(p.name, "the ") {
			p.addAlias(spanText(toks[k:end]))
			return p, end
		}
	}
	e := x.reg.person(spanText(toks[k:end]))
	if e.affiliation == nil {
		e.affiliation = aff
	}
	if e.role == "" {
		e.role = "Ambassador"
	}
	return e, end
}
