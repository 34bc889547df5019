package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/internal/shared"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata")

func TestReadGold(t *testing.T) {
	tests := []struct {
		name    string
		data    string
		wantErr string // substring of the error; "" for none
	}{
		{"valid", `{"file":"a.txt","published":"2022-02-15","statements":[{"evidence":"x","speaker":["A"],"addressees":[["B"]],"mode":"DIRECT"}],
			"events":[{"type":"CALL","evidence":"a call","date":null,"participants":[["A"]]}]}`, ""},
		{"bad JSON", `{"statements": [}`, "bad JSON"},
		{"bad published date", `{"published":"15 Feb 2022"}`, `published: bad date "15 Feb 2022"`},
		{"no evidence", `{"statements":[{"speaker":["A"],"mode":"DIRECT"}]}`, "statement 0: no evidence"},
		{"no speaker", `{"statements":[{"evidence":"x","mode":"DIRECT"}]}`, `statement 0 "x": no speaker`},
		{"bad mode", `{"statements":[{"evidence":"x","speaker":["A"],"mode":"QUOTED"}]}`, `statement 0 "x": unknown mode "QUOTED"`},
		{"empty addressee", `{"statements":[{"evidence":"x","speaker":["A"],"addressees":[[]],"mode":"DIRECT"}]}`, "addressee 0 has no names"},
		{"actor without name", `{"actors":[{"kind":"STATE"}]}`, "actor 0: no name"},
		{"bad event type", `{"events":[{"type":"PARTY","evidence":"x"}]}`, `event 0 "x": unknown type "PARTY"`},
		{"bad event date", `{"events":[{"type":"CALL","evidence":"x","date":"soon"}]}`, `event 0 "x": bad date "soon"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "gold.json")
			if err := os.WriteFile(path, []byte(tt.data), 0o644); err != nil {
				t.Fatal(err)
			}
			_, err := ReadGold(path)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("got error %v, want none", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("got error %v, want one containing %q", err, tt.wantErr)
			case err != nil && !strings.Contains(err.Error(), path):
				t.Errorf("got error %v, want it to name %s", err, path)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		if _, err := ReadGold(filepath.Join(t.TempDir(), "none.json")); err == nil {
			t.Errorf("got no error, want one")
		}
	})
	t.Run("seed", func(t *testing.T) {
		g, err := ReadGold(shared.SeedGoldPath(t))
		if err != nil {
			t.Fatalf("ReadGold: %v", err)
		}
		if len(g.Statements) != 18 || len(g.Actors) != 9 || len(g.Events) != 7 {
			t.Errorf("got %d statements, %d actors, %d events, want 18, 9, 7", len(g.Statements), len(g.Actors), len(g.Events))
		}
		text, err := os.ReadFile(shared.SeedPath(t))
		if err != nil {
			t.Fatal(err)
		}
		if err := g.Check(text); err != nil {
			t.Errorf("Check: %v", err)
		}
	})
}

func TestCounts(t *testing.T) {
	tests := []struct {
		name    string
		c       Counts
		p, r, f string
	}{
		{"perfect", Counts{TP: 2}, "1.000", "1.000", "1.000"},
		{"optional in precision only", Counts{TP: 1, OptionalTP: 1, FP: 2, FN: 1}, "0.500", "0.500", "0.500"},
		{"nothing right", Counts{FP: 1, FN: 1}, "0.000", "0.000", "0.000"},
		{"nothing extracted", Counts{FN: 3}, "-", "0.000", "-"},
		{"nothing to find", Counts{FP: 1}, "0.000", "-", "-"},
		{"empty", Counts{}, "-", "-", "-"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := num(tt.c.Precision()); got != tt.p {
				t.Errorf("precision: got %s, want %s", got, tt.p)
			}
			if got := num(tt.c.Recall()); got != tt.r {
				t.Errorf("recall: got %s, want %s", got, tt.r)
			}
			if got := num(tt.c.F1()); got != tt.f {
				t.Errorf("f1: got %s, want %s", got, tt.f)
			}
		})
	}
}

func TestSum(t *testing.T) {
	a := &Report{File: "a", Documents: 1, Statements: Counts{TP: 1, FP: 1}, Speaker: Accuracy{1, 2},
		Actors: ActorCounts{3, 2, 1}, Errors: Errors{FalseClaims: []FalseClaim{{File: "a", Text: "x"}}}}
	b := &Report{File: "b", Documents: 1, Statements: Counts{TP: 2, OptionalTP: 1, FN: 3}, Speaker: Accuracy{2, 2},
		Actors: ActorCounts{1, 1, 0}, Errors: Errors{FalseClaims: []FalseClaim{{File: "b", Text: "y"}}}}
	s := Sum(a, nil, b)
	if s.Documents != 2 || s.File != "" {
		t.Errorf("documents, file: got %d, %q, want 2, \"\"", s.Documents, s.File)
	}
	wantCounts(t, "statements", s.Statements, Counts{TP: 3, OptionalTP: 1, FP: 1, FN: 3})
	wantAccuracy(t, "speaker", s.Speaker, Accuracy{3, 4})
	if want := (ActorCounts{4, 3, 1}); s.Actors != want {
		t.Errorf("actors: got %+v, want %+v", s.Actors, want)
	}
	if got := len(s.Errors.FalseClaims); got != 2 {
		t.Errorf("false claims: got %d, want 2", got)
	}
	var buf bytes.Buffer
	if err := s.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), `a: "x" by`) {
		t.Errorf("totals text: got\n%s\nwant false claims named by file", buf.String())
	}
}

func TestReportJSON(t *testing.T) {
	r := &Report{File: "a.txt", Documents: 1, Statements: Counts{TP: 1, FP: 1}, Speaker: Accuracy{1, 1}}
	data, err := json.Marshal(r)
	if err != nil {
		t.Fatalf("Marshal: %v", err)
	}
	var got map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatalf("Unmarshal: %v", err)
	}
	st := got["statements"].(map[string]any)
	if st["tp"] != 1.0 || st["precision"] != 0.5 || st["recall"] != 1.0 {
		t.Errorf("statements: got %v, want tp 1, precision 0.5, recall 1", st)
	}
	if got["addressees"].(map[string]any)["precision"] != nil {
		t.Errorf("addressee precision: got %v, want null", got["addressees"])
	}
	var back Report
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatalf("Unmarshal into Report: %v", err)
	}
	if back.Statements != r.Statements || back.Speaker != r.Speaker {
		t.Errorf("round trip: got %+v, want %+v", back, r)
	}
}

// TestSeedGolden scores a hand-built document for the seed article against
// its gold annotation and compares the verbose text report with
// testdata/seed_handbuilt.golden. Run "go test ./eval -update" to rewrite it.
func TestSeedGolden(t *testing.T) {
	g, err := ReadGold(shared.SeedGoldPath(t))
	if err != nil {
		t.Fatal(err)
	}
	text, err := os.ReadFile(shared.SeedPath(t))
	if err != nil {
		t.Fatal(err)
	}
	r, err := Score(g, text, seedDocument(t, text))
	if err != nil {
		t.Fatalf("Score: %v", err)
	}
	var buf bytes.Buffer
	if err := r.WriteText(&buf, true); err != nil {
		t.Fatal(err)
	}
	golden := "testdata/seed_handbuilt.golden"
	if *update {
		if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run go test ./eval -update)", err)
	}
	if got := buf.String(); got != string(want) {
		t.Errorf("got report\n%s\nwant\n%s", got, want)
	}
}

// seedDocument is a hand-built extraction of the seed article with some
// claims right and some wrong in each way the scorer counts.
func seedDocument(t *testing.T, text []byte) *dipgraph.Document {
	t.Helper()
	sp := func(sub string) dipgraph.Span {
		t.Helper()
		i := bytes.Index(text, []byte(sub))
		if i < 0 {
			t.Fatalf("%q not in the seed", sub)
		}
		return dipgraph.Span{Start: i, End: i + len(sub)}
	}
	c := func(speaker string, mode dipgraph.ClaimMode, sub string, addressees ...string) *dipgraph.DocClaim {
		return &dipgraph.DocClaim{ID: sub, Speaker: speaker, Mode: mode, Text: sub, Span: sp(sub), Addressees: addressees}
	}
	e := func(typ dipgraph.EventType, sub string, d *dipgraph.Date, participants ...string) *dipgraph.DocEvent {
		return &dipgraph.DocEvent{ID: sub, Type: typ, Label: sub, Span: sp(sub), Date: d, Participants: participants}
	}
	const (
		D = dipgraph.ModeDirect
		I = dipgraph.ModeIndirect
	)
	return &dipgraph.Document{
		Actors: []*dipgraph.DocActor{
			actor("putin", "Vladimir Putin", "Putin", "Russian President Vladimir Putin"),
			actor("biden", "Joe Biden", "President Biden"),
			actor("scholz", "Olaf Scholz", "German Chancellor Olaf Scholz"),
			actor("russia", "Russia"),
			actor("moscow", "Moscow"),
			actor("us", "United States", "the US"),
			actor("nato", "NATO"),
			actor("ukraine", "Ukraine"),
		},
		Claims: []*dipgraph.DocClaim{
			c("putin", I, "Russia Doesn’t Want War, Ready to Continue Negotiations"),
			c("putin", I, "Moscow doesn’t want war"),
			c("putin", I, "is prepared to continue negotiations with the US and NATO"),
			c("putin", D, "We are ready to work further together. We are ready to go down the negotiations track"),
			c("putin", I, "there are no plans to do so"),
			c("biden", I, "Neither the US nor NATO have missiles in Ukraine.\u00a0We do not — do not have plans to put them there as well"),
			c("biden", I, "something he made clear to Putin in a recent call", "putin", "scholz"),
			c("putin", I, "Ukraine wouldn’t join the alliance in the near future"),
			c("biden", I, "the two sides are still at odds"),
			c("putin", I, "the assurance is not enough"),
		},
		Events: []*dipgraph.DocEvent{
			e(dipgraph.EventPressConference, "press conference alongside German Chancellor Olaf Scholz", docDate("2022-02-15"), "putin", "scholz"),
			e(dipgraph.EventSpeech, "a speech on Tuesday", nil, "biden"),
			e(dipgraph.EventCall, "a recent call", nil, "biden", "putin"),
			e(dipgraph.EventMilitaryMovement, "Also on Tuesday", docDate("2022-02-15"), "russia"),
			e(dipgraph.EventNegotiation, "continue negotiations with the US and NATO", nil, "russia", "us", "nato"),
			e(dipgraph.EventMeeting, "close contact", nil, "us", "russia"),
		},
	}
}
