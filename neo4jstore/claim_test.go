package neo4jstore_test

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph"
)

// storyClaimIDs returns the ids of story's claims in document order, which
// is also the order FindClaims returns them in: newest first, then by
// position, the undated one last.
func storyClaimIDs(doc *dipgraph.Document) []string {
	ids := make([]string, len(doc.Claims))
	for i, c := range doc.Claims {
		ids[i] = c.ID
	}
	return ids
}

func claimIDs(claims []*dipgraph.Claim) []string {
	ids := make([]string, len(claims))
	for i, c := range claims {
		ids[i] = c.ID
	}
	return ids
}

func TestDB_FindClaims(t *testing.T) {
	ctx := context.Background()
	db, _ := stampedDB(t)
	doc := story()
	load(t, db, doc)
	c := storyClaimIDs(doc)
	pc, call := doc.Events[0].ID, doc.Events[2].ID

	tests := []struct {
		name   string
		filter dipgraph.ClaimFilter
		want   []string
	}{
		{"all", dipgraph.ClaimFilter{}, c},
		{"by_id", dipgraph.ClaimFilter{IDs: []string{c[3], c[1]}}, []string{c[1], c[3]}},
		{"by_speaker", dipgraph.ClaimFilter{Speaker: putinID}, []string{c[0], c[2]}},
		{"by_speaker_name", dipgraph.ClaimFilter{Speaker: "Vladimir Putin"}, []string{c[0], c[2]}},
		{"by_alias_any_case", dipgraph.ClaimFilter{Speaker: "  PUTIN "}, []string{c[0], c[2]}},
		{"by_alias_of_state", dipgraph.ClaimFilter{Speaker: "The Kremlin"}, []string{c[4]}},
		{"by_addressee", dipgraph.ClaimFilter{Addressee: "moscow"}, []string{c[3]}},
		{"by_addressee_name", dipgraph.ClaimFilter{Addressee: "Olaf Scholz"}, []string{c[0]}},
		{"by_about", dipgraph.ClaimFilter{About: "Kyiv"}, []string{c[2], c[3], c[4]}},
		{"by_mode", dipgraph.ClaimFilter{Mode: dipgraph.ModeIndirect}, []string{c[2], c[3], c[4]}},
		{"by_event_type", dipgraph.ClaimFilter{EventType: dipgraph.EventPressConference}, []string{c[0], c[1], c[2]}},
		{"by_event_type_call", dipgraph.ClaimFilter{EventType: dipgraph.EventCall}, []string{c[3]}},
		{"by_event", dipgraph.ClaimFilter{EventID: call}, []string{c[3]}},
		{"by_article", dipgraph.ClaimFilter{ArticleID: doc.Article.ID}, c},
		{"by_other_article", dipgraph.ClaimFilter{ArticleID: "elsewhere"}, nil},
		{"by_date_range", dipgraph.ClaimFilter{From: "2022-02-14", To: "2022-02-14"}, []string{c[3]}},
		{"from_only", dipgraph.ClaimFilter{From: "2022-02-15"}, []string{c[0], c[1], c[2]}},
		{"to_only", dipgraph.ClaimFilter{To: "2022-02-14"}, []string{c[3]}},
		{"text", dipgraph.ClaimFilter{Text: "SOVEREIGNTY"}, []string{c[3]}},
		{"text_in_quote", dipgraph.ClaimFilter{Text: "good sig"}, []string{c[1]}},
		{"combined", dipgraph.ClaimFilter{Speaker: "putin", Mode: dipgraph.ModeIndirect, About: "NATO", EventID: pc}, []string{c[2]}},
		{"combined_no_match", dipgraph.ClaimFilter{Speaker: "putin", Addressee: "Moscow"}, nil},
		{"unknown_actor_matches_nothing", dipgraph.ClaimFilter{Speaker: "Nobody At All"}, nil},
		{"unknown_addressee_matches_nothing", dipgraph.ClaimFilter{Addressee: "Atlantis"}, nil},
		{"added_after_earlier", dipgraph.ClaimFilter{AddedAfter: loadedAt.Add(-time.Second)}, c},
		{"added_after_is_strict", dipgraph.ClaimFilter{AddedAfter: loadedAt}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := db.QueryCount()
			claims, total, err := db.FindClaims(ctx, tt.filter)
			if err != nil {
				t.Fatalf("FindClaims: %v", err)
			}
			if got := claimIDs(claims); !slices.Equal(got, tt.want) {
				t.Errorf("claims: got %q, want %q", got, tt.want)
			}
			if total != len(tt.want) {
				t.Errorf("total: got %d, want %d", total, len(tt.want))
			}
			if got := db.QueryCount() - before; got != 1 {
				t.Errorf("queries: got %d, want 1", got)
			}
		})
	}

	t.Run("paging_stable", func(t *testing.T) {
		var got []string
		for offset := 0; offset < 6; offset += 2 {
			claims, total, err := db.FindClaims(ctx, dipgraph.ClaimFilter{Offset: offset, Limit: 2})
			if err != nil {
				t.Fatalf("FindClaims(offset %d): %v", offset, err)
			}
			if total != 5 {
				t.Errorf("total at offset %d: got %d, want 5", offset, total)
			}
			got = append(got, claimIDs(claims)...)
		}
		if !slices.Equal(got, c) {
			t.Errorf("pages: got %q, want %q", got, c)
		}
	})

	t.Run("loads_everything", func(t *testing.T) {
		claims, _, err := db.FindClaims(ctx, dipgraph.ClaimFilter{IDs: []string{c[0]}})
		if err != nil || len(claims) != 1 {
			t.Fatalf("FindClaims: got %d claims, %v; want 1", len(claims), err)
		}
		got, dc := claims[0], doc.Claims[0]
		for _, f := range []struct{ name, got, want string }{
			{"speaker", got.SpeakerID, putinID},
			{"addressees", join(got.AddresseeIDs), scholzID},
			{"about", join(got.AboutIDs), germanyID},
			{"event", got.EventID, pc},
			{"mode", string(got.Mode), "DIRECT"},
			{"verb", got.Verb, "said"},
			{"quote", got.Quote, readyQuote},
			{"text", got.Text, dc.Text},
			{"date", string(got.Date), "2022-02-15"},
			{"origin", string(got.Origin), "EXTRACTED"},
			{"addedBy", got.AddedBy, ""},
		} {
			if f.got != f.want {
				t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
			}
		}
		if got.Confidence != 0.93 {
			t.Errorf("confidence: got %v, want 0.93", got.Confidence)
		}
		if !got.AddedAt.Equal(loadedAt) {
			t.Errorf("addedAt: got %v, want the load time %v", got.AddedAt, loadedAt)
		}
		want := dipgraph.Source{ArticleID: doc.Article.ID, Sentence: dc.Sentence, Start: 400, End: 440}
		if len(got.Sources) != 1 || got.Sources[0] != want {
			t.Errorf("sources: got %+v, want [%+v]", got.Sources, want)
		}
	})

	t.Run("invalid", func(t *testing.T) {
		for _, tt := range []struct {
			name   string
			filter dipgraph.ClaimFilter
			field  string
		}{
			{"mode", dipgraph.ClaimFilter{Mode: "SHOUTED"}, "mode"},
			{"event type", dipgraph.ClaimFilter{EventType: "PARTY"}, "eventType"},
			{"date", dipgraph.ClaimFilter{From: "15.02.2022"}, "from"},
			{"range", dipgraph.ClaimFilter{From: "2022-03-01", To: "2022-02-01"}, "from"},
			{"offset", dipgraph.ClaimFilter{Offset: -1}, "offset"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, _, err := db.FindClaims(ctx, tt.filter)
				wantInvalid(t, err, tt.field)
			})
		}
	})

	t.Run("by_id_not_found", func(t *testing.T) {
		_, err := db.FindClaimByID(ctx, "nope")
		wantCode(t, err, dipgraph.ENOTFOUND)
	})
}

