package loader

import (
	"slices"
	"strconv"
	"strings"

	"github.com/dipgraph/dipgraph"
)

// rawEvent is an event read from one sentence, before ids are given.
type rawEvent struct {
	typ          dipgraph.EventType
	sent         *sentence
	tokStart     int // trigger tokens in the sentence
	tokEnd       int
	labelEnd     int // end of the label's tokens (trigger plus "with X")
	date         dipgraph.Date
	precision    dipgraph.DatePrecision
	explicitDate bool
	past         bool // "a recent call", "last week's meeting": not the article's now
	participants []*entity
	verb         bool
}

func (e *rawEvent) addParticipant(p *entity) {
	if p == nil {
		return
	}
	for _, x := range e.participants {
		if x == p {
			return
		}
	}
	e.participants = append(e.participants, p)
}

// addMention adds the actor mention m names, and the others it names
// with it ("the leaders of Japan and South Korea").
func (e *rawEvent) addMention(x *extractor, m mention) {
	e.addParticipant(x.resolveMention(m, nil))
	for _, o := range m.also {
		e.addParticipant(o)
	}
}

// parties returns e's participants but for a state or body already at e
// through one of its people, and for a group beside two or more people: a
// call between Rubio and Lavrov "between the two countries" has two
// parties, not four.
func (e *rawEvent) parties() []*entity {
	people := 0
	for _, p := range e.participants {
		if p.kind == dipgraph.KindPerson {
			people++
		}
	}
	return slices.DeleteFunc(slices.Clone(e.participants), func(p *entity) bool {
		return e.hasStateOf(p) || people >= 2 && p.kind == dipgraph.KindGroup
	})
}

// twoParties returns e's two parties when p is one of them, else nil: the
// call or meeting in which each speaks to the other.
func (e *rawEvent) twoParties(p *entity) []*entity {
	if parties := e.parties(); len(parties) == 2 && slices.Contains(parties, p) {
		return parties
	}
	return nil
}

// hasStateOf reports whether the state or body a speaks for is already
// at e through one of its people.
func (e *rawEvent) hasStateOf(a *entity) bool {
	if a.kind == dipgraph.KindPerson {
		return false
	}
	return slices.ContainsFunc(e.participants, func(p *entity) bool { return p.kind == dipgraph.KindPerson && p.affiliation == a })
}

// determiners may stand before a noun that names an event.
var determiners = map[string]bool{"a": true, "an": true, "the": true, "this": true, "that": true, "his": true, "her": true, "their": true, "its": true, "our": true}

// verbContext are words after which a trigger noun is really a verb.
var verbContext = map[string]bool{"to": true, "will": true, "would": true, "can": true, "could": true, "should": true, "must": true, "not": true, "n't": true, "may": true, "might": true, "we": true, "they": true, "i": true, "you": true}

// recalls reports whether p, speaking in an interview, press conference
// or speech dated after e, only recalls e: "Pashinyan said in an interview
// broadcast on Thursday … He met Aliyev on Saturday", and what he says
// next is still said in the interview. The other party has no such scene
// and goes to e.
func (x *extractor) recalls(p *entity, e *rawEvent) bool {
	cur := x.current[p]
	return e.explicitDate && e.date != "" && cur != nil && cur != e && (cur.typ == dipgraph.EventPressConference || cur.typ == dipgraph.EventSpeech) && cur.date != "" && e.date < cur.date
}

// pastForm reports whether a verb trigger's first word is a past form:
// "met", "flew", "visited".
func pastForm(w string) bool {
	switch w {
	case "met", "flew", "spoke", "held", "sat", "went", "came", "sent", "led":
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "ed")
}

// modalBefore reports whether a modal or "to" stands just before the verb
// at i, past an adverb: "will co-chair", "is due to meet", "would also
// meet" name a meeting still to come, not the scene of what follows.
func modalBefore(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		switch w := toks[j].lower(); w {
		case "will", "would", "to", "shall", "may", "might", "could", "should":
			return true
		case "also", "then", "later", "soon", "first":
			continue
		}
		return false
	}
	return false
}

// mayHappen reports whether a conditional modal governs the event noun at
// i through a light verb ("whether Kishida could hold a summit with Kim",
// "might pay a visit"): an event that may happen, with no day of its own.
func mayHappen(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := toks[j].lower()
		switch {
		case w == "could" || w == "might" || w == "may" || w == "would":
			return true
		case lightVerbs[w] || determiners[w] || w == "hold" || w == "have" || w == "make" || w == "pay" || w == "host":
			continue
		}
		return false
	}
	return false
}

// hypothetical words before an event noun say it has not happened: "any
// ceasefire", "no deal", "a possible summit".
var hypothetical = map[string]bool{"any": true, "no": true, "possible": true, "potential": true, "future": true, "eventual": true}

var pastMarkers = map[string]bool{"recent": true, "last": true, "earlier": true, "previous": true, "former": true}

