package loader

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/dipgraph/dipgraph"
)

// Options give what the article text lacks.
type Options struct {
	Published dipgraph.Date // publication date; relative dates resolve against it
	Source    string        // where the article came from (a URL or a name)
	Title     string        // overrides the headline read from the text
}

// extractor holds the state of reading one article.
type extractor struct {
	lex       *lexicon
	text      []byte
	src       string // text as a string, which tokens and claims slice
	published time.Time
	reg       *registry
	sal       salience

	events       []*rawEvent
	anaphora     map[*sentence][]anaphor
	current      map[*entity]*rawEvent // the media event a speaker is speaking at
	currentPara  map[*entity]int
	lastDate     map[*entity]dipgraph.Date // the day a speaker was last said to speak
	spokenTo     map[*entity]turn          // who last spoke to an actor, and in which paragraph
	lastHearer   map[*entity]turn          // the one person an actor last spoke to (by), and where
	together     []*entity                 // the people last named together ("X and Y"), whom "them" may be
	togetherPara int
	questionPara int // the paragraph of the last quoted question someone "asked"
	lastYear     int // the last year the article named, for "on Aug. 24 that year"

	lastDay     dipgraph.Date // the latest day the article named, and where
	lastDayPara int
	leadDay     dipgraph.Date // the day the lead names: what the story is about

	letters map[*entity]turn // whom each writer's last letter went to: by is the recipient

	lastQuoteSpeaker *entity
	lastQuoteHearers []*entity // whom the last quote was addressed to
	lastQuotePara    int
	// the speaker of the last sentence with a claim, whatever its mode,
	// and whom the claim named as told
	lastSpeaker        *entity
	lastSpeakerHearers []*entity
	lastSpeakerPara    int

	mentions map[*sentence][]mention
	sent     *sentence // the sentence being read
	repeats  []headlineRepeat
}

// Extract reads one article in the seed's plain-text layout and returns its
// extraction document. It returns an EINVALID error for text that Parse
// rejects or a bad publication date; an article with no statements gives a
// document with no claims, not an error.
func Extract(text []byte, opts Options) (*dipgraph.Document, error) {
	lx, err := loadLexicon()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	a, err := Parse(text)
	if err != nil {
		return nil, err
	}
	x := &extractor{
		lex: lx, text: text, src: string(text), reg: newRegistry(lx),
		anaphora: map[*sentence][]anaphor{}, current: map[*entity]*rawEvent{},
		currentPara: map[*entity]int{}, lastDate: map[*entity]dipgraph.Date{}, spokenTo: map[*entity]turn{}, lastHearer: map[*entity]turn{},
		lastQuotePara: -10, lastSpeakerPara: -10, questionPara: -10, mentions: map[*sentence][]mention{}, letters: map[*entity]turn{},
	}
	if opts.Published != "" {
		if _, err := dipgraph.ParseDate(string(opts.Published)); err != nil {
			return nil, err
		}
		x.published = opts.Published.Time()
		x.reg.day = opts.Published
	}
	x.reg.subjects, x.reg.lead = &x.sal.subjects, &x.sal.first
	sents := x.sentences(a)
	for _, s := range sents {
		if s.para >= 0 {
			x.reg.home = lx.datelineState(s.toks)
			break
		}
	}
	var claims []*rawClaim
	for i := range sents {
		s := &sents[i]
		cs, evs := x.read(s)
		claims = append(claims, cs...)
		x.events = append(x.events, evs...)
	}
	claims = x.foldHeadlines(claims)
	x.envoysNamedLater(claims)
	return x.document(a, opts, claims), nil
}

// envoysNamedLater gives a claim told to "Israel's ambassador" or "the
// Israeli ambassador" before the story names him ("Poland told Israel's
// ambassador on Friday that …", then "Ambassador Yacov Livne") that person
// as its hearer in place of the state: the one envoy of that state the
// story names.
func (x *extractor) envoysNamedLater(claims []*rawClaim) {
	envoyOf := map[*entity]*entity{} // by state; nil for envoys of no state the story gave
	several := map[*entity]bool{}
	for _, e := range x.reg.entities {
		if e.kind != dipgraph.KindPerson || !roleHas(e.role, envoyPosts) {
			continue
		}
		if envoyOf[e.affiliation] != nil {
			several[e.affiliation] = true
		}
		envoyOf[e.affiliation] = e
	}
	for _, c := range claims {
		if c.verbTok < 0 || len(c.addressees) != 1 || c.addressees[0].kind != dipgraph.KindState {
			continue
		}
		st := c.addressees[0]
		env := envoyOf[st]
		if env == nil && !several[nil] {
			env = envoyOf[nil] // "Ambassador Yacov Livne", of no state the story said
		}
		if env == nil || several[st] {
			continue
		}
		toks := c.sent.toks
		for j := c.verbTok + 1; j < len(toks) && j <= c.verbTok+5; j++ {
			if envoyPosts[toks[j].lower()] {
				c.addressees = []*entity{env}
				break
			}
			if !toks[j].isWord() && !toks[j].possessive() {
				break
			}
		}
	}
}

