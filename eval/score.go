package eval

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph"
)

// span is a half-open byte range.
type span struct{ start, end int }

func (s span) len() int { return s.end - s.start }

// overlap returns how many bytes a and b share.
func overlap(a, b span) int {
	return max(0, min(a.end, b.end)-max(a.start, b.start))
}

// likeness returns how alike a and b are: the bytes they share over the
// bytes either covers, 1 for equal spans, 0 for disjoint ones.
func likeness(a, b span) float64 {
	o := overlap(a, b)
	if o == 0 {
		return 0
	}
	return float64(o) / float64(a.len()+b.len()-o)
}

// matches reports whether a and b overlap by at least half of the shorter.
func matches(a, b span) bool {
	o := overlap(a, b)
	return o > 0 && 2*o >= min(a.len(), b.len())
}

// Score compares the extraction document doc of text with the gold
// annotation g and returns the counts and errors of every metric. It fails
// when doc is nil or when a gold statement's or event's evidence is missing
// from text or occurs more than once; the error names the statement or event.
func Score(g *Gold, text []byte, doc *dipgraph.Document) (*Report, error) {
	if g == nil || doc == nil {
		return nil, errors.New("score: nil gold or document")
	}
	stmtSpans, eventSpans, err := g.locate(text)
	if err != nil {
		return nil, err
	}
	s := &scorer{g: g, text: text, doc: doc, r: &Report{File: g.File, Documents: 1},
		actors: make(map[string]*dipgraph.DocActor, len(doc.Actors))}
	for _, a := range doc.Actors {
		if a != nil {
			s.actors[a.ID] = a
		}
	}
	s.goldNames = g.names()
	s.statements(stmtSpans)
	s.actorRecall()
	s.events(eventSpans)
	return s.r, nil
}

type scorer struct {
	g      *Gold
	text   []byte
	doc    *dipgraph.Document
	actors map[string]*dipgraph.DocActor
	r      *Report
	// goldNames holds every name and alias the gold gives any actor,
	// normalised by normName.
	goldNames map[string]bool
}

// statements scores claims against gold statements.
func (s *scorer) statements(spans []span) {
	claims := slices.DeleteFunc(slices.Clone(s.doc.Claims), func(c *dipgraph.DocClaim) bool { return c == nil })
	var pairs []pair
	for i, st := range s.g.Statements {
		for j, c := range claims {
			cs := span{c.Span.Start, c.Span.End}
			if matches(spans[i], cs) {
				pairs = append(pairs, pair{i, j, !st.Optional, likeness(spans[i], cs), s.named(c.Speaker, st.Speaker)})
			}
		}
	}
	claimOf, statementOf := assign(pairs, len(s.g.Statements), len(claims))
	r, e := s.r, &s.r.Errors
	for i, st := range s.g.Statements {
		j := claimOf[i]
		if j < 0 {
			if !st.Optional {
				r.Statements.FN++
				r.Attribution.FN++
				e.MissedStatements = append(e.MissedStatements, MissedStatement{s.file(), st.Evidence, first(st.Speaker)})
			}
			continue
		}
		c := claims[j]
		tally(&r.Statements, st.Optional)
		right := s.named(c.Speaker, st.Speaker)
		r.Speaker.count(right)
		if right {
			tally(&r.Attribution, st.Optional)
		} else {
			if !st.Optional {
				r.Attribution.FN++
			}
			e.WrongSpeakers = append(e.WrongSpeakers, WrongValue{s.file(), st.Evidence, first(st.Speaker), s.name(c.Speaker)})
		}
		r.Mode.count(c.Mode == st.Mode)
		if c.Mode != st.Mode {
			e.WrongModes = append(e.WrongModes, WrongValue{s.file(), st.Evidence, string(st.Mode), string(c.Mode)})
		}
		s.addressees(st, c)
	}
	for j, c := range claims {
		if statementOf[j] < 0 {
			r.Statements.FP++
			e.FalseClaims = append(e.FalseClaims, FalseClaim{s.file(), c.Text, s.spanText(c.Span), s.name(c.Speaker)})
		}
		if i := statementOf[j]; i < 0 || !s.named(c.Speaker, s.g.Statements[i].Speaker) {
			r.Attribution.FP++
		}
	}
}