// findEvents returns the events named in a sentence: at most one per type,
// the first trigger naming it. A definite noun ("the call") refers back to
// an earlier event of that type when there is one, and names no new event.
func (x *extractor) findEvents(s *sentence, ms []mention, dates []dateExpr, claims []*rawClaim) []*rawEvent {
	toks := s.toks
	var out []*rawEvent
	seen := map[dipgraph.EventType]*rawEvent{}
	for i := 0; i < len(toks); i++ {
		if !toks[i].isWord() || toks[i].quoted {
			continue
		}
		vals, n := x.lex.events.match(toks, i)
		var trig eventTrigger
		if n == 0 {
			if n = x.spokeCall(toks, ms, i); n == 0 {
				continue
			}
			trig = eventTrigger{Type: dipgraph.EventCall, Verb: true}
		} else {
			trig = vals[0].(eventTrigger)
		}
		prev := ""
		if i > 0 {
			prev = toks[i-1].lower()
		}
		if trig.Type == dipgraph.EventCall && trig.Verb && i+n < len(toks) && (pressWords[toks[i+n].lower()] || mediaAt(ms, i+n)) {
			// "spoke to reporters", "spoke to CNN": a media session, not a
			// call
			trig.Type = dipgraph.EventPressConference
		}
		if trig.Type == dipgraph.EventCall && !trig.Verb && pressCall(toks, i, n) {
			// "told reporters on his daily conference call": a briefing held
			// by phone, not a call between parties
			trig.Type = dipgraph.EventPressConference
		}
		if trig.Type == dipgraph.EventCall && !trig.Verb && i+n < len(toks) && toks[i+n].lower() == "for" {
			continue // "his call for a ceasefire" is an appeal, not a phone call
		}
		if !trig.Verb && (verbContext[prev] || hypothetical[prev] || toks[i].capitalized() && i != firstWord(toks)) {
			// "to address", "any ceasefire", "the Black Sea Grain Initiative"
			continue
		}
		if trig.Verb && !x.hasSubjectBefore(toks, ms, i) {
			continue
		}
		if trig.Verb && negated(toks, i) {
			continue // "No member of Orbán's government met the senators", "had not met"
		}
		if trig.Verb && courtesyCall(toks, i, n) && !courtesyCallAt(toks, ms, i, n) {
			continue // "called on Iran to halt its attacks": an appeal, not a visit
		}
		var guest *entity
		if trig.Verb && receptionVerbs[toks[i].lower()] {
			// "Xi received Blinken", "welcomed Modi to Abu Dhabi": a meeting
			// only with a person received; not "received a call"
			if guest = receivedPerson(toks, ms, i+n); guest == nil {
				continue
			}
		}
		if e := seen[trig.Type]; e != nil && (!trig.Verb || !x.hasSubjectBefore(toks, ms, i)) && !anotherEvent(toks, i) {
			if i-e.labelEnd <= 6 || !x.hasOwnParticipants(toks, ms, i, n) {
				e.addParticipantsNear(x, toks, ms, i, n)
				i += n - 1
				continue
			}
		}
		definite := false
		for j := i - 1; j >= 0 && j >= i-3; j-- {
			if w := toks[j].lower(); w == "the" || w == "that" || w == "this" {
				definite = true
				break
			} else if !toks[j].isWord() || prepositions[w] {
				break
			}
		}
		if !trig.Verb && definite && !hasModifierAfter(toks, i+n) {
			if told := x.toldEvent(toks, i, n); told != nil {
				// "According to the Kremlin's readout of the conversation,
				// Putin told …", "The German account of the call was
				// different. …": a telling of the call, whose parties speak
				// there next
				x.anaphora[s] = append(x.anaphora[s], anaphor{tok: i, ev: told})
				for _, p := range told.participants {
					x.current[p], x.currentPara[p] = told, s.para
				}
				i += n - 1
				continue
			}
			if prior := x.priorEvent(trig.Type, toks[i+n-1].lower()); prior != nil {
				x.anaphora[s] = append(x.anaphora[s], anaphor{tok: i, ev: prior})
				i += n - 1
				continue
			}
			if trig.Type == dipgraph.EventAnnouncement || trig.Type == dipgraph.EventOther || trig.Type == dipgraph.EventMilitaryMovement {
				i += n - 1
				continue
			}
		}
		e := &rawEvent{typ: trig.Type, sent: s, tokStart: i, tokEnd: i + n, verb: trig.Verb}
		// start the label at "a"/"the" and adjectives before the trigger
		for e.tokStart > 0 && e.tokStart > i-3 && toks[e.tokStart-1].isWord() && !toks[e.tokStart-1].capitalized() &&
			(determiners[toks[e.tokStart-1].lower()] || pastMarkers[toks[e.tokStart-1].lower()] || isAdjectiveLike(toks[e.tokStart-1].lower())) {
			e.tokStart--
			if pastMarkers[toks[e.tokStart].lower()] {
				e.past = true
			}
			if determiners[toks[e.tokStart].lower()] {
				break
			}
		}
		e.labelEnd = e.tokEnd
		e.addParticipantsNear(x, toks, ms, i, n)
		if guest != nil {
			e.addParticipant(guest) // named after a title, beyond reach of the words near
		}
		scene := false
		if k := meetingParticiple(toks, i); !trig.Verb && trig.Type == dipgraph.EventMeeting && k > 0 {
			// "Meeting Russian Prime Minister Mikhail Mishustin in Minsk on
			// Thursday, Lukashenko told his guest …", "When meeting with
			// Sánchez, Wang Yi conveyed …": a participle; the two meet, and
			// what they say next is said there
			if m, ok := mentionStartingAt(ms, k); ok {
				if subj, ok := mentionStartingAt(ms, frontedPhraseEnd(toks)); ok && subj.start > m.end {
					e.addMention(x, m)
					e.addMention(x, subj)
					scene = len(e.participants) == 2
				}
			}
		}
		light := !trig.Verb && e.tokStart > 0 && lightVerbs[toks[e.tokStart-1].lower()]
		if light {
			// "Jilani received a telephone call", "they held talks": the
			// subject of the light verb takes part
			if m, after, ok := subjectOf(toks, ms, verbOcc{i: e.tokStart - 1, n: 1}); ok && !after {
				if m.start > 0 && toks[m.start-1].lower() == "of" && m.ent != nil && m.ent.kind != dipgraph.KindPerson {
					// "Mr. Hayashi, Minister for Foreign Affairs of Japan, who
					// …, held a meeting": the person the title belongs to
					if p, found := personBefore(ms, m.start); found {
						m = p
					}
				}
				for _, c := range coordinated(toks, ms, m) {
					e.addMention(x, c)
				}
				e.addMention(x, m)
			}
		}
		if pub := dipgraph.DateOf(x.published); trig.Verb && pastForm(toks[i].lower()) && !x.published.IsZero() {
			// "Blinken flew to Israel in the afternoon, and is due to meet
			// Abbas on Tuesday": a past act is not dated after the article
			e.dateFrom(slices.DeleteFunc(slices.Clone(dates), func(d dateExpr) bool { return d.date > pub }), claims)
		} else {
			e.dateFrom(dates, claims)
		}
		if (trig.Verb || light || scene || topicEvent(toks, ms, e)) && (e.typ == dipgraph.EventCall || e.typ == dipgraph.EventMeeting) && !e.past && !e.recounted() && !modalBefore(toks, e.tokStart) && !inRelativeClause(toks, e.tokStart) {
			// a readout's lead: what its parties say next is said there
			// (not "had flown in from Athens, where she met Dendias": an
			// earlier scene, told in passing)
			for _, p := range e.participants {
				if x.recalls(p, e) {
					continue
				}
				x.current[p] = e
				x.currentPara[p] = s.para
			}
			if len(e.participants) == 2 && e.participants[0].kind == dipgraph.KindPerson && e.participants[1].kind == dipgraph.KindPerson {
				// "The Prime Minister spoke to President Macron … The
				// leaders agreed": the two on the call
				x.reg.party = slices.Clone(e.participants)
			}
		} else if (e.typ == dipgraph.EventCall || e.typ == dipgraph.EventMeeting) && (e.past || e.recounted()) {
			// "At the opening session last Saturday, the envoy had spoken
			// to the delegations": the story has left the call told before
			for _, p := range e.participants {
				if cur := x.current[p]; cur != nil && cur != e && cur.sent.para != s.para {
					delete(x.current, p)
				}
			}
		}
		if m := seen[dipgraph.EventMeeting]; e.typ == dipgraph.EventPressConference && m != nil && e.tokStart >= 2 && toks[e.tokStart-1].lower() == "by" && toks[e.tokStart-2].lower() == "followed" {
			// "held talks with Shoukry, followed by a joint news
			// conference": the talks' parties, who speak there next
			for _, p := range m.participants {
				e.addParticipant(p)
				if x.current[p] == m {
					x.current[p] = e
				}
			}
		}
		out = append(out, e)
		seen[trig.Type] = e
		i += n - 1
	}
	if pc := seen[dipgraph.EventPressConference]; pc != nil && !pc.verb {
		// "At a news conference after the talks, Lavrov said …": the
		// talks' parties hold it, and what they say next is said there
		for _, an := range x.anaphora[s] {
			if an.ev.typ == dipgraph.EventMeeting && an.tok > pc.tokEnd && an.tok <= pc.tokEnd+3 && afterward(toks, an.tok) && len(an.ev.participants) == 2 {
				for _, p := range an.ev.participants {
					if p.kind == dipgraph.KindPerson {
						pc.addParticipant(p)
						x.current[p], x.currentPara[p] = pc, s.para
					}
				}
			}
		}
	}
	return out
}

// meetingParticiple returns where the one met begins when the sentence
// opens with the participle "meeting" at i ("Meeting Mishustin, …", "When
// meeting with Sánchez, …"), else 0.
func meetingParticiple(toks []token, i int) int {
	first := firstWord(toks)
	if toks[i].lower() != "meeting" || i != first && !(i == first+1 && (toks[first].lower() == "when" || toks[first].lower() == "while")) {
		return 0
	}
	k := i + 1
	if k < len(toks) && toks[k].lower() == "with" {
		k++
	}
	if k < len(toks) && toks[k].capitalized() {
		return k
	}
	return 0
}

// negated reports whether the event verb at i is denied: "not", "n't" or
// "never" just before it, or a subject opening with "No", "None",
// "Neither" or "Nobody" a few words before.
func negated(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if w := toks[j].lower(); w == "not" || w == "n't" || w == "never" {
			return true
		}
	}
	f := firstWord(toks)
	if f < 0 || i-f > 8 {
		return false
	}
	switch toks[f].lower() {
	case "no", "none", "neither", "nobody":
		return true
	}
	return false
}

// toldEvent returns the two-party call or meeting that the definite event
// noun at i (n words) names after an account noun and "of" ("the Kremlin's
// readout of the call", "a Chinese account of the talks"): the last call
// for "the call" or "the conversation", else the last meeting. It returns
// nil when there is no account noun or no such event.
func (x *extractor) toldEvent(toks []token, i, n int) *rawEvent {
	j := i - 1
	for j >= 0 && determiners[toks[j].lower()] {
		j--
	}
	if j < 1 || toks[j].lower() != "of" || !x.lex.accountNouns[toks[j-1].lower()] {
		return nil
	}
	w := toks[i+n-1].lower()
	call := w == "call" || w == "conversation"
	for k := len(x.events) - 1; k >= 0; k-- {
		e := x.events[k]
		if len(e.participants) == 2 && (call && e.typ == dipgraph.EventCall || !call && e.typ == dipgraph.EventMeeting && !e.plenary()) {
			return e
		}
	}
	return nil
}

