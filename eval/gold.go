package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"

	"github.com/dipgraph/dipgraph"
)

// Gold is the hand annotation of one article.
type Gold struct {
	File       string           `json:"file"`      // name of the article's text file
	Source     string           `json:"source"`    // where the article came from
	Published  dipgraph.Date    `json:"published"` // publication date, YYYY-MM-DD
	Statements []*GoldStatement `json:"statements"`
	Actors     []*GoldActor     `json:"actors"`
	Events     []*GoldEvent     `json:"events"`
}

// GoldStatement is one attributed speech act of the article. Speaker and
// each addressee list every string that names the actor, canonical name first.
type GoldStatement struct {
	Evidence   string             `json:"evidence"`
	Speaker    []string           `json:"speaker"`
	Addressees [][]string         `json:"addressees"`
	Mode       dipgraph.ClaimMode `json:"mode"`
	Optional   bool               `json:"optional"`
	Note       string             `json:"note,omitempty"`
}

// GoldActor is one actor the article names.
type GoldActor struct {
	Name    string             `json:"name"`
	Kind    dipgraph.ActorKind `json:"kind"`
	Aliases []string           `json:"aliases"`
	Role    string             `json:"role,omitempty"`
}

// GoldEvent is one event the article reports. Date is nil when the text does
// not fix it.
type GoldEvent struct {
	Type         dipgraph.EventType `json:"type"`
	Evidence     string             `json:"evidence"`
	Date         *string            `json:"date"`
	Participants [][]string         `json:"participants"`
	Optional     bool               `json:"optional"`
	Note         string             `json:"note,omitempty"`
}

// ReadGold reads and validates the gold annotation at path. It fails when the
// file cannot be read, is not JSON of the gold shape, or when a statement,
// actor or event is incomplete (no evidence, no speaker, unknown mode or type,
// bad date); the error names the offending entry.
func ReadGold(path string) (*Gold, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read gold: %w", err)
	}
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return nil, fmt.Errorf("gold %s: bad JSON: %w", path, err)
	}
	if err := g.Validate(); err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	return &g, nil
}

// Validate checks that every entry of g is complete. It returns an error
// naming the first incomplete statement, actor or event.
func (g *Gold) Validate() error {
	if g.Published != "" {
		if _, err := dipgraph.ParseDate(string(g.Published)); err != nil {
			return fmt.Errorf("published: bad date %q", g.Published)
		}
	}
	for i, s := range g.Statements {
		switch {
		case s == nil:
			return fmt.Errorf("statement %d: null", i)
		case s.Evidence == "":
			return fmt.Errorf("statement %d: no evidence", i)
		case len(s.Speaker) == 0:
			return fmt.Errorf("%s: no speaker", statementName(i, s))
		case !s.Mode.Valid():
			return fmt.Errorf("%s: unknown mode %q", statementName(i, s), s.Mode)
		}
		for j, a := range s.Addressees {
			if len(a) == 0 {
				return fmt.Errorf("%s: addressee %d has no names", statementName(i, s), j)
			}
		}
	}
	for i, a := range g.Actors {
		if a == nil || a.Name == "" {
			return fmt.Errorf("actor %d: no name", i)
		}
	}
	for i, e := range g.Events {
		switch {
		case e == nil:
			return fmt.Errorf("event %d: null", i)
		case e.Evidence == "":
			return fmt.Errorf("event %d: no evidence", i)
		case !e.Type.Valid():
			return fmt.Errorf("%s: unknown type %q", eventName(i, e), e.Type)
		}
		if e.Date != nil {
			if _, err := dipgraph.ParseDate(*e.Date); err != nil {
				return fmt.Errorf("%s: bad date %q", eventName(i, e), *e.Date)
			}
		}
	}
	return nil
}

// Check reports whether every evidence of g occurs exactly once in text. It
// returns an error naming the first statement or event whose evidence is
// missing or ambiguous.
func (g *Gold) Check(text []byte) error {
	_, _, err := g.locate(text)
	return err
}

// locate returns the byte ranges of the statements' and events' evidence.
func (g *Gold) locate(text []byte) (stmts, events []span, err error) {
	for i, s := range g.Statements {
		sp, err := find(text, s.Evidence)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", statementName(i, s), err)
		}
		stmts = append(stmts, sp)
	}
	for i, e := range g.Events {
		sp, err := find(text, e.Evidence)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", eventName(i, e), err)
		}
		events = append(events, sp)
	}
	return stmts, events, nil
}

// find returns the range of the only occurrence of evidence in text.
func find(text []byte, evidence string) (span, error) {
	i := bytes.Index(text, []byte(evidence))
	if i < 0 {
		return span{}, fmt.Errorf("evidence not found in text")
	}
	if n := bytes.Count(text, []byte(evidence)); n > 1 {
		return span{}, fmt.Errorf("evidence occurs %d times in text, want once", n)
	}
	return span{i, i + len(evidence)}, nil
}

func statementName(i int, s *GoldStatement) string {
	return fmt.Sprintf("statement %d %q", i, abbrev(s.Evidence, 60))
}

func eventName(i int, e *GoldEvent) string {
	return fmt.Sprintf("event %d %q", i, abbrev(e.Evidence, 60))
}

// abbrev shortens s to at most n runes, marking a cut with an ellipsis.
func abbrev(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// names returns every name and alias g gives an actor, in its statements,
// actors and events, normalised by normName.
func (g *Gold) names() map[string]bool {
	m := map[string]bool{}
	add := func(names []string) {
		for _, n := range names {
			m[normName(n)] = true
		}
	}
	for _, st := range g.Statements {
		add(st.Speaker)
		for _, a := range st.Addressees {
			add(a)
		}
	}
	for _, a := range g.Actors {
		add([]string{a.Name})
		add(a.Aliases)
	}
	for _, e := range g.Events {
		for _, p := range e.Participants {
			add(p)
		}
	}
	return m
}
