package loader

import (
	"slices"
	"strings"
	"unicode"

	"github.com/dipgraph/dipgraph"
)

// entity is one actor of the article being read.
type entity struct {
	kind        dipgraph.ActorKind
	name        string   // canonical name
	aliases     []string // surface forms in the text, first seen first
	role        string
	titles      []string // lower-case titles seen before the name ("prince")
	family      string   // the family name when the text marks it ("HAYASHI Yoshimasa")
	affiliation *entity
	female      bool
	male        bool
	known       *knownActor
	spokeAsBody bool // a state named through a government body ("the Foreign Ministry")
	spoke       bool // the speaker of a claim in the sentence just read
	former      bool // named as a former holder of the role ("former Kenyan President Uhuru Kenyatta")
	locative    bool // last mentioned as a place or a party to ("in Beijing", "ties with Qatar")
	press       bool // a journalist ("the programme's presenter, Jack Tame"): never a hearer

	last, lastFor string // lastName's cache, and the name it was computed for
}

// unnamed reports whether e is a person the text does not name ("a senior
// official", "one diplomat").
func (e *entity) unnamed() bool {
	first, _, _ := strings.Cut(strings.ToLower(e.name), " ")
	return first == "a" || first == "an" || first == "one"
}

func (e *entity) addAlias(s string) {
	s = strings.TrimSpace(s)
	if s == "" || s == e.name {
		return
	}
	for _, a := range e.aliases {
		if a == s {
			return
		}
	}
	e.aliases = append(e.aliases, s)
}

// lastName is the last word of a person's name.
func (e *entity) lastName() string {
	if e.family != "" {
		return e.family
	}
	if e.lastFor != e.name {
		e.last, e.lastFor = "", e.name
		if f := strings.Fields(e.name); len(f) > 0 {
			e.last = stripParticle(f[len(f)-1])
		}
	}
	return e.last
}

// mentionKind says how a mention names its actor.
type mentionKind uint8

const (
	byName       mentionKind = iota // a proper name or known alias
	byDescriptor                    // "the Russian leader", "the Secretary"
	byPronoun                       // he, she, it, they, him, her, them
)

// mention is a stretch of a sentence's tokens that names an actor.
type mention struct {
	start, end int // token indexes in the sentence, end exclusive
	ent        *entity
	kind       mentionKind
	pronoun    string    // lower-case pronoun, for byPronoun
	also       []*entity // the other states of "the two countries"
}

// registry holds the entities of one article.
type registry struct {
	lex          *lexicon
	entities     []*entity
	byKnown      map[*knownActor]*entity
	byName       map[string]*entity   // lower-case canonical names
	recent       []*entity            // entities by latest mention, most recent last
	sentence     []mention            // the mentions scanMentions has found so far in the sentence it reads
	local        map[string]*entity   // acronyms the article defines, lower case
	groups       map[int][]*entity    // the last "A, B and C" of states, by size
	home         *knownActor          // the state of the dateline's city, if any
	subjects     *[]*entity           // the extractor's salient subjects, most recent last
	issuers      []*entity            // who issued the statement or readout last named
	issuerOf     map[string][]*entity // who issued the last document named by each noun ("note", "communiqué")
	lastBody     *entity              // the state whose body (ministry, embassy) was named last
	lastMinistry *entity              // the state whose ministry was named last
	lastFamily   *entity              // the relatives of a person named last, a group
	lastEmbassy  *entity              // the state whose embassy was named last by its demonym
	lead         **entity             // the extractor's first person the story was about
	party        []*entity            // the persons "the four leaders" named last, for "the leaders"
	day          dipgraph.Date        // the article's publication date, for office holders
	bare         map[string]*entity   // who a capitalised bare title ("The Prime Minister") first named, by lower-case title
	delegation   *entity              // the state whose delegation was named last ("the Saudi delegation")
	headline     int                  // how many entities the headline and subtitle named (r.entities is in first-mention order); -1 while they are read

	// names caches the lexicon's name matches of the sentence being
	// scanned, as several patterns ask at the same positions.
	namesFor *token
	names    []nameMatch
}

type nameMatch struct {
	vals []any
	n    int
	done bool
}

// nameAt is r.lex.names.match(toks, i), remembered for the sentence.
func (r *registry) nameAt(toks []token, i int) ([]any, int) {
	if len(toks) == 0 || i >= len(toks) {
		return nil, 0
	}
	if r.namesFor != &toks[0] || len(r.names) != len(toks) {
		// a new sentence (or a part of one): the memo starts afresh, in
		// the array of the last one when it is long enough
		r.namesFor = &toks[0]
		if cap(r.names) >= len(toks) {
			r.names = r.names[:len(toks)]
			clear(r.names)
		} else {
			r.names = make([]nameMatch, len(toks))
		}
	}
	m := &r.names[i]
	if !m.done {
		m.vals, m.n = r.lex.names.match(toks, i)
		m.done = true
	}
	return m.vals, m.n
}

// touch records that e was just mentioned.
func (r *registry) touch(e *entity) {
	if e == nil {
		return
	}
	for i, x := range r.recent {
		if x == e {
			r.recent = append(r.recent[:i], r.recent[i+1:]...)
			break
		}
	}
	r.recent = append(r.recent, e)
}

func newRegistry(l *lexicon) *registry {
	return &registry{lex: l, byKnown: map[*knownActor]*entity{}, byName: map[string]*entity{}, local: map[string]*entity{}, groups: map[int][]*entity{}, issuerOf: map[string][]*entity{}, headline: -1}
}

// fromKnown returns the article's entity for a known actor, creating it.
func (r *registry) fromKnown(k *knownActor) *entity {
	if e := r.byKnown[k]; e != nil {
		return e
	}
	e := r.shortNameOf(k)
	if e == nil {
		e = &entity{kind: k.Kind, name: k.Name, role: k.Role, female: k.Female, male: k.Male, known: k}
		r.add(e)
	}
	r.byKnown[k] = e
	if k.Affiliation != "" {
		if a := r.knownByName(k.Affiliation); a != nil {
			e.affiliation = r.fromKnown(a)
		}
	}
	return e
}

// shortNameOf returns the unknown person the article named earlier by the
// known person k's family name alone ("Albanese presses Li" in a headline,
// then "Chinese Premier Li Qiang"), made into k, or nil.
func (r *registry) shortNameOf(k *knownActor) *entity {
	parts := strings.Fields(k.Name)
	if k.Kind != dipgraph.KindPerson || len(parts) < 2 {
		return nil
	}
	family := parts[len(parts)-1]
	if r.lex.familyFirst(k.Name) {
		family = parts[0]
	}
	for _, e := range r.entities {
		if e.kind == dipgraph.KindPerson && e.known == nil && strings.EqualFold(e.name, family) {
			e.addAlias(e.name)
			delete(r.byName, strings.ToLower(e.name))
			e.name, e.known = k.Name, k
			if e.role == "" {
				e.role = k.Role
			}
			e.female, e.male = e.female || k.Female, e.male || k.Male
			r.byName[strings.ToLower(k.Name)] = e
			return e
		}
	}
	return nil
}

func (r *registry) knownByName(name string) *knownActor {
	for _, a := range r.lex.actors {
		if a.Name == name {
			return a
		}
	}
	return nil
}

func (r *registry) add(e *entity) {
	r.entities = append(r.entities, e)
	r.byName[strings.ToLower(e.name)] = e
}

// named returns the article's entity called name (in any case), creating
// one of kind when there is none.
func (r *registry) named(kind dipgraph.ActorKind, name string) *entity {
	e := r.byName[strings.ToLower(name)]
	if e == nil {
		e = &entity{kind: kind, name: name}
		r.add(e)
	}
	return e
}

// withoutInitials returns the parts of a name other than middle initials
// ("J." in "Antony J. Blinken").
func withoutInitials(parts []string) []string {
	var out []string
	for i, p := range parts {
		if i > 0 && i < len(parts)-1 && (len(p) == 2 && p[1] == '.' || len(p) == 1) && p[0] >= 'A' && p[0] <= 'Z' {
			continue
		}
		out = append(out, p)
	}
	return out
}

// person returns the person entity named name ("Vladimir Putin" or "Putin"),
// creating it when no person of the article has that name or last name.
func (r *registry) person(name string) *entity {
	low := strings.ToLower(name)
	if e := r.byName[low]; e != nil && e.kind == dipgraph.KindPerson {
		if e.known == nil && !strings.Contains(name, " ") {
			if full := r.byGivenName(name); full != nil {
				// "Prince Mohammed" in the headline, then "Crown Prince
				// Mohammed bin Salman": the full name from now on
				return full
			}
		}
		return e
	}
	parts := strings.Fields(name)
	if plain := withoutInitials(parts); len(plain) >= 2 && len(plain) < len(parts) {
		// "Antony J. Blinken" is the known Antony Blinken
		if k := r.knownByName(strings.Join(plain, " ")); k != nil && k.Kind == dipgraph.KindPerson {
			e := r.fromKnown(k)
			e.addAlias(name)
			return e
		}
	}
	last := strings.ToLower(stripParticle(parts[len(parts)-1]))
	family := ""
	if f := capsFamily(parts); f >= 0 {
		// "HAYASHI Yoshimasa": the family name in capitals comes first
		family = parts[f][:1] + strings.ToLower(parts[f][1:])
		parts[f] = family
		name = strings.Join(parts, " ")
		last = strings.ToLower(family)
		if len(parts) == 2 {
			// "KISHIDA Fumio" is the known Fumio Kishida
			if k := r.knownByName(parts[1-f] + " " + family); k != nil && k.Kind == dipgraph.KindPerson {
				e := r.fromKnown(k)
				e.family = family
				return e
			}
		}
	}
	for _, e := range r.entities {
		if e.kind != dipgraph.KindPerson {
			continue
		}
		short := e.known == nil && len(parts) > 1 && !strings.Contains(e.name, " ") && strings.EqualFold(e.name, parts[0])
		if strings.ToLower(e.lastName()) == last || len(parts) == 1 && strings.HasPrefix(strings.ToLower(e.name), last+" ") && e.known == nil || short {
			// "Sheikh Mohamed" in the headline, then "Sheikh Mohamed bin
			// Zayed Al Nahyan": one person, first named short
			if otherFirstName(parts, e.name) || otherGivenNames(parts, e.name) {
				continue // "Sheikh Mohammed bin Abdulrahman Al Thani" is not Tamim bin Hamad Al Thani
			}
			if len(parts) > len(strings.Fields(e.name)) && e.known == nil {
				// a fuller form of a name first seen short
				e.addAlias(e.name)
				delete(r.byName, strings.ToLower(e.name))
				e.name = name
				r.byName[low] = e
				if !e.female && !e.male {
					// "Raimondo" in the subtitle, then "Gina Raimondo": her
					// given name tells "she" who she is
					e.female, e.male = r.lex.female[parts[0]], r.lex.male[parts[0]]
				}
			}
			return e
		}
	}
	if len(parts) == 1 {
		if e := r.byGivenName(name); e != nil {
			return e
		}
	}
	e := &entity{kind: dipgraph.KindPerson, name: name, family: family, female: r.lex.female[parts[0]], male: r.lex.male[parts[0]]}
	e.affiliation = r.officeState(name)
	r.add(e)
	return e
}

// shortNamed reports whether the story has a person named by the one word
// family alone, as a headline names people.
func (r *registry) shortNamed(family string) bool {
	e := r.byName[strings.ToLower(family)]
	return e != nil && e.kind == dipgraph.KindPerson && e.known == nil && !strings.Contains(e.name, " ")
}

// officeState returns the state whose office data/offices.tsv says the
// person called name held, preferring the office held on the article's
// day ("President Andrés Manuel López Obrador" is Mexico's, so "the
// Mexican leader" finds him), or nil.
func (r *registry) officeState(name string) *entity {
	var state string
	for _, o := range r.lex.officesOf[name] {
		if state == "" || r.day != "" && r.day >= o.from && (o.to == "" || r.day <= o.to) {
			state = o.state
		}
	}
	if state == "" {
		return nil
	}
	if k := r.knownByName(state); k != nil {
		return r.fromKnown(k)
	}
	return nil
}

// capitalBodies are the bodies that "in <capital>" places in their own
// state's seat; ministryKinds the words before "ministry" such a body may
// have.
var (
	capitalBodies = map[string]bool{"authorities": true, "government": true, "ministry": true, "presidency": true, "leadership": true}
	ministryKinds = map[string]bool{"foreign": true, "defence": true, "defense": true, "interior": true, "finance": true}
)

// urgedGroups head groups that are hearers only of a request: "urged
// council members to …" (but "told the 15 members" is an audience).
var urgedGroups = wordSet("urged-group")

// timePhraseAfter returns where a short phrase placing an act in time
// that opens at k ends ("before the visit", "during their talks"), or k.
func timePhraseAfter(toks []token, k int) int {
	if k+2 >= len(toks) {
		return k
	}
	switch toks[k].lower() {
	case "before", "after", "during":
	case "in":
		// "told the premiers in a video call on Thursday evening that"
		j := k + 1
		if w := toks[j].lower(); articles[w] || possessives[w] {
			j++
		}
		for m := j; m < len(toks) && m <= j+2; m++ {
			if sceneNouns[toks[m].lower()] {
				return skipDatePhrase(toks, m+1)
			}
			if !toks[m].isWord() || toks[m].capitalized() {
				break
			}
		}
		return k
	default:
		return k
	}
	j := k + 1
	if w := toks[j].lower(); articles[w] || possessives[w] {
		j++
	}
	if j < len(toks) && toks[j].isWord() && !toks[j].capitalized() && !toks[j].quoted {
		return j + 1
	}
	return k
}

// sceneNouns name a call or meeting in which something was said.
var sceneNouns = map[string]bool{"call": true, "meeting": true, "talks": true, "conversation": true, "letter": true}

// monthAsFamilyName reports whether the month name at k, inside a name that
// begins at start, is a family name after a given name ("Theresa May"), not
// a date ("May 9").
func (r *registry) monthAsFamilyName(toks []token, k, start int) bool {
	return k > start && months[toks[k].lower()] != 0 && (r.lex.female[toks[k-1].text] || r.lex.male[toks[k-1].text]) && !(k+1 < len(toks) && isDigits(toks[k+1].low))
}