func TestDB_SearchClaims(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	doc := story()
	load(t, db, doc)
	c := storyClaimIDs(doc)

	t.Run("ranked", func(t *testing.T) {
		for _, tt := range []struct {
			query string
			first string
		}{
			{"good signal", c[1]},
			{"troops bases", c[4]},
			{"Sovereignty UKRAINE", c[3]},
			{"ready together", c[0]},
		} {
			claims, err := db.SearchClaims(ctx, tt.query, 10)
			if err != nil {
				t.Fatalf("SearchClaims(%q): %v", tt.query, err)
			}
			if len(claims) == 0 || claims[0].ID != tt.first {
				t.Errorf("SearchClaims(%q): got %q first of %q, want %q", tt.query, first(claims), claimIDs(claims), tt.first)
			}
		}
	})

	t.Run("limit", func(t *testing.T) {
		claims, err := db.SearchClaims(ctx, "russia ukraine troops nato germany", 2)
		if err != nil {
			t.Fatalf("SearchClaims: %v", err)
		}
		if len(claims) != 2 {
			t.Errorf("claims: got %d, want 2", len(claims))
		}
	})

	t.Run("lucene_syntax_is_text", func(t *testing.T) {
		for _, q := range []string{`NATO AND (`, `"unterminated`, `text:nato`, `nato~`, `*`, `\`, `[a TO`, `!!`, `NOT`} {
			claims, err := db.SearchClaims(ctx, q, 10)
			if code := dipgraph.ErrorCode(err); code != "" && code != dipgraph.EINVALID {
				t.Errorf("SearchClaims(%q): got %v, want results or EINVALID", q, err)
			}
			if q == `NATO AND (` && (err != nil || len(claims) == 0 || claims[0].ID != c[2]) {
				t.Errorf("SearchClaims(%q): got %q, %v; want %s first", q, claimIDs(claims), err, c[2])
			}
		}
	})

	t.Run("empty", func(t *testing.T) {
		_, err := db.SearchClaims(ctx, "   ", 10)
		wantCode(t, err, dipgraph.EINVALID)
	})
}

func TestDB_CreateClaim(t *testing.T) {
	ctx := dipgraph.NewContextWithUser(context.Background(), "ana")
	doc := story()
	pc := doc.Events[0].ID

	t.Run("invalid_writes_nothing", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, doc)
		nodes, rels := graphSize(t, drv)
		for _, tt := range []struct {
			name  string
			claim dipgraph.Claim
			field string
		}{
			{"no speaker", dipgraph.Claim{Text: "x"}, "speaker"},
			{"unknown speaker", dipgraph.Claim{SpeakerID: "Nobody", Text: "x"}, "speaker"},
			{"no text", dipgraph.Claim{SpeakerID: "putin", Text: "  "}, "text"},
			{"bad mode", dipgraph.Claim{SpeakerID: "putin", Text: "x", Mode: "SUNG"}, "mode"},
			{"bad date", dipgraph.Claim{SpeakerID: "putin", Text: "x", Date: "2022-13-01"}, "date"},
			{"bad confidence", dipgraph.Claim{SpeakerID: "putin", Text: "x", Confidence: 1.5}, "confidence"},
			{"unknown event", dipgraph.Claim{SpeakerID: "putin", Text: "x", EventID: "no-such-event"}, "event"},
			{"unknown addressee", dipgraph.Claim{SpeakerID: "putin", Text: "x", AddresseeIDs: []string{"Scholz", "Atlantis"}}, "addressees"},
			{"unknown about", dipgraph.Claim{SpeakerID: "putin", Text: "x", AboutIDs: []string{"Atlantis"}}, "about"},
			{"unknown article", dipgraph.Claim{SpeakerID: "putin", Text: "x", Sources: []dipgraph.Source{{ArticleID: "nope"}}}, "sources"},
		} {
			t.Run(tt.name, func(t *testing.T) {
				c := tt.claim
				err := db.CreateClaim(ctx, &c)
				wantInvalid(t, err, tt.field)
				wantGraphSize(t, drv, nodes, rels)
			})
		}
	})

	t.Run("created", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, doc)
		c := &dipgraph.Claim{
			SpeakerID: "putin", AddresseeIDs: []string{"Berlin", "Olaf Scholz"}, AboutIDs: []string{"kyiv"},
			Text: "Russia does not want war.", EventID: pc,
		}
		if err := db.CreateClaim(ctx, c); err != nil {
			t.Fatalf("CreateClaim: %v", err)
		}
		wantID := dipgraph.ManualClaimID(putinID, "Russia does not want war.", "2022-02-15")
		for _, f := range []struct{ name, got, want string }{
			{"id", c.ID, wantID},
			{"speaker", c.SpeakerID, putinID},
			{"addressees", join(c.AddresseeIDs), join(slices.Sorted(slices.Values([]string{germanyID, scholzID})))},
			{"about", join(c.AboutIDs), ukraineID},
			{"mode", string(c.Mode), "INDIRECT"},
			{"date from event", string(c.Date), "2022-02-15"},
			{"origin", string(c.Origin), "MANUAL"},
			{"addedBy", c.AddedBy, "ana"},
		} {
			if f.got != f.want {
				t.Errorf("%s: got %q, want %q", f.name, f.got, f.want)
			}
		}
		if c.AddedAt.IsZero() || c.Confidence != 1 {
			t.Errorf("addedAt, confidence: got %v, %v, want a time and 1", c.AddedAt, c.Confidence)
		}
		if n := count(t, drv, "MATCH (:Actor {id: $s})-[:SAID]->(c:Claim {id: $id})-[:MADE_AT]->(:Event {id: $e}) RETURN count(c) AS n",
			map[string]any{"s": putinID, "id": wantID, "e": pc}); n != 1 {
			t.Errorf("stored claim with speaker and event: got %d, want 1", n)
		}

		again := &dipgraph.Claim{SpeakerID: putinID, Text: "Russia does not want war.", Date: "2022-02-15"}
		wantCode(t, db.CreateClaim(ctx, again), dipgraph.ECONFLICT)
	})
}

// join joins ids with commas, for comparing id lists.
func join(ids []string) string { return strings.Join(ids, ",") }

func first(claims []*dipgraph.Claim) string {
	if len(claims) == 0 {
		return ""
	}
	return claims[0].ID
}
