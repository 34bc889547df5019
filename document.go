package dipgraph

import "fmt"

// Document is the extraction document: everything the loader read from one
// article, in the JSON shape of docs/extraction-json.md. Field names are a
// public contract: add fields, never rename or remove them.
type Document struct {
	Article DocArticle  `json:"article"`
	Actors  []*DocActor `json:"actors"`
	Events  []*DocEvent `json:"events"`
	Claims  []*DocClaim `json:"claims"`
}

// DocArticle describes the article a document was read from.
type DocArticle struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Subtitle  string `json:"subtitle"`
	Author    string `json:"author"`
	Published Date   `json:"published"`
	Source    string `json:"source"`
}

// DocActor is an actor as the document names it.
type DocActor struct {
	ID          string    `json:"id"`
	Name        string    `json:"name"`
	Kind        ActorKind `json:"kind"`
	Aliases     []string  `json:"aliases"`
	Role        string    `json:"role,omitempty"`
	Affiliation *string   `json:"affiliation"`
}

// Span is a half-open range of byte offsets into the article text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// DocEvent is an event the article reports.
type DocEvent struct {
	ID            string        `json:"id"`
	Type          EventType     `json:"type"`
	Label         string        `json:"label"`
	Date          *Date         `json:"date"`
	DatePrecision DatePrecision `json:"datePrecision,omitempty"`
	Participants  []string      `json:"participants"`
	Span          Span          `json:"span"`
	Sentence      string        `json:"sentence"`
}

// DocClaim is a claim the article reports.
type DocClaim struct {
	ID         string    `json:"id"`
	Speaker    string    `json:"speaker"`
	Addressees []string  `json:"addressees"`
	About      []string  `json:"about"`
	Mode       ClaimMode `json:"mode"`
	Verb       string    `json:"verb"`
	Quote      string    `json:"quote,omitempty"`
	Text       string    `json:"text"`
	Event      *string   `json:"event"`
	Date       *Date     `json:"date"`
	Confidence float64   `json:"confidence"`
	Span       Span      `json:"span"`
	Sentence   string    `json:"sentence"`
	// ReportedBy is the id of the actor whose report of this claim the
	// article carries ("Putin said the Western powers told him …": the
	// Western powers speak, reported by Putin), or "".
	ReportedBy string `json:"reportedBy,omitempty"`
	// Headline lists the headline or subtitle spans that repeat this claim.
	Headline []Span `json:"headline,omitempty"`
}

// Validate checks that every entry is present, that every reference names
// an entry of the same document (a claim's speaker, addressees, subjects,
// event and reportedBy, an event's participants, an actor's affiliation),
// and that kinds, modes, types, precisions and dates (the article's,
// events' and claims') are valid. It returns an EINVALID error whose Field names the
// first problem, such as "claims[2].date".
func (d *Document) Validate() error {
	if d.Article.ID == "" {
		return FieldErrorf("article.id", "article has no id")
	}
	if p := d.Article.Published; p != "" {
		if err := checkDate("article.published", &p); err != nil {
			return err
		}
	}
	actors := make(map[string]bool, len(d.Actors))
	for i, a := range d.Actors {
		field := fmt.Sprintf("actors[%d]", i)
		switch {
		case a == nil || a.ID == "" || a.Name == "":
			return FieldErrorf(field, "actor needs an id and a name")
		case !a.Kind.Valid():
			return FieldErrorf(field+".kind", "actor %q has unknown kind %q", a.Name, a.Kind)
		}
		actors[a.ID] = true
	}
	for i, a := range d.Actors {
		if a.Affiliation != nil && !actors[*a.Affiliation] {
			return FieldErrorf(fmt.Sprintf("actors[%d].affiliation", i), "actor %q is affiliated with unknown actor %s", a.Name, *a.Affiliation)
		}
	}
	events := make(map[string]bool, len(d.Events))
	for i, e := range d.Events {
		field := fmt.Sprintf("events[%d]", i)
		switch {
		case e == nil || e.ID == "":
			return FieldErrorf(field, "event has no id")
		case !e.Type.Valid():
			return FieldErrorf(field+".type", "event has unknown type %q", e.Type)
		case e.DatePrecision != "" && !e.DatePrecision.Valid():
			return FieldErrorf(field+".datePrecision", "event has unknown date precision %q", e.DatePrecision)
		}
		if err := checkDate(field+".date", e.Date); err != nil {
			return err
		}
		if err := checkActors(actors, field+".participants", e.Participants); err != nil {
			return err
		}
		events[e.ID] = true
	}
	for i, c := range d.Claims {
		field := fmt.Sprintf("claims[%d]", i)
		switch {
		case c == nil || c.ID == "":
			return FieldErrorf(field, "claim has no id")
		case !actors[c.Speaker]:
			return FieldErrorf(field+".speaker", "claim has unknown speaker %q", c.Speaker)
		case c.ReportedBy != "" && !actors[c.ReportedBy]:
			return FieldErrorf(field+".reportedBy", "claim is reported by unknown actor %q", c.ReportedBy)
		case !c.Mode.Valid():
			return FieldErrorf(field+".mode", "claim has unknown mode %q", c.Mode)
		case c.Text == "":
			return FieldErrorf(field+".text", "claim has empty text")
		case c.Event != nil && !events[*c.Event]:
			return FieldErrorf(field+".event", "claim refers to unknown event %s", *c.Event)
		}
		if err := checkDate(field+".date", c.Date); err != nil {
			return err
		}
		if err := checkActors(actors, field+".addressees", c.Addressees); err != nil {
			return err
		}
		if err := checkActors(actors, field+".about", c.About); err != nil {
			return err
		}
	}
	return nil
}

// checkDate returns an EINVALID error naming field when d is set and is not
// a real YYYY-MM-DD date.
func checkDate(field string, d *Date) error {
	if d == nil {
		return nil
	}
	if _, err := ParseDate(string(*d)); err != nil {
		return FieldErrorf(field, "%s %q is not a date: want YYYY-MM-DD", field, *d)
	}
	return nil
}

// checkActors returns an EINVALID error naming field when an id of ids is
// not among actors.
func checkActors(actors map[string]bool, field string, ids []string) error {
	for _, id := range ids {
		if !actors[id] {
			return FieldErrorf(field, "unknown actor %q", id)
		}
	}
	return nil
}