// pressCall reports whether the call noun at i (n words) is held with the
// press: "his daily call with reporters", or a "conference call" that is
// daily or regular or in a sentence that names reporters.
func pressCall(toks []token, i, n int) bool {
	regular := func(k int) bool {
		return k >= 0 && (toks[k].lower() == "daily" || toks[k].lower() == "regular" || toks[k].lower() == "weekly")
	}
	if regular(i-1) || i+n+1 < len(toks) && toks[i+n].lower() == "with" && pressWords[toks[i+n+1].lower()] {
		return true
	}
	if i == 0 || toks[i-1].lower() != "conference" {
		return false
	}
	return regular(i-2) || slices.ContainsFunc(toks, func(t token) bool { return pressWords[t.lower()] && t.lower() != "supporters" })
}

// personBefore returns the last mention of a person that ends before end.
func personBefore(ms []mention, end int) (mention, bool) {
	for i := len(ms) - 1; i >= 0; i-- {
		if m := ms[i]; m.end <= end && m.ent != nil && m.ent.kind == dipgraph.KindPerson {
			return m, true
		}
	}
	return mention{}, false
}

// spokeCall returns the length of a call named by "spoke" or "talked" at
// toks[i]: "spoke today with X", "spoke by phone on Monday to X", or with
// no one after it "Biden and Xi spoke by telephone"; 0 when there is none.
func (x *extractor) spokeCall(toks []token, ms []mention, i int) int {
	w := toks[i].lower()
	if w != "spoke" && w != "spoken" && w != "speaks" && w != "talked" && w != "talks" {
		return 0
	}
	k := i + 1
	byPhone := false
	if k+1 < len(toks) && (toks[k].lower() == "by" || toks[k].lower() == "over" || toks[k].lower() == "on") && phoneWords[toks[k+1].lower()] {
		k += 2 // "by phone", "by telephone"
		byPhone = true
	} else if k+2 < len(toks) && (toks[k].lower() == "over" || toks[k].lower() == "on") && toks[k+1].lower() == "the" && phoneWords[toks[k+2].lower()] {
		k += 3 // "over the phone"
		byPhone = true
	}
	if d := skipDatePhrase(toks, k); d > k {
		k = d
		if k < len(toks) && (toks[k].lower() == "evening" || toks[k].lower() == "morning" || toks[k].lower() == "afternoon") {
			k++
		}
	}
	for k < len(toks) && k < i+6 && toks[k].lower() != "with" && toks[k].lower() != "to" {
		k++
	}
	if k >= len(toks) || toks[k].lower() != "with" && toks[k].lower() != "to" {
		if byPhone && x.hasSubjectBefore(toks, ms, i) {
			return 1 // "Biden and Xi spoke by telephone for two hours"
		}
		return 0
	}
	if _, ok := mentionStartingAt(ms, k+1); !ok {
		return 0
	}
	return k - i + 1
}

// mediaAt reports whether a news outlet is named at k ("spoke to CNN").
func mediaAt(ms []mention, k int) bool {
	m, ok := mentionStartingAt(ms, k)
	return ok && m.ent != nil && isMedia(m.ent)
}

// phoneWords follow "by" or "over the" when people speak on the phone.
var phoneWords = map[string]bool{"phone": true, "telephone": true, "video": true, "videoconference": true, "videolink": true}

// courtesyCall reports whether the trigger toks[i:i+n] is "called on",
// which readouts use for a visit to a dignitary ("EAM called on Prime
// Minister Kishida") and news for an appeal ("called on Iran to …").
func courtesyCall(toks []token, i, n int) bool {
	return n == 2 && toks[i+1].lower() == "on" && (toks[i].lower() == "called" || toks[i].lower() == "calls")
}

// courtesyCallAt reports whether "called on" at toks[i] is a visit: a
// person follows, and no "to" or "for" of an appeal after them.
func courtesyCallAt(toks []token, ms []mention, i, n int) bool {
	if !courtesyCall(toks, i, n) {
		return false
	}
	m, ok := mentionStartingAt(ms, i+n)
	if !ok {
		// "called on Deputy Prime Minister and Minister of Industry and
		// Trade Mr. Denis Manturov"
		m, ok = personAfterTitle(toks, ms, i+n)
	}
	if !ok || m.ent == nil || m.ent.kind != dipgraph.KindPerson {
		return false
	}
	return m.end >= len(toks) || toks[m.end].lower() != "to" && toks[m.end].lower() != "for"
}

// receivedPerson returns the person received at k, named there or in
// apposition to a title ("received Chancellor Olaf Scholz", "received the
// Federal Chancellor of Germany, Olaf Scholz,"), or nil when the object is
// no person ("received a call").
func receivedPerson(toks []token, ms []mention, k int) *entity {
	person := func(k int) *entity {
		if m, ok := mentionStartingAt(ms, k); ok && m.ent != nil && m.ent.kind == dipgraph.KindPerson {
			return m.ent
		}
		return nil
	}
	if k+1 < len(toks) && toks[k].lower() == "by" && k >= 2 && (toks[k-2].lower() == "was" || toks[k-2].lower() == "were") {
		k++ // "Ambassador Nichols was received by Foreign Minister Moyo": the host, in the passive
	}
	if p := person(k); p != nil || k >= len(toks) || toks[k].lower() != "the" {
		return p
	}
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].text == "," {
			return person(j + 1)
		}
		if !toks[j].capitalized() && toks[j].lower() != "of" && toks[j].lower() != "for" {
			return nil
		}
	}
	return nil
}

// receptionVerbs make a meeting only when a person follows them.
var receptionVerbs = wordSet("reception-verb")

// plenary reports whether e is a gathering of many, a summit or a session
// of a body, where what one party says is not said to another even if only
// two are named.
func (e *rawEvent) plenary() bool {
	switch e.sent.toks[e.tokEnd-1].lower() {
	case "summit", "session", "conference", "assembly":
	default:
		return false
	}
	// "NATO's summit": an organisation's gathering; a summit of two leaders
	// or two states is bilateral ("a summit with Xi", "the two leaders …
	// at their summit"), and one named with no one ("Closing the summit,
	// Pashinyan thanked …") is a gathering
	if !e.verb && e.labelEnd <= e.tokEnd && !slices.ContainsFunc(e.sent.toks[e.tokStart:e.tokEnd], func(t token) bool { return t.lower() == "their" }) {
		return true
	}
	for _, p := range e.participants {
		if p.kind == dipgraph.KindOrganization || p.kind == dipgraph.KindGroup {
			return true
		}
	}
	return false
}

// timePhraseEnd returns the end of a phrase of time at k ("on Monday",
// "later in the day", "later that day"), or k.
func timePhraseEnd(toks []token, k int) int {
	if _, n := dayShiftAt(toks, k); n > 0 {
		return k + n
	}
	return skipDatePhrase(toks, k)
}

// anotherEvent reports whether the event noun at i is marked as one of its
// own beside an earlier one of its type: "and, in a separate call later in
// the day, with Abbas".
func anotherEvent(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		switch toks[j].lower() {
		case "separate", "second", "another", "subsequent", "later":
			return true
		}
	}
	return false
}

// topicEvent reports whether e is a two-party call or meeting that opens
// its sentence as the subject: "Biden’s conversation with Abbas, …, was more
// delicate." What its parties say next is said there.
func topicEvent(toks []token, ms []mention, e *rawEvent) bool {
	if e.verb || len(e.participants) != 2 || e.tokStart < 2 || !toks[e.tokStart-1].possessive() {
		return false
	}
	m, ok := mentionEndingAt(ms, e.tokStart-1)
	return ok && m.start == firstWord(toks)
}

// lightVerbs carry an event noun whose subject takes part: "received a
// call", "held talks", "had a meeting".
var lightVerbs = map[string]bool{
	"received": true, "receives": true, "had": true, "has": true, "held": true, "holds": true,
	"made": true, "makes": true, "took": true, "hosted": true, "hosts": true,
}

// isAdjectiveLike accepts the lower-case words that commonly modify an
// event noun ("joint", "phone", "emergency").
func isAdjectiveLike(w string) bool {
	switch w {
	case "joint", "phone", "telephone", "video", "emergency", "virtual", "bilateral", "trilateral", "high-level",
		"serious", "new", "fresh", "first", "second", "third", "final", "televised", "brief", "lengthy",
		"two-hour", "hour-long", "long", "rare", "surprise", "security", "peace", "nuclear", "military",
		"scheduled", "planned", "upcoming", "annual", "extraordinary", "unannounced", "official", "formal", "late-night",
		"wide-ranging", "detailed", "extensive", "productive", "constructive", "frank", "candid", "in-depth", "substantive", "cordial", "delegation-level",
		"comprehensive", "intensive", "direct", "informal", "private", "closed-door", "separate", "fruitful", "warm", "friendly", "useful", "marathon", "tense", "difficult":
		return true
	}
	return false
}