// roleHas reports whether any word of role, in lower case, is in words.
func roleHas(role string, words map[string]bool) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if words[w] {
			return true
		}
	}
	return false
}

// sentences lists the sentences of the headline, subtitle and paragraphs.
func (x *extractor) sentences(a *Article) []sentence {
	var out []sentence
	// the paragraphs' tokens share one array, sized for the usual five
	// bytes a token, which their sentences slice; a paragraph that does
	// not fit gets an array of its own
	buf := make([]token, 0, len(x.src)/5+8)
	add := func(sp dipgraph.Span, para int) {
		rest := buf[len(buf):]
		used := 0
		for _, s := range splitSentences(x.src, sp.Start, sp.End, para, rest) {
			x.lex.mark(s.toks)
			out = append(out, s)
			used += len(s.toks)
		}
		if used <= cap(rest) {
			buf = buf[:len(buf)+used]
		}
	}
	add(a.Title, -2)
	if a.Subtitle.End > a.Subtitle.Start {
		add(a.Subtitle, -1)
	}
	for i, p := range a.Paragraphs {
		add(p, i)
	}
	return out
}

// read runs the sentence stages: mentions, dates, claims, events, links.
func (x *extractor) read(s *sentence) ([]*rawClaim, []*rawEvent) {
	verbs := findVerbs(x.lex, s.toks, s.para < 0)
	s.verbs = verbs
	if s.para >= 0 && x.reg.headline < 0 {
		x.reg.headline = len(x.reg.entities)
	}
	verbAt := func(i int) bool {
		for _, v := range verbs {
			if v.i == i {
				return true
			}
		}
		return false
	}
	ms := x.reg.findMentions(s.toks, verbAt)
	x.mentions[s] = ms
	x.sent = s
	var dates []dateExpr
	if !x.published.IsZero() {
		dates = findDates(s.toks, x.published, x.lastYear)
		resolveShifts(s.toks, dates, x.lastDay)
		if y := lastYearIn(s.toks); y > 0 {
			x.lastYear = y
		}
	}
	if s.para >= 0 {
		x.noteJointSubject(s.toks, ms)
		learnGender(s.toks, ms)
	}
	claims := x.attribute(s, ms)
	issued := x.noteIssuers(s.toks, ms, claims)
	headline := s.para < 0
	for _, c := range claims {
		c.headline = headline
	}
	var evs []*rawEvent
	if !headline {
		evs = x.findEvents(s, ms, dates, claims)
		x.linkEvents(s, claims, evs)
		if len(claims) == 0 {
			x.leaveForPress(s, ms)
		}
		for _, e := range evs {
			if len(e.participants) == 0 {
				x.guessParticipants(e, ms)
			}
		}
	}
	// the day the sentence is about, for the events that follow: its
	// first, past a dateline's filing day when the lead names another
	// ("JOHANNESBURG, Aug 25 – … said on Thursday"), and not a bound ("from
	// midnight on Thursday"); the day its speakers spoke is not after the
	// article
	pub := dipgraph.DateOf(x.published)
	day := sentenceDay(s.toks, dates, claims, "")
	spoke := sentenceDay(s.toks, dates, claims, pub)
	for _, c := range claims {
		if spoke != "" && c.event == nil {
			x.lastDate[c.speaker] = spoke
		}
		if t, ok := x.spokenTo[c.speaker]; ok && len(c.addressees) == 0 && replyVerbs[c.verb] && s.para >= 0 && s.para-t.para <= 2 && t.by != c.speaker && (t.by.kind == dipgraph.KindPerson && c.speaker.kind == dipgraph.KindPerson || c.verb == "replied" && !isAudience(t.by)) && x.questionPara != s.para {
			// "Cleverly asked her to say plainly … Colonna answered that
			// …": a person's reply goes to the person who spoke to them
			// last, also earlier in the same sentence ("had told Lavrov
			// that …, and that Lavrov had replied that …")
			c.addressees = []*entity{t.by}
		}
		for _, a := range c.addressees {
			x.spokenTo[a] = turn{by: c.speaker, para: s.para}
		}
	}
	for _, c := range claims {
		if len(c.addressees) == 1 && c.addressees[0].kind == dipgraph.KindPerson {
			x.lastHearer[c.speaker] = turn{by: c.addressees[0], para: s.para}
		}
	}
	if askedQuestion(s.toks) && !headline {
		x.questionPara = s.para
	}
	x.noteLetters(s, claims)
	for _, e := range evs {
		x.dateAfter(e)
		x.dateFromContext(e)
		e.toFirstDay()
	}
	for _, e := range evs {
		x.dateFromScene(e, claims)
	}
	if day != "" && !headline {
		x.lastDay, x.lastDayPara = day, s.para
		if x.leadDay == "" && s.para <= 1 && spoke != "" {
			x.leadDay = spoke // (not "after Canada's April 28 election")
		}
	}
	if people := namedTogether(s.toks, ms, len(s.toks)); len(people) > 1 && !headline {
		x.together, x.togetherPara = people, s.para
	}
	// first actor mention of a sentence is its topic: pronouns after it
	// may point to it. A fronted phrase ("At a news conference with Orbán
	// on Friday, Putin …") is passed over.
	lead := max(frontedPhraseEnd(s.toks), datelineEnd(s.toks)) // not the dateline's city
	for _, m := range ms {
		if m.start < lead {
			continue
		}
		if m.kind == byPronoun && m.start == lead && (m.pronoun == "he" || m.pronoun == "she") && !headline {
			// "He met Aliyev in Munich": the topic stays with whom "he"
			// is, not the person he met
			x.sal.push(x.resolveMention(m, nil))
			break
		}
		if m.kind != byPronoun && m.ent != nil && !headline {
			if m.end < len(s.toks) && s.toks[m.end].possessive() && m.ent.kind != dipgraph.KindPerson {
				continue // "Hezbollah's leader, Hassan Nasrallah, gave a speech": the leader
			}
			if m.ent.kind != dipgraph.KindPerson {
				if p, ok := apposedPerson(s.toks, ms, lead+12); ok {
					// "China's ambassador to the EU, Zhang Ming, had tried
					// …": the person the description names
					m = p
				}
			}
			if m.start <= lead+4 || m.ent.kind == dipgraph.KindPerson && m.start < lead+16 {
				x.sal.push(m.ent)
			}
			break
		}
	}
	for _, e := range x.reg.entities {
		e.spoke = false
	}
	for _, c := range claims {
		x.sal.push(c.speaker)
		c.speaker.spoke = true
	}
	for _, e := range issued {
		// "The Arab League adopted a final declaration. It described the
		// Golan as …": it speaks through the text
		e.spoke = true
	}
	// the reporter of a nested report stays the topic: "He said Lavrov had
	// told him … He added …" goes on with the outer speaker
	for _, c := range claims {
		if c.reportedBy != nil {
			x.sal.push(c.reportedBy)
		}
	}
	return claims, evs
}