// addressees scores the addressees of claim c, matched to statement st.
// Addressees of an optional statement that are missed cost nothing.
func (s *scorer) addressees(st *GoldStatement, c *dipgraph.DocClaim) {
	used := make([]bool, len(st.Addressees))
	var missing, extra []string
	for _, id := range c.Addressees {
		k := -1
		for i, names := range st.Addressees {
			if !used[i] && s.named(id, names) {
				k = i
				break
			}
		}
		if k < 0 {
			s.r.Addressees.FP++
			extra = append(extra, s.name(id))
			continue
		}
		used[k] = true
		tally(&s.r.Addressees, st.Optional)
	}
	for k, u := range used {
		if !u && !st.Optional {
			s.r.Addressees.FN++
			missing = append(missing, first(st.Addressees[k]))
		}
	}
	if len(missing) > 0 || len(extra) > 0 {
		s.r.Errors.WrongAddressees = append(s.r.Errors.WrongAddressees, WrongAddressees{s.file(), st.Evidence, missing, extra})
	}
}

// actorRecall counts the gold actors that extracted actors name.
func (s *scorer) actorRecall() {
	for _, ga := range s.g.Actors {
		names := append([]string{ga.Name}, ga.Aliases...)
		var got []string
		for _, a := range s.doc.Actors {
			if a != nil && intersects(actorNames(a), names) {
				got = append(got, a.Name)
			}
		}
		s.r.Actors.Gold++
		switch {
		case len(got) == 0:
			s.r.Errors.MissedActors = append(s.r.Errors.MissedActors, MissedActor{s.file(), ga.Name})
		case len(got) > 1:
			s.r.Actors.Duplicates++
			s.r.Errors.DuplicateActors = append(s.r.Errors.DuplicateActors, DuplicateActor{s.file(), ga.Name, got})
			fallthrough
		default:
			s.r.Actors.Found++
		}
	}
}

// events scores extracted events against gold events.
func (s *scorer) events(spans []span) {
	events := slices.DeleteFunc(slices.Clone(s.doc.Events), func(e *dipgraph.DocEvent) bool { return e == nil })
	var pairs []pair
	for i, ge := range s.g.Events {
		for j, e := range events {
			es := span{e.Span.Start, e.Span.End}
			switch {
			case matches(spans[i], es):
				pairs = append(pairs, pair{i, j, !ge.Optional, likeness(spans[i], es), e.Type == ge.Type})
			case e.Type == ge.Type && s.shareParticipant(e, ge) && s.sameSentence(e, ge, spans[i]):
				pairs = append(pairs, pair{i, j, !ge.Optional, 0, true})
			}
		}
	}
	eventOf, goldOf := assign(pairs, len(s.g.Events), len(events))
	r, errs := s.r, &s.r.Errors
	for i, ge := range s.g.Events {
		j := eventOf[i]
		if j < 0 {
			if !ge.Optional {
				r.Events.FN++
				errs.MissedEvents = append(errs.MissedEvents, MissedEvent{s.file(), string(ge.Type), ge.Evidence})
			}
			continue
		}
		e := events[j]
		tally(&r.Events, ge.Optional)
		r.EventType.count(e.Type == ge.Type)
		if e.Type != ge.Type {
			errs.WrongEventTypes = append(errs.WrongEventTypes, WrongValue{s.file(), ge.Evidence, string(ge.Type), string(e.Type)})
		}
		want, got := "null", "null"
		if ge.Date != nil {
			want = *ge.Date
		}
		if e.Date != nil {
			got = string(*e.Date)
		}
		r.EventDate.count(want == got)
		if want != got {
			errs.WrongDates = append(errs.WrongDates, WrongValue{s.file(), ge.Evidence, want, got})
		}
	}
	for j, e := range events {
		if goldOf[j] < 0 {
			r.Events.FP++
			errs.FalseEvents = append(errs.FalseEvents, FalseEvent{s.file(), string(e.Type), e.Label})
		}
	}
}

// shareParticipant reports whether some participant of e is among those of ge.
func (s *scorer) shareParticipant(e *dipgraph.DocEvent, ge *GoldEvent) bool {
	for _, id := range e.Participants {
		for _, names := range ge.Participants {
			if s.named(id, names) {
				return true
			}
		}
	}
	return false
}

// sameSentence reports whether e was read from the sentence that holds the
// gold evidence at sp: its sentence contains the evidence, or its span starts
// in the same sentence of the text.
func (s *scorer) sameSentence(e *dipgraph.DocEvent, ge *GoldEvent, sp span) bool {
	if e.Sentence != "" && strings.Contains(e.Sentence, ge.Evidence) {
		return true
	}
	if e.Span.Start < 0 || e.Span.Start >= len(s.text) {
		return false
	}
	return sentenceStart(s.text, e.Span.Start) == sentenceStart(s.text, sp.start)
}