func hasModifierAfter(toks []token, j int) bool {
	if j >= len(toks) {
		return false
	}
	switch toks[j].lower() {
	case "with", "between", "alongside", "in", "on", "of", "at":
		return true
	}
	return false
}

// hasSubjectBefore reports whether an actor mention stands right before the
// verb trigger at i (past auxiliaries and adverbs).
func (x *extractor) hasSubjectBefore(toks []token, ms []mention, i int) bool {
	_, ok := eventSubject(toks, ms, i)
	return ok
}

// beforeApposition returns the actors joined by "and" to the head of the
// apposition m closes: EAM in "EAM and the Minister for Foreign Affairs of
// Japan, H.E. Ms. Yoko Kamikawa, co-chaired".
func beforeApposition(toks []token, ms []mention, m mention) []mention {
	if m.start < 3 || toks[m.start-1].text != "," {
		return nil
	}
	for k := m.start - 2; k > 0 && k >= m.start-12; k-- {
		if !toks[k].isWord() {
			return nil
		}
		if toks[k].lower() == "and" {
			if p, ok := mentionEndingAt(ms, k); ok && p.kind != byPronoun {
				return append(coordinated(toks, ms, p), p)
			}
			return nil
		}
	}
	return nil
}

// eventSubject returns the subject of the event verb at i: the mention
// right before it, or a name set off as an apposition ("EAM and the
// Minister for Foreign Affairs of Japan, H.E. Ms. Yoko Kamikawa,
// co-chaired").
func eventSubject(toks []token, ms []mention, i int) (mention, bool) {
	j := backToSubject(toks, i)
	if m, ok := mentionEndingAt(ms, j); ok {
		return m, true
	}
	if j > 1 && toks[j-1].text == "," {
		if m, ok := mentionEndingAt(ms, j-1); ok && m.kind == byName && m.start > 0 && toks[m.start-1].text == "," {
			return m, true
		}
		// "Blinken, who landed in Cairo late on Sunday, met Sisi": the
		// subject before the relative clause
		for k := j - 2; k > 1 && k >= j-20 && toks[k].text != ","; k-- {
			if toks[k].lower() == "who" && toks[k-1].text == "," {
				if m, ok := mentionEndingAt(ms, k-1); ok && m.kind == byName {
					return m, true
				}
				break
			}
		}
	}
	return mention{}, false
}

// addParticipantsNear adds the actors the trigger at i names as taking
// part: its subject for verbs, "with X and Y", "alongside X", "between X and
// Y", and "X's" before a noun.
func (e *rawEvent) addParticipantsNear(x *extractor, toks []token, ms []mention, i, n int) {
	if e.verb {
		if m, ok := eventSubject(toks, ms, i); ok {
			for _, c := range coordinated(toks, ms, m) {
				e.addMention(x, c)
			}
			for _, c := range beforeApposition(toks, ms, m) {
				e.addMention(x, c)
			}
			e.addMention(x, m)
		}
		// the object: "presented Moscow with", "met Scholz", "called on
		// Deputy Prime Minister and Minister of Industry and Trade Mr.
		// Denis Manturov"
		obj := i + n
		if obj+1 < len(toks) && toks[obj].lower() == "by" && i >= 1 && (toks[i-1].lower() == "was" || toks[i-1].lower() == "were") {
			obj++ // "was received by the foreign minister": the agent
		}
		m, ok := mentionStartingAt(ms, obj)
		if !ok {
			m, ok = personAfterTitle(toks, ms, obj)
		}
		if obj < len(toks) && (!ok || m.kind == byPronoun) {
			// (also "spoke with her Turkish counterpart, Hakan Fidan": the
			// one named, not the counterpart of a scene not yet set)
			if a, found := apposedCounterpart(toks, ms, obj); found {
				m, ok = a, true
			}
		}
		if p, found := personOf(toks, ms, m); ok && found {
			m = p // "spoke by phone with EU foreign policy chief Josep Borrell"
		}
		if ok {
			e.addMention(x, m)
			e.labelEnd = max(e.labelEnd, m.end)
		}
	} else if i >= 2 && toks[i-1].possessive() {
		if m, ok := mentionEndingAt(ms, i-1); ok {
			e.addMention(x, m)
		}
	} else if i >= 3 && toks[i-2].possessive() {
		if m, ok := mentionEndingAt(ms, i-2); ok {
			e.addMention(x, m)
		}
	}
	from := i + n
	if d := timePhraseEnd(toks, from); d > from {
		// "in a separate call later in the day, with Abbas"
		from = d
		if from < len(toks) && toks[from].text == "," {
			from++
		}
	}
	j := from
	for j < len(toks) && j < from+3 && !(toks[j].lower() == "with" || toks[j].lower() == "alongside" || toks[j].lower() == "between" || toks[j].lower() == "to" || toks[j].lower() == "from" && (e.typ == dipgraph.EventCall || e.typ == dipgraph.EventVisit)) {
		j++
	}
	if j < len(toks) && j < from+3 {
		k := j + 1
		for k < len(toks) {
			m, ok := mentionStartingAt(ms, k)
			if !ok && k == j+1 {
				m, ok = personAfterTitle(toks, ms, k)
			}
			if !ok && k == j+1 {
				m, ok = apposedCounterpart(toks, ms, k)
			}
			if !ok {
				break
			}
			if p, ok := personOf(toks, ms, m); ok {
				m = p // "talks with UAE President Sheikh Mohamed": the president
			}
			e.addMention(x, m)
			e.labelEnd = max(e.labelEnd, m.end)
			k = m.end
			if k < len(toks) && (toks[k].lower() == "and" || toks[k].text == ",") {
				k++
				continue
			}
			break
		}
	}
}

// personOf returns the person named right after the state or organisation
// m as whose office holder: "UAE President Sheikh Mohamed", "EU foreign
// policy chief Josep Borrell" (the title's lower-case words between), or
// false.
func personOf(toks []token, ms []mention, m mention) (mention, bool) {
	if m.ent == nil || m.ent.kind != dipgraph.KindState && m.ent.kind != dipgraph.KindOrganization {
		return mention{}, false
	}
	for k := m.end; k < len(toks) && k <= m.end+3; k++ {
		if p, ok := mentionStartingAt(ms, k); ok {
			return p, p.ent != nil && p.ent.kind == dipgraph.KindPerson
		}
		if w := toks[k].lower(); !toks[k].isWord() || toks[k].capitalized() || toks[k].quoted || prepositions[w] || w == "and" || w == "or" {
			break
		}
	}
	return mention{}, false
}

// apposedCounterpart returns the person named in apposition to "his
// Egyptian counterpart" at k ("spoke to his Egyptian counterpart, Gen.
// Mohamed Zaki, on Saturday"), or false.
func apposedCounterpart(toks []token, ms []mention, k int) (mention, bool) {
	if w := toks[k].lower(); w != "his" && w != "her" && w != "their" {
		return mention{}, false
	}
	for j := k + 1; j < len(toks)-2 && j <= k+3; j++ {
		if counterpartNouns[toks[j].lower()] {
			if toks[j+1].text != "," {
				return mention{}, false
			}
			if m, ok := mentionStartingAt(ms, j+2); ok {
				return m, true
			}
			return personAfterTitle(toks, ms, j+2)
		}
	}
	return mention{}, false
}

// personAfterTitle returns the person named at the end of a long title
// that begins at k and that the title lexicon does not hold whole ("Spanish
// Minister of Foreign Affairs, European Union and Cooperation José Manuel
// Albares"), or false.
func personAfterTitle(toks []token, ms []mention, k int) (mention, bool) {
	for t := k; t < len(toks) && t < k+14; t++ {
		if m, ok := mentionStartingAt(ms, t); ok && t > k && m.kind == byName && m.ent != nil && m.ent.kind == dipgraph.KindPerson {
			return m, true
		}
		if w := toks[t].lower(); !(toks[t].capitalized() || w == "of" || w == "and" || w == "for" || toks[t].text == ",") {
			break
		}
	}
	return mention{}, false
}