// apposedPerson returns a person named in apposition, between commas,
// before the token limit ("China's ambassador to the EU, Zhang Ming,").
func apposedPerson(toks []token, ms []mention, limit int) (mention, bool) {
	for _, p := range ms {
		if p.start >= limit {
			break
		}
		if p.kind == byName && p.ent != nil && p.ent.kind == dipgraph.KindPerson && p.start > 0 && toks[p.start-1].text == "," && p.end < len(toks) && toks[p.end].text == "," {
			return p, true
		}
	}
	return mention{}, false
}

// learnGender gives a sentence's subject, a person of unknown gender, the
// gender of the possessive that follows its verb ("India's ambassador,
// Ruchira Kamboj, who presided over the meeting, explained her country's
// abstention"): a name no list knows, then found by "she".
func learnGender(toks []token, ms []mention) {
	m, ok := sentenceSubject(toks, ms, len(toks))
	if !ok || m.kind != byName || m.ent == nil || m.ent.kind != dipgraph.KindPerson || m.ent.male || m.ent.female {
		return
	}
	k := m.end
	if k < len(toks) && toks[k].text == "," {
		// past an apposition or a relative clause set off by commas
		for k++; k < len(toks) && k < m.end+16 && toks[k].text != ","; k++ {
		}
		k++
	}
	if k+1 >= len(toks) || !toks[k].isWord() || toks[k].capitalized() || toks[k].quoted {
		return
	}
	switch toks[k+1].lower() {
	case "her":
		m.ent.female = true
	case "his":
		m.ent.male = true
	}
}

