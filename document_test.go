package dipgraph_test

import (
	"testing"

	"github.com/dipgraph/dipgraph"
)

func ptr[T any](v T) *T { return &v }

// validDocument returns a small document that validates: Putin, reported by
// Scholz, tells NATO about Ukraine at a press conference.
func validDocument() *dipgraph.Document {
	return &dipgraph.Document{
		Article: dipgraph.DocArticle{ID: "art", Title: "Talks", Published: "2022-02-15"},
		Actors: []*dipgraph.DocActor{
			{ID: "putin", Name: "Vladimir Putin", Kind: dipgraph.KindPerson, Affiliation: ptr("russia")},
			{ID: "russia", Name: "Russia", Kind: dipgraph.KindState},
			{ID: "scholz", Name: "Olaf Scholz", Kind: dipgraph.KindPerson},
			{ID: "nato", Name: "NATO", Kind: dipgraph.KindOrganization},
			{ID: "ukraine", Name: "Ukraine", Kind: dipgraph.KindState},
		},
		Events: []*dipgraph.DocEvent{
			{ID: "pc", Type: dipgraph.EventPressConference, Label: "a press conference",
				Date: ptr(dipgraph.Date("2022-02-15")), Participants: []string{"putin", "scholz"}},
		},
		Claims: []*dipgraph.DocClaim{
			{ID: "c1", Speaker: "putin", Addressees: []string{"nato"}, About: []string{"ukraine"},
				Mode: dipgraph.ModeIndirect, Text: "Ukraine must not join.", Event: ptr("pc"),
				Date: ptr(dipgraph.Date("2022-02-15")), ReportedBy: "scholz"},
			{ID: "c2", Speaker: "scholz", Mode: dipgraph.ModeIndirect, Text: "Talks go on."},
		},
	}
}

func TestDocument_Validate(t *testing.T) {
	t.Run("valid", func(t *testing.T) {
		if err := validDocument().Validate(); err != nil {
			t.Errorf("got %v, want nil", err)
		}
	})
	t.Run("valid_without_optional_parts", func(t *testing.T) {
		d := validDocument()
		d.Article.Published = ""
		d.Events[0].Date = nil
		d.Claims[0].Date, d.Claims[0].Event, d.Claims[0].ReportedBy = nil, nil, ""
		if err := d.Validate(); err != nil {
			t.Errorf("got %v, want nil", err)
		}
	})

	for _, tt := range []struct {
		name  string
		edit  func(*dipgraph.Document)
		field string
	}{
		{"no_article_id", func(d *dipgraph.Document) { d.Article.ID = "" }, "article.id"},
		{"bad_published", func(d *dipgraph.Document) { d.Article.Published = "15.02.2022" }, "article.published"},
		{"null_actor", func(d *dipgraph.Document) { d.Actors[1] = nil }, "actors[1]"},
		{"actor_without_name", func(d *dipgraph.Document) { d.Actors[2].Name = "" }, "actors[2]"},
		{"bad_kind", func(d *dipgraph.Document) { d.Actors[3].Kind = "ALIEN" }, "actors[3].kind"},
		{"unknown_affiliation", func(d *dipgraph.Document) { d.Actors[0].Affiliation = ptr("atlantis") }, "actors[0].affiliation"},
		{"null_event", func(d *dipgraph.Document) { d.Events[0] = nil }, "events[0]"},
		{"bad_event_type", func(d *dipgraph.Document) { d.Events[0].Type = "PARTY" }, "events[0].type"},
		{"bad_precision", func(d *dipgraph.Document) { d.Events[0].DatePrecision = "HOUR" }, "events[0].datePrecision"},
		{"bad_event_date", func(d *dipgraph.Document) { d.Events[0].Date = ptr(dipgraph.Date("2022-02-30")) }, "events[0].date"},
		{"empty_event_date", func(d *dipgraph.Document) { d.Events[0].Date = ptr(dipgraph.Date("")) }, "events[0].date"},
		{"unknown_participant", func(d *dipgraph.Document) { d.Events[0].Participants = []string{"putin", "atlantis"} }, "events[0].participants"},
		{"null_claim", func(d *dipgraph.Document) { d.Claims[1] = nil }, "claims[1]"},
		{"no_claim_id", func(d *dipgraph.Document) { d.Claims[1].ID = "" }, "claims[1]"},
		{"unknown_speaker", func(d *dipgraph.Document) { d.Claims[1].Speaker = "atlantis" }, "claims[1].speaker"},
		{"unknown_reporter", func(d *dipgraph.Document) { d.Claims[0].ReportedBy = "atlantis" }, "claims[0].reportedBy"},
		{"bad_mode", func(d *dipgraph.Document) { d.Claims[0].Mode = "SUNG" }, "claims[0].mode"},
		{"empty_text", func(d *dipgraph.Document) { d.Claims[1].Text = "" }, "claims[1].text"},
		{"unknown_event", func(d *dipgraph.Document) { d.Claims[0].Event = ptr("no-such-event") }, "claims[0].event"},
		{"bad_claim_date", func(d *dipgraph.Document) { d.Claims[1].Date = ptr(dipgraph.Date("2022-13-01")) }, "claims[1].date"},
		{"claim_date_not_iso", func(d *dipgraph.Document) { d.Claims[0].Date = ptr(dipgraph.Date("February 15")) }, "claims[0].date"},
		{"unknown_addressee", func(d *dipgraph.Document) { d.Claims[0].Addressees = []string{"nato", "atlantis"} }, "claims[0].addressees"},
		{"unknown_subject", func(d *dipgraph.Document) { d.Claims[0].About = []string{"atlantis"} }, "claims[0].about"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			d := validDocument()
			tt.edit(d)
			err := d.Validate()
			if got := dipgraph.ErrorCode(err); got != dipgraph.EINVALID {
				t.Fatalf("code: got %q (%v), want %q", got, err, dipgraph.EINVALID)
			}
			if got := dipgraph.ErrorField(err); got != tt.field {
				t.Errorf("field: got %q (%v), want %q", got, err, tt.field)
			}
		})
	}
}