// dateFrom takes the date expression nearest the trigger in the sentence,
// leaving out days inside what the sentence's claims report for an event
// outside them: "Leyva, speaking at a news conference, said Faría had told
// him during their talks on Thursday …" does not date the news conference.
func (e *rawEvent) dateFrom(dates []dateExpr, claims []*rawClaim) {
	best := -1
	bestDist := 1 << 30
	toks := e.sent.toks
	framing := !insideClaim(toks[e.tokStart], claims)
	// the dateline's day is the filing day: it dates the event only when
	// the sentence names no other ("DOHA, June 30 — Two days of talks …
	// ended late on Wednesday")
	dateline := datelineEnd(toks)
	if slices.ContainsFunc(dates, func(d dateExpr) bool {
		return d.tokStart >= dateline && !(framing && insideClaim(toks[d.tokStart], claims))
	}) {
		var rest []dateExpr
		for _, d := range dates {
			if d.tokEnd > dateline {
				rest = append(rest, d)
			}
		}
		dates = rest
	}
	for i, d := range dates {
		if framing && insideClaim(toks[d.tokStart], claims) {
			continue
		}
		if sinceBefore(toks, d.tokStart) {
			continue // "his first visit since 2017", "since taking office yesterday": a bound, not the event's day
		}
		if d.tokEnd <= e.tokStart && toCome(e) {
			continue // "said on Thursday the pullback would begin within days": the day of the telling
		}
		if d.tokEnd <= datelineEnd(toks) && !e.verb && mayHappen(toks, e.tokStart) {
			continue // "TOKYO, March 27 — … whether Kishida could hold a summit": the filing day is not its day
		}
		if t := e.sent.toks; d.tokEnd < len(t) && t[d.tokEnd].possessive() && e.tokStart > d.tokEnd+3 {
			continue // "Thursday's agreements at a meeting later this year": the day of another noun
		}
		dist := d.tokStart - max(e.tokEnd, e.labelEnd) // (after "talks with Japanese Defense Minister Gen Nakatani")
		if dist > 0 && framing && slices.ContainsFunc(e.sent.verbs, func(v verbOcc) bool {
			return v.i >= e.tokEnd && v.i < d.tokStart && !(v.i+v.n < len(toks) && toks[v.i+v.n].lower() == "by")
		}) {
			continue // "on his conference call that … since Merkel said on Wednesday": the day of another act
		}
		if dist >= 0 && dist <= 12 && heldBefore(toks, max(e.tokEnd, e.labelEnd), d.tokStart) {
			// "the first round of talks, held at the party's headquarters
			// on Tuesday afternoon,": the day the participle gives it
			best, bestDist = i, -1
			continue
		}
		if dist >= 0 && dist <= 10 && startedBefore(toks, d.tokStart) {
			// "a three-day visit to Indonesia, which began on Monday": the
			// day the event itself began
			best, bestDist = i, -1
			continue
		}
		if r := relativeClauseStart(toks, d.tokStart); r >= 0 && r != e.tokEnd && !ownWhich(toks, e, r) && !inRelativeClause(toks, e.tokStart) {
			// "Blinken, who landed late on Sunday, met Sisi": another
			// event's day ("a summit, which opens on November 30", "an
			// emergency meeting of the council, which … would take place
			// on Thursday" are the event's own)
			continue
		}
		if dist < 0 {
			dist = e.tokStart - d.tokEnd
		}
		if dist < 0 {
			dist = 0
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 && bestDist > 4 && e.typ == dipgraph.EventNegotiation {
		// "said on Tuesday that Moscow was prepared to continue
		// negotiations": talks go on across days; only a day named with
		// them dates them
		best = -1
	}
	if best >= 0 {
		e.date, e.precision = dates[best].date, dates[best].precision
		e.explicitDate = true
		if e.date == "" {
			e.past = e.past || dates[best].precision == dipgraph.PrecisionWeek || dates[best].precision == dipgraph.PrecisionMonth
		}
	}
	if e.past && e.date == "" {
		e.explicitDate = true
	}
}

// ownWhich reports whether the relative clause opening at the comma r is
// about e itself, after a short phrase that follows its trigger: "an
// emergency meeting of the UN Security Council, which diplomats said would
// take place on Thursday", "a summit in Brussels, which opens on Monday".
func ownWhich(toks []token, e *rawEvent, r int) bool {
	if r+1 >= len(toks) || toks[r+1].lower() != "which" || r <= e.tokEnd || r > e.tokEnd+6 {
		return false
	}
	switch toks[e.tokEnd].lower() {
	case "of", "in", "at", "on":
	default:
		return false
	}
	for _, t := range toks[e.tokEnd:r] {
		if !t.isWord() || t.quoted {
			return false
		}
	}
	return true
}

// sinceBefore reports whether the date at k is the bound of a "since"
// phrase: "since 2017", "since taking office yesterday" (not "blocked
// since November 16, when their ambassadors refused … at a meeting", whose
// day the meeting has).
func sinceBefore(toks []token, k int) bool {
	if toks[k].lower() == "since" {
		return true
	}
	// "since taking office yesterday", "since taking office in October"
	for j := k - 1; j >= 0 && j >= k-5 && toks[j].isWord() && !toks[j].quoted; j-- {
		if toks[j].lower() == "since" {
			return j+1 < k && strings.HasSuffix(toks[j+1].lower(), "ing")
		}
	}
	return false
}

// startedBefore reports whether a verb of beginning stands just before the
// date at k: "which began on Monday", "opened Tuesday".
func startedBefore(toks []token, k int) bool {
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		switch toks[j].lower() {
		case "began", "opened", "started", "begins", "opens", "starts":
			return true
		}
	}
	return false
}

// heldBefore reports whether a participle set off after the event phrase
// ending at end (", held …", ", signed …") runs on, with no comma, to the
// date expression at k.
func heldBefore(toks []token, end, k int) bool {
	if end+1 >= k || toks[end].text != "," || !heldParticiples[toks[end+1].lower()] {
		return false
	}
	return !slices.ContainsFunc(toks[end+1:k], func(t token) bool { return t.text == "," })
}

// heldParticiples set off the day an event took place: "the talks, held
// in Doha on Monday".
var heldParticiples = map[string]bool{"held": true, "signed": true, "concluded": true, "convened": true, "hosted": true, "staged": true, "reached": true, "struck": true}

// dateFromContext dates an event its sentence leaves undated by the story's
// days, as news stories name the day once and go on about it: a meeting,
// call, press conference, speech, statement or visit takes the latest day
// named in its paragraph or the one before; further on, one of the first
// five takes the lead's day while the story has named no other. Offers,
// negotiations, deals, sanctions and military moves are often older than
// the story's day and stay undated.
func (x *extractor) dateFromContext(e *rawEvent) {
	if e.explicitDate || e.past || e.date != "" || x.lastDay == "" || toCome(e) || !e.verb && mayHappen(e.sent.toks, e.tokStart) {
		return
	}
	if e.sent.para-x.lastDayPara > 1 {
		if x.leadDay != "" && x.lastDay <= x.leadDay && !modalBefore(e.sent.toks, e.tokStart) && sceneTypes[e.typ] {
			// (an earlier day named in passing, "late on Wednesday a
			// source in Baku said", does not end the lead's day)
			e.date, e.precision = x.leadDay, dipgraph.PrecisionDay
		}
		return
	}
	if sceneTypes[e.typ] || e.typ == dipgraph.EventVisit {
		e.date, e.precision = x.lastDay, dipgraph.PrecisionDay
	}
}

// dateFromScene dates an offer or agreement named in the words of a claim
// made at a dated call or meeting by that call's or meeting's day: "urged
// General al-Burhan to agree to an immediate 24-hour ceasefire" in the call
// of Tuesday, "he agreed to a 24-hour truce" in it; and one its parties make
// during a dated call or meeting under way ("The two ministers agreed to
// speak again").
func (x *extractor) dateFromScene(e *rawEvent, claims []*rawClaim) {
	if e.date != "" || e.explicitDate || e.past || e.typ != dipgraph.EventOffer && e.typ != dipgraph.EventAgreement || toCome(e) {
		return
	}
	toks := e.sent.toks
	for j := e.tokStart; !e.verb && j >= 0 && j >= e.tokStart-3; j-- {
		if w := toks[j].lower(); determiners[w] && w != "a" && w != "an" {
			return // "the agreement between the EU and Mercosur": one made before
		} else if !toks[j].isWord() || w == "a" || w == "an" {
			break
		}
	}
	t := toks[e.tokStart]
	for _, c := range claims {
		if t.start < c.start || t.end > c.end || c.event == nil || c.event.date == "" || c.event.precision != dipgraph.PrecisionDay {
			continue
		}
		if c.event.typ == dipgraph.EventCall || c.event.typ == dipgraph.EventMeeting {
			e.date, e.precision = c.event.date, dipgraph.PrecisionDay
			return
		}
	}
	for _, p := range e.participants {
		// "The two ministers agreed to speak again" in the call under way
		if cur := x.current[p]; cur != nil && cur != e && (cur.typ == dipgraph.EventCall || cur.typ == dipgraph.EventMeeting) && cur.date != "" && cur.precision == dipgraph.PrecisionDay && e.sent.para-x.currentPara[p] <= 2 {
			e.date, e.precision = cur.date, dipgraph.PrecisionDay
			return
		}
	}
}

// toCome reports whether the event's phrase names one still to come:
// "another summit", "the next meeting".
func toCome(e *rawEvent) bool {
	toks := e.sent.toks
	for j := max(e.tokStart-1, 0); j < e.tokEnd; j++ {
		if w := toks[j].lower(); w == "another" || w == "next" {
			return true
		}
	}
	// "the pullback would begin within days", "the talks will take place
	// in Riyadh": the event is the subject of a verb still to come
	for j := e.tokEnd; j < len(toks) && j <= e.tokEnd+4; j++ {
		if w := toks[j].lower(); (w == "will" || w == "would") && j+1 < len(toks) && futureStarts[toks[j+1].lower()] {
			return true
		}
		if !toks[j].isWord() {
			break
		}
	}
	return false
}

// futureStarts are the verbs after "will" or "would" that an event to come
// is the subject of.
var futureStarts = map[string]bool{"begin": true, "start": true, "take": true, "be": true, "open": true, "resume": true}

// sceneTypes are the events a story's day is made of.
var sceneTypes = map[dipgraph.EventType]bool{
	dipgraph.EventPressConference: true, dipgraph.EventMeeting: true, dipgraph.EventCall: true,
	dipgraph.EventSpeech: true, dipgraph.EventAnnouncement: true,
}

// dateAfter dates an event its sentence leaves undated by the earlier
// event it follows: "a joint statement issued after the talks" has the
// talks' day.
func (x *extractor) dateAfter(e *rawEvent) {
	if e.explicitDate || e.past || e.date != "" {
		return
	}
	toks := e.sent.toks
	for _, an := range x.anaphora[e.sent] {
		if an.tok <= e.tokEnd || an.tok > e.tokEnd+10 || an.ev.date == "" || an.ev.precision != dipgraph.PrecisionDay {
			continue
		}
		// "a statement issued by Brazil's foreign ministry after the talks"
		if j := an.tok - 1; j >= e.tokEnd && afterward(toks, an.tok) && !slices.ContainsFunc(toks[e.tokEnd:an.tok], func(t token) bool { return t.text == "," }) {
			e.date, e.precision = an.ev.date, dipgraph.PrecisionDay
			return
		}
	}
}

// afterward reports whether "after" or "following" stands within three
// words before the event noun at i: "after the calls".
func afterward(toks []token, i int) bool {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		if w := toks[j].lower(); w == "after" || w == "following" {
			return true
		}
	}
	return false
}