// letterVerbs are the acts a letter goes on with in the sentences after
// it, to its recipient.
var letterVerbs = wordSet("letter-verb")

// turn is a claim addressed to someone: who made it, in which paragraph.
type turn struct {
	by   *entity
	para int
}

// replyVerbs report an answer, which goes to whoever spoke last to the
// one answering.
var replyVerbs = wordSet("reply-verb")

// clauseOpeners open a clause inside a phrase ("After what he called …").
var clauseOpeners = map[string]bool{"what": true, "whether": true, "if": true, "that": true, "when": true, "how": true, "why": true, "where": true, "which": true, "who": true, "as": true}

// frontedPhraseEnd returns where the main clause begins after a fronted
// prepositional or participle phrase closed by a comma ("At a news
// conference with Orbán on Friday, …"), or 0.
func frontedPhraseEnd(toks []token) int {
	if len(toks) == 0 {
		return 0
	}
	prep := false
	switch w := toks[0].lower(); {
	case w == "at", w == "in", w == "during", w == "after", w == "before", w == "on", w == "following", w == "with", w == "alongside":
		prep = true
	case w == "asked":
	case participle(toks[0]) && len(w) > 5:
		// "Speaking to reporters, …", "Standing beside Zelensky, …"
	case (w == "when" || w == "while") && len(toks) > 1 && participle(toks[1]):
		// "When meeting with Sánchez in the afternoon, Wang Yi …"
	default:
		return 0
	}
	limit := 20
	for j := 1; j < len(toks) && j < limit; j++ {
		if toks[j].quoted {
			return 0
		}
		if prep && subjectPronouns[toks[j].lower()] && !clauseOpeners[toks[j-1].lower()] && toks[j-1].text != "," && j+1 < len(toks) && toks[j+1].isWord() && toks[j+1].lower() != "and" {
			// "On Tuesday it was the turn of Celso Amorim, …": a main
			// clause, not a phrase before one
			return 0
		}
		if toks[j].text != "," {
			continue
		}
		if j+1 < len(toks) && (toks[j+1].lower() == "which" || toks[j+1].lower() == "where" || len(toks[j+1].text) > 4 && strings.HasSuffix(toks[j+1].text, "ed")) {
			// "In the interview, recorded at the Kremlin on Feb. 6, Putin
			// …": a participle or relative clause goes on with the phrase
			limit = j + 20
			continue
		}
		return j + 1
	}
	return 0
}

// noteIssuers remembers who issued a statement or readout the sentence
// names ("said in a joint statement", "a readout issued by the Prime
// Minister's Office"), so that "the statement said" later speaks for them,
// and returns who issued one here.
func (x *extractor) noteIssuers(toks []token, ms []mention, claims []*rawClaim) []*entity {
	at := -1
	for i, t := range toks {
		if !t.quoted && documentNouns[t.lower()] && !(i > 0 && toks[i-1].lower() == "the") {
			at = i
			break
		}
	}
	if at < 0 {
		return nil
	}
	for j := at + 1; j+1 < len(toks) && j < at+4; j++ {
		if toks[j].lower() == "by" {
			// "a readout issued by the Prime Minister's Office"
			if m, ok := mentionStartingAt(ms, j+1); ok && m.ent != nil {
				x.reg.issuers = []*entity{m.ent}
				x.reg.issuerOf[toks[at].lower()] = x.reg.issuers
				return x.reg.issuers
			}
		}
	}
	var who []*entity
	for _, c := range claims {
		if !c.headline && c.verbTok >= 0 && !slices.Contains(who, c.speaker) {
			who = append(who, c.speaker)
		}
	}
	if b := beforeDeterminer(toks, at); len(who) == 0 && at > 1 && (issuingVerbs[toks[b].lower()] || jointWith(toks, b)) {
		// "Sunak and Macron … signed a declaration", "… closed the talks
		// with a joint statement": its signers
		if m, ok := sentenceSubject(toks, ms, at); ok && m.ent != nil {
			for _, c := range mentionList(toks, ms, m.start) {
				if c.ent != nil {
					who = append(append(who, c.ent), c.also...)
				}
			}
		}
	}
	if len(who) > 0 {
		x.reg.issuers = who
		x.reg.issuerOf[toks[at].lower()] = who
	}
	return who
}