// abbreviations end in a full stop that does not end a sentence.
var abbreviations = []string{"Mr", "Mrs", "Ms", "Dr", "Gen", "Sen", "Rep", "Gov", "Lt", "Col", "St", "Jr", "U.S", "U.N", "U.K"}

// sentenceStart returns the offset of the first byte of the sentence that
// holds text[off]: the byte after the last newline, or after white space that
// follows . ! or ? (and any closing quotes), before off.
func sentenceStart(text []byte, off int) int {
	for i := min(off, len(text)) - 1; i >= 0; i-- {
		switch text[i] {
		case '\n':
			return i + 1
		case ' ', '\t', '\r':
			if endsSentence(text[:i]) {
				return i + 1
			}
		}
	}
	return 0
}

// endsSentence reports whether p ends with a sentence's final punctuation.
func endsSentence(p []byte) bool {
	for _, q := range []string{"”", "’", "\"", "'", ")"} {
		for bytes.HasSuffix(p, []byte(q)) {
			p = p[:len(p)-len(q)]
		}
	}
	if len(p) == 0 {
		return false
	}
	switch p[len(p)-1] {
	case '!', '?':
		return true
	case '.':
		for _, a := range abbreviations {
			w := p[:len(p)-1]
			if bytes.HasSuffix(w, []byte(a)) && (len(w) == len(a) || !isLetter(w[len(w)-len(a)-1])) {
				return false
			}
		}
		return true
	}
	return false
}

func isLetter(b byte) bool { return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || b == '.' }

// pair is a candidate match of gold item g with extracted item x.
type pair struct {
	g, x     int
	required bool    // the gold item is not optional
	likeness float64 // how alike the two spans are
	agree    bool    // the speaker (or event type) agrees
}

// assign matches gold and extracted items one to one, greedily: required
// gold items before optional ones, so that an extracted item overlapping both
// counts where it is needed; then by the most alike spans, then agreeing pairs
// first, then by index. It returns the extracted
// item of each gold item and the gold item of each extracted one, -1 for none.
func assign(pairs []pair, ng, nx int) (xOf, gOf []int) {
	slices.SortStableFunc(pairs, func(a, b pair) int {
		if a.required != b.required {
			if a.required {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(b.likeness, a.likeness); c != 0 {
			return c
		}
		if a.agree != b.agree {
			if a.agree {
				return -1
			}
			return 1
		}
		if c := cmp.Compare(a.g, b.g); c != 0 {
			return c
		}
		return cmp.Compare(a.x, b.x)
	})
	xOf, gOf = filled(ng), filled(nx)
	for _, p := range pairs {
		if xOf[p.g] < 0 && gOf[p.x] < 0 {
			xOf[p.g], gOf[p.x] = p.x, p.g
		}
	}
	return xOf, gOf
}

func filled(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = -1
	}
	return s
}

// tally counts a correct item as TP, or as OptionalTP when its gold item is
// optional.
func tally(c *Counts, optional bool) {
	if optional {
		c.OptionalTP++
	} else {
		c.TP++
	}
}

// named reports whether the document actor with id has a name or alias among
// names.
// A document actor whose canonical name the gold gives some actor is that
// actor alone, whatever aliases it has gathered: an extractor that also
// calls Amir-Abdollahian "the Foreign Minister" has not named Jilani. Other
// actors are known by any of their names.
func (s *scorer) named(id string, names []string) bool {
	a := s.actors[id]
	if a == nil {
		return false
	}
	if intersects([]string{a.Name}, names) {
		return true
	}
	if s.goldNames[normName(a.Name)] {
		return false
	}
	return intersects(a.Aliases, names)
}

// name returns the name of the document actor with id, or the id itself in
// angle brackets when the document has no such actor.
func (s *scorer) name(id string) string {
	if a := s.actors[id]; a != nil {
		return a.Name
	}
	return fmt.Sprintf("<%s>", id)
}

// spanText returns the text under sp, or "" when sp lies outside it.
func (s *scorer) spanText(sp dipgraph.Span) string {
	if sp.Start < 0 || sp.Start > sp.End || sp.End > len(s.text) {
		return ""
	}
	return string(s.text[sp.Start:sp.End])
}

func actorNames(a *dipgraph.DocActor) []string { return append([]string{a.Name}, a.Aliases...) }

// intersects reports whether some string of a equals some string of b,
// ignoring case and runs of white space.
func intersects(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if normName(x) == normName(y) && normName(x) != "" {
				return true
			}
		}
	}
	return false
}

func normName(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func first(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return names[0]
}

// file returns the file name every error of s is tagged with.
func (s *scorer) file() string { return s.g.File }