// toldAfterwards reports whether "afterwards" stands between c's verb and
// its words ("told the public broadcaster ERR afterwards that …"): said
// after the scene, which may still go on for others.
func toldAfterwards(toks []token, c *rawClaim) bool {
	for j := c.verbTok + 1; c.verbTok >= 0 && j < len(toks) && j <= c.verbTok+8 && toks[j].start < c.start; j++ {
		if w := toks[j].lower(); w == "afterwards" || w == "afterward" {
			return true
		}
	}
	return false
}

// afterTalks reports whether the sentence says, outside c's words, that c
// was said after a call or meeting: "Speaking after the calls, the Prime
// Minister said" is not said in them, nor to whom he spoke there.
func afterTalks(toks []token, c *rawClaim) bool {
	if v := c.verbTok; v >= 0 && v+1 < len(toks) && (toks[v+1].lower() == "afterwards" || toks[v+1].lower() == "afterward") {
		return true // "said afterwards that …"
	}
	for i, t := range toks {
		if t.quoted || t.start >= c.start && t.start < c.end {
			continue
		}
		if w := t.lower(); w != "after" && w != "following" {
			continue
		}
		for j := i + 1; j < len(toks) && j <= i+3; j++ {
			switch toks[j].lower() {
			case "call", "calls", "talks", "meeting", "meetings", "conversation", "conversations":
				return true
			}
		}
	}
	return false
}

// anaphor is a definite noun that refers back to an earlier event.
type anaphor struct {
	tok int
	ev  *rawEvent
}

// priorEvent returns the event a definite mention ("the talks") of type t
// and head word w points back to: the last of that type named by the same
// word ("held talks with Albares" before "met with Sánchez"), else the last
// of that type, else nil.
func (x *extractor) priorEvent(t dipgraph.EventType, w string) *rawEvent {
	for i := len(x.events) - 1; i >= 0; i-- {
		e := x.events[i]
		end := e.tokEnd
		if e.verb {
			end = min(end+2, len(e.sent.toks)) // "hosted a summit"
		}
		if e.typ == t && slices.ContainsFunc(e.sent.toks[e.tokStart:end], func(k token) bool { return k.lower() == w }) {
			return e
		}
	}
	return x.lastEventOfType(t)
}

func (x *extractor) lastEventOfType(t dipgraph.EventType) *rawEvent {
	for i := len(x.events) - 1; i >= 0; i-- {
		if x.events[i].typ == t {
			return x.events[i]
		}
	}
	return nil
}