// issuingVerbs put out a document: "signed a declaration".
var issuingVerbs = wordSet("issuing-verb")

// beforeDeterminer returns the index of the word before the noun phrase
// that ends at the noun toks[at], past its determiner and adjectives ("a
// joint declaration").
func beforeDeterminer(toks []token, at int) int {
	j := at - 1
	for j > 0 && j >= at-3 && toks[j].isWord() && !issuingVerbs[toks[j].lower()] {
		j--
	}
	return j
}

// noteJointSubject remembers the actors of a sentence that opens, past any
// fronted phrase, with a joint subject ("Biden and Merkel", "the two
// leaders"), for a later "they",
// and forgets them when a sentence opens with another single actor.
func (x *extractor) noteJointSubject(toks []token, ms []mention) {
	// past a fronted phrase: "In a joint statement released after the
	// talks, the three leaders committed …"
	lead := frontedPhraseEnd(toks)
	for _, m := range ms {
		if m.start < lead {
			continue
		}
		if m.start > lead+2 {
			return
		}
		if m.kind == byPronoun || m.ent == nil {
			continue
		}
		joint := []*entity{m.ent}
		joint = append(joint, m.also...)
		if list := mentionList(toks, ms, m.start); len(list) > 1 {
			joint = joint[:0]
			for _, l := range list {
				if l.ent != nil && l.kind != byPronoun {
					joint = append(joint, l.ent)
				}
			}
		}
		switch {
		case len(joint) > 1:
			x.sal.joint = joint
		case !slices.Contains(x.sal.joint, m.ent):
			x.sal.joint = nil
		}
		return
	}
}

// foldHeadlines drops a headline or subtitle claim that repeats a body
// claim of the same speaker, recording where the headline said it.
func (x *extractor) foldHeadlines(claims []*rawClaim) []*rawClaim {
	var out []*rawClaim
	for _, c := range claims {
		if !c.headline {
			out = append(out, c)
		}
	}
	for _, h := range claims {
		if !h.headline {
			continue
		}
		hw := contentWords(x.src[h.start:h.end])
		var best *rawClaim
		bestScore := 0.0
		for _, c := range out {
			if c.headline || c.speaker != h.speaker {
				continue
			}
			if s := overlapScore(hw, contentWords(x.src[c.start:c.end])); s > bestScore {
				best, bestScore = c, s
			}
		}
		if best != nil && bestScore >= 0.3 {
			x.repeats = append(x.repeats, headlineRepeat{body: best, headline: h})
			continue
		}
		h.confidence *= 0.8
		out = append(out, h)
	}
	return out
}

type headlineRepeat struct{ body, headline *rawClaim }

func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9')
	}) {
		if len(w) > 3 {
			out[w] = true
		}
	}
	return out
}

func overlapScore(a, b map[string]bool) float64 {
	if len(a) == 0 {
		return 0
	}
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	return float64(n) / float64(len(a))
}

