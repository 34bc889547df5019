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
	// ReportedBy is the actor whose report of this claim the article
	// carries ("Putin said the Western powers told him …"), or "".
	ReportedBy string `json:"reportedBy,omitempty"`
	// Headline lists the headline or subtitle spans that repeat this claim.
	Headline []Span `json:"headline,omitempty"`
}

// Validate checks that every reference in the document names an entry of
// the same document and that kinds, modes, types and dates are valid. It
// returns an EINVALID error naming the first problem.
func (d *Document) Validate() error {
	if d.Article.ID == "" {
		return FieldErrorf("article.id", "article has no id")
	}
	if d.Article.Published != "" {
		if _, err := ParseDate(string(d.Article.Published)); err != nil {
			return FieldErrorf("article.published", "article published date %q is not YYYY-MM-DD", d.Article.Published)
		}
	}
	actors := make(map[string]bool, len(d.Actors))
	for i, a := range d.Actors {
		switch {
		case a.ID == "" || a.Name == "":
			return FieldErrorf(fmt.Sprintf("actors[%d]", i), "actor needs an id and a name")
		case !a.Kind.Valid():
			return FieldErrorf(fmt.Sprintf("actors[%d].kind", i), "actor %q has unknown kind %q", a.Name, a.Kind)
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
		if e.ID == "" || !e.Type.Valid() {
			return FieldErrorf(field, "event needs an id and a known type, got type %q", e.Type)
		}
		if e.Date != nil {
			if _, err := ParseDate(string(*e.Date)); err != nil {
				return FieldErrorf(field+".date", "event date %q is not YYYY-MM-DD", *e.Date)
			}
		}
		for _, p := range e.Participants {
			if !actors[p] {
				return FieldErrorf(field+".participants", "event %q has unknown participant %s", e.Label, p)
			}
		}
		events[e.ID] = true
	}
	for i, c := range d.Claims {
		field := fmt.Sprintf("claims[%d]", i)
		switch {
		case c.ID == "":
			return FieldErrorf(field, "claim has no id")
		case !actors[c.Speaker]:
			return FieldErrorf(field+".speaker", "claim has unknown speaker %q", c.Speaker)
		case !c.Mode.Valid():
			return FieldErrorf(field+".mode", "claim has unknown mode %q", c.Mode)
		case c.Text == "":
			return FieldErrorf(field+".text", "claim has empty text")
		case c.Event != nil && !events[*c.Event]:
			return FieldErrorf(field+".event", "claim refers to unknown event %s", *c.Event)
		}
		for _, ids := range [][]string{c.Addressees, c.About} {
			for _, id := range ids {
				if !actors[id] {
					return FieldErrorf(field, "claim refers to unknown actor %s", id)
				}
			}
		}
	}
	return nil
}