// byFirstName returns the one known person of the article whose name of
// two or three words begins with name, or nil when none or several do or
// name is some person's family name.
func (r *registry) byFirstName(name string) *entity {
	var found *entity
	for _, e := range r.entities {
		if e.kind != dipgraph.KindPerson {
			continue
		}
		if e.lastName() == name {
			return nil
		}
		words := strings.Count(e.name, " ") + 1
		if e.known == nil || words < 2 || words > 3 || len(e.name) <= len(name) || e.name[len(name)] != ' ' || e.name[:len(name)] != name {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// byMiddleName returns the one person of the story, named with an office,
// whose three-word name has name in the middle ("Abdulla Nazim Ibrahim"),
// or nil when none or several have, or someone's first or last name is
// name.
func (r *registry) byMiddleName(name string) *entity {
	var found *entity
	for _, e := range r.entities {
		if e.kind != dipgraph.KindPerson {
			continue
		}
		first, rest, _ := strings.Cut(e.name, " ")
		middle, last, three := strings.Cut(rest, " ")
		if first == name || e.lastName() == name {
			return nil
		}
		if !three || strings.Contains(last, " ") || middle != name || e.role == "" {
			continue
		}
		if found != nil {
			return nil
		}
		found = e
	}
	return found
}

// counterpartOf returns the person of state st who holds the office of the
// latest person named of another state ("the foreign minister … his Turkish
// counterpart" is Turkey's foreign minister, not its president), else the
// latest person of st, or nil.
func (r *registry) counterpartOf(st *entity) *entity {
	for k := len(r.recent) - 1; k >= 0; k-- {
		p := r.recent[k]
		if p.kind != dipgraph.KindPerson || p.affiliation == st || p.role == "" {
			continue
		}
		for j := len(r.recent) - 1; j >= 0; j-- {
			if q := r.recent[j]; q.kind == dipgraph.KindPerson && q.affiliation == st && q.role != "" && roleFits(q.role, p.role) {
				return q
			}
		}
		break
	}
	return r.lastPersonWithRole("", st, false)
}

// byGivenName returns the one person of the article whose name is the
// given name followed by a patronymic ("Prince Mohammed" after Mohammed bin
// Salman, "Sheikh Tamim" after Tamim bin Hamad Al Thani), or nil when two
// people share it. It splits no names: it runs for every name read.
func (r *registry) byGivenName(given string) *entity {
	var found *entity
	for _, e := range r.entities {
		n := e.name
		if e.kind != dipgraph.KindPerson || len(n) <= len(given)+1 || n[len(given)] != ' ' || !strings.EqualFold(n[:len(given)], given) {
			continue
		}
		rest := n[len(given)+1:]
		sp := strings.IndexByte(rest, ' ')
		if sp < 0 || !patronymics[strings.ToLower(rest[:sp])] {
			continue // (a third word must follow the patronymic)
		}
		if found != nil && found != e {
			return nil
		}
		found = e
	}
	return found
}

// patronymics join a given name to the father's: "bin", "bint", "ibn".
var patronymics = map[string]bool{"bin": true, "bint": true, "ibn": true, "ben": true}

// otherFirstName reports whether the full name parts and the full name
// known differ in their first names: two people of one family ("Marina
// Silva" and "Luiz Inácio Lula da Silva"), not a shorter form of one
// ("Lula da Silva").
func otherFirstName(parts []string, known string) bool {
	kf := strings.Fields(known)
	if len(parts) < 2 || len(kf) < 2 {
		return false
	}
	return !slices.ContainsFunc(kf, func(w string) bool { return strings.EqualFold(w, parts[0]) }) &&
		!slices.ContainsFunc(parts, func(w string) bool { return strings.EqualFold(w, kf[0]) })
}

// otherGivenNames reports whether two full names of three words or more
// each hold a name the other lacks: two people of one family sharing a first
// and a family name ("Sabah al-Khalid al-Sabah" and "Sabah al-Ahmad al-Jaber
// al-Sabah"), where a shorter form of one name holds nothing new.
func otherGivenNames(parts []string, known string) bool {
	kf := strings.Fields(known)
	if len(parts) < 3 || len(kf) < 3 {
		return false
	}
	words := func(ws []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range ws {
			for _, p := range strings.Split(strings.ToLower(w), "-") {
				if !nameParticles[p] {
					m[p] = true
				}
			}
		}
		return m
	}
	a, b := words(parts), words(kf)
	lacks := func(x, y map[string]bool) bool {
		for w := range x {
			if !y[w] {
				return true
			}
		}
		return false
	}
	return lacks(a, b) && lacks(b, a)
}

// familyFirst reports whether name is written family name first, as
// Chinese and Korean names of two or three short words are ("Wang Yi",
// "Kim Jong Un"), so that "Wang" alone is the person. The family names are
// in data/family_first.txt.
func (l *lexicon) familyFirst(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 || len(f) > 3 || len(f[0]) > 5 {
		return false
	}
	for _, w := range f[1:] {
		if len(w) > 6 || strings.Contains(w, ".") {
			return false
		}
	}
	return l.familyNames[f[0]]
}

// capsFamily returns the index of a name's family name written in capitals
// ("HAYASHI Yoshimasa", "WANG Yi"), as Japanese and Chinese official texts
// do, or -1.
func capsFamily(parts []string) int {
	if len(parts) < 2 {
		return -1
	}
	for i, p := range parts {
		if len(p) >= 2 && strings.ToUpper(p) == p && strings.ToLower(p) != p && !strings.Contains(p, ".") && !romanNumeral(p) {
			for j, q := range parts {
				if j != i && strings.ToUpper(q) == q {
					return -1 // all capitals: a headline, not the style
				}
			}
			return i
		}
	}
	return -1
}

// romanNumeral reports whether w is a regnal number ("III" in "King Charles
// III"), never a family name in capitals.
func romanNumeral(w string) bool {
	return strings.Trim(w, "IVX") == "" && len(w) <= 4
}

// lastPersonWithRole returns the latest person whose role contains title, or
// who was named with that title, and whose affiliation is aff when aff is not
// nil.
//
// The latest subject of a sentence that fits wins over a later mention in
// another position: in a readout, "The Foreign Minister" goes on with the
// minister the readout is about. With neither title nor leader, any person
// of aff fits.
func (r *registry) lastPersonWithRole(title string, aff *entity, leader bool) *entity {
	title = strings.ToLower(title)
	fits := func(e *entity) bool {
		if e.kind != dipgraph.KindPerson || aff != nil && e.affiliation != aff {
			return false
		}
		if title == "" && !leader {
			return aff != nil
		}
		if e.role == "" {
			return false
		}
		return leader && r.lex.leader[e.role] || title != "" && (roleFits(e.role, title) || slices.Contains(e.titles, title))
	}
	if r.subjects != nil {
		subjects := *r.subjects
		for i := len(subjects) - 1; i >= 0 && i >= len(subjects)-2; i-- {
			if fits(subjects[i]) {
				return subjects[i]
			}
		}
	}
	for i := len(r.sentence) - 1; i >= 0; i-- {
		// "China’s ambassador, Xiong Bo, called on … and the government
		// said the envoy had assured …": a person this sentence named
		// before is the latest of all
		if e := r.sentence[i].ent; e != nil && fits(e) {
			return e
		}
	}
	for i := len(r.recent) - 1; i >= 0; i-- {
		if fits(r.recent[i]) {
			return r.recent[i]
		}
	}
	return nil
}

// sentenceStarters are capitalised words that begin sentences without being
// names.
var sentenceStarters = map[string]bool{
	"the": true, "a": true, "an": true, "in": true, "on": true, "at": true, "also": true, "but": true,
	"and": true, "amid": true, "despite": true, "after": true, "before": true, "during": true,
	"while": true, "as": true, "one": true, "this": true, "that": true, "these": true, "those": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "i": true, "his": true, "her": true,
	"their": true, "its": true, "if": true, "when": true, "speaking": true, "asked": true, "meanwhile": true,
	"still": true, "yet": true, "however": true, "both": true, "neither": true, "for": true, "with": true,
	"from": true, "by": true, "under": true, "over": true, "earlier": true, "later": true, "last": true,
	"next": true, "following": true, "there": true, "what": true, "why": true, "how": true, "our": true,
	"my": true, "no": true, "not": true, "since": true, "until": true, "to": true, "of": true, "senior": true,
	"officials": true, "western": true, "according": true, "separately": true, "elsewhere": true, "so": true,
	"some": true, "many": true, "all": true, "several": true, "two": true, "three": true, "another": true,
	"small": true, "smaller": true, "large": true, "larger": true, "big": true, "most": true, "few": true,
	"other": true, "such": true, "every": true, "each": true, "any": true, "new": true, "major": true,
}

// companyHeads end the name of a company named after its country
// ("Azerbaijan Airlines", "Kenya Airways"), which is not the state.
var companyHeads = wordSet("company-head")

var orgHeads = wordSet("org-head")

var articles = map[string]bool{"the": true, "a": true, "an": true}

// stopgapAdjectives before a title leave it the office's: "the acting
// prime minister".
var stopgapAdjectives = map[string]bool{"acting": true, "caretaker": true, "interim": true, "outgoing": true}

// headNouns name the person who leads a body: "the IAEA chief".
var headNouns = map[string]bool{"chief": true, "head": true, "leader": true, "boss": true}

// otherParty nouns after "his"/"her" name the other person of a meeting.
var otherParty = map[string]bool{"guest": true, "host": true, "visitor": true, "counterpart": true, "interlocutor": true}

var pronouns = map[string]bool{"he": true, "she": true, "it": true, "they": true, "him": true, "her": true, "them": true}

// findMentions finds the actor mentions of a sentence, longest first, left
// to right. Tokens inside quotation marks name no speaker and are skipped.
// Pronouns are returned unresolved (ent nil).
func (r *registry) findMentions(toks []token, verbAt func(i int) bool) []mention {
	ms := r.scanMentions(toks, verbAt)
	r.noteGroups(toks, ms)
	r.noteCounterparts(toks, ms)
	for _, m := range ms {
		r.touch(m.ent)
		if m.ent != nil {
			// "in Beijing" names a place, not a party
			m.ent.locative = m.start > 0 && (toks[m.start-1].lower() == "in" || toks[m.start-1].lower() == "to" || toks[m.start-1].lower() == "from" || toks[m.start-1].lower() == "at" || toks[m.start-1].lower() == "with")
		}
		// "Name (ACRONYM)" defines the acronym for the rest of the article
		if e := m.ent; e != nil && m.kind == byName && m.end+2 < len(toks) && toks[m.end].text == "(" && toks[m.end+2].text == ")" {
			if a := toks[m.end+1]; a.isWord() && a.text == strings.ToUpper(a.text) && len(a.text) >= 2 && len(a.text) <= 8 {
				e.addAlias(a.text)
				r.local[a.lower()] = e
			}
		}
	}
	return r.titledMembers(toks, ms)
}

// titledMembers folds an organisation named right before a titled person
// into that person's mention, as the body they serve: "Sudanese Armed
// Forces Commander General Abdel Fattah al-Burhan", "Rapid Support Forces
// (RSF) Commander General Mohamed Hamdan Dagalo" name one person.
func (r *registry) titledMembers(toks []token, ms []mention) []mention {
	out := ms[:0]
	for i := 0; i < len(ms); i++ {
		a := ms[i]
		if i+1 < len(ms) && a.kind == byName && a.ent != nil && a.ent.kind == dipgraph.KindOrganization {
			b := ms[i+1]
			adjacent := b.start == a.end || b.start == a.end+3 && toks[a.end].text == "(" && toks[a.end+2].text == ")"
			if _, n := r.lex.titles.match(toks, b.start); adjacent && n > 0 && b.kind == byName && b.ent != nil && b.ent.kind == dipgraph.KindPerson {
				b.start = a.start
				if b.ent.affiliation == nil {
					b.ent.affiliation = a.ent
				}
				out = append(out, b)
				i++
				continue
			}
		}
		out = append(out, a)
	}
	return out
}

// noteCounterparts gives a person named as someone's counterpart ("Germany's
// foreign minister, Annalena Baerbock, and her Turkish counterpart, Mevlüt
// Çavuşoğlu") the role of the person named before, when the text gives
// none, and the state of the demonym.
func (r *registry) noteCounterparts(toks []token, ms []mention) {
	for mi, m := range ms {
		e := m.ent
		c := m.start - 1 // "his Brazilian counterpart Mauro Vieira"
		if c >= 1 && toks[c].text == "," {
			c-- // "his Brazilian counterpart, Mauro Vieira,"
		}
		if e == nil || e.kind != dipgraph.KindPerson || e.role != "" || c < 2 || toks[c].lower() != "counterpart" {
			continue
		}
		at := c - 1
		var demonym *knownActor
		for at > 0 && toks[at].lower() != "his" && toks[at].lower() != "her" {
			if a, _ := r.lex.demonymAt(toks, at); a != nil {
				demonym = a
			}
			at--
			if at < m.start-6 {
				break
			}
		}
		if w := toks[at].lower(); w != "his" && w != "her" {
			continue
		}
		for k := mi - 1; k >= 0; k-- {
			if p := ms[k].ent; ms[k].end <= at && p != nil && p.kind == dipgraph.KindPerson && p.role != "" {
				e.role = p.role
				break
			}
		}
		if demonym != nil && e.affiliation == nil {
			e.affiliation = r.fromKnown(demonym)
		}
	}
}

func (r *registry) scanMentions(toks []token, verbAt func(i int) bool) []mention {
	// the patterns tried at each word, in order, before a plain name
	patterns := []func(int) (mention, bool){
		func(i int) (mention, bool) { return r.family(toks, i, verbAt) },
		func(i int) (mention, bool) { return r.documentSpeaker(toks, i, verbAt) },
		func(i int) (mention, bool) { return r.governmentBody(toks, i) },
		func(i int) (mention, bool) { return r.personPattern(toks, i, verbAt) },
		func(i int) (mention, bool) { return r.descriptor(toks, i) },
		// before names: "G7 leaders said", "EU officials said"
		func(i int) (mention, bool) { return r.unnamed(toks, i, verbAt) },
	}
	var out []mention
	for i := 0; i < len(toks); {
		t := toks[i]
		if !t.isWord() || t.quoted {
			i++
			continue
		}
		if e := r.particleName(t); e != nil {
			// "al-Ansari chose his words carefully": a family name with a
			// lower-case particle, of a person named in full before
			out = append(out, mention{start: i, end: i + 1, ent: e})
			i++
			continue
		}
		if e := r.local[t.lower()]; e != nil && t.capitalized() {
			// an acronym the article defined: "Rapid Support Forces (RSF)"
			out = append(out, mention{start: i, end: i + 1, ent: e})
			i++
			continue
		}
		r.sentence = out // for "the two men" to see whom the sentence named before
		if m, ok := firstMatch(patterns, i); ok {
			out = append(out, m)
			i = m.end
			continue
		}
		if vals, n := r.nameAt(toks, i); n > 0 {
			k := vals[0].(*knownActor)
			if k.Kind == dipgraph.KindPerson && n == 1 && i+1 < len(toks) && toks[i+1].capitalized() && !toks[i+1].quoted && !verbAt(i+1) && r.lex.familyFirst(spanText(toks[i:i+2])) {
				// "Kim Yo Jong": a longer name that begins with a known
				// person's family name ("Kim") is another person (not "Xi
				// Tells", "President Volodymyr Zelenskiy")
				if m, ok := r.unknownName(toks, i, verbAt); ok && m.end > i+1 {
					out = append(out, m)
					i = m.end
					continue
				}
			}
			if e := r.sameFamily(k, toks[i].text); n == 1 && e != nil {
				// "Kim" after "Ambassador Kim Song": the Kim of the story
				out = append(out, mention{start: i, end: i + 1, ent: e})
				i++
				continue
			}
			if j := i + n; k.Kind == dipgraph.KindState && j < len(toks) && companyHeads[toks[j].text] {
				// "Azerbaijan Airlines said": a company, not the state
				name := spanText(toks[i : j+1])
				e := r.named(dipgraph.KindOrganization, name)
				out = append(out, mention{start: i, end: j + 1, ent: e})
				i = j + 1
				continue
			}
			e := r.fromKnown(k)
			e.addAlias(spanText(toks[i : i+n]))
			out = append(out, mention{start: i, end: i + n, ent: e})
			i += n
			continue
		}
		if w := t.lower(); (w == "his" || w == "her") && i+1 < len(toks) && toks[i+1].lower() == "guests" {
			// "reminded his guests": the visitors named together
			out = append(out, mention{start: i, end: i + 2, kind: byPronoun, pronoun: "guests"})
			i += 2
			continue
		}
		if w := t.lower(); (w == "his" || w == "her" || w == "their" || w == "its") && i+1 < len(toks) && toks[i+1].lower() == "hosts" {
			// "urged his hosts": the state the speaker is visiting
			out = append(out, mention{start: i, end: i + 2, kind: byPronoun, pronoun: "hosts"})
			i += 2
			continue
		}
		if w := t.lower(); (w == "his" || w == "her") && i+1 < len(toks) && otherParty[toks[i+1].lower()] {
			// "told his guest", "her counterpart": the other person in the
			// scene, resolved like a pronoun that is not the speaker
			out = append(out, mention{start: i, end: i + 2, kind: byPronoun, pronoun: "other"})
			i += 2
			continue
		}
		if w := t.lower(); pronouns[w] {
			out = append(out, mention{start: i, end: i + 1, kind: byPronoun, pronoun: w})
			i++
			continue
		}
		if n := r.pluralTitleAt(toks, i); n > 0 {
			// "Prime Ministers Narendra Modi of India, Fumio Kishida of
			// Japan and …": the names that follow are the actors
			i += n
			continue
		}
		if m, ok := r.unknownName(toks, i, verbAt); ok {
			out = append(out, m)
			i = m.end
			continue
		}
		i++
	}
	for _, m := range out {
		if m.ent != nil && m.ent.kind == dipgraph.KindPerson && m.kind == byName && pressPersonAround(toks, m) {
			m.ent.press = true
		}
	}
	r.sentence = nil
	return out
}

// pressPersonAround reports whether a journalist's noun stands next to the
// name m: "the American commentator Tucker Carlson", "the programme's
// presenter, Jack Tame", "Jack Tame, the presenter,".
func pressPersonAround(toks []token, m mention) bool {
	j := m.start - 1
	if j >= 0 && toks[j].text == "," {
		if m.end >= len(toks) || toks[m.end].text != "," {
			// ("Answering a German reporter, Baerbock said": the subject
			// after a fronted phrase, no apposition)
			return false
		}
		j--
	}
	if j >= 0 && pressPersons[toks[j].lower()] {
		return true
	}
	if k := m.end; k+2 < len(toks) && toks[k].text == "," {
		for q := k + 1; q < len(toks) && q <= k+4 && toks[q].isWord(); q++ {
			if pressPersons[toks[q].lower()] {
				return true
			}
		}
	}
	return false
}

// pressPersons are the nouns of journalists, whom words told in an
// interview are not addressed to.
var pressPersons = wordSet("press-person")

// personPossessor reads "<person>'s government" (or administration,
// cabinet) at i, for a person of the story with a state ("Hasina's
// government"), and returns a mention of that state.
func (r *registry) personPossessor(toks []token, i int) (mention, bool) {
	k := i + 1
	for k < len(toks) && k <= i+4 && toks[k].capitalized() {
		k++
	}
	if k+1 >= len(toks) || !toks[k].possessive() {
		return mention{}, false // the common case, before any name is looked up
	}
	if w := toks[k+1].lower(); w != "government" && w != "administration" && w != "cabinet" {
		return mention{}, false
	}
	e, n := r.storyPerson(toks, i)
	if e == nil || i+n != k || e.affiliation == nil || e.affiliation.kind != dipgraph.KindState {
		return mention{}, false
	}
	return mention{start: i, end: k + 2, ent: e.affiliation}, true
}

// groupNamedBy returns the group mentioned last whose name ends in the
// plural noun w ("NATO leaders" for "the leaders’ declaration"), or nil.
func (r *registry) groupNamedBy(w string) *entity {
	for k := len(r.recent) - 1; k >= 0; k-- {
		if e := r.recent[k]; e.kind == dipgraph.KindGroup && strings.HasSuffix(strings.ToLower(e.name), " "+w) {
			return e
		}
	}
	return nil
}

// lastState returns the state mentioned last, or nil.
func (r *registry) lastState() *entity {
	for k := len(r.recent) - 1; k >= 0; k-- {
		if e := r.recent[k]; e.kind == dipgraph.KindState {
			return e
		}
	}
	return nil
}

// sameFamily returns the person of the story whose name, written family
// name first, begins with the known person k's one-word alias w ("Kim Song"
// for "Kim", which the gazetteer gives Kim Jong Un), or nil.
func (r *registry) sameFamily(k *knownActor, w string) *entity {
	if k.Kind != dipgraph.KindPerson {
		return nil
	}
	for i := len(r.recent) - 1; i >= 0; i-- {
		if e := r.recent[i]; e.kind == dipgraph.KindPerson && e.known == nil && strings.HasPrefix(e.name, w+" ") && r.lex.familyFirst(e.name) {
			return e
		}
	}
	return nil
}

// particleName returns the person of the story whose family name is t
// when t opens with a lower-case particle ("al-Ansari", "el-Sisi"), or nil.
func (r *registry) particleName(t token) *entity {
	w := t.text
	if len(w) < 5 || !(strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) || !upperInitial(w[3:]) {
		return nil
	}
	for k := len(r.recent) - 1; k >= 0; k-- {
		if e := r.recent[k]; e.kind == dipgraph.KindPerson && e.lastName() == stripParticle(w) {
			return e
		}
	}
	return nil
}

// pluralTitleAt returns the length of a capitalised plural title at i
// ("Prime Ministers", "Foreign Ministers", "Presidents"), or 0.
func (r *registry) pluralTitleAt(toks []token, i int) int {
	if !toks[i].capitalized() {
		return 0
	}
	for n := 1; n <= 3 && i+n <= len(toks); n++ {
		last := toks[i+n-1]
		if !last.isWord() || !strings.HasSuffix(last.text, "s") || len(last.text) < 4 {
			continue
		}
		probe := slices.Clone(toks[i : i+n])
		probe[n-1].text, probe[n-1].low, probe[n-1].starts = last.text[:len(last.text)-1], last.low[:len(last.low)-1], 0
		if _, m := r.lex.titles.match(probe, 0); m == n {
			return n
		}
	}
	return 0
}

// firstMatch returns the mention of the first pattern that matches at i.
func firstMatch(patterns []func(int) (mention, bool), i int) (mention, bool) {
	for _, p := range patterns {
		if m, ok := p(i); ok {
			return m, true
		}
	}
	return mention{}, false
}

func firstWord(toks []token) int {
	for i, t := range toks {
		if t.isWord() {
			return i
		}
	}
	return -1
}

// personPattern matches "[Demonym|Country|Org] Title+ Name+", as in
// "Russian President Vladimir Putin", "U.S. Secretary of State Antony
// Blinken", "Kremlin spokesman Dmitry Peskov" or "President Biden".
func (r *registry) personPattern(toks []token, i int, verbAt func(int) bool) (mention, bool) {
	if vals, n := r.nameAt(toks, i); n > 1 && vals[0].(*knownActor).Kind == dipgraph.KindPerson {
		if tv, m := r.lex.titles.match(toks, i); m > 0 && (i+n >= len(toks) || !toks[i+n].capitalized()) {
			// "Sheikh Tamim said": a known person's own alias, read as a
			// name; the title is remembered for "the prince"
			e := r.fromKnown(vals[0].(*knownActor))
			if t := strings.ToLower(tv[0].(string)); !slices.Contains(e.titles, t) {
				e.titles = append(e.titles, t)
			}
			return mention{}, false
		}
	}
	j := i
	var aff *entity
	if a, n := r.lex.demonymAt(toks, j); a != nil {
		aff = r.fromKnown(a)
		j += n
	} else if st := r.theCountrys(toks, j); st != nil {
		// "Kenya could deploy …, the country’s foreign minister, Alfred
		// Mutua, said": the state the sentence is about
		aff = st
		j += 3
	} else if vals, n := r.nameAt(toks, j); n > 0 && toks[j].capitalized() {
		k := vals[0].(*knownActor)
		if k.Kind != dipgraph.KindPerson {
			aff = r.fromKnown(k)
			j += n
			if j < len(toks) && toks[j].possessive() {
				j++
			}
		}
	}
	if j >= len(toks) {
		return mention{}, false
	}
	if aff != nil && j > i && toks[j-1].possessive() {
		// "India's external affairs minister": words before the title
		for k := j; k < len(toks) && k < j+3 && toks[k].isWord() && !toks[k].capitalized(); k++ {
			if _, n := r.lex.titles.match(toks, k); n > 0 {
				j = k
				break
			}
		}
	}
	var role string
	roleStart := j
	if aff != nil && j+1 < len(toks) && toks[j].capitalized() && !toks[j].quoted {
		// "Chinese Commerce Minister Wang Wentao": a portfolio before the title
		if _, n := r.lex.titles.match(toks, j); n == 0 {
			if _, n := r.lex.titles.match(toks, j+1); n > 0 {
				j++
			}
		}
	}
	if _, n := r.lex.titles.match(toks, j); n == 0 && aff == nil {
		// "Home Affairs Commissioner Ylva Johansson": a portfolio of up to
		// three capitalised words before the title
		for d := 1; d <= 3 && j+d+1 < len(toks) && toks[j+d-1].capitalized() && toks[j+d-1].isWord() && !toks[j+d-1].quoted && toks[j+d-1].lower() != "former"; d++ {
			if a, _ := r.lex.demonymAt(toks, j+d-1); a != nil {
				break // "Former Kenyan President …": a state, not a portfolio
			}
			if _, n := r.lex.titles.match(toks, j+d); n > 0 {
				if j+d+n < len(toks) && toks[j+d+n].capitalized() {
					j += d // a name follows the title
				}
				break
			}
		}
	}
	// "Foreign Minister Prince Faisal": the first title is the role, the
	// others are remembered for "the prince"
	roleEnd := j
	var titles []string
	honour := "" // "Mr.", "H.E.": no role, but a title before a name
	for j < len(toks) {
		vals, n := r.lex.titles.match(toks, j)
		if n == 0 {
			break
		}
		switch t := vals[0].(string); {
		case r.lex.honorifics[t]:
			if honour == "" {
				honour = t
			}
			if role == "" {
				roleStart = j + n
			}
		case role == "":
			role, roleEnd = t, j+n
		}
		titles = append(titles, strings.ToLower(vals[0].(string)))
		j += n
	}
	if role == "" && honour == "" {
		return mention{}, false
	}
	if role != "" && roleStart < roleEnd && toks[roleStart].capitalized() {
		if _, abbr := r.titleAbbrev(&toks[roleStart]); !abbr {
			role = spanText(toks[roleStart:roleEnd]) // "FM" keeps its spelt-out role
		}
	}
	if j+3 < len(toks) && (toks[j].lower() == "of" || toks[j].lower() == "for") && roleEnd == j && role != "" {
		// "Minister of Foreign Affairs of the Islamic Republic of Iran
		// Abbas Araghchi": the portfolio, the state, then the name
		for k := j + 1; k+1 < len(toks) && k < j+12; k++ {
			if vals, n := r.nameAt(toks, k); n > 0 && k+n+1 < len(toks) && toks[k+n].capitalized() && toks[k+n+1].capitalized() {
				if ka := vals[0].(*knownActor); ka.Kind == dipgraph.KindState {
					if _, tn := r.lex.titles.match(toks, k+n); tn == 0 {
						if aff == nil {
							aff = r.fromKnown(ka)
						}
						role = spanText(toks[roleStart:roleEnd])
						j = k + n
						break
					}
				}
			}
			if w := toks[k].lower(); !toks[k].capitalized() && w != "of" && w != "the" && w != "and" || !toks[k].isWord() {
				break
			}
		}
	}
	if j+3 < len(toks) && (toks[j].lower() == "for" || toks[j].lower() == "of") && roleEnd == j {
		// "Commissioner for Home Affairs Ylva Johansson", "Secretary of
		// Foreign Affairs Enrique Manalo", "Minister of State for Foreign
		// Affairs Adel al-Jubeir": the portfolio, then the name, which
		// starts at a given name, else is the run's last two words
		run, given := j+1, 0
		for run < len(toks) && run < j+12 && !toks[run].quoted && (toks[run].capitalized() || run > j+1 && (toks[run].lower() == "for" || toks[run].lower() == "of" || toks[run].lower() == "and")) {
			if given == 0 && run > j+1 && (r.lex.male[toks[run].text] || r.lex.female[toks[run].text]) {
				given = run
			}
			run++
		}
		for run > j+1 && (toks[run-1].lower() == "for" || toks[run-1].lower() == "of" || toks[run-1].lower() == "and") {
			run-- // ("Minister for Foreign Affairs of the Republic of Indonesia": the run ends at "Affairs", which is no name)
		}
		switch {
		case given > 0 && toks[given-1].capitalized():
			role = spanText(toks[roleStart:given])
			j = given
		case toks[j].lower() == "for" && run-(j+1) >= 3 && toks[run-3].capitalized():
			role = spanText(toks[roleStart : run-2])
			j = run - 2
		}
	}
	if aff != nil && j+1 < len(toks) && toks[j].text == "," && toks[j+1].capitalized() {
		// "India's foreign minister, Subrahmanyam Jaishankar, said"
		role = strings.TrimSpace(strings.ToUpper(toks[roleStart].text[:1]) + spanText(toks[roleStart:j])[1:])
		j++
		if vals, n := r.lex.titles.match(toks, j); n > 0 && j+n < len(toks) && toks[j+n].capitalized() {
			// "Qatar’s emir, Sheikh Tamim bin Hamad Al Thani,"
			titles = append(titles, strings.ToLower(vals[0].(string)))
			j += n
		}
	}
	// the name: capitalised words that are not titles or sentence words
	k := j
	for k < len(toks) && k-j < 5 && nameTokenAt(toks, k, k > j) && !toks[k].quoted && !verbAt(k) {
		if _, n := r.lex.titles.match(toks, k); n > 0 && (k == j || k+n < len(toks) && toks[k+n].capitalized()) {
			break // (a title inside a name with no name after it is the name's: "Zaw Min Tun")
		}
		if r.monthAsFamilyName(toks, k, j) {
			k++
			continue
		}
		if months[toks[k].lower()] != 0 || weekdays[toks[k].lower()] != 0 {
			break
		}
		k++
	}
	if k == j {
		return mention{}, false
	}
	name := spanText(toks[j:k])
	var e *entity
	if vals, n := r.nameAt(toks, j); n == k-j {
		if ka := vals[0].(*knownActor); ka.Kind == dipgraph.KindPerson {
			e = r.fromKnown(ka)
		}
	}
	if e == nil {
		e = r.person(name)
	}
	if e.role == "" {
		e.role = role
		e.former = i > 0 && toks[i-1].lower() == "former"
	}
	if e.role == "" && k+2 < len(toks) && toks[k].text == "," {
		// "H.E. Mr. PARK Jin, Minister of Foreign Affairs of the Republic
		// of Korea": the title set off after the name
		if vals, n := r.lex.titles.match(toks, k+1); n > 0 && !r.lex.honorifics[vals[0].(string)] {
			e.role = vals[0].(string)
		}
	}
	if e.role == "" && i >= 3 && toks[i-1].text == "," {
		// "The Minister of Foreign Affairs of Malaysia, Dato' Seri Dr.
		// Zambry Abdul Kadir, …": the title the honorific's name is set off from
		if t, a := r.titleBefore(toks, i-1, 10); t != "" {
			e.role = t
			if aff == nil {
				aff = a
			}
		}
	}
	e.female = e.female || honour == "Mrs." || honour == "Ms." || honour == "Dame" || honour == "Smt."
	e.male = e.male || honour == "Mr." || honour == "Sir" || honour == "Shri"
	if e.affiliation == nil && aff != nil {
		e.affiliation = aff
	}
	for _, t := range titles {
		if !slices.Contains(e.titles, t) {
			e.titles = append(e.titles, t)
		}
	}
	e.addAlias(name)
	e.addAlias(spanText(toks[i:k]))
	return mention{start: i, end: k, ent: e}, true
}

// unnamedAgain returns the unnamed person of the article that "the
// official", "the diplomat" or "the source" at i points back to: the
// latest one whose description ends in that word, or nil.
func (r *registry) unnamedAgain(toks []token, i int) *entity {
	if i+1 >= len(toks) || toks[i].lower() != "the" {
		return nil
	}
	head := toks[i+1].lower()
	if kind, ok := unnamedHeads[head]; !ok || kind != dipgraph.KindPerson {
		return nil
	}
	for k := len(r.recent) - 1; k >= 0 && k >= len(r.recent)-8; k-- {
		if e := r.recent[k]; e.kind == dipgraph.KindPerson && e.unnamed() && strings.HasSuffix(strings.ToLower(e.name), " "+head) {
			return e
		}
	}
	return nil
}

// titleAbbrev returns the title an abbreviation such as "EAM" stands for,
// or false when t is none.
func (r *registry) titleAbbrev(t *token) (string, bool) {
	if !t.may(r.lex.titles.bit) {
		return "", false // every abbreviation is a key of the titles
	}
	full, ok := r.lex.titleAbbrevs[t.text]
	return full, ok
}

// descriptor matches "the [Demonym] Title" and "the [Demonym] leader",
// resolving it to the latest person of the article that fits.
func (r *registry) descriptor(toks []token, i int) (mention, bool) {
	if full, ok := r.titleAbbrev(&toks[i]); ok && !(i+1 < len(toks) && toks[i+1].capitalized()) {
		// "EAM said", "EAM called on Prime Minister Kishida": the holder of
		// the office the abbreviation names
		if e := r.bareHolder(full); e != nil {
			e.addAlias(toks[i].text)
			return mention{start: i, end: i + 1, ent: e, kind: byDescriptor}, true
		}
	}
	if w := toks[i].lower(); (w == "his" || w == "her") && toks[i].capitalized() {
		// "thanked His Highness": the person last named with that title
		if vals, n := r.lex.titles.match(toks, i); n > 1 && !(i+n < len(toks) && toks[i+n].capitalized()) {
			if e := r.lastPersonWithRole(vals[0].(string), nil, false); e != nil {
				return mention{start: i, end: i + n, ent: e, kind: byDescriptor}, true
			}
		}
	}
	if w := toks[i].lower(); (w == "his" || w == "her") && i+2 < len(toks) {
		// "his Iranian counterpart": the latest person of that state
		a, n := r.lex.demonymAt(toks, i+1)
		named := false
		if c := i + 2 + n; c+1 < len(toks) && toks[c].text == "," && toks[c+1].capitalized() && !toks[c+1].quoted {
			// a name set off, and closed by a comma, a full stop or a
			// preposition ("…, Hakan Fidan, on Saturday"), not the subject
			// after a fronted phrase ("Responding to her Russian
			// counterpart, U.S. Ambassador Linda Thomas-Greenfield said")
			k := c + 1
			for k < len(toks) && k < c+6 && toks[k].capitalized() && !toks[k].quoted {
				k++
			}
			named = k >= len(toks) || toks[k].text == "," || toks[k].text == "." || prepositions[toks[k].lower()]
		}
		if a != nil && i+1+n < len(toks) && toks[i+1+n].lower() == "counterpart" && !named {
			// (not "her Turkish counterpart, Hakan Fidan,": the one the
			// apposition names, not the latest Turk)
			if e := r.counterpartOf(r.fromKnown(a)); e != nil {
				e.addAlias(spanText(toks[i+1 : i+2+n]))
				return mention{start: i, end: i + 2 + n, ent: e, kind: byDescriptor}, true
			}
		}
		if a != nil && n == 1 && otherParty[toks[i+2].lower()] && (i+3 >= len(toks) || toks[i+3].text != ",") {
			// else, like "his counterpart", the other person in the scene:
			// "asked his Ukrainian counterpart to …" (not "his Ukrainian
			// counterpart, Denys Shmyhal,", named in apposition)
			return mention{start: i, end: i + 3, kind: byPronoun, pronoun: "other"}, true
		}
		return mention{}, false
	}
	if toks[i].lower() == "a" {
		// "a Saudi delegation arrived": those who act for the state
		if e, end := r.sideAt(toks, i+1); e != nil {
			return mention{start: i, end: end, ent: e, kind: byDescriptor}, true
		}
		return mention{}, false
	}
	if toks[i].lower() == "the" && i+1 < len(toks) {
		// "told the Americans", "the Israelis said": the state whose people
		// they are
		if a, n := r.lex.peopleAt(toks, i+1); a != nil && a.Kind == dipgraph.KindState && !(i+1+n < len(toks) && toks[i+1+n].possessive()) {
			e := r.fromKnown(a)
			return mention{start: i, end: i + 1 + n, ent: e, kind: byDescriptor}, true
		}
	}
	if e := r.unnamedAgain(toks, i); e != nil {
		// "A senior Venezuelan official … “…,” the official said": the
		// unnamed source named just before
		return mention{start: i, end: i + 2, ent: e, kind: byDescriptor}, true
	}
	var aff *entity
	j := i + 1
	if toks[i].lower() == "both" {
		j = i + 1
	} else if toks[i].lower() != "the" {
		// "India's top diplomat"
		vals, n := r.nameAt(toks, i)
		if n == 0 || i+n+1 >= len(toks) || !toks[i+n].possessive() {
			return mention{}, false
		}
		k := vals[0].(*knownActor)
		if k.Kind != dipgraph.KindState {
			return mention{}, false
		}
		aff = r.fromKnown(k)
		j = i + n + 1
	}
	if i+1 >= len(toks) {
		return mention{}, false
	}
	if toks[i].lower() == "the" && j+2 < len(toks) && toks[j].lower() == "former" {
		if a, n := r.lex.demonymAt(toks, j+1); a != nil {
			if _, m := r.lex.titles.match(toks, j+1+n); m > 0 && !(j+1+n+m < len(toks) && toks[j+1+n+m].capitalized()) {
				// "the former Belgian prime minister said": the person
				// the story is about, who holds another office now
				if e := r.lastSubjectPerson(); e != nil && !e.former {
					e.addAlias(spanText(toks[i : j+1+n+m]))
					return mention{start: i, end: j + 1 + n + m, ent: e, kind: byDescriptor}, true
				}
				return mention{}, false
			}
		}
	}
	var demonym *knownActor
	if w := toks[j].lower(); j+1 < len(toks) && toks[i].lower() == "the" && (w == "visiting" || w == "outgoing" || w == "incoming") {
		if a, _ := r.lex.demonymAt(toks, j+1); a != nil {
			j++ // "the visiting German chancellor": the German chancellor (a "former" one is not)
		}
	}
	if a, n := r.lex.demonymAt(toks, j); a != nil {
		aff, demonym = r.byKnown[a], a
		j += n
	} else if vals, n := r.nameAt(toks, j); n > 0 && toks[i].lower() == "the" && j+n < len(toks) && !toks[j+n].capitalized() {
		// "the U.S. special envoy": a state's name as its adjective
		if k := vals[0].(*knownActor); k.Kind == dipgraph.KindState {
			if _, m := r.lex.titles.match(toks, j+n); m > 0 {
				demonym = k
				aff = r.fromKnown(k)
				j += n
			}
		}
	}
	if j+1 < len(toks) && stopgapAdjectives[toks[j].lower()] {
		j++ // "the acting prime minister" holds the office
	}
	if j >= len(toks) {
		return mention{}, false
	}
	if demonym != nil && toks[i].lower() == "the" && j+2 < len(toks) && toks[j].lower() == "and" {
		// "the Saudi and Emirati governments said": each state
		if b, n := r.lex.demonymAt(toks, j+1); b != nil && j+1+n < len(toks) && statePlurals[toks[j+1+n].lower()] {
			first, second := r.fromKnown(demonym), r.fromKnown(b)
			return mention{start: i, end: j + 2 + n, ent: first, also: []*entity{second}, kind: byDescriptor}, true
		}
	}
	if toks[i].lower() == "the" {
		// "the Chinese side", as readouts name a state; "the Omani
		// mediators": those who act for it
		if e, end := r.sideAt(toks, i+1); e != nil {
			e.addAlias(spanText(toks[i:end]))
			return mention{start: i, end: end, ent: e, kind: byDescriptor}, true
		}
	}
	if toks[i].lower() == "the" && j == i+1 && toks[j].lower() == "delegation" && r.delegation != nil {
		// "the delegation" after "a Saudi delegation"
		return mention{start: i, end: j + 1, ent: r.delegation, kind: byDescriptor}, true
	}
	if aff == nil && toks[i].lower() == "the" {
		// "the IAEA chief", "the Kremlin leader": who leads the body named
		if vals, n := r.nameAt(toks, j); n > 0 && j+n < len(toks) && headNouns[toks[j+n].lower()] {
			k := vals[0].(*knownActor)
			org := r.fromKnown(k)
			e := r.headOf(org)
			if k.Kind == dipgraph.KindState {
				e = r.lastPersonWithRole("", org, true)
			}
			if e == nil {
				return mention{}, false
			}
			e.addAlias(spanText(toks[i : j+n+1]))
			return mention{start: i, end: j + n + 1, ent: e, kind: byDescriptor}, true
		}
	}
	var e *entity
	n := 0
	var affiliated []*entity // "the two EU leaders"
	affiliatedEnd := 0
	if toks[i].lower() == "the" && counts[toks[j].lower()] > 0 {
		affiliated, affiliatedEnd = r.affiliatedPeople(toks, j+1, counts[toks[j].lower()])
	}
	switch w := toks[j].lower(); {
	case w == "head" && j+2 < len(toks) && toks[j+1].lower() == "of" && (toks[j+2].lower() == "state" || toks[j+2].lower() == "government"):
		// "the Head of State thanked the ministers": the readout's own
		// leader, else the leader named last
		e = r.leadPerson()
		if e == nil || !r.lex.leader[e.role] {
			e = r.lastPersonWithRole("", nil, true)
		}
		if e == nil {
			return mention{}, false
		}
		e.addAlias(spanText(toks[i : j+3]))
		return mention{start: i, end: j + 3, ent: e, kind: byDescriptor}, true
	case (w == "head" || w == "chief" || w == "leader") && j+2 < len(toks) && toks[j+1].lower() == "of":
		// "the head of the UN nuclear watchdog": the person who leads it
		vals, m := r.nameAt(toks, j+2)
		if m == 0 {
			return mention{}, false
		}
		org := r.fromKnown(vals[0].(*knownActor))
		e = r.headOf(org)
		if e == nil {
			return mention{}, false
		}
		e.addAlias(spanText(toks[i : j+2+m]))
		return mention{start: i, end: j + 2 + m, ent: e, kind: byDescriptor}, true
	case toks[i].lower() == "the" && counts[w] > 0 && j+1 < len(toks) && (statePlurals[toks[j+1].lower()] || !toks[j+1].isWord() || r.verbLike(toks[j+1]) ||
		j+2 < len(toks) && toks[j+1].capitalized() && statePlurals[toks[j+2].lower()]),
		toks[i].lower() == "both" && statePlurals[w]:
		// "the two countries said", "the three European governments",
		// "the four said": the states mentioned last, each a speaker
		n, end := counts[w], j+2
		switch {
		case toks[i].lower() == "both":
			n, end = 2, j+1
		case toks[j+1].capitalized() && j+2 < len(toks) && statePlurals[toks[j+2].lower()]:
			end = j + 3
		case !statePlurals[toks[j+1].lower()]:
			end = j + 1
		}
		states := r.groups[n] // "France, Britain and Germany … the three governments"
		if states == nil {
			for k := len(r.recent) - 1; k >= 0 && len(states) < n; k-- {
				if st := r.recent[k]; st.kind == dipgraph.KindState && !st.locative {
					states = append(states, st)
				}
			}
			if len(states) < n {
				return mention{}, false
			}
			slices.Reverse(states)
		}
		return mention{start: i, end: end, ent: states[0], also: states[1:], kind: byDescriptor}, true
	case i == 0 && toks[i].text == "Both" && j == i+1 && r.verbLike(toks[j]):
		// "The two ministers exchanged views. Both said …": the two
		// persons named last
		people := r.party
		if len(people) != 2 {
			people = r.lastPeople(2, "")
		}
		if people == nil {
			return mention{}, false
		}
		return mention{start: i, end: j, ent: people[0], also: people[1:], kind: byDescriptor}, true
	case toks[i].lower() == "the" && personPlural(toks, j) > 0 && j+personPlural(toks, j) < len(toks) && toks[j+personPlural(toks, j)].lower() == "of":
		// "The leaders of the United States, India, Japan and Australia
		// said", "the presidents of Guyana and Venezuela": each state's
		// leader the story named
		n := personPlural(toks, j)
		people, end := r.leadersOf(toks, j+n+1, pluralRole(toks[j:j+n]))
		if people == nil {
			return mention{}, false
		}
		return mention{start: i, end: end, ent: people[0], also: people[1:], kind: byDescriptor}, true
	case affiliated != nil:
		// "the two EU leaders": the persons last named of that body
		r.party = affiliated
		return mention{start: i, end: affiliatedEnd, ent: affiliated[0], also: affiliated[1:], kind: byDescriptor}, true
	case toks[i].lower() == "the" && counts[w] > 0 && personPlural(toks, j+1) > 0 || toks[i].lower() == "both" && personPlural(toks, j) > 0:
		// "the two leaders", "both foreign ministers": the persons last named
		want, at := counts[w], j+1
		if toks[i].lower() == "both" {
			want, at = 2, j
		}
		n := personPlural(toks, at)
		people := r.peopleInSentence(want)
		if people == nil {
			people = r.lastPeople(want, pluralRole(toks[at:at+n]))
		}
		if people == nil {
			people = r.lastPeople(want, "")
		}
		if people == nil {
			return mention{}, false
		}
		end := j + 1 + n
		if toks[i].lower() == "both" {
			end = j + n
		}
		r.party = people
		return mention{start: i, end: end, ent: people[0], also: people[1:], kind: byDescriptor}, true
	case toks[i].lower() == "the" && len(r.party) > 1 && (w == "leaders" || w == "ministers" && !slices.ContainsFunc(r.party, func(p *entity) bool {
		role := strings.ToLower(p.role)
		return otherRank(role, "minister") || !strings.Contains(role, "minister") && !strings.Contains(role, "secretary") // (the British foreign secretary is a minister)
	})) && !(j+1 < len(toks) && (toks[j+1].lower() == "of" || toks[j+1].capitalized())):
		// "the four leaders said … “…,” the leaders said": the same party
		return mention{start: i, end: j + 1, ent: r.party[0], also: r.party[1:], kind: byDescriptor}, true
	case toks[i].lower() == "the" && aff == nil && demonym == nil && toks[j].capitalized() && !toks[j].quoted && j+1 < len(toks) && toks[j+1].lower() == "leader" && !(j+2 < len(toks) && toks[j+2].capitalized()):
		// "The Labor leader, who had thanked Indonesia …, told reporters":
		// a party's leader, the latest person whose office is a leader's
		if _, n := r.nameAt(toks, j); n > 0 {
			return mention{}, false
		}
		var e *entity
		for k := len(r.recent) - 1; k >= 0 && e == nil; k-- {
			if p := r.recent[k]; p.kind == dipgraph.KindPerson && (roleFits(p.role, "leader") || slices.ContainsFunc(p.titles, func(t string) bool { return roleFits(t, "leader") })) {
				e = p // (by the title the story gave: "opposition leader Anthony Albanese")
			}
		}
		if e == nil {
			return mention{}, false
		}
		e.addAlias(spanText(toks[i : j+2]))
		return mention{start: i, end: j + 2, ent: e, kind: byDescriptor}, true
	case w == "bloc" && toks[i].lower() == "the":
		// "the bloc": the bloc mentioned last, else the European Union
		for k := len(r.recent) - 1; k >= 0; k-- {
			if b := r.recent[k]; b.known != nil && b.known.Role == "bloc" {
				b.addAlias("the bloc")
				return mention{start: i, end: j + 1, ent: b, kind: byDescriptor}, true
			}
		}
		if eu := r.knownByName("European Union"); eu != nil {
			e := r.fromKnown(eu)
			e.addAlias("the bloc")
			return mention{start: i, end: j + 1, ent: e, kind: byDescriptor}, true
		}
		return mention{}, false
	case w == "ministry" || w == "presidency" || (w == "government" || w == "mission" || w == "embassy") && toks[i].lower() == "the" || w == "foreign" && j+1 < len(toks) && toks[j+1].lower() == "ministry":
		// "the ministry", "the presidency": the state whose body spoke
		// last, else the dateline's
		n := 1
		if w == "foreign" {
			n = 2
		}
		if aff == nil && demonym != nil {
			aff = r.fromKnown(demonym) // "the Chinese embassy" before China is named
		}
		if aff != nil {
			if w == "embassy" {
				r.lastEmbassy = aff
			}
			return mention{start: i, end: j + n, ent: aff, kind: byDescriptor}, true
		}
		if w == "embassy" && r.lastEmbassy != nil {
			// "a protest note to the Chinese embassy … The embassy said":
			// the state whose embassy was named last, not the story's own
			return mention{start: i, end: j + n, ent: r.lastEmbassy, kind: byDescriptor}, true
		}
		if f := firstWord(toks); i >= 2 && f >= 0 && toks[i-1].text == "," {
			// "France, the presidency said, remained ready to talk": the
			// state the sentence opens with
			if vals, m := r.nameAt(toks, f); m > 0 && f+m == i-1 {
				if k := vals[0].(*knownActor); k.Kind == dipgraph.KindState {
					st := r.fromKnown(k)
					r.bodySpoke(st, toks, i, j+n)
					return mention{start: i, end: j + n, ent: st, kind: byDescriptor}, true
				}
			}
		}
		if st := r.frontedPlace(toks, i); st != nil {
			// "In Taipei, the foreign ministry thanked Biden": the state
			// the sentence is set in
			r.bodySpoke(st, toks, i, j+n)
			return mention{start: i, end: j + n, ent: st, kind: byDescriptor}, true
		}
		if w == "presidency" && r.home != nil {
			// "the presidency" of a datelined story is its own state's
			e := r.fromKnown(r.home)
			return mention{start: i, end: j + n, ent: e, kind: byDescriptor}, true
		}
		if (w == "ministry" || w == "foreign") && r.lastMinistry != nil {
			// "India's Ministry of External Affairs said … the Canadian
			// government … The ministry said": the ministry named last
			return mention{start: i, end: j + n, ent: r.lastMinistry, kind: byDescriptor}, true
		}
		if r.lastBody != nil {
			// "China's foreign ministry said … The ministry added": the
			// body named last, not the state spoken of last
			return mention{start: i, end: j + n, ent: r.lastBody, kind: byDescriptor}, true
		}
		for k := len(r.recent) - 1; k >= 0; k-- {
			if st := r.recent[k]; st.kind == dipgraph.KindState && st.spokeAsBody {
				return mention{start: i, end: j + n, ent: st, kind: byDescriptor}, true
			}
		}
		if r.home != nil && w != "government" {
			e := r.fromKnown(r.home)
			r.bodySpoke(e, toks, i, j+n)
			return mention{start: i, end: j + n, ent: e, kind: byDescriptor}, true
		}
		return mention{}, false
	case w == "leader" || w == "head" && aff != nil:
		e, n = r.lastPersonWithRole("", aff, true), 1
	case w == "top" && j+1 < len(toks) && toks[j+1].lower() == "diplomat":
		e, n = r.lastPersonWithRole("foreign minister", aff, false), 2
		if e == nil {
			e = r.lastPersonWithRole("secretary of state", aff, false)
		}
	case toks[i].lower() == "the" && r.groupNounAt(toks, j) > j:
		// "the group", "the Palestinian militant group": the
		// organisation named last
		end := r.groupNounAt(toks, j)
		for k := len(r.recent) - 1; k >= 0; k-- {
			if o := r.recent[k]; (o.kind == dipgraph.KindOrganization || o.kind == dipgraph.KindGroup) && !isAudience(o) && !isMedia(o) && upperInitial(o.name) {
				o.addAlias(spanText(toks[i:end]))
				return mention{start: i, end: end, ent: o, kind: byDescriptor}, true
			}
		}
		return mention{}, false
	case toks[i].lower() == "the" && j == i+1 && !toks[j].capitalized() && r.orgByHead(w) != nil:
		// "the committee said": the organisation named last whose name
		// ends in that word ("Russia's National Anti-Terrorism Committee")
		e, n = r.orgByHead(w), 1
	case toks[i].lower() == "the" && demonym != nil && j+1 < len(toks) && r.lex.isPersonNoun(w) && !toks[j+1].capitalized():
		// "the Chadian diplomat said": a person of that state, else the
		// person the story was just about
		if aff == nil {
			aff = r.fromKnown(demonym)
		}
		e, n = r.lastPersonWithRole("", aff, false), 1
		if e == nil {
			e = r.lastSubjectPerson()
		}
	case toks[i].lower() == "the" && aff == nil && (ageWord(w) || r.lex.personMods[w] || r.lex.personAlone[w]):
		// "the 72-year-old", "the former general", "the veteran
		// diplomat": a person of the story, by the role it names if
		// someone holds it, else the one the story is about
		e, n = r.describedPerson(toks, j)
	default:
		vals, m := r.lex.titles.match(toks, j)
		if m == 0 {
			return mention{}, false
		}
		if j+m < len(toks) && toks[j+m].capitalized() && !(j+m+1 < len(toks) && toks[j+m+1].possessive()) {
			return mention{}, false // "the President Biden": leave to the name (not "the ambassador Poland's outrage")
		}
		bare := aff == nil && demonym == nil && toks[j].capitalized() && !(j+m < len(toks) && (toks[j+m].lower() == "of" || toks[j+m].lower() == "for"))
		title := strings.ToLower(vals[0].(string))
		extra := 0
		if aff == nil && demonym == nil && j+m+1 < len(toks) && toks[j+m].lower() == "of" {
			// "the President of Türkiye, Recep Tayyip Erdoğan": that
			// state's holder, not the president named last
			if sv, sn := r.nameAt(toks, j+m+1); sn > 0 && sv[0].(*knownActor).Kind == dipgraph.KindState {
				aff, extra = r.fromKnown(sv[0].(*knownActor)), 1+sn
			}
		}
		switch {
		case bare:
			e, n = r.bareHolder(title), m
		case demonym != nil && aff == nil:
			// "the Iranian ambassador" before Iran is named: no one of
			// another state ("Russian Ambassador Zinoviev") fits
			e, n = nil, m
		default:
			e, n = r.lastPersonWithRole(title, aff, false), m+extra
		}
		if bare && e != nil && r.bare[title] == nil && surnameAfter(toks, j+m, e) {
			// "The Prime Minister spoke to Prime Minister Narendra Modi":
			// not Modi, but the other prime minister of the story
			e = r.otherWithRole(e)
		}
		if bare && e != nil && r.bare[title] == nil {
			if r.bare == nil {
				r.bare = map[string]*entity{}
			}
			r.bare[title] = e
		}
		if e == nil && (aff != nil || demonym != nil) {
			// "the Philippine foreign secretary", never named: who held
			// the office on the day
			if aff == nil {
				aff = r.fromKnown(demonym)
			}
			e = r.holder(vals[0].(string), aff)
		}
	}
	if e == nil || n == 0 {
		return mention{}, false
	}
	e.addAlias(spanText(toks[i : j+n]))
	return mention{start: i, end: j + n, ent: e, kind: byDescriptor}, true
}

// orgByHead returns the organisation named last whose name ends in the
// lower-case word w ("committee" for the National Anti-Terrorism
// Committee), or nil.
func (r *registry) orgByHead(w string) *entity {
	headIs := func(name string) bool {
		return strings.Contains(name, " ") && strings.EqualFold(name[strings.LastIndexByte(name, ' ')+1:], w)
	}
	for k := len(r.recent) - 1; k >= 0; k-- {
		o := r.recent[k]
		if o.kind == dipgraph.KindOrganization && headIs(o.name) {
			return o
		}
		if o.kind == dipgraph.KindState && o.spokeAsBody && len(o.aliases) > 0 && headIs(o.aliases[len(o.aliases)-1]) {
			return o // the state's body: "Russia's National Anti-Terrorism Committee"
		}
	}
	return nil
}

// isPersonNoun reports whether w describes a person of the story ("the
// diplomat", "the visitor").
func (l *lexicon) isPersonNoun(w string) bool {
	_, ok := l.personNouns[w]
	return ok
}

// groupNounAt returns the end of "[adjectives] group" at toks[j]: up to two
// lower-case words, then one of the group nouns that ends the phrase; or j.
func (r *registry) groupNounAt(toks []token, j int) int {
	for k := j; k < len(toks) && k < j+3 && toks[k].isWord() && !toks[k].capitalized() && !toks[k].quoted; k++ {
		if !r.lex.groupNouns[toks[k].lower()] {
			continue
		}
		if k+1 < len(toks) && toks[k+1].isWord() && !toks[k+1].capitalized() && !r.verbLike(toks[k+1]) && !auxiliaries[toks[k+1].lower()] {
			return j // "the group of 20", "the group leaders": not the group itself
		}
		return k + 1
	}
	return j
}

// ageWord reports whether w gives an age, as in "the 72-year-old".
func ageWord(w string) bool {
	age, ok := strings.CutSuffix(w, "-year-old")
	return ok && isDigits(age)
}

// describedPerson resolves the description at toks[j] after "the": an age
// ("72-year-old"), modifiers ("former", "veteran") and a person noun or a
// title of up to three words ("general", "special forces commander",
// "defence minister"). It is the person who holds that title, else the
// person the story is about; it returns the person and the description's
// length in tokens, or nil.
func (r *registry) describedPerson(toks []token, j int) (*entity, int) {
	k, aged, former := j, false, false
	for k < len(toks) && (ageWord(toks[k].lower()) || r.lex.personMods[toks[k].lower()]) {
		aged = aged || ageWord(toks[k].lower())
		former = former || toks[k].lower() == "former" || toks[k].lower() == "retired"
		k++
	}
	// a person noun among the next few lower-case words ("special forces
	// commander"), else a title ("the outgoing prime minister")
	end, title := k, ""
	var fits []string
	for m := k; m < len(toks) && m < k+3 && toks[m].isWord() && !toks[m].capitalized() && !toks[m].quoted; m++ {
		if roles, ok := r.lex.personNouns[toks[m].lower()]; ok {
			end, fits = m+1, roles
		}
	}
	if end == k {
		if vals, m := r.lex.titles.match(toks, k); m > 0 && !(k+m < len(toks) && toks[k+m].capitalized()) {
			if former {
				// "the former president": one named as a former holder,
				// never the one in office
				for i := len(r.recent) - 1; i >= 0; i-- {
					if p := r.recent[i]; p.kind == dipgraph.KindPerson && p.former && roleFits(p.role, vals[0].(string)) {
						return p, k + m - j
					}
				}
				return nil, 0
			}
			title, end = vals[0].(string), k+m
		}
	}
	if end == k && !aged {
		return nil, 0 // "the former Soviet Union", "the visiting delegation"
	}
	if title != "" {
		if e := r.lastPersonWithRole(title, nil, false); e != nil {
			return e, end - j
		}
	}
	fitting := func(p *entity) bool {
		return p.kind == dipgraph.KindPerson && p.role != "" && slices.ContainsFunc(fits, func(f string) bool { return strings.Contains(strings.ToLower(p.role), f) })
	}
	if noun := toks[end-1].lower(); len(fits) > 0 && !former {
		// "General Wei Fenghe … the 66-year-old general": the one the
		// story gave that very title, before others whose role fits
		for i := len(r.recent) - 1; i >= 0; i-- {
			if p := r.recent[i]; p.kind == dipgraph.KindPerson && slices.Contains(p.titles, noun) {
				return p, end - j
			}
		}
	}
	if r.subjects != nil && len(fits) > 0 && !former {
		// "Lavrov … used a news conference to accuse Blinken and Borrell
		// … 'They came …,' the veteran diplomat said": the one the story
		// is about when the role fits him, before any named since
		if subjects := *r.subjects; len(subjects) > 0 && fitting(subjects[len(subjects)-1]) {
			return subjects[len(subjects)-1], end - j
		}
	}
	for i := len(r.recent) - 1; i >= 0 && len(fits) > 0 && !former; i-- {
		// "the veteran diplomat": the latest person whose role fits; a
		// "former" one holds some other office now
		if p := r.recent[i]; fitting(p) {
			return p, end - j
		}
	}
	if len(fits) == 0 && !former && !r.lex.personAlone[toks[end-1].lower()] {
		// "Odinga, leaving State House, said …. Asked whether …, the
		// veteran politician shook his head": a noun no role fits is
		// the person just spoken of ("the visitor" stays the story's)
		if e := r.lastSubjectPerson(); e != nil {
			return e, end - j
		}
	}
	if r.lead != nil && *r.lead != nil {
		// "The 72-year-old …", "the former general": descriptions
		// stand in for the person the story is about
		return *r.lead, end - j
	}
	if e := r.lastSubjectPerson(); e != nil {
		return e, end - j
	}
	return nil, 0
}

// lastSubjectPerson returns the person the extractor's sentences were
// about last, or nil.
func (r *registry) lastSubjectPerson() *entity {
	if r.subjects == nil {
		return nil
	}
	subjects := *r.subjects
	for i := len(subjects) - 1; i >= 0; i-- {
		if subjects[i].kind == dipgraph.KindPerson {
			return subjects[i]
		}
	}
	return nil
}

// unknownName matches a run of capitalised words the lexicon does not know:
// a person when a reporting verb follows it or it repeats the last name of a
// person already seen, an organisation when it ends in a word like Ministry.
func (r *registry) unknownName(toks []token, i int, verbAt func(int) bool) (mention, bool) {
	if !toks[i].capitalized() {
		return mention{}, false
	}
	if sentenceStarters[toks[i].lower()] && (i == firstWord(toks) || toks[i].lower() == "the") {
		return mention{}, false
	}
	if toks[i].may(calendarWord) && months[toks[i].lower()] != 0 && !(i+1 < len(toks) && isDigits(toks[i+1].low)) {
		// "May, addressing party members, said": a person of the story
		// whose family name is a month, not a date ("May 9")
		for _, e := range r.entities {
			if e.kind == dipgraph.KindPerson && strings.Contains(e.name, " ") && e.lastName() == toks[i].text {
				return mention{start: i, end: i + 1, ent: e}, true
			}
		}
	}
	k := i
	for k < len(toks) && k-i < 5 && nameTokenAt(toks, k, k > i) && !toks[k].quoted && !verbAt(k) {
		w := toks[k].lower()
		if r.monthAsFamilyName(toks, k, i) {
			k++
			continue
		}
		if months[w] != 0 || weekdays[w] != 0 {
			break
		}
		if _, n := r.nameAt(toks, k); n > 0 && k > i {
			break
		}
		k++
	}
	if k == i {
		return mention{}, false
	}
	name := spanText(toks[i:k])
	if _, n := r.lex.titles.match(toks, i); n == k-i {
		return mention{}, false // "Chancellor" alone is a title, not a name
	}
	if a, n := r.lex.demonymAt(toks, i); a != nil && n == k-i {
		return mention{}, false // "Chinese" alone is an adjective
	}
	last := toks[k-1].text
	if r.lex.placeHeads[last] {
		return mention{}, false // "the West Philippine Sea told" is no one
	}
	if orgHeads[last] {
		e := r.named(dipgraph.KindOrganization, name)
		return mention{start: i, end: k, ent: e}, true
	}
	if k-i == 1 && i > 0 && toks[i-1].lower() == "the" {
		if e := r.orgByHead(name); e != nil {
			// "the Guards said" after "Iran's Revolutionary Guards": the
			// body named before by the last word of its name
			return mention{start: i, end: k, ent: e}, true
		}
	}
	// an existing person by name or last name
	for _, e := range r.entities {
		if e.kind == dipgraph.KindPerson && (strings.EqualFold(e.name, name) || k-i == 1 && (e.lastName() == name || (e.known == nil || r.lex.familyFirst(e.name)) && strings.HasPrefix(e.name, name+" "))) {
			e.addAlias(name)
			return mention{start: i, end: k, ent: e}, true
		}
	}
	if k-i == 1 {
		if e := r.byMiddleName(name); e != nil {
			// "Nazim said" after "Foreign Minister Abdulla Nazim Ibrahim":
			// the name the story calls him by
			e.addAlias(name)
			return mention{start: i, end: k, ent: e}, true
		}
		if e := r.byFirstName(name); e != nil {
			// "Retno told reporters" after "Foreign Minister Retno
			// Marsudi": the one person of the story with that given name
			e.addAlias(name)
			return mention{start: i, end: k, ent: e}, true
		}
	}
	next := k
	if next+1 < len(toks) && toks[next].text == "," && k-i >= 2 && k-i <= 4 && (appositionOpeners[toks[next+1].lower()] || verbAfterAdverbs(toks, next+1, verbAt)) ||
		next+1 < len(toks) && toks[next].text == "," && k-i == 1 && (verbAt(next+1) || toks[next+1].lower() == "who") {
		// "…, Mikhail Ulyanov, said": a name set off as an apposition
		return mention{start: i, end: k, ent: r.person(name)}, true
	}
	if i >= 2 && toks[i-1].possessive() && k-i >= 2 && k-i <= 4 && (r.lex.male[toks[i].text] || r.lex.female[toks[i].text] || next >= len(toks) || toks[next].text == "," || toks[next].text == "." || toks[next].lower() == "and" || verbAt(next)) {
		if toks[i-2].capitalized() {
			// "with Ethiopia's Taye Atske Selassie": a person of that
			// state or body
			return mention{start: i, end: k, ent: r.person(name)}, true
		}
	}
	if i >= 2 && toks[i-1].text == "," && (toks[i-2].lower() == "counterpart" || toks[i-2].lower() == "counterparts") && k-i >= 2 && k-i <= 4 {
		// "his Latvian and Lithuanian counterparts, Krišjānis Kariņš and …"
		return mention{start: i, end: k, ent: r.person(name)}, true
	}
	if next+2 < len(toks) && toks[next].text == "," && k-i >= 2 && k-i <= 4 && articles[toks[next+1].lower()] && (r.titleWithin(toks, next+2, 4) || r.personNounWithin(toks, next+2, 4)) {
		// "Moussa Faki Mahamat, the chairman of the AU Commission,
		// painted …": a name with a title in apposition is a person,
		// with that role ("Celso Amorim, the former foreign minister": a
		// former one)
		e := r.person(name)
		if title, former := r.headTitle(toks, next+2); title != "" && e.role == "" {
			e.role, e.former = title, former
		}
		return mention{start: i, end: k, ent: e}, true
	}
	if p := possessorEnd(toks, next); p > 0 && k-i >= 2 && k-i <= 4 && (r.titleWithin(toks, p, 4) || r.personNounWithin(toks, p, 4)) {
		// "Firmin Ngrébada, Touadéra's chief of staff, called …",
		// "Alexander Lavrentiev, President Vladimir Putin's special
		// envoy, spoke first": also with a possessive title
		return mention{start: i, end: k, ent: r.person(name)}, true
	}
	if i >= 3 && toks[i-1].text == "," && k-i >= 2 && k-i <= 4 && next < len(toks) && (toks[next].text == "," || next == len(toks)-1 && toks[next].text == "." || verbAt(next)) {
		if title, aff := r.titleBefore(toks, i-1, 10); title != "" {
			// "The Minister of Foreign Affairs of Malaysia, Zambry Abdul
			// Kadir, today concluded …": a name in apposition to a title
			e := r.person(name)
			if e.role == "" {
				e.role = title
			}
			if e.affiliation == nil {
				e.affiliation = aff
			}
			return mention{start: i, end: k, ent: e}, true
		}
	}
	if next < len(toks) && toks[next].text == "," {
		// "Name, the foreign minister, said": look past an apposition
		// up to 12 words, or 30 when it opens like a description ("the UN
		// envoy who has worked on the dispute for two decades")
		limit := next + 12
		if next+1 < len(toks) && (articles[toks[next+1].lower()] || next+2 < len(toks) && toks[next+1].lower() == "one" && toks[next+2].lower() == "of") {
			// (or as a member of a group: "one of the FFC’s lead negotiators
			// and head of the Sudanese Congress Party")
			limit = next + 30
		}
		for m := next + 1; m < len(toks) && m < limit; m++ {
			if toks[m].text == "," {
				next = m + 1
				break
			}
		}
	}
	if k-i <= 3 && i > 0 && personSlot(toks, i, verbAt) {
		// "met Varadkar", "spoke with Varadkar", "told Varadkar"
		return mention{start: i, end: k, ent: r.person(name)}, true
	}
	if next < len(toks) && verbAfterAdverbs(toks, next, verbAt) && (k-i <= 3 || k-i == 4 && next > k) {
		e := r.person(name)
		return mention{start: i, end: k, ent: e}, true
	}
	if k-i >= 2 && k-i <= 3 && (r.lex.male[toks[i].text] || r.lex.female[toks[i].text] || i > 0 && pressPersons[toks[i-1].lower()] || r.shortNamed(toks[k-1].text)) {
		// "Alicia Bárcena was still at her desk", "telephoned Gabriela
		// Sommerfeld": a given name the lists know, then a family name;
		// or a name after a journalist's noun ("commentator Tucker
		// Carlson"), or the full name of a person the story has named by
		// family name alone ("Ali" in the headline, then "Irfaan Ali")
		return mention{start: i, end: k, ent: r.person(name)}, true
	}
	return mention{}, false
}

// frontedPlace returns the state whose capital or name opens the sentence
// before toks[i] as "In Taipei," or "In Seoul on Friday,", or nil.
func (r *registry) frontedPlace(toks []token, i int) *entity {
	if i < 3 || toks[0].lower() != "in" {
		return nil
	}
	vals, n := r.nameAt(toks, 1)
	if n == 0 {
		return nil
	}
	k := vals[0].(*knownActor)
	if k.Kind != dipgraph.KindState {
		return nil
	}
	for j := 1 + n; j < i; j++ {
		if toks[j].text == "," {
			return r.fromKnown(k)
		}
	}
	return nil
}

// holder returns the person who held the office title of state aff on
// the article's day, from data/offices.tsv, or nil when the article is
// undated or the office unknown.
func (r *registry) holder(title string, aff *entity) *entity {
	if r.day == "" || aff == nil {
		return nil
	}
	title = strings.ToLower(title)
	for _, o := range r.lex.offices {
		if o.state != aff.name || !slices.Contains(o.titles, title) || r.day < o.from || o.to != "" && r.day > o.to {
			continue
		}
		if k := r.knownByName(o.holder); k != nil {
			return r.fromKnown(k)
		}
		e := r.person(o.holder)
		if e.role == "" {
			e.role = title
		}
		if e.affiliation == nil {
			e.affiliation = aff
		}
		return e
	}
	return nil
}

// wordWithin reports whether one of the n tokens from toks[from] satisfies
// f.
func wordWithin(toks []token, from, n int, f func(*token) bool) bool {
	for j := from; j < len(toks) && j < from+n; j++ {
		if f(&toks[j]) {
			return true
		}
	}
	return false
}

// titleWithin reports whether a title begins among the n words from
// toks[from], before any punctuation.
func (r *registry) titleWithin(toks []token, from, n int) bool {
	for m := from; m < len(toks) && m < from+n && toks[m].isWord(); m++ {
		if _, l := r.lex.titles.match(toks, m); l > 0 {
			return true
		}
	}
	return false
}

// headTitle returns the title that heads the description at from ("former
// foreign minister" in "the former foreign minister who …"), and whether
// it is a former one; "" when the description is headed by something else
// ("the residence of Parliament Speaker Nabih Berri", "the speaker's
// residence").
func (r *registry) headTitle(toks []token, from int) (title string, former bool) {
	m := from
	if m < len(toks) && toks[m].lower() == "former" {
		m++
	}
	if a, n := r.lex.demonymAt(toks, m); a != nil {
		m += n // "the Sudanese co-facilitator"
	}
	vals, l := r.lex.titles.match(toks, m)
	if l == 0 || r.lex.honorifics[vals[0].(string)] || m+l < len(toks) && (toks[m+l].capitalized() || toks[m+l].possessive()) {
		return "", false
	}
	return vals[0].(string), toks[from].lower() == "former"
}

// personNounWithin reports whether a word that describes a person ("a
// former Marine", "the veteran diplomat") begins within the n words from.
func (r *registry) personNounWithin(toks []token, from, n int) bool {
	for m := from; m < len(toks) && m < from+n && toks[m].isWord(); m++ {
		if w := toks[m].lower(); r.lex.isPersonNoun(w) || r.lex.personMods[w] {
			return true
		}
	}
	return false
}

// titleBefore returns a title that begins within the n words before end,
// with no punctuation between, and the state named after its "of" ("the
// Minister of Foreign Affairs of Malaysia"), or "".
func (r *registry) titleBefore(toks []token, end, n int) (string, *entity) {
	if end >= 3 && headNouns[toks[end-1].lower()] && toks[end-2].possessive() {
		// "Hezbollah's leader, Hassan Nasrallah,"
		if vals, n := r.nameAt(toks, end-2-1); n > 0 {
			if k := vals[0].(*knownActor); k.Kind != dipgraph.KindPerson {
				return strings.ToUpper(toks[end-1].text[:1]) + toks[end-1].lower()[1:], r.fromKnown(k)
			}
		}
	}
	for m := end - 1; m >= 0 && m >= end-n && toks[m].isWord(); m-- {
		if vals, l := r.lex.titles.match(toks, m); l > 0 {
			var aff *entity
			for j := end - 1; j > m+l; j-- {
				if toks[j-1].lower() != "of" {
					continue
				}
				if kv, kn := r.nameAt(toks, j); kn == end-j {
					if ka := kv[0].(*knownActor); ka.Kind == dipgraph.KindState {
						aff = r.fromKnown(ka)
					}
				}
				break
			}
			return vals[0].(string), aff
		}
	}
	return "", nil
}

// spanText joins tokens as they stand in the text, with single spaces.
func spanText(toks []token) string {
	var b strings.Builder
	for i, t := range toks {
		if i > 0 && t.start > toks[i-1].end {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}

// governmentHeads end the name of a government body that speaks for its
// state.
var governmentHeads = wordSet("government-head")

// organOf matches "[the] X's Organ [of …]", an organ named with the
// possessive of a known state or organisation ("the AU's Assembly of Heads
// of State and Government", "Russia's Security Council"), which speaks for
// X.
func (r *registry) organOf(toks []token, i int) (mention, bool) {
	if !wordWithin(toks, i+1, 7, func(t *token) bool { return t.low == "'s" }) {
		return mention{}, false // no possessive near: the common case, cheaply
	}
	j := i
	if toks[j].lower() == "the" {
		j++
	}
	vals, n := r.nameAt(toks, j)
	if n == 0 || !toks[j].capitalized() {
		return mention{}, false
	}
	k := vals[0].(*knownActor)
	j += n
	if k.Kind == dipgraph.KindPerson || j+1 >= len(toks) || !toks[j].possessive() {
		return mention{}, false
	}
	end := j + 1
	for end < len(toks) && end < j+4 && toks[end].capitalized() && !toks[end].quoted && !r.lex.organs[toks[end].text] {
		end++ // "Security Council", "North Atlantic Council"
	}
	if end >= len(toks) || !r.lex.organs[toks[end].text] || toks[end].quoted {
		return mention{}, false
	}
	end++
	if end+1 < len(toks) && toks[end].lower() == "of" && toks[end+1].capitalized() {
		// "of Heads of State and Government"
		end++
		for end < len(toks) && (toks[end].capitalized() || toks[end].lower() == "of" || toks[end].lower() == "and") && !toks[end].quoted {
			end++
		}
		for toks[end-1].lower() == "of" || toks[end-1].lower() == "and" {
			end--
		}
	}
	e := r.fromKnown(k)
	e.addAlias(spanText(toks[i:end]))
	if k.Kind == dipgraph.KindState {
		r.bodySpoke(e, toks, i, end)
	}
	return mention{start: i, end: end, ent: e}, true
}

// governmentBody matches "[the] State['s] … Ministry" and "[the] Demonym …
// government": a government body standing for its state, which the
// annotation guide makes an alias of the state.
func (r *registry) governmentBody(toks []token, i int) (mention, bool) {
	if !toks[i].capitalized() && toks[i].lower() != "the" && toks[i].lower() != "its" {
		return mention{}, false // every body opens with "the", "its" or a name: the common case, cheaply
	}
	if m, ok := r.officeOf(toks, i); ok {
		return m, true
	}
	if m, ok := r.organOf(toks, i); ok {
		return m, true
	}
	j := i
	if toks[j].lower() == "the" {
		j++
	}
	if j >= len(toks) {
		return mention{}, false
	}
	b := j // the body's head word
	if b+1 < len(toks) && ministryKinds[toks[b].lower()] && toks[b+1].lower() == "ministry" {
		b++ // "the foreign ministry in Baku"
	}
	if toks[i].lower() == "the" && capitalBodies[toks[b].lower()] && b+2 < len(toks) && toks[b+1].lower() == "in" {
		// "the authorities in Algiers", "the government in Dhaka", "the
		// foreign ministry in Baku": the state whose capital it is (not
		// "the embassy in Baku", a guest there)
		if vals, n := r.nameAt(toks, b+2); n > 0 {
			if k := vals[0].(*knownActor); k.Kind == dipgraph.KindState {
				e := r.fromKnown(k)
				e.addAlias(spanText(toks[i : b+2+n]))
				r.bodySpoke(e, toks, i, b+2+n)
				return mention{start: i, end: b + 2 + n, ent: e}, true
			}
		}
	}
	var state *knownActor
	if m, ok := r.personPossessor(toks, i); ok {
		// "Hasina's government", "Modi's government": the state the
		// person leads, when it is known
		return m, true
	}
	if toks[i].lower() == "its" {
		// "Azerbaijan hosted the talks. … its Foreign Ministry said": the
		// state spoken of last
		if st := r.lastState(); st != nil && st.known != nil && st.known.Kind == dipgraph.KindState {
			state, j = st.known, i+1
		} else {
			return mention{}, false
		}
	} else if a, n := r.lex.demonymAt(toks, j); a != nil {
		state = a
		j += n
	} else if vals, n := r.nameAt(toks, j); n > 0 {
		if k := vals[0].(*knownActor); k.Kind == dipgraph.KindState {
			state = k
			j += n
			if j < len(toks) && toks[j].possessive() {
				j++
			}
		}
	}
	if state == nil && r.home != nil && toks[i].lower() == "the" {
		// "BEIJING — … the Commerce Ministry said": the dateline's state
		for k := j; k < len(toks) && k < j+3 && toks[k].capitalized() && !toks[k].quoted; k++ {
			if toks[k].lower() == "ministry" && k > j {
				e := r.fromKnown(r.home)
				e.addAlias(spanText(toks[i : k+1]))
				r.bodySpoke(e, toks, i, k+1)
				return mention{start: i, end: k + 1, ent: e}, true
			}
		}
	}
	if j+2 < len(toks) && (toks[j].lower() == "ministry" || toks[j].lower() == "department") && (toks[j+1].lower() == "of" || toks[j+1].lower() == "for") && toks[j+2].capitalized() {
		// "India's Ministry of External Affairs": the state's, or the
		// dateline's, or else a body of its own
		end := j + 2
		for end < len(toks) && end < j+6 && (toks[end].capitalized() || toks[end].lower() == "and") && !toks[end].quoted {
			end++
		}
		for end > j+2 && toks[end-1].lower() == "and" {
			end--
		}
		if state == nil && toks[i].lower() == "the" {
			state = r.home
			for k := len(r.recent) - 1; state == nil && k >= 0; k-- {
				// "BEIJING/BRUSSELS — China said … the Ministry of
				// Commerce said": the state that spoke last, unless
				// another of its ministries was named ("India's Ministry of
				// External Affairs … the Ministry of Foreign Affairs" is
				// some other state's)
				if st := r.recent[k]; st.kind == dipgraph.KindState && st.spoke && st.known != nil {
					if !slices.ContainsFunc(st.aliases, func(a string) bool { return strings.Contains(a, "Ministry") }) {
						state = st.known
					}
					break
				}
			}
		}
		if state == nil {
			name := spanText(toks[j:end])
			e := r.named(dipgraph.KindOrganization, name)
			return mention{start: i, end: end, ent: e}, true
		}
		e := r.fromKnown(state)
		e.addAlias(spanText(toks[i:end]))
		r.bodySpoke(e, toks, i, end)
		return mention{start: i, end: end, ent: e}, true
	}
	if state == nil {
		return mention{}, false
	}
	if _, n := r.lex.bodies.match(toks, j); n > 0 {
		// "Colombia's air force": a body of the state, an organisation
		name := spanText(toks[i : j+n])
		if toks[i].lower() == "the" {
			name = spanText(toks[i+1 : j+n])
		}
		e := r.byName[strings.ToLower(name)]
		if e == nil {
			e = &entity{kind: dipgraph.KindOrganization, name: name, affiliation: r.fromKnown(state)}
			r.add(e)
		}
		return mention{start: i, end: j + n, ent: e}, true
	}
	for k := j; k < len(toks) && k < j+4; k++ {
		w := toks[k].lower()
		if governmentHeads[w] {
			if k == j && w == "mission" && k+3 < len(toks) && toks[k+1].lower() == "to" {
				// "Iran's mission to the United Nations": the state's
				if vals, n := r.nameAt(toks, k+2); n > 0 && vals[0].(*knownActor).Kind == dipgraph.KindOrganization {
					e := r.fromKnown(state)
					e.addAlias(spanText(toks[i : k+2+n]))
					r.bodySpoke(e, toks, i, k+2+n)
					return mention{start: i, end: k + 2 + n, ent: e}, true
				}
			}
			end := k + 1
			if k == j && (w == "mission" || w == "embassy") && k+2 < len(toks) && toks[k+1].lower() == "in" && toks[k+2].capitalized() && !toks[k+2].quoted {
				// "China's mission in Geneva said", "China's embassy in
				// Washington called …": the state speaking where it sits
				end = k + 2
				if _, n := r.nameAt(toks, end); n > 0 {
					end += n
				} else {
					for end < len(toks) && end < k+5 && toks[end].capitalized() && !toks[end].quoted {
						end++
					}
				}
				if end < len(toks) && r.verbLike(toks[end]) {
					// (only as the one speaking: "employees of the Czech
					// embassy in Moscow" is a place)
					e := r.fromKnown(state)
					e.addAlias(spanText(toks[i:end]))
					return mention{start: i, end: end, ent: e}, true
				}
			}
			if k == j && w != "government" && w != "administration" && w != "cabinet" && w != "presidency" && w != "authorities" {
				return mention{}, false // "Russia's mission" is too vague
			}
			if end+1 < len(toks) && (toks[end].lower() == "of" || toks[end].lower() == "for") && toks[end+1].capitalized() && !toks[end+1].quoted {
				// "the Swiss Federal Department of Foreign Affairs": its
				// portfolio is part of its name
				end += 2
				for end < len(toks) && end < k+8 && !toks[end].quoted && (toks[end].capitalized() || toks[end].lower() == "and" && end+1 < len(toks) && toks[end+1].capitalized()) {
					end++
				}
			}
			e := r.fromKnown(state)
			e.addAlias(spanText(toks[i:end]))
			r.bodySpoke(e, toks, i, end)
			return mention{start: i, end: end, ent: e}, true
		}
		if !toks[k].isWord() || toks[k].quoted || !(toks[k].capitalized() || w == "foreign" || w == "defence" || w == "defense" || w == "interior" || w == "finance" || k+1 < len(toks) && toks[k+1].lower() == "ministry" && !determiners[w]) {
			// (any portfolio before "ministry": "Seoul's unification
			// ministry said")
			return mention{}, false
		}
		if _, n := r.lex.titles.match(toks, k); n > 0 {
			return mention{}, false // "Russian Foreign Minister": a person
		}
	}
	return mention{}, false
}

// family matches the relatives of someone as one speaker, a group, where
// they stand as a subject: "Yang's family said", "the family of Damian
// Soból, …, said", "families of the hostages said"; and "the family" or "his
// family" after one was named. It fails on any other words.
func (r *registry) family(toks []token, i int, verbAt func(int) bool) (mention, bool) {
	relatives := func(k int) bool { return k < len(toks) && familyNouns[toks[k].lower()] && !toks[k].quoted }
	// (only as a speaker, before its verb or an apposition: not the
	// families condolences go to)
	subjectEnds := func(k int) bool { return k < len(toks) && (toks[k].text == "," || verbAfterAdverbs(toks, k, verbAt)) }
	w := toks[i].lower()
	if (w == "the" || w == "his" || w == "her" || w == "their") && relatives(i+1) && !(i+2 < len(toks) && toks[i+2].lower() == "of") {
		if r.lastFamily == nil {
			return mention{}, false
		}
		return mention{start: i, end: i + 2, ent: r.lastFamily, kind: byDescriptor}, true
	}
	j := i
	if w == "the" {
		j++
	}
	if relatives(j) && j+2 < len(toks) && toks[j+1].lower() == "of" {
		// "families of the hostages", "the family of Damian Soból": up to
		// the verb, a comma or a relative pronoun
		end := j + 2
		for end < len(toks) && end < j+8 && toks[end].isWord() && !toks[end].quoted && !verbAt(end) && !prepositions[toks[end].lower()] && !stopsNounPhrase[toks[end].lower()] {
			end++
		}
		if end == j+2 || !subjectEnds(end) {
			return mention{}, false
		}
		e := r.named(dipgraph.KindGroup, spanText(toks[j:end]))
		r.lastFamily = e
		return mention{start: i, end: end, ent: e}, true
	}
	if !toks[i].capitalized() {
		return mention{}, false
	}
	// (cheaply first, as this runs at every capitalised word: the first
	// possessive after the name must come before a family noun)
	if k := slices.IndexFunc(toks[i+1:min(i+9, len(toks))], func(t token) bool { return t.possessive() }); k < 0 || !relatives(i+1+k+1) {
		return mention{}, false
	}
	n := 0
	if vals, m := r.nameAt(toks, i); m > 0 {
		if vals[0].(*knownActor).Kind != dipgraph.KindPerson {
			return mention{}, false // "Britain's family courts"
		}
		n = m
	} else {
		// a person the story named, or one it only names here ("Yang
		// Hengjun's family")
		for n < 3 && i+n < len(toks) && toks[i+n].capitalized() && toks[i+n].isWord() && !toks[i+n].quoted {
			n++
		}
	}
	if n == 0 || i+n+1 >= len(toks) || !toks[i+n].possessive() || !relatives(i+n+1) || !subjectEnds(i+n+2) {
		return mention{}, false
	}
	// "Yang's family"
	e := r.named(dipgraph.KindGroup, spanText(toks[i:i+n+2]))
	r.lastFamily = e
	return mention{start: i, end: i + n + 2, ent: e}, true
}

// stopsNounPhrase are words that end a noun phrase after "of": "the
// families of the victims as well as …", "families of the hostages who …".
var stopsNounPhrase = map[string]bool{"and": true, "or": true, "as": true, "but": true, "who": true, "which": true, "that": true}

// familyNouns name a person's relatives speaking together.
var familyNouns = wordSet("family-noun")

// bodySpoke records that state spoke through the body the words span name:
// it is the body named last, and the ministry named last when they name one.
// A ministry that only titles a person ("Russian Foreign Ministry
// spokeswoman Maria Zakharova") is not one the story goes on to speak of.
func (r *registry) bodySpoke(state *entity, toks []token, start, end int) {
	state.spokeAsBody, r.lastBody = true, state
	if _, n := r.lex.titles.match(toks, end); n > 0 {
		return
	}
	if slices.ContainsFunc(toks[start:end], func(t token) bool { return t.low == "ministry" }) {
		r.lastMinistry = state
	}
}

// officeOf matches "the Prime Minister's Office" and "Netanyahu's office":
// the office of a leader speaks for the leader's state (the dateline's when
// the story names no such leader), as the guide makes government bodies
// aliases of their state.
func (r *registry) officeOf(toks []token, i int) (mention, bool) {
	office := func(j int) bool {
		return j+1 < len(toks) && toks[j].possessive() && toks[j+1].lower() == "office"
	}
	if !wordWithin(toks, i+1, 7, func(t *token) bool { return t.low == "office" }) {
		return mention{}, false // the common case, cheaply
	}
	var j int
	var holder *entity
	if toks[i].lower() == "the" && i+2 < len(toks) && toks[i+1].lower() == "presidential" && toks[i+2].lower() == "office" {
		// "the presidential office said": the president's
		holder = r.bareHolder("president")
		j = i + 1 // (the office is toks[j+1])
	} else if toks[i].lower() == "the" {
		vals, n := r.lex.titles.match(toks, i+1)
		if n == 0 || !office(i+1+n) {
			return mention{}, false
		}
		j = i + 1 + n
		holder = r.bareHolder(vals[0].(string))
	} else if vals, n := r.nameAt(toks, i); n > 0 && vals[0].(*knownActor).Kind == dipgraph.KindPerson && toks[i].capitalized() && office(i+n) {
		holder = r.fromKnown(vals[0].(*knownActor))
		j = i + n
	} else if p, n := r.storyPerson(toks, i); p != nil && office(i+n) {
		// "Moon's office said": a person the story has named
		holder, j = p, i+n
	} else {
		return mention{}, false
	}
	var state *entity
	switch {
	case holder != nil && holder.affiliation != nil && holder.affiliation.kind == dipgraph.KindState:
		state = holder.affiliation
	case holder != nil && holder.known != nil && holder.known.Affiliation != "":
		if k := r.knownByName(holder.known.Affiliation); k != nil && k.Kind == dipgraph.KindState {
			state = r.fromKnown(k)
		}
	}
	if state == nil && r.home != nil {
		state = r.fromKnown(r.home)
		if holder != nil && holder.kind == dipgraph.KindPerson && holder.affiliation == nil && holder.known == nil {
			holder.affiliation = state // "Gallant's office" in a Jerusalem story: he is Israel's
		}
	}
	if state == nil {
		return mention{}, false
	}
	state.addAlias(spanText(toks[i : j+2]))
	r.bodySpoke(state, toks, i, j+2)
	return mention{start: i, end: j + 2, ent: state}, true
}

// storyPerson returns the person of the story whose name or family name
// the capitalised words at i give, and how many words that is, or nil.
func (r *registry) storyPerson(toks []token, i int) (*entity, int) {
	k := i
	for k < len(toks) && k < i+4 && toks[k].capitalized() && toks[k].isWord() {
		k++
	}
	for n := k - i; n > 0; n-- {
		name := spanText(toks[i : i+n])
		for _, e := range r.entities {
			if e.kind == dipgraph.KindPerson && (strings.EqualFold(e.name, name) || e.lastName() == name || n == 1 && strings.HasPrefix(e.name, name+" ") && r.lex.familyFirst(e.name)) {
				return e, n
			}
		}
	}
	return nil, 0
}

// theCountrys returns the state "the country’s" at i stands for: the first
// the sentence names before it, else the one named last; nil when i holds
// no such phrase or no state is known.
func (r *registry) theCountrys(toks []token, i int) *entity {
	if i+3 >= len(toks) || toks[i].lower() != "the" || toks[i+1].lower() != "country" || !toks[i+2].possessive() {
		return nil
	}
	for k := 0; k < i; k++ {
		if vals, n := r.nameAt(toks, k); n > 0 && toks[k].capitalized() {
			if ka := vals[0].(*knownActor); ka.Kind == dipgraph.KindState {
				return r.fromKnown(ka)
			}
		}
	}
	for k := len(r.recent) - 1; k >= 0; k-- {
		if e := r.recent[k]; e.kind == dipgraph.KindState {
			return e
		}
	}
	return nil
}

// headOf returns the person who leads org: one of the article's persons
// affiliated with it, else a known person whose affiliation it is.
func (r *registry) headOf(org *entity) *entity {
	for i := len(r.recent) - 1; i >= 0; i-- {
		if e := r.recent[i]; e.kind == dipgraph.KindPerson && e.affiliation == org {
			return e
		}
	}
	for _, k := range r.lex.actors {
		if k.Kind == dipgraph.KindPerson && k.Affiliation == org.name && org.kind != dipgraph.KindState {
			return r.fromKnown(k)
		}
	}
	return nil
}

// stripParticle drops an Arabic article from a family name, so that
// "Burhan" finds "Abdel Fattah al-Burhan".
func stripParticle(name string) string {
	for _, p := range []string{"al-", "Al-", "el-", "El-", "ad-", "as-", "ash-", "az-"} {
		if rest, ok := strings.CutPrefix(name, p); ok && rest != "" {
			return rest
		}
	}
	return name
}

// nameParticles are lower-case words inside personal names ("Ursula von
// der Leyen", "Mohammed bin Salman", "Luiz Inácio Lula da Silva").
var nameParticles = map[string]bool{
	"von": true, "van": true, "der": true, "den": true, "de": true, "da": true, "dos": true,
	"do": true, "bin": true, "ibn": true, "al": true, "el": true, "la": true, "le": true, "di": true,
}

// nameTokenAt reports whether toks[k] can be part of a personal name:
// capitalised, a hyphenated Arabic family name ("al-Burhan"), or, inside a
// name, a particle followed by a capitalised word.
func nameTokenAt(toks []token, k int, inside bool) bool {
	t := toks[k]
	if timeZones[t.text] {
		return false // "13:50 GMT Benny Gantz said": a live blog's clock
	}
	if t.capitalized() {
		return true
	}
	if !t.isWord() {
		return false
	}
	if p := stripParticle(t.text); p != t.text {
		r := []rune(p)
		return len(r) > 0 && unicode.IsUpper(r[0])
	}
	return inside && nameParticles[t.text] && k+1 < len(toks) && nameTokenAt(toks, k+1, true)
}

var timeZones = map[string]bool{"GMT": true, "UTC": true, "BST": true, "CET": true, "CEST": true, "EST": true, "EDT": true, "PST": true, "PDT": true, "ET": true}

// unnamedHeads are the nouns of unnamed speakers: "a senior official",
// "Western diplomats".
var unnamedHeads = map[string]dipgraph.ActorKind{
	"official": dipgraph.KindPerson, "diplomat": dipgraph.KindPerson, "spokesperson": dipgraph.KindPerson,
	"spokesman": dipgraph.KindPerson, "spokeswoman": dipgraph.KindPerson, "source": dipgraph.KindPerson,
	"officials": dipgraph.KindGroup, "diplomats": dipgraph.KindGroup, "analysts": dipgraph.KindGroup,
	"sources": dipgraph.KindGroup, "negotiators": dipgraph.KindGroup, "leaders": dipgraph.KindGroup,
	"ministers": dipgraph.KindGroup, "lawmakers": dipgraph.KindGroup, "delegates": dipgraph.KindGroup,
}

// possessorEnd returns where the words after a possessive begin in an
// apposition opening at the comma k with a capitalised possessor
// ("…, President Vladimir Putin's special envoy"), or 0.
func possessorEnd(toks []token, k int) int {
	if k+3 >= len(toks) || toks[k].text != "," {
		return 0
	}
	for j := k + 1; j < len(toks) && j < k+6; j++ {
		if toks[j].possessive() {
			if j > k+1 && j+1 < len(toks) {
				return j + 1
			}
			return 0
		}
		if !toks[j].capitalized() || toks[j].quoted {
			return 0
		}
	}
	return 0
}

// possessedRole matches "the Gavdos's captain said", "The ship's captain,
// speaking by telephone, said": a person named only by a role of
// something named, who speaks next; a descriptive actor, as the guide
// makes unnamed speakers. Not with a name in apposition ("the Kremlin's
// spokesman, Dmitry Peskov,").
func (r *registry) possessedRole(toks []token, i int, verbAt func(int) bool) (mention, bool) {
	if toks[i].lower() != "the" || i+3 >= len(toks) || !toks[i+1].capitalized() {
		return mention{}, false
	}
	j := i + 1
	for j < len(toks) && j < i+4 && toks[j].capitalized() && !toks[j].quoted {
		j++
	}
	if j+1 >= len(toks) || !toks[j].possessive() || !possessedRoles[toks[j+1].lower()] {
		return mention{}, false
	}
	end := j + 2
	verb := end
	if end+1 < len(toks) && toks[end].text == "," && !toks[end+1].capitalized() {
		// past ", speaking to state broadcaster ERT by telephone,"
		for c := end + 1; c+1 < len(toks) && c < end+20; c++ {
			if toks[c].text == "," {
				verb = c + 1
				break
			}
		}
	}
	if !verbAfterAdverbs(toks, verb, verbAt) {
		return mention{}, false
	}
	name := spanText(toks[i:end])
	e := r.named(dipgraph.KindPerson, name)
	return mention{start: i, end: end, ent: e}, true
}

// possessedRoles name a person by a role of something named ("the ship's
// captain").
var possessedRoles = wordSet("possessed-role")

// unnamed matches a speaker the text does not name, when a reporting verb
// follows it: "a senior administration official said", "Western diplomats
// said". The annotation guide makes each a descriptive actor.
func (r *registry) unnamed(toks []token, i int, verbAt func(int) bool) (mention, bool) {
	if m, ok := r.possessedRole(toks, i, verbAt); ok {
		return m, true
	}
	w := toks[i].lower()
	if toks[i].may(calendarWord) && (weekdays[w] != 0 || months[w] != 0) {
		return mention{}, false // "on Wednesday that State Department officials …"
	}
	plural := !(w == "a" || w == "an" || w == "one")
	if plural && !toks[i].capitalized() && !groupOpeners[w] {
		return mention{}, false // "after the two prime ministers" is no speaker
	}
	j := i
	if !plural {
		j++
	}
	for k := j; k < len(toks) && k < j+5; k++ {
		var kind dipgraph.ActorKind
		ok := false
		if toks[k].may(headWord) {
			kind, ok = unnamedHeads[toks[k].lower()]
		}
		if !ok {
			if !toks[k].isWord() || toks[k].quoted || verbAt(k) {
				return mention{}, false
			}
			continue
		}
		end := k + 1
		if end+1 < len(toks) && (toks[end].lower() == "in" || toks[end].lower() == "at" || toks[end].lower() == "from") {
			// "Western diplomats in Vilnius said": the place is part of
			// the description, not the speaker
			if _, n := r.nameAt(toks, end+1); n > 0 && toks[end+1].capitalized() {
				end += 1 + n
			} else if c := end + 1; toks[c].capitalized() {
				// (a place the lexicon does not know: "Diplomats in New York
				// say")
				for c < len(toks) && c < end+4 && toks[c].capitalized() && !verbAt(c) {
					c++
				}
				if c < len(toks) && verbAt(c) {
					end = c
				}
			}
		}
		if h := toks[k].lower(); (h == "spokesman" || h == "spokeswoman" || h == "spokesperson") && end+1 < len(toks) && toks[end].lower() == "for" {
			// "A spokesman for Prime Minister Rishi Sunak said": the
			// spokesman, for whom he speaks part of who he is
			for c := end + 1; c < len(toks) && c < end+9 && toks[c].isWord() && !toks[c].quoted; c++ {
				if verbAt(c) {
					end = beforeAdverbs(toks, c) + 1 // (not "later" in "… later added")
					break
				}
			}
		}
		if e := sourceQualifier(toks, end); e > end {
			// "an Egyptian official familiar with the talks said", "a
			// source close to the Kremlin said": part of who they are
			end = e
		}
		verbAfter := end
		if end+1 < len(toks) && toks[end].text == "," && (toks[end+1].lower() == "speaking" || toks[end+1].lower() == "who") {
			// "Western diplomats in Warsaw, speaking on condition of
			// anonymity, said"
			for c := end + 2; c+1 < len(toks) && c < end+20; c++ {
				if toks[c].text == "," {
					verbAfter = c + 1
					break
				}
			}
		}
		if end+1 < len(toks) && (toks[end].lower() == "quoted" || toks[end].lower() == "cited") && toks[end+1].lower() == "by" {
			// "a source in Baku quoted by the news agency APA said"
			for c := end + 2; c < len(toks) && c < end+10; c++ {
				if verbAt(c) {
					verbAfter = c
					break
				}
			}
		}
		if plural != (kind == dipgraph.KindGroup) || end >= len(toks) {
			return mention{}, false
		}
		if !verbAfterAdverbs(toks, verbAfter, verbAt) && !(leadsSentence(toks, i) && pastVerbAt(toks, skipDateWords(toks, end))) && !(verbAfter > end && pastVerbAt(toks, verbAfter)) {
			// ("A senior official, speaking on condition of anonymity,
			// played down the recall": a source, who speaks next)
			// "West African leaders on Wednesday suspended Guinea … and
			// demanded …": a group opening the sentence may act first
			return mention{}, false
		}
		if plural && k == i && !toks[i].capitalized() {
			return mention{}, false // a bare "officials said" names too little
		}
		name := spanText(toks[i:end])
		e := r.named(kind, name)
		if end > k+1 {
			// "A senior Australian official travelling with the
			// delegation" is also "a senior Australian official"
			e.addAlias(spanText(toks[i : k+1]))
		}
		if g, ok := gendered[toks[k].lower()]; ok && kind == dipgraph.KindPerson {
			// "a spokesman said": a man, whom a later "she" is not
			e.male, e.female = g == "m", g == "f"
		}
		return mention{start: i, end: end, ent: e}, true
	}
	return mention{}, false
}

// gendered heads of unnamed sources say whether the source is a man ("m")
// or a woman ("f").
var gendered = map[string]string{
	"spokesman": "m", "spokeswoman": "f", "chairman": "m", "chairwoman": "f", "congressman": "m", "congresswoman": "f",
}

// sourceQualifier returns the end of a phrase that describes an unnamed
// source at toks[k] ("familiar with the talks", "briefed on the
// conversation", "close to the Kremlin", "involved in the drafting"): up
// to five words before a verb or punctuation; or k.
func sourceQualifier(toks []token, k int) int {
	if k+2 >= len(toks) {
		return k
	}
	switch toks[k].lower() + " " + toks[k+1].lower() {
	case "familiar with", "briefed on", "close to", "involved in", "travelling with", "traveling with", "working on", "present at":
	default:
		return k
	}
	j := k + 2
	for j < len(toks) && j < k+7 && toks[j].isWord() && !toks[j].quoted {
		if w := toks[j].lower(); w == "said" || w == "says" || w == "told" || auxiliaries[w] {
			break
		}
		j++
	}
	if j == k+2 {
		return k
	}
	return j
}

// groupAddressee reads an unnamed group addressed at k, "all sides", "the
// parties concerned", "foreign governments", when "to" (after urge verbs) or
// "that" follows it, and returns the group and the index after it, or nil.
func (r *registry) groupAddressee(toks []token, k int, urge bool) (*entity, int) {
	if urge && k+2 < len(toks) && toks[k].kind == tokOpenQuote {
		// "called on “all Sudanese stakeholders” to implement …": the
		// hearers named in the speaker's own words
		for j := k + 1; j < len(toks) && j <= k+6; j++ {
			if toks[j].kind != tokCloseQuote {
				continue
			}
			if j+1 < len(toks) && toks[j+1].lower() == "to" && j > k+1 && r.lex.addresseeGroups[toks[j-1].lower()] {
				name := spanText(toks[k+1 : j])
				e := r.named(dipgraph.KindGroup, name)
				return e, j + 1
			}
			break
		}
	}
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		if !t.isWord() || t.quoted {
			return nil, 0
		}
		if !r.lex.addresseeGroups[t.lower()] && !(urge && urgedGroups[t.lower()]) {
			continue
		}
		end := j + 1
		if end < len(toks) && toks[end].lower() == "concerned" {
			end++
		}
		if end+1 < len(toks) && (toks[end].lower() == "in" || toks[end].lower() == "at") && toks[end+1].capitalized() {
			// "told senior U.S. diplomats in Beijing that"
			if _, n := r.nameAt(toks, end+1); n > 0 {
				end += 1 + n
			}
		}
		if urge && end+1 < len(toks) && toks[end].lower() == "of" {
			// "called on the people of both Koreas to …"
			for q := end + 1; q < len(toks) && q <= end+5 && toks[q].isWord() && !toks[q].quoted; q++ {
				if toks[q].lower() == "to" {
					end = q
					break
				}
			}
		}
		nameEnd := end
		if urge && end < len(toks) && (toks[end].lower() == "that" || toks[end].lower() == "who") {
			// "called on German companies that still trade with Russia to
			// leave": past the relative clause to its "to"
			for q := end + 1; q < len(toks) && q <= end+8 && toks[q].isWord() && !toks[q].quoted; q++ {
				if toks[q].lower() == "to" {
					end = q
					break
				}
			}
		}
		if !urge {
			// "told the two delegations on Thursday that", "had told the
			// mediators it would …", "had assured British officials before
			// the visit that"
			if d := skipDatePhrase(toks, end); d > end {
				end = d
			}
			if d := timePhraseAfter(toks, end); d > end {
				end = d
			}
			if end < len(toks) && toks[end].lower() != "that" && !subjectPronouns[toks[end].lower()] {
				// "told the officials who received him that", "told the
				// other leaders behind closed doors that", "told
				// commanders of the Paran brigade that": past a phrase
				// on the hearers to the "that" of what they were told
				for q := end; q < len(toks) && q < end+12 && !toks[q].quoted && toks[q].text != ";" && !r.verbLike(toks[q]); q++ {
					if toks[q].lower() == "that" {
						if w := toks[end].lower(); w == "of" || w == "who" || w == "whom" {
							nameEnd = q // "commanders of the Paran brigade", "the officials who received him"
							for nameEnd > end && !toks[nameEnd-1].isWord() {
								nameEnd--
							}
						}
						end = q
						break
					}
				}
			}
		}
		if end >= len(toks) || urge && toks[end].lower() != "to" || !urge && toks[end].lower() != "that" && !subjectPronouns[toks[end].lower()] {
			return nil, 0
		}
		if slices.ContainsFunc(toks[k:j], func(t token) bool { return audienceWords[t.lower()] }) {
			return nil, 0 // "told an audience of diplomats": an audience, never a hearer
		}
		name := spanText(toks[k:nameEnd])
		e := r.named(dipgraph.KindGroup, name)
		return e, end
	}
	return nil, 0
}

// audienceWords name a gathering that listens, whose members are never
// hearers: "an audience of diplomats", "a crowd of supporters".
var audienceWords = wordSet("audience")

// subjectPronouns open a reported clause that has no "that": "told the
// mediators it would …".
var subjectPronouns = map[string]bool{"it": true, "they": true, "he": true, "she": true, "we": true}

// letterGroup reads the unnamed group a message goes to at k ("to
// congressional leaders", "to EU foreign ministers"): up to three
// modifiers and a plural the guide lets a speaker address, and returns it
// with the index after it, or nil.
func (r *registry) letterGroup(toks []token, k int) (*entity, int) {
	for j := k; j < len(toks) && j < k+4; j++ {
		if !toks[j].isWord() || toks[j].quoted {
			return nil, 0
		}
		if r.lex.addresseeGroups[toks[j].lower()] {
			return r.named(dipgraph.KindGroup, spanText(toks[k:j+1])), j + 1
		}
	}
	return nil, 0
}

// bothStates, bothPersons and bothBodies are the nouns of "both sides",
// "the two leaders", "both forces": the two actors of that kind the story
// named last.
var (
	bothStates  = wordSet("both-states")
	bothPersons = wordSet("both-persons")
	bothBodies  = wordSet("both-bodies")
)

// bothSides reads "both sides" or "the two sides" at k before "to" or
// "that" and returns the two actors named last other than the speaker and
// the state the speaker serves, and the index after the phrase, or nil: two
// states for sides, parties, governments and countries, two people for
// leaders, presidents and ministers, two bodies for forces and armies.
func (r *registry) bothSides(toks []token, k int, speaker, reporter *entity) ([]*entity, int) {
	end := k + 2
	switch {
	case k+2 < len(toks) && toks[k].lower() == "both":
	case k+3 < len(toks) && toks[k].lower() == "the" && toks[k+1].lower() == "two":
		end = k + 3
	default:
		return nil, 0
	}
	if w := toks[end].lower(); w != "to" && w != "that" {
		return nil, 0
	}
	var kind dipgraph.ActorKind
	switch w := toks[end-1].lower(); {
	case bothStates[w]:
		kind = dipgraph.KindState
	case bothPersons[w]:
		kind = dipgraph.KindPerson
	case bothBodies[w]:
		// "urged both forces to honour it": the two armed bodies
		kind = dipgraph.KindOrganization
	default:
		return nil, 0
	}
	if two := r.lastTwo(kind, speaker, false, reporter); two != nil {
		return two, end
	}
	return nil, 0
}

// lastTwo returns the two actors of a kind named last, other than the
// speaker, the state the speaker serves and any of others, in the order the
// story first named them, or nil when it named fewer. Actors last named as
// places ("in Jakarta") count only when places is set.
func (r *registry) lastTwo(kind dipgraph.ActorKind, speaker *entity, places bool, others ...*entity) []*entity {
	var two []*entity
	for i := len(r.recent) - 1; i >= 0 && len(two) < 2; i-- {
		if e := r.recent[i]; e.kind == kind && (places || !e.locative) && e != speaker && !slices.Contains(others, e) && (speaker == nil || e != speaker.affiliation) {
			two = append(two, e)
		}
	}
	if len(two) < 2 {
		return nil
	}
	slices.SortFunc(two, func(a, b *entity) int { return slices.Index(r.entities, a) - slices.Index(r.entities, b) })
	return two
}

// documentSpeaker matches "the statement said", "the readout added": the
// document speaks for whoever issued it, as the article said before.
func (r *registry) documentSpeaker(toks []token, i int, verbAt func(int) bool) (mention, bool) {
	j := i + 1
	var owners []*entity
	if toks[i].lower() == "the" && j+2 < len(toks) && (toks[j+1].text == "’" || toks[j+1].text == "'") && documentNouns[toks[j+2].lower()] {
		// "The leaders’ declaration, adopted on Wednesday, called …": the
		// group that issued it
		if g := r.groupNamedBy(toks[j].lower()); g != nil {
			owners, j = []*entity{g}, j+2
			r.issuers = owners
		}
	}
	if owners != nil {
	} else if toks[i].may(calendarWord) && weekdays[toks[i].lower()] != 0 && j < len(toks) && toks[j].possessive() {
		j++ // "Friday's note said"
	} else if len(r.issuers) == 0 || toks[i].lower() != "the" {
		return mention{}, false
	}
	if j < len(toks) && (toks[j].lower() == "joint" || toks[j].lower() == "chinese" || toks[j].lower() == "american") {
		j++
	}
	if j >= len(toks) || !documentNouns[toks[j].lower()] || !verbAfterAdverbs(toks, j+1, verbAt) && !(j+1 < len(toks) && toks[j+1].text == "," && (owners != nil || verbAfterComma(toks, j+1, verbAt))) {
		return mention{}, false
	}
	who := r.issuers
	if owners != nil {
		who = owners
	} else if w, ok := r.issuerOf[toks[j].lower()]; ok {
		who = w // "the note" after "the communiqué": the note's own issuer
	}
	if len(who) == 0 {
		return mention{}, false
	}
	return mention{start: i, end: j + 1, ent: who[0], also: who[1:], kind: byDescriptor}, true
}

// verbAfterComma reports whether the phrase set off by the comma at k
// ("The statement, read out at the hotel, said") is followed by a reporting
// verb and neither reports nor issues anything itself.
func verbAfterComma(toks []token, k int, verbAt func(int) bool) bool {
	for j := k + 1; j < len(toks) && j < k+25; j++ {
		if toks[j].quoted || toks[j].text == "." || toks[j].text == ";" || verbAt(j) || issuingVerbs[toks[j].lower()] {
			// (not "The document, he said, would remind …", nor "The
			// statement, issued in the name of the Sultan, said", which
			// names its own issuer)
			return false
		}
		if toks[j].text == "," {
			return verbAfterAdverbs(toks, j+1, verbAt)
		}
	}
	return false
}

// documentNouns name what a government issues and a story then quotes.
var documentNouns = wordSet("document")

// leadsSentence reports whether toks[i] opens the sentence, after a
// dateline if any.
func leadsSentence(toks []token, i int) bool {
	return i == firstWord(toks) || i > 0 && (toks[i-1].text == "—" || toks[i-1].text == "–")
}

// skipDateWords steps over "on Wednesday", "last week" at k.
func skipDateWords(toks []token, k int) int {
	if k < len(toks) && toks[k].lower() == "on" && k+1 < len(toks) && weekdays[toks[k+1].lower()] != 0 {
		return k + 2
	}
	return k
}

// pastVerbAt reports whether toks[k] looks like a verb in the past tense.
func pastVerbAt(toks []token, k int) bool {
	return k < len(toks) && !toks[k].capitalized() && len(toks[k].text) > 4 && strings.HasSuffix(toks[k].lower(), "ed")
}

// surnameAfter reports whether e's surname stands in toks from k on.
func surnameAfter(toks []token, k int, e *entity) bool {
	last := e.name[strings.LastIndexByte(e.name, ' ')+1:]
	for _, t := range toks[k:] {
		if t.text == last {
			return true
		}
	}
	return false
}

// otherWithRole returns the latest person other than e who holds e's role,
// or nil.
func (r *registry) otherWithRole(e *entity) *entity {
	for k := len(r.recent) - 1; k >= 0; k-- {
		if p := r.recent[k]; p != e && p.kind == dipgraph.KindPerson && p.role != "" && strings.EqualFold(p.role, e.role) {
			return p
		}
	}
	return nil
}

// peopleInSentence returns the want persons named or described earlier in
// the sentence being read, in text order, when it names exactly that many
// ("Blinken thanked … Al Thani …, and the two men agreed"), or nil.
func (r *registry) peopleInSentence(want int) []*entity {
	var people []*entity
	for _, m := range r.sentence {
		if m.kind != byPronoun && m.ent != nil && m.ent.kind == dipgraph.KindPerson && !slices.Contains(people, m.ent) {
			people = append(people, m.ent)
		}
	}
	if len(people) != want {
		return nil
	}
	return people
}

// lastPeople returns the want persons last mentioned whose role contains
// role (any role when it is ""), in text order, or nil when there are fewer.
func (r *registry) lastPeople(want int, role string) []*entity {
	var people []*entity
	for k := len(r.recent) - 1; k >= 0 && len(people) < want; k-- {
		if p := r.recent[k]; p.kind == dipgraph.KindPerson && (role == "" || strings.Contains(strings.ToLower(p.role), role) && !otherRank(strings.ToLower(p.role), role)) {
			people = append(people, p)
		}
	}
	if len(people) < want {
		return nil
	}
	slices.Reverse(people)
	return people
}

// affiliatedPeople reads "EU leaders" or "Chinese ministers" at k, after
// "the two", and returns the want persons last named who belong to that
// organisation or state (or to a body of it: the European Commission's
// president is an EU leader), and the index after the phrase; or nil.
func (r *registry) affiliatedPeople(toks []token, k, want int) ([]*entity, int) {
	var aff *entity
	n := 0
	if a, m := r.lex.demonymAt(toks, k); a != nil {
		aff, n = r.byKnown[a], m
	} else if vals, m := r.nameAt(toks, k); m > 0 && toks[k].capitalized() {
		aff, n = r.byKnown[vals[0].(*knownActor)], m
	}
	if aff == nil || personPlural(toks, k+n) == 0 {
		return nil, 0
	}
	var people []*entity
	for i := len(r.recent) - 1; i >= 0 && len(people) < want; i-- {
		if p := r.recent[i]; p.kind == dipgraph.KindPerson && p.affiliation != nil && (p.affiliation == aff || p.affiliation.affiliation == aff) {
			people = append(people, p)
		}
	}
	if len(people) < want {
		return nil, 0
	}
	slices.Reverse(people)
	return people, k + n + personPlural(toks, k+n)
}

// leadersOf reads a list of states at k ("the United States, India and
// Japan") and returns, for each, the person of that state the story named
// with the office title (any leader's office when title is ""), else who
// held it on the article's day, and the index after the list; nil unless every state has one and there are two
// or more.
func (r *registry) leadersOf(toks []token, k int, title string) ([]*entity, int) {
	var people []*entity
	for k < len(toks) {
		if toks[k].lower() == "the" {
			k++
		}
		vals, n := r.nameAt(toks, k)
		if n == 0 {
			return nil, 0
		}
		st, ok := vals[0].(*knownActor)
		if !ok || st.Kind != dipgraph.KindState {
			return nil, 0
		}
		aff := r.fromKnown(st)
		p := r.lastPersonWithRole(title, aff, title == "")
		for _, t := range []string{title, "president", "prime minister"} {
			if p == nil && t != "" && (t == title || title == "") {
				// not named yet ("The presidents of Guyana and
				// Venezuela promised …" in the lead): who held the
				// office that day
				p = r.holder(t, aff)
			}
		}
		if p == nil || slices.Contains(people, p) {
			return nil, 0
		}
		people = append(people, p)
		k += n
		if k+1 < len(toks) && (toks[k].text == "," || toks[k].lower() == "and") {
			k++
			if toks[k].lower() == "and" {
				k++
			}
			continue
		}
		break
	}
	if len(people) < 2 {
		return nil, 0
	}
	return people, k
}

// roleFits reports whether a person with role is called by title: "foreign
// minister" is "the minister", "prime minister" is not.
func roleFits(role, title string) bool {
	role, title = plainRole(role), plainRole(title)
	if first, last, ok := strings.Cut(title, " "); ok && !strings.Contains(last, " ") && first != last && strings.HasPrefix(role, first+" ") && strings.HasSuffix(role, " "+last) && strings.Count(role, " ") == 2 {
		// "the deputy minister" is the deputy foreign minister
		return true
	}
	if title == "envoy" && roleHas(role, envoyPosts) {
		return true // "the envoy" is an ambassador, a consul or a chargé too
	}
	return role == title || strings.HasSuffix(role, " "+title) && !otherRank(role, title) || strings.HasPrefix(role, title+" ")
}

// plainRole returns a role in one spelling and word order, so that
// "Secretary of Defense" and "the defence secretary" are one office: lower
// case, American spelling, and "<head> of <field>" as "<field> <head>".
func plainRole(role string) string {
	role = strings.ReplaceAll(strings.ToLower(role), "defence", "defense")
	if head, field, ok := strings.Cut(role, " of "); ok && !strings.Contains(head, " ") && !strings.Contains(field, " ") {
		return field + " " + head
	}
	return role
}

// bareHolder returns the person a bare capitalised title ("The Prime
// Minister", "PM") names, or nil when no one holds it: who it named first;
// else the person the story is about ("The Minister stressed …" in a
// ministry's readout); else the first holder the headline names ("Prime
// Minister Keir Starmer’s calls with … Prime Minister Modi" above a
// readout); else the holder named last.
func (r *registry) bareHolder(title string) *entity {
	title = strings.ToLower(title)
	if b := r.bare[title]; b != nil {
		return b
	}
	if lead := r.leadPerson(); lead != nil && roleFits(lead.role, title) {
		return lead
	}
	if h := r.headlineHolder(title); h != nil {
		return h
	}
	return r.lastPersonWithRole(title, nil, false)
}

// headlineHolder returns the first person the headline or subtitle names
// whose role fits the lower-case title, or nil when they name none.
func (r *registry) headlineHolder(title string) *entity {
	n := len(r.entities)
	if r.headline >= 0 {
		n = min(r.headline, n)
	}
	for _, e := range r.entities[:n] {
		if e.kind == dipgraph.KindPerson && roleFits(e.role, title) {
			return e
		}
	}
	return nil
}

// leadPerson returns the person the story is about, or nil.
func (r *registry) leadPerson() *entity {
	if r.lead == nil {
		return nil
	}
	return *r.lead
}

// otherRank reports whether the lower-case role is a rank of its own that
// the title does not name: "the minister" is not the prime minister, nor
// "the president" the vice president.
func otherRank(role, title string) bool {
	for _, p := range []string{"prime ", "vice ", "crown "} {
		if strings.HasPrefix(role, p) && !strings.HasPrefix(title, p) {
			return true
		}
	}
	return false
}

// pluralRole is the role a plural names ("foreign ministers" → "foreign
// minister"), or "" for words such as "leaders" that fit any role.
func pluralRole(toks []token) string {
	var words []string
	for _, t := range toks {
		words = append(words, t.lower())
	}
	s := strings.Join(words, " ")
	switch s {
	case "leaders", "men", "women":
		return ""
	}
	return strings.TrimSuffix(s, "s")
}

// personPlural returns how many tokens at i name people in the plural
// ("leaders", "foreign ministers"), or 0.
func personPlural(toks []token, i int) int {
	if i >= len(toks) {
		return 0
	}
	switch w := toks[i].lower(); {
	case personPlurals[w]:
		return 1
	case (w == "prime" || w == "foreign" || w == "defence" || w == "defense") && i+1 < len(toks) && toks[i+1].lower() == "ministers":
		return 2
	}
	return 0
}

var personPlurals = wordSet("person-plural")

// sideAt reads a demonym and one of the sideNouns at k ("Saudi
// delegation") and returns the state and the index after the noun, or nil.
// A delegation is remembered for a later "the delegation".
func (r *registry) sideAt(toks []token, k int) (*entity, int) {
	a, n := r.lex.demonymAt(toks, k)
	if a == nil {
		// "the Houthi delegation", "the Hamas negotiators": a group's
		// name, or its singular, before the noun
		if vals, m := r.nameAt(toks, k); m > 0 && vals[0].(*knownActor).Kind != dipgraph.KindPerson && vals[0].(*knownActor).Kind != dipgraph.KindState {
			a, n = vals[0].(*knownActor), m
		} else if k < len(toks) && toks[k].capitalized() {
			if g := r.knownByName(toks[k].text + "s"); g != nil && g.Kind != dipgraph.KindPerson && g.Kind != dipgraph.KindState {
				a, n = g, 1
			}
		}
	}
	if a == nil || k+n >= len(toks) || !sideNouns[toks[k+n].lower()] {
		return nil, 0
	}
	e := r.fromKnown(a)
	if toks[k+n].lower() == "delegation" {
		r.delegation = e
	}
	return e, k + n + 1
}

// sideNouns after a demonym stand for that state: "the Chinese side",
// "the Omani mediators", "the Saudi delegation".
var sideNouns = wordSet("side")

// statePlurals name two states together: "the two countries", "both governments".
var statePlurals = wordSet("state-plural")

// personSlot reports whether the word before toks[i] expects a person:
// "met X", "spoke with X", "spoke to X", "told X".
func personSlot(toks []token, i int, verbAt func(int) bool) bool {
	switch p := toks[i-1].lower(); {
	case p == "met":
		return true
	case p == "with":
		// "spoke by phone on Tuesday evening with X"
		for j := i - 2; j >= 0 && j >= i-8; j-- {
			if w := toks[j].lower(); w == "spoke" || w == "met" {
				return true
			}
		}
		return false
	case p == "to" && i > 1 && toks[i-2].lower() == "spoke":
		return true
	case p == "to" && i > 2 && !toks[i-2].capitalized() && (verbAt(i-2) || toks[i-2].lower() == "clear" && verbAt(i-3)):
		// "had made clear to Aboul Gheit", "said to Lavrov" (not a
		// headline's "Pledge to Face Down …")
		return true
	case p == "by" && i > 1 && verbAt(i-2):
		// "had been told by X"
		return true
	case verbAt(i - 1):
		return true
	}
	return false
}

// counts are the numbers a group of states is named by: "the three countries".
var counts = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5}

// groupOpeners may begin an unnamed group of speakers: "senior officials",
// "some diplomats", "the negotiators".
var groupOpeners = map[string]bool{"senior": true, "some": true, "several": true, "other": true, "the": true, "many": true}

// verbLike reports whether t is a reporting verb form, as after "the four".
func (r *registry) verbLike(t token) bool {
	vals, _ := r.lex.verbs.match([]token{t}, 0)
	return vals != nil
}

// verbAfterAdverbs reports whether a reporting verb follows at i, past
// auxiliaries and adverbs ("…, Anwar Gargash, had earlier criticised").
func verbAfterAdverbs(toks []token, i int, verbAt func(int) bool) bool {
	for i < len(toks) && skippable[toks[i].lower()] {
		i++
	}
	return i < len(toks) && verbAt(i)
}

// noteGroups remembers each list of states a sentence names together ("Saudi
// Arabia, the UAE, Bahrain and Egypt"), so that "the four countries" later
// finds them.
func (r *registry) noteGroups(toks []token, ms []mention) {
	var run []*entity
	flush := func() {
		if len(run) >= 2 {
			r.groups[len(run)] = run
		}
		run = nil
	}
	for i, m := range ms {
		if m.ent == nil || m.ent.kind != dipgraph.KindState || m.kind == byPronoun {
			flush()
			continue
		}
		if len(run) > 0 {
			prev := ms[i-1]
			gap := toks[prev.end:m.start]
			joined := len(gap) >= 1 && len(gap) <= 2
			for _, t := range gap {
				if t.text != "," && t.lower() != "and" {
					joined = false
				}
			}
			if !joined {
				flush()
			}
		}
		run = append(run, m.ent)
	}
	flush()
}