// document assembles the extraction document with deterministic ids.
func (x *extractor) document(a *Article, opts Options, claims []*rawClaim) *dipgraph.Document {
	doc := &dipgraph.Document{
		Actors: []*dipgraph.DocActor{}, Events: []*dipgraph.DocEvent{}, Claims: []*dipgraph.DocClaim{},
	}
	title := x.src[a.Title.Start:a.Title.End]
	if opts.Title != "" {
		title = opts.Title
	}
	doc.Article = dipgraph.DocArticle{
		ID: dipgraph.ArticleID(opts.Source, x.text), Title: title,
		Subtitle: x.src[a.Subtitle.Start:a.Subtitle.End], Author: a.Author,
		Published: opts.Published, Source: opts.Source,
	}
	ids := map[*entity]string{}
	var idOf func(e *entity) string
	idOf = func(e *entity) string {
		if id, ok := ids[e]; ok {
			return id
		}
		id := dipgraph.ActorID(e.kind, e.name)
		ids[e] = id
		da := &dipgraph.DocActor{ID: id, Name: e.name, Kind: e.kind, Aliases: append([]string{}, e.aliases...), Role: e.role}
		doc.Actors = append(doc.Actors, da)
		if e.affiliation != nil && e.affiliation != e {
			aff := idOf(e.affiliation)
			da.Affiliation = &aff
		}
		return id
	}
	for _, e := range x.reg.entities {
		idOf(e)
	}
	evIDs := map[*rawEvent]string{}
	for _, e := range x.events {
		var parts []string
		for _, p := range e.participants {
			parts = append(parts, idOf(p))
		}
		id := dipgraph.EventID(e.typ, e.date, parts, x.label(e), doc.Article.ID)
		if _, dup := evIDs[e]; dup {
			continue
		}
		evIDs[e] = id
		de := &dipgraph.DocEvent{
			ID: id, Type: e.typ, Label: x.label(e), DatePrecision: e.precision, Participants: orEmpty(parts),
			Span:     dipgraph.Span{Start: e.sent.toks[e.tokStart].start, End: e.sent.toks[e.labelEnd-1].end},
			Sentence: x.src[e.sent.start:e.sent.end],
		}
		if e.date != "" {
			d := e.date
			de.Date = &d
		}
		doc.Events = append(doc.Events, de)
	}
	doc.Events = dedupeEvents(doc.Events)
	seen := map[string]bool{}
	for _, c := range claims {
		dc := &dipgraph.DocClaim{
			Speaker: idOf(c.speaker), Mode: c.mode, Verb: c.verb, Quote: c.quote,
			Text:       strings.Join(strings.Fields(x.src[c.start:c.end]), " "),
			Confidence: round2(c.confidence), Span: dipgraph.Span{Start: c.start, End: c.end},
			Sentence: x.src[c.sent.start:c.sent.end], Addressees: []string{}, About: []string{},
		}
		if c.mode == dipgraph.ModeDirect {
			dc.ID = dipgraph.QuoteClaimID(dc.Speaker, c.quote)
		} else {
			dc.ID = dipgraph.ClaimID(doc.Article.ID, dc.Speaker, c.start, c.end)
		}
		if seen[dc.ID] {
			continue
		}
		seen[dc.ID] = true
		for _, ad := range c.addressees {
			if ad != c.speaker && (ad != c.speaker.affiliation || ad.kind != dipgraph.KindState || !roleHas(c.speaker.role, stateOffices)) {
				// (never the speaker, nor the state a minister or a
				// spokesman serves)
				dc.Addressees = appendUnique(dc.Addressees, idOf(ad))
			}
		}
		for _, m := range x.mentions[c.sent] {
			if m.ent == nil || m.ent == c.speaker {
				continue
			}
			if ts := c.sent.toks[m.start].start; ts >= c.start && c.sent.toks[m.end-1].end <= c.end {
				dc.About = appendUnique(dc.About, idOf(m.ent))
			}
		}
		if c.reportedBy != nil {
			dc.ReportedBy = idOf(c.reportedBy)
		}
		var date dipgraph.Date
		if c.event != nil {
			if id, ok := evIDs[c.event]; ok {
				dc.Event = &id
			}
			date = c.event.date
		}
		if date == "" {
			date = x.lastDate[c.speaker]
		}
		if date == "" {
			date = opts.Published
		}
		if date != "" {
			dc.Date = &date
		}
		for _, r := range x.repeats {
			if r.body == c {
				dc.Headline = append(dc.Headline, dipgraph.Span{Start: r.headline.start, End: r.headline.end})
			}
		}
		doc.Claims = append(doc.Claims, dc)
	}
	sort.SliceStable(doc.Claims, func(i, j int) bool { return doc.Claims[i].Span.Start < doc.Claims[j].Span.Start })
	return doc
}

// label is the words that name an event.
func (x *extractor) label(e *rawEvent) string {
	toks := e.sent.toks
	return string(x.text[toks[e.tokStart].start:toks[e.labelEnd-1].end])
}

// dedupeEvents keeps the first of events that got the same id.
func dedupeEvents(evs []*dipgraph.DocEvent) []*dipgraph.DocEvent {
	seen := map[string]bool{}
	out := evs[:0]
	for _, e := range evs {
		if !seen[e.ID] {
			seen[e.ID] = true
			out = append(out, e)
		}
	}
	return out
}

