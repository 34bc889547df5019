package eval

import "encoding/json"

// Counts tallies one precision/recall metric. TP counts extracted items that
// match a required gold item and OptionalTP those that match an optional one:
// both are correct, but only TP is in the recall denominator.
type Counts struct {
	TP         int `json:"tp"`
	OptionalTP int `json:"optionalTp"`
	FP         int `json:"fp"` // extracted items that match nothing
	FN         int `json:"fn"` // required gold items that were missed
}

// Precision returns the share of extracted items that are correct, and
// whether anything was extracted.
func (c Counts) Precision() (float64, bool) {
	return ratio(c.TP+c.OptionalTP, c.TP+c.OptionalTP+c.FP)
}

// Recall returns the share of required gold items found, and whether there
// were any.
func (c Counts) Recall() (float64, bool) { return ratio(c.TP, c.TP+c.FN) }

// F1 returns the harmonic mean of precision and recall, and whether both are
// defined.
func (c Counts) F1() (float64, bool) {
	p, okp := c.Precision()
	r, okr := c.Recall()
	if !okp || !okr {
		return 0, false
	}
	if p+r == 0 {
		return 0, true
	}
	return 2 * p * r / (p + r), true
}

func (c Counts) add(d Counts) Counts {
	return Counts{c.TP + d.TP, c.OptionalTP + d.OptionalTP, c.FP + d.FP, c.FN + d.FN}
}

// MarshalJSON adds precision, recall and f1 to the counts; each is null when
// undefined.
func (c Counts) MarshalJSON() ([]byte, error) {
	type plain Counts
	return json.Marshal(struct {
		plain
		Precision *float64 `json:"precision"`
		Recall    *float64 `json:"recall"`
		F1        *float64 `json:"f1"`
	}{plain(c), ptr(c.Precision()), ptr(c.Recall()), ptr(c.F1())})
}

// Accuracy tallies a property checked over matched items.
type Accuracy struct {
	Right int `json:"right"`
	Total int `json:"total"`
}

// Value returns Right/Total, and whether Total is positive.
func (a Accuracy) Value() (float64, bool) { return ratio(a.Right, a.Total) }

func (a Accuracy) add(b Accuracy) Accuracy { return Accuracy{a.Right + b.Right, a.Total + b.Total} }

func (a *Accuracy) count(right bool) {
	a.Total++
	if right {
		a.Right++
	}
}

// MarshalJSON adds the accuracy, null when undefined.
func (a Accuracy) MarshalJSON() ([]byte, error) {
	type plain Accuracy
	return json.Marshal(struct {
		plain
		Accuracy *float64 `json:"accuracy"`
	}{plain(a), ptr(a.Value())})
}

// ActorCounts tallies how the gold actors were found among the extracted ones.
type ActorCounts struct {
	Gold       int `json:"gold"`       // gold actors
	Found      int `json:"found"`      // gold actors matched by at least one extracted actor
	Duplicates int `json:"duplicates"` // gold actors matched by more than one
}

// Recall returns Found/Gold, and whether there were gold actors.
func (a ActorCounts) Recall() (float64, bool) { return ratio(a.Found, a.Gold) }

func (a ActorCounts) add(b ActorCounts) ActorCounts {
	return ActorCounts{a.Gold + b.Gold, a.Found + b.Found, a.Duplicates + b.Duplicates}
}

// MarshalJSON adds the recall, null when undefined.
func (a ActorCounts) MarshalJSON() ([]byte, error) {
	type plain ActorCounts
	return json.Marshal(struct {
		plain
		Recall *float64 `json:"recall"`
	}{plain(a), ptr(a.Recall())})
}

// Report is the score of one or, after Sum, many documents.
type Report struct {
	File        string      `json:"file,omitempty"` // gold file name; empty for totals
	Documents   int         `json:"documents"`
	Statements  Counts      `json:"statements"`  // claims against gold statements
	Attribution Counts      `json:"attribution"` // matched with the right speaker
	Addressees  Counts      `json:"addressees"`  // (statement, addressee) pairs of matched statements
	Speaker     Accuracy    `json:"speaker"`     // over matched statements
	Mode        Accuracy    `json:"mode"`        // over matched statements
	Actors      ActorCounts `json:"actors"`
	Events      Counts      `json:"events"`
	EventType   Accuracy    `json:"eventType"` // over matched events
	EventDate   Accuracy    `json:"eventDate"` // over matched events; both null is right
	Errors      Errors      `json:"errors"`
}