// linkEvents decides at which event each claim of a sentence was made: an
// event named in a phrase around the attribution ("said in a press
// conference", "In a speech on Tuesday, Biden said"), or the speaker's
// current media event named earlier in the article.
func (x *extractor) linkEvents(s *sentence, claims []*rawClaim, evs []*rawEvent) {
	toks := s.toks
	for _, c := range claims {
		for _, e := range evs {
			if c.verbTok < 0 || e.tokStart < c.regionLo || e.tokStart >= c.regionHi || !frames(toks, c, e) {
				continue
			}
			if (e.typ == dipgraph.EventCall || e.typ == dipgraph.EventMeeting) && afterTalks(toks, c) {
				continue // "X met Y, who said after their talks that …": not said at them
			}
			c.event = e
			if !e.hasStateOf(c.speaker) {
				// ("Peña Nieto and Trump spoke by telephone, and both
				// governments said …": the two states are not two more
				// parties to the call)
				e.addParticipant(c.speaker)
			}
			if e.typ == dipgraph.EventCall || e.typ == dipgraph.EventMeeting {
				for _, a := range c.addressees {
					e.addParticipant(a)
				}
			}
			break
		}
		if c.event == nil && c.verbTok >= 0 {
			for _, e := range evs {
				if e.recounted() && e.tokStart < c.verbTok && slices.Contains(e.participants, c.speaker) {
					// "he said he had spoken to Netanyahu and reaffirmed …"
					c.event = e
				}
			}
		}
		if c.event == nil && c.verbTok >= 0 {
			for _, an := range x.anaphora[s] {
				if afterward(toks, an.tok) && (an.ev.typ == dipgraph.EventCall || an.ev.typ == dipgraph.EventMeeting) {
					continue // "said after the talks": not at them
				}
				if frames(toks, c, &rawEvent{tokStart: an.tok, tokEnd: an.tok + 1}) {
					c.event = an.ev
					an.ev.addParticipant(c.speaker)
					if fronted(s, c, an.tok) && !an.ev.past && (an.ev.typ == dipgraph.EventMeeting || an.ev.typ == dipgraph.EventCall) {
						// "During the talks, Wang Yi said … He added …":
						// what he says next is said there too
						x.current[c.speaker] = an.ev
						x.currentPara[c.speaker] = s.para
					}
				}
			}
		}
		if cur := x.current[c.speaker]; c.event == nil && cur != nil && (cur.typ == dipgraph.EventCall || cur.typ == dipgraph.EventMeeting) && x.answersQuestion(s, c) {
			// "Asked whether South Africa might retaliate, Davies said":
			// answering the press, not speaking on the call told before
			delete(x.current, c.speaker)
		}
		if cur := x.current[c.speaker]; c.event == nil && cur != nil && (cur.typ == dipgraph.EventCall || cur.typ == dipgraph.EventMeeting) && (x.elsewhere(s, c, cur) || x.toldOutlet(s, c)) {
			// "Speaking at the United Nations, Lavrov said", "Lavrov told
			// The Associated Press that …": another scene than the meeting
			// told before (an interview the outlet holds goes on)
			delete(x.current, c.speaker)
		}
		if c.event == nil && (toReporters(toks, c) || c.verbTok >= 0 && writingVerbs[toks[c.verbTok].lower()] || afterTalks(toks, c)) {
			// "Speaking to reporters after the talks, he said": not at
			// the meeting a readout reported before
			delete(x.current, c.speaker)
		}
		if c.event == nil && !toldAfterwards(toks, c) {
			if cur := x.current[c.speaker]; cur != nil && s.para >= 0 && s.para-x.currentPara[c.speaker] <= 4 && !(cur.sent == s && cur.tokStart > c.verbTok) {
				// (not a call the sentence names after the words: "Biden,
				// who had hailed …, spoke with him")
				c.event = cur
				x.currentPara[c.speaker] = s.para
			}
		}
		if e := c.event; e != nil && e.typ == dipgraph.EventSpeech && e.openingRemarks() {
			// "In his opening remarks, EAM said": remarks made at the
			// meeting under way, to the other party
			var parties []*entity
			if cur := x.current[c.speaker]; cur != nil && cur.typ == dipgraph.EventMeeting && s.para-x.currentPara[c.speaker] <= 4 && len(c.addressees) == 0 {
				parties = cur.twoParties(c.speaker)
			}
			if parties != nil {
				for _, p := range parties {
					if p != c.speaker && !isAudience(p) {
						c.addressees = []*entity{p}
					}
				}
				continue
			}
		}
		if e := c.event; e != nil {
			if !e.explicitDate && !e.past && e.date == "" {
				if d, ok := x.lastDate[c.speaker]; ok {
					e.date, e.precision = d, dipgraph.PrecisionDay
				}
			}
			if parties := e.twoParties(c.speaker); len(c.addressees) == 0 && (e.typ == dipgraph.EventMeeting && !e.plenary() || e.typ == dipgraph.EventCall) && parties != nil && (c.att == nil || len(c.att.co) <= 1) && !inRelativeClause(e.sent.toks, e.tokStart) {
				// a two-party call or meeting: each speaks to the other, also
				// when the two agree on something together, as the guide reads
				// a readout; what more than two say together, or two say at a
				// summit, is said to all
				for _, p := range parties {
					if p != c.speaker && !isAudience(p) {
						c.addressees = []*entity{p}
					}
				}
			}
			if e.typ == dipgraph.EventAnnouncement && x.current[c.speaker] != nil && (x.current[c.speaker].typ == dipgraph.EventCall || x.current[c.speaker].typ == dipgraph.EventMeeting) {
				// "In a statement issued afterwards, she said …", "In a joint
				// statement issued after the talks, the two leaders …":
				// written after the call or meeting, and what follows is no
				// longer said in it
				delete(x.current, c.speaker)
			}
			if !e.past && !e.recounted() && (e.typ == dipgraph.EventPressConference || e.typ == dipgraph.EventSpeech || e.typ == dipgraph.EventCall ||
				e.typ == dipgraph.EventMeeting && (e.verb || e.sent == s && fronted(s, c, e.tokStart))) && !inRelativeClause(e.sent.toks, e.tokStart) {
				// a call goes on in the sentences after it ("In the first
				// call, with Andersson, Erdoğan said … He told …"); a meeting
				// named as a noun is often only where the words were said
				x.current[c.speaker] = e
				x.currentPara[c.speaker] = s.para
			}
		}
	}
}

// leaveForPress ends the meeting or call scene of the person a sentence
// with no claim turns to the press: "Speaking to reporters at the end of
// the day, Lutundula was blunt. “…,” the veteran minister said" is not said
// to the other party.
func (x *extractor) leaveForPress(s *sentence, ms []mention) {
	if !slices.ContainsFunc(s.toks, func(t token) bool { return pressWords[t.lower()] && !t.quoted }) {
		return
	}
	m, ok := sentenceSubject(s.toks, ms, len(s.toks))
	if f := frontedPhraseEnd(s.toks); !ok && f > 0 {
		m, ok = mentionStartingAt(ms, f) // past "Speaking to reporters at the end of the day,"
	}
	if !ok || m.ent == nil || m.ent.kind != dipgraph.KindPerson {
		return
	}
	if cur := x.current[m.ent]; cur != nil && (cur.typ == dipgraph.EventCall || cur.typ == dipgraph.EventMeeting) {
		delete(x.current, m.ent)
	}
}

// elsewhere reports whether c's sentence opens by setting its speaker in
// a scene of its own ("Speaking at the United Nations, …", "Addressing
// parliament, …") that names no other party of the call or meeting cur.
func (x *extractor) elsewhere(s *sentence, c *rawClaim, cur *rawEvent) bool {
	toks := s.toks
	f := frontedPhraseEnd(toks)
	if f <= 1 || !sceneSetters[toks[0].lower()] || c.verbTok < f {
		return false
	}
	if slices.ContainsFunc(toks[:f], func(t token) bool { return t.lower() == "alongside" || t.lower() == "beside" }) {
		return true // "Speaking alongside Wang, Lavrov said": to the press, not to Wang
	}
	return !slices.ContainsFunc(x.mentions[s], func(m mention) bool {
		return m.end <= f && m.ent != nil && m.ent != c.speaker && slices.Contains(cur.participants, m.ent)
	})
}

// sceneSetters open a phrase that sets a speaker in a scene of its own:
// "Speaking at the United Nations, …".
var sceneSetters = map[string]bool{"speaking": true, "addressing": true, "writing": true, "appearing": true, "interviewed": true, "visiting": true}

// toldOutlet reports whether c's verb tells an outlet or an audience, not
// a hearer: "told The Associated Press", "told state television", "told
// parliament" say nothing in a meeting told before.
func (x *extractor) toldOutlet(s *sentence, c *rawClaim) bool {
	if c.att == nil || !c.att.verb.has(verbTell) {
		return false
	}
	k := skipFormer(s.toks, c.att.verb.i+c.att.verb.n)
	if k < len(s.toks) && (s.toks[k].lower() == "state" || mediaAfter(s.toks, k) || k+1 < len(s.toks) && s.toks[k].lower() == "the" && mediaAfter(s.toks, k+1)) {
		return true // "told state television", "told the BBC's Newsnight programme"
	}
	m, ok := mentionStartingAt(x.mentions[s], k)
	return ok && m.ent != nil && (isAudience(m.ent) || isMedia(m.ent))
}

// fronted reports whether the event word at tok opens c's sentence before
// its speaker ("During the talks, Wang Yi said", "When meeting with Sánchez,
// Wang Yi conveyed"): the scene of what the speaker says next, too.
func fronted(s *sentence, c *rawClaim, tok int) bool {
	return tok < c.verbTok && (len(s.verbs) == 0 || tok < s.verbs[0].i) && (c.att == nil || tok < firstSpeakerStart(c.att))
}

// recounted reports whether e is a call told as an earlier scene ("she said
// she had spoken to Billström"): it frames the words of its own sentence,
// and what the speaker says next is not said in it.
func (e *rawEvent) recounted() bool {
	return slices.ContainsFunc(e.sent.toks[e.tokStart:e.tokEnd], func(t token) bool { return t.lower() == "spoken" })
}

// openingRemarks reports whether the speech e is "opening remarks" or
// "closing remarks", made at a meeting rather than as a speech of its own.
func (e *rawEvent) openingRemarks() bool {
	toks := e.sent.toks
	for j := max(e.tokStart-1, 0); j < e.tokEnd; j++ {
		if w := toks[j].lower(); w == "opening" || w == "closing" {
			return true
		}
	}
	return false
}