func appendUnique(s []string, v string) []string {
	for _, x := range s {
		if x == v {
			return s
		}
	}
	return append(s, v)
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// sentenceDay returns the day a sentence is about: its first date past a
// dateline, or the dateline's when it names no other, leaving out bounds
// ("until Dec. 13"), days inside what its claims report ("said the strike
// on April 1 was …") and, when latest is set, days after it.
func sentenceDay(toks []token, dates []dateExpr, claims []*rawClaim, latest dipgraph.Date) dipgraph.Date {
	var day dipgraph.Date
	dl := datelineEnd(toks)
	for _, d := range dates {
		if d.date == "" || latest != "" && d.date > latest || d.bound(toks) || insideClaim(toks[d.tokStart], claims) || inRelativeClause(toks, d.tokStart) {
			continue
		}
		day = d.date
		if d.tokStart >= dl {
			break
		}
	}
	return day
}

// inRelativeClause reports whether toks[i] lies in a clause set off by a
// comma and "who", "where" or "which" ("PM Modi, who flew in from Paris,
// where he was the guest at the parade on Friday, was received …"): its
// day is another event's, not the sentence's.
func inRelativeClause(toks []token, i int) bool {
	return relativeClauseStart(toks, i) >= 0
}

// relativeClauseStart returns the index of the comma or dash that opens
// the relative clause toks[i] lies in, or -1.
func relativeClauseStart(toks []token, i int) int {
	for j := i - 1; j > 0; j-- {
		if toks[j].text != "," && toks[j].text != "—" && toks[j].text != "–" {
			continue
		}
		switch toks[j+1].lower() {
		case "who", "where", "which", "whose":
			return j
		}
		return -1
	}
	return -1
}

// insideClaim reports whether t lies in the content of one of claims.
func insideClaim(t token, claims []*rawClaim) bool {
	for _, c := range claims {
		if t.start >= c.start && t.end <= c.end {
			return true
		}
	}
	return false
}

// noteLetters follows letters: a claim told in a letter to someone ("In his
// letter, … Fico told Shmyhal that …") makes the writer's next written
// words in the paragraph or the one after ("“Your government has chosen …,”
// Fico wrote"), and the offers and requests that go on with the letter
// (letterVerbs: "He offered to let inspectors visit …"), words to that
// person too. The recipient's own written words, a reply, go back to the
// writer ("“…,” Macron wrote" after Putin's letter to him).
func (x *extractor) noteLetters(s *sentence, claims []*rawClaim) {
	if s.para < 0 {
		return
	}
	letter := slices.ContainsFunc(s.toks, func(t token) bool { w := t.lower(); return w == "letter" || w == "letters" })
	for _, c := range claims {
		written := c.verb == "wrote" || c.verb == "writes" || c.verb == "write" || c.verb == "writing"
		if len(c.addressees) > 0 && (letter || written) {
			x.letters[c.speaker] = turn{by: c.addressees[0], para: s.para}
			if r := c.addressees[0]; r.kind == dipgraph.KindPerson && c.speaker.kind == dipgraph.KindPerson {
				if _, ok := x.letters[r]; !ok {
					// a reply, if the recipient writes back, goes to the writer
					x.letters[r] = turn{by: c.speaker, para: -1}
				}
			}
			continue
		}
		t, ok := x.letters[c.speaker]
		if !ok || len(c.addressees) > 0 || t.by == c.speaker || c.verbTok < 0 {
			continue
		}
		if written && (t.para < 0 || s.para-t.para <= 1) {
			c.addressees = []*entity{t.by}
			// the reply is now being read: what else its writer offers or
			// proposes in it goes to the same person
			x.letters[c.speaker] = turn{by: t.by, para: s.para}
		} else if t.para >= 0 && s.para-t.para <= 1 && c.event == nil && !toReporters(s.toks, c) && letterVerbs[c.verb] {
			// "In his new letter, Putin urged Macron …. He offered to let
			// inspectors visit …": still the letter
			c.addressees = []*entity{t.by}
		}
	}
}

// stateOffices are the words of a government office's title: one who
// holds it (a minister, president, spokesman, ambassador or envoy) speaks
// for that state rather than to it, while an opposition leader may urge
// their own government.
var stateOffices = wordSet("state-office")