// Errors lists what went wrong, for inspection. Every entry names its file.
type Errors struct {
	MissedStatements []MissedStatement `json:"missedStatements,omitempty"`
	FalseClaims      []FalseClaim      `json:"falseClaims,omitempty"`
	WrongSpeakers    []WrongValue      `json:"wrongSpeakers,omitempty"`
	WrongAddressees  []WrongAddressees `json:"wrongAddressees,omitempty"`
	WrongModes       []WrongValue      `json:"wrongModes,omitempty"`
	MissedActors     []MissedActor     `json:"missedActors,omitempty"`
	DuplicateActors  []DuplicateActor  `json:"duplicateActors,omitempty"`
	MissedEvents     []MissedEvent     `json:"missedEvents,omitempty"`
	FalseEvents      []FalseEvent      `json:"falseEvents,omitempty"`
	WrongEventTypes  []WrongValue      `json:"wrongEventTypes,omitempty"`
	WrongDates       []WrongValue      `json:"wrongDates,omitempty"`
}

// MissedStatement is a required gold statement that no claim matched.
type MissedStatement struct {
	File     string `json:"file,omitempty"`
	Evidence string `json:"evidence"`
	Speaker  string `json:"speaker"`
}

// FalseClaim is an extracted claim that matched no gold statement.
type FalseClaim struct {
	File     string `json:"file,omitempty"`
	Text     string `json:"text"`
	SpanText string `json:"spanText"` // the article's bytes under the claim's span
	Speaker  string `json:"speaker"`
}

// WrongValue is a matched statement or event with a wrong speaker, mode,
// type or date. Want is the gold value, Got the extracted one; "null" stands
// for no date.
type WrongValue struct {
	File     string `json:"file,omitempty"`
	Evidence string `json:"evidence"`
	Want     string `json:"want"`
	Got      string `json:"got"`
}

// WrongAddressees is a matched statement whose addressees differ from gold:
// Missing are gold addressees not extracted (canonical names), Extra the
// extracted addressees that are not in gold.
type WrongAddressees struct {
	File     string   `json:"file,omitempty"`
	Evidence string   `json:"evidence"`
	Missing  []string `json:"missing"`
	Extra    []string `json:"extra"`
}

// MissedActor is a gold actor that no extracted actor names.
type MissedActor struct {
	File string `json:"file,omitempty"`
	Name string `json:"name"`
}

// DuplicateActor is a gold actor named by several extracted actors.
type DuplicateActor struct {
	File string   `json:"file,omitempty"`
	Name string   `json:"name"`
	Got  []string `json:"got"` // names of the extracted actors
}

// MissedEvent is a required gold event that no extracted event matched.
type MissedEvent struct {
	File     string `json:"file,omitempty"`
	Type     string `json:"type"`
	Evidence string `json:"evidence"`
}

// FalseEvent is an extracted event that matched no gold event.
type FalseEvent struct {
	File  string `json:"file,omitempty"`
	Type  string `json:"type"`
	Label string `json:"label"`
}

// Sum returns the micro-averaged total of reports: counts are added and
// error lists concatenated. Nil reports are skipped.
func Sum(reports ...*Report) *Report {
	t := &Report{}
	for _, r := range reports {
		if r == nil {
			continue
		}
		t.Documents += r.Documents
		t.Statements = t.Statements.add(r.Statements)
		t.Attribution = t.Attribution.add(r.Attribution)
		t.Addressees = t.Addressees.add(r.Addressees)
		t.Speaker = t.Speaker.add(r.Speaker)
		t.Mode = t.Mode.add(r.Mode)
		t.Actors = t.Actors.add(r.Actors)
		t.Events = t.Events.add(r.Events)
		t.EventType = t.EventType.add(r.EventType)
		t.EventDate = t.EventDate.add(r.EventDate)
		e, s := &t.Errors, &r.Errors
		e.MissedStatements = append(e.MissedStatements, s.MissedStatements...)
		e.FalseClaims = append(e.FalseClaims, s.FalseClaims...)
		e.WrongSpeakers = append(e.WrongSpeakers, s.WrongSpeakers...)
		e.WrongAddressees = append(e.WrongAddressees, s.WrongAddressees...)
		e.WrongModes = append(e.WrongModes, s.WrongModes...)
		e.MissedActors = append(e.MissedActors, s.MissedActors...)
		e.DuplicateActors = append(e.DuplicateActors, s.DuplicateActors...)
		e.MissedEvents = append(e.MissedEvents, s.MissedEvents...)
		e.FalseEvents = append(e.FalseEvents, s.FalseEvents...)
		e.WrongEventTypes = append(e.WrongEventTypes, s.WrongEventTypes...)
		e.WrongDates = append(e.WrongDates, s.WrongDates...)
	}
	return t
}

func ratio(n, d int) (float64, bool) {
	if d == 0 {
		return 0, false
	}
	return float64(n) / float64(d), true
}

func ptr(v float64, ok bool) *float64 {
	if !ok {
		return nil
	}
	return &v
}