// frames reports whether event e is named in a phrase that frames claim c
// rather than inside what was said: before the speaker ("In a speech,
// Biden said"), or after the verb outside the content ("said in a call").
func frames(toks []token, c *rawClaim, e *rawEvent) bool {
	if a := c.att; a != nil && !a.inherited && e.tokStart >= a.subj.start && e.tokEnd <= a.subj.end {
		// "an Azerbaijani official briefed on the call said": the call
		// describes the speaker; the words are not said in it
		return false
	}
	ts, te := toks[e.tokStart].start, toks[e.tokEnd-1].end
	inside := ts >= c.start && te <= c.end
	prep := false
	for j := e.tokStart - 1; j >= 0 && j >= e.tokStart-4; j-- {
		w := toks[j].lower()
		if w == "that" {
			break // "writing on Facebook that the plan was …": the plan is what was said
		}
		if w == "after" || w == "following" || w == "before" {
			return false // "said after their talks": not at the talks, but about them
		}
		if w == "in" || w == "at" || w == "during" || w == "on" || w == "via" || j == 0 && (w == "closing" || w == "opening" || w == "addressing" || w == "when" || w == "while") {
			// ("Closing the summit, Pashinyan thanked …", "When meeting with
			// Sánchez, Wang Yi conveyed …")
			if inside && toks[j].start <= c.start && !(c.att != nil && c.att.verb.has(verbUrge) && slices.ContainsFunc(toks[e.tokEnd:], func(t token) bool { return t.lower() == "to" && t.start < c.end })) {
				// "congratulated him on his election victory": what was
				// said ("asked Moon in a phone call to help …" is framed)
				return false
			}
			if inside && w == "on" && j > 0 && toks[j-1].lower() != "said" && (j < 2 || toks[j-2].lower() != "said") {
				// "briefed Fidan on his conversation with the Iranian
				// minister": what was said is about the call ("said on a
				// call" is framed)
				return false
			}
			prep = true
			break
		}
	}
	if e.verb {
		// "X spoke with Y. … he said" is handled by the current event; a
		// verb trigger in the same sentence frames only a readout lead.
		return !inside && e.tokStart < c.verbTok
	}
	if !prep {
		return false
	}
	if inside {
		// "something he made clear to Putin in a recent call" (not "to
		// implement what Xi and Sánchez agreed during their meeting last
		// March": an earlier event the words recall; nor "said the
		// minister had told Lavrov during the talks that …": the inner
		// report's scene)
		return e.tokStart > c.verbTok && !e.earlier(toks) && !slices.ContainsFunc(c.sent.verbs, func(v verbOcc) bool { return v.i > c.verbTok && v.i < e.tokStart })
	}
	return true
}

// earlier reports whether the words naming e in toks put it before the time of
// the story: "the previous talks", "their meeting in Beijing last March",
// "a call two weeks ago" (not "NATO's summit next week").
func (e *rawEvent) earlier(toks []token) bool {
	if e.tokStart < e.tokEnd && pastMarkers[toks[e.tokStart].lower()] {
		return true
	}
	for j := e.tokEnd; j < len(toks) && j < e.tokEnd+6 && toks[j].isWord(); j++ {
		if w := toks[j].lower(); w == "ago" || w == "last" && j+1 < len(toks) && toks[j+1].isWord() {
			return true
		}
	}
	return false
}

// hasOwnParticipants reports whether a noun trigger names who takes part
// ("Russia's proposals", "talks with Iran").
func (x *extractor) hasOwnParticipants(toks []token, ms []mention, i, n int) bool {
	probe := &rawEvent{}
	probe.addParticipantsNear(x, toks, ms, i, n)
	return len(probe.participants) > 0
}

// guessParticipants gives an event that no phrase linked to anyone the
// subject of its sentence ("Russia announced … drills"), or else the actor
// named just before its trigger, so that an actor's timeline finds it.
func (x *extractor) guessParticipants(e *rawEvent, ms []mention) {
	toks := e.sent.toks
	if m, ok := sentenceSubject(toks, ms, e.tokStart); ok {
		e.addMention(x, m)
		for k := m.end; k+1 < e.tokStart && toks[k].lower() == "and"; k = m.end {
			// "Albanese and Li announced new agreements after talks": both
			if m, ok = mentionStartingAt(ms, k+1); !ok || m.kind == byPronoun {
				break
			}
			e.addMention(x, m)
		}
		return
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := ms[i]
		if m.end > e.tokStart || e.tokStart-m.end > 6 {
			continue
		}
		if m.ent != nil && m.ent.locative {
			continue
		}
		e.addMention(x, m)
		return
	}
}

// spanDays returns how many days the words before e's trigger say it
// lasts ("the two-day summit", "three days of talks", "a 3-day visit"), or
// 1.
func (e *rawEvent) spanDays() int {
	toks := e.sent.toks
	for j := e.tokStart - 1; j >= 0 && j >= e.tokStart-4; j-- {
		w := toks[j].lower()
		if num, ok := strings.CutSuffix(w, "-day"); ok {
			return dayCount(num)
		}
		if w == "days" && j+1 < len(toks) && toks[j+1].lower() == "of" && j > 0 {
			return dayCount(toks[j-1].lower())
		}
	}
	return 1
}

// dayCount reads a small count of days, in words or digits, or 1.
func dayCount(w string) int {
	if n, ok := counts[w]; ok {
		return n
	}
	if n, err := strconv.Atoi(w); err == nil && n > 1 && n < 15 {
		return n
	}
	return 1
}

// startMarkers say a sentence dates the first day of an event that lasts
// several: "arrived on Sunday for a two-day visit", "the summit opens on
// Tuesday", or that the event is still to come.
var startMarkers = map[string]bool{
	"arrived": true, "arrives": true, "arriving": true, "began": true, "begins": true, "beginning": true,
	"opened": true, "opens": true, "opening": true, "start": true, "starts": true, "started": true, "starting": true,
	"will": true, "next": true, "due": true, "from": true,
}

// endMarkers say a sentence dates the last day of an event: "the summit
// ended on Thursday", "on its final day".
var endMarkers = map[string]bool{
	"ended": true, "ends": true, "final": true, "closed": true, "concluded": true, "wrapped": true, "left": true, "closing": true,
}

// toFirstDay moves the date of an event that lasts several days to its
// first day when the sentence dates it by a later one, as a report of a
// two-day summit that "ended on Thursday" or of what a leader said on the
// last day of "two days of talks" does.
func (e *rawEvent) toFirstDay() {
	if e.date == "" || e.precision != dipgraph.PrecisionDay {
		return
	}
	n := e.spanDays()
	if n < 2 {
		return
	}
	ended := false
	for _, t := range e.sent.toks {
		if startMarkers[t.lower()] {
			return
		}
		ended = ended || endMarkers[t.lower()]
	}
	if !e.explicitDate && !ended {
		return // dated by an earlier sentence, which may name any of its days
	}
	e.date = dipgraph.DateOf(e.date.Time().AddDate(0, 0, 1-n))
}

// writingVerbs report words written, on a social network or in a letter,
// not said in the call or meeting a readout reported before.
var writingVerbs = wordSet("writing-verb")

// answersQuestion reports whether c answers a question put to the speaker:
// its sentence opens with "Asked" before its verb ("Asked whether …, Davies
// said"), or it replies in the paragraph of a quoted question ("“Mr. Maas,
// will Germany …?” a correspondent asked. Maas replied that …").
func (x *extractor) answersQuestion(s *sentence, c *rawClaim) bool {
	toks := s.toks
	if f := firstWord(toks); f >= 0 && toks[f].text == "Asked" && c.verbTok > f {
		return true
	}
	return replyVerbs[c.verb] && s.para >= 0 && x.questionPara == s.para
}

// askedQuestion reports whether toks hold a quoted question that someone
// "asked": “…?” a correspondent asked.
func askedQuestion(toks []token) bool {
	for j := 1; j+1 < len(toks); j++ {
		if toks[j].kind == tokCloseQuote && toks[j-1].text == "?" {
			for k := j + 1; k < len(toks) && k <= j+8; k++ {
				if w := toks[k].lower(); w == "asked" || w == "asks" {
					return true
				}
			}
		}
	}
	return false
}

// toReporters reports whether the sentence of c frames it as said to the
// press ("told reporters", "speaking to journalists"), outside what was
// said.
func toReporters(toks []token, c *rawClaim) bool {
	for i, t := range toks {
		if w := t.lower(); pressWords[w] && !t.quoted && (t.start < c.start || t.start >= c.end) && i > 0 {
			return true
		}
	}
	return false
}
