package eval

import (
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph"
)

// tinyText is the article most Score tests annotate.
const tinyText = "Putin said Moscow wants peace. Biden told Putin that talks will go on. " +
	"\"We are ready,\" Scholz said at a press conference on Tuesday.\n" +
	"Later Russia and Ukraine held a meeting in Minsk."

var (
	putin  = []string{"Vladimir Putin", "Putin"}
	biden  = []string{"Joe Biden", "Biden"}
	scholz = []string{"Olaf Scholz", "Scholz"}
	russia = []string{"Russia", "Moscow"}
)

// at returns the span of sub in tinyText shifted by the given offsets.
func at(t *testing.T, sub string, dStart, dEnd int) dipgraph.Span {
	t.Helper()
	i := strings.Index(tinyText, sub)
	if i < 0 {
		t.Fatalf("%q not in tiny text", sub)
	}
	return dipgraph.Span{Start: i + dStart, End: i + len(sub) + dEnd}
}

func actor(id, name string, aliases ...string) *dipgraph.DocActor {
	return &dipgraph.DocActor{ID: id, Name: name, Kind: dipgraph.KindPerson, Aliases: aliases}
}

// tinyActors are the actors of most tiny documents.
func tinyActors() []*dipgraph.DocActor {
	return []*dipgraph.DocActor{
		actor("p", "Vladimir Putin", "PUTIN"),
		actor("b", "Joe Biden"),
		actor("s", "Scholz"),
		actor("m", "Emmanuel Macron"),
		actor("r", "Russia", "Moscow"),
		actor("z", "Olaf Scholz", "Putin"),
	}
}

func stmt(evidence string, speaker []string, mode dipgraph.ClaimMode, addressees ...[]string) *GoldStatement {
	return &GoldStatement{Evidence: evidence, Speaker: speaker, Mode: mode, Addressees: addressees}
}

func claim(speaker string, mode dipgraph.ClaimMode, sp dipgraph.Span, addressees ...string) *dipgraph.DocClaim {
	return &dipgraph.DocClaim{ID: "c", Speaker: speaker, Mode: mode, Span: sp, Text: "claim", Addressees: addressees}
}

func date(s string) *string { return &s }

func docDate(s string) *dipgraph.Date { d := dipgraph.Date(s); return &d }

func wantCounts(t *testing.T, name string, got, want Counts) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %+v, want %+v", name, got, want)
	}
}

func wantAccuracy(t *testing.T, name string, got, want Accuracy) {
	t.Helper()
	if got != want {
		t.Errorf("%s: got %+v, want %+v", name, got, want)
	}
}

func TestScoreStatements(t *testing.T) {
	const (
		D = dipgraph.ModeDirect
		I = dipgraph.ModeIndirect
	)
	optional := func(s *GoldStatement) *GoldStatement { s.Optional = true; return s }
	tests := []struct {
		name   string
		stmts  []*GoldStatement
		claims []*dipgraph.DocClaim
		check  func(t *testing.T, r *Report)
	}{
		{
			name:   "exact match",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "Moscow wants peace", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1})
				wantCounts(t, "attribution", r.Attribution, Counts{TP: 1})
				wantAccuracy(t, "speaker", r.Speaker, Accuracy{1, 1})
				wantAccuracy(t, "mode", r.Mode, Accuracy{1, 1})
			},
		},
		{
			// The evidence is 18 bytes; the claim is longer and shares 9.
			name:   "overlap exactly half",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "Moscow wants peace", 9, 20))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1})
			},
		},
		{
			name:   "overlap under half",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "Moscow wants peace", 10, 20))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{FP: 1, FN: 1})
				wantCounts(t, "attribution", r.Attribution, Counts{FP: 1, FN: 1})
				if got := len(r.Errors.MissedStatements); got != 1 {
					t.Errorf("missed statements: got %d, want 1", got)
				}
				if got := len(r.Errors.FalseClaims); got != 1 {
					t.Errorf("false claims: got %d, want 1", got)
				}
			},
		},
		{
			// Half of the shorter range: the claim is 4 bytes inside the evidence.
			name:   "short claim inside evidence",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "Moscow wants peace", 0, -14))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1})
			},
		},
		{
			name:   "optional statement found",
			stmts:  []*GoldStatement{optional(stmt("Moscow wants peace", putin, I))},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "Moscow wants peace", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{OptionalTP: 1})
				wantCounts(t, "attribution", r.Attribution, Counts{OptionalTP: 1})
				if p, _ := r.Statements.Precision(); p != 1 {
					t.Errorf("precision: got %v, want 1", p)
				}
				if _, ok := r.Statements.Recall(); ok {
					t.Errorf("recall: got defined, want undefined")
				}
			},
		},
		{
			name:  "optional statement missed",
			stmts: []*GoldStatement{optional(stmt("Moscow wants peace", putin, I)), stmt("talks will go on", biden, I)},
			claims: []*dipgraph.DocClaim{
				claim("b", I, at(t, "talks will go on", 0, 0)),
			},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1})
				if len(r.Errors.MissedStatements) != 0 {
					t.Errorf("missed statements: got %v, want none", r.Errors.MissedStatements)
				}
			},
		},
		{
			// The claim overlaps the optional statement more, but the required
			// one is where it counts.
			name: "claim over a required and an optional statement",
			stmts: []*GoldStatement{
				stmt("wants peace", putin, I),
				optional(stmt("Biden told Putin that talks will go on", biden, I)),
			},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "wants peace. Biden told Putin that talks", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1})
				wantCounts(t, "attribution", r.Attribution, Counts{TP: 1})
				if len(r.Errors.MissedStatements) != 0 {
					t.Errorf("missed statements: got %v, want none", r.Errors.MissedStatements)
				}
			},
		},
		{
			name:   "wrong speaker",
			stmts:  []*GoldStatement{stmt("talks will go on", biden, I)},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "talks will go on", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1})
				wantCounts(t, "attribution", r.Attribution, Counts{FP: 1, FN: 1})
				wantAccuracy(t, "speaker", r.Speaker, Accuracy{0, 1})
				want := WrongValue{File: "tiny.txt", Evidence: "talks will go on", Want: "Joe Biden", Got: "Vladimir Putin"}
				if len(r.Errors.WrongSpeakers) != 1 || r.Errors.WrongSpeakers[0] != want {
					t.Errorf("wrong speakers: got %+v, want [%+v]", r.Errors.WrongSpeakers, want)
				}
			},
		},
		{
			name:   "speaker by alias ignoring case",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", []string{"Vladimir Putin", "putin"}, I)},
			claims: []*dipgraph.DocClaim{claim("p", I, at(t, "Moscow wants peace", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantAccuracy(t, "speaker", r.Speaker, Accuracy{1, 1})
			},
		},
		{
			name:   "unknown speaker id",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			claims: []*dipgraph.DocClaim{claim("nobody", I, at(t, "Moscow wants peace", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantAccuracy(t, "speaker", r.Speaker, Accuracy{0, 1})
				if got := r.Errors.WrongSpeakers[0].Got; got != "<nobody>" {
					t.Errorf("wrong speaker got: got %q, want %q", got, "<nobody>")
				}
			},
		},
		{
			name:   "wrong mode",
			stmts:  []*GoldStatement{stmt("We are ready", scholz, D)},
			claims: []*dipgraph.DocClaim{claim("s", I, at(t, "We are ready", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantAccuracy(t, "mode", r.Mode, Accuracy{0, 1})
				want := WrongValue{File: "tiny.txt", Evidence: "We are ready", Want: "DIRECT", Got: "INDIRECT"}
				if len(r.Errors.WrongModes) != 1 || r.Errors.WrongModes[0] != want {
					t.Errorf("wrong modes: got %+v, want [%+v]", r.Errors.WrongModes, want)
				}
			},
		},
		{
			name:   "addressees right",
			stmts:  []*GoldStatement{stmt("talks will go on", biden, I, putin)},
			claims: []*dipgraph.DocClaim{claim("b", I, at(t, "talks will go on", 0, 0), "p")},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "addressees", r.Addressees, Counts{TP: 1})
			},
		},
		{
			name:   "addressees partial",
			stmts:  []*GoldStatement{stmt("talks will go on", biden, I, putin, scholz)},
			claims: []*dipgraph.DocClaim{claim("b", I, at(t, "talks will go on", 0, 0), "p", "m")},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "addressees", r.Addressees, Counts{TP: 1, FP: 1, FN: 1})
				if len(r.Errors.WrongAddressees) != 1 {
					t.Fatalf("wrong addressees: got %d, want 1", len(r.Errors.WrongAddressees))
				}
				w := r.Errors.WrongAddressees[0]
				if strings.Join(w.Missing, ",") != "Olaf Scholz" || strings.Join(w.Extra, ",") != "Emmanuel Macron" {
					t.Errorf("wrong addressees: got missing %v extra %v, want missing [Olaf Scholz] extra [Emmanuel Macron]", w.Missing, w.Extra)
				}
			},
		},
		{
			name:   "addressee repeated",
			stmts:  []*GoldStatement{stmt("talks will go on", biden, I, putin)},
			claims: []*dipgraph.DocClaim{claim("b", I, at(t, "talks will go on", 0, 0), "p", "p")},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "addressees", r.Addressees, Counts{TP: 1, FP: 1})
			},
		},
		{
			name:   "addressees of unmatched claims ignored",
			stmts:  []*GoldStatement{stmt("talks will go on", biden, I, putin)},
			claims: []*dipgraph.DocClaim{claim("b", I, at(t, "Moscow wants peace", 0, 0), "p")},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "addressees", r.Addressees, Counts{})
			},
		},
		{
			name:  "one to one",
			stmts: []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			claims: []*dipgraph.DocClaim{
				claim("p", I, at(t, "Moscow wants peace", 2, 0)),
				claim("p", I, at(t, "Moscow wants peace", 0, 0)),
			},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{TP: 1, FP: 1})
				if got := r.Errors.FalseClaims[0].SpanText; got != "scow wants peace" {
					t.Errorf("false claim span: got %q, want the shorter claim %q", got, "scow wants peace")
				}
			},
		},
		{
			name: "joint speech act",
			stmts: []*GoldStatement{
				stmt("talks will go on", biden, I),
				stmt("talks will go on", putin, I),
			},
			claims: []*dipgraph.DocClaim{
				claim("p", I, at(t, "talks will go on", 0, 0)),
				claim("b", I, at(t, "talks will go on", 0, 0)),
			},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "attribution", r.Attribution, Counts{TP: 2})
			},
		},
		{
			// "z" is Olaf Scholz that has wrongly gathered the alias "Putin":
			// its name says who it is.
			name:   "an actor named as one gold actor is not another by a shared alias",
			stmts:  []*GoldStatement{stmt("Moscow wants peace", putin, I), stmt("We are ready", scholz, D)},
			claims: []*dipgraph.DocClaim{claim("z", I, at(t, "Moscow wants peace", 0, 0))},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "attribution", r.Attribution, Counts{FP: 1, FN: 2})
				wantAccuracy(t, "speaker", r.Speaker, Accuracy{0, 1})
			},
		},
		{
			name:  "nothing extracted",
			stmts: []*GoldStatement{stmt("Moscow wants peace", putin, I)},
			check: func(t *testing.T, r *Report) {
				wantCounts(t, "statements", r.Statements, Counts{FN: 1})
				if _, ok := r.Statements.Precision(); ok {
					t.Errorf("precision: got defined, want undefined")
				}
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Gold{File: "tiny.txt", Statements: tt.stmts}
			doc := &dipgraph.Document{Actors: tinyActors(), Claims: tt.claims}
			r, err := Score(g, []byte(tinyText), doc)
			if err != nil {
				t.Fatalf("Score: %v", err)
			}
			tt.check(t, r)
		})
	}
}

func TestScoreActors(t *testing.T) {
	tests := []struct {
		name       string
		gold       []*GoldActor
		doc        []*dipgraph.DocActor
		want       ActorCounts
		missed     int
		duplicates int
	}{
		{
			name: "found by alias",
			gold: []*GoldActor{{Name: "Russia", Aliases: []string{"Moscow"}}},
			doc:  []*dipgraph.DocActor{actor("1", "the Kremlin", "moscow")},
			want: ActorCounts{Gold: 1, Found: 1},
		},
		{
			name:       "duplicate",
			gold:       []*GoldActor{{Name: "Russia", Aliases: []string{"Moscow"}}},
			doc:        []*dipgraph.DocActor{actor("1", "Russia"), actor("2", "Moscow")},
			want:       ActorCounts{Gold: 1, Found: 1, Duplicates: 1},
			duplicates: 1,
		},
		{
			name:   "missed",
			gold:   []*GoldActor{{Name: "Russia"}, {Name: "Germany"}},
			doc:    []*dipgraph.DocActor{actor("1", "Russia")},
			want:   ActorCounts{Gold: 2, Found: 1},
			missed: 1,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, err := Score(&Gold{Actors: tt.gold}, []byte(tinyText), &dipgraph.Document{Actors: tt.doc})
			if err != nil {
				t.Fatalf("Score: %v", err)
			}
			if r.Actors != tt.want {
				t.Errorf("actors: got %+v, want %+v", r.Actors, tt.want)
			}
			if got := len(r.Errors.MissedActors); got != tt.missed {
				t.Errorf("missed actors: got %d, want %d", got, tt.missed)
			}
			if got := len(r.Errors.DuplicateActors); got != tt.duplicates {
				t.Errorf("duplicate actors: got %d, want %d", got, tt.duplicates)
			}
		})
	}
}

func TestScoreEvents(t *testing.T) {
	press := func(d *string) *GoldEvent {
		return &GoldEvent{Type: dipgraph.EventPressConference, Evidence: "a press conference on Tuesday", Date: d,
			Participants: [][]string{scholz}}
	}
	meeting := &GoldEvent{Type: dipgraph.EventMeeting, Evidence: "held a meeting in Minsk",
		Participants: [][]string{russia, {"Ukraine"}}}
	event := func(typ dipgraph.EventType, sp dipgraph.Span, d *dipgraph.Date, participants ...string) *dipgraph.DocEvent {
		return &dipgraph.DocEvent{ID: "e", Type: typ, Label: "event", Span: sp, Date: d, Participants: participants}
	}
	tests := []struct {
		name     string
		gold     []*GoldEvent
		events   []*dipgraph.DocEvent
		want     Counts
		wantType Accuracy
		wantDate Accuracy
	}{
		{
			name:     "dates null and null",
			gold:     []*GoldEvent{meeting},
			events:   []*dipgraph.DocEvent{event(dipgraph.EventMeeting, at(t, "a meeting", 0, 0), nil)},
			want:     Counts{TP: 1},
			wantType: Accuracy{1, 1},
			wantDate: Accuracy{1, 1},
		},
		{
			name:     "date equal",
			gold:     []*GoldEvent{press(date("2022-02-15"))},
			events:   []*dipgraph.DocEvent{event(dipgraph.EventPressConference, at(t, "a press conference", 0, 0), docDate("2022-02-15"))},
			want:     Counts{TP: 1},
			wantType: Accuracy{1, 1},
			wantDate: Accuracy{1, 1},
		},
		{
			name:     "date null but found",
			gold:     []*GoldEvent{press(nil)},
			events:   []*dipgraph.DocEvent{event(dipgraph.EventPressConference, at(t, "a press conference", 0, 0), docDate("2022-02-15"))},
			want:     Counts{TP: 1},
			wantType: Accuracy{1, 1},
			wantDate: Accuracy{0, 1},
		},
		{
			name:     "date missed",
			gold:     []*GoldEvent{press(date("2022-02-15"))},
			events:   []*dipgraph.DocEvent{event(dipgraph.EventSpeech, at(t, "a press conference", 0, 0), nil)},
			want:     Counts{TP: 1},
			wantType: Accuracy{0, 1},
			wantDate: Accuracy{0, 1},
		},
		{
			name:     "same sentence, type and participant",
			gold:     []*GoldEvent{meeting},
			events:   []*dipgraph.DocEvent{event(dipgraph.EventMeeting, at(t, "Later", 0, 0), nil, "r")},
			want:     Counts{TP: 1},
			wantType: Accuracy{1, 1},
			wantDate: Accuracy{1, 1},
		},
		{
			name:   "same sentence, no participant in common",
			gold:   []*GoldEvent{meeting},
			events: []*dipgraph.DocEvent{event(dipgraph.EventMeeting, at(t, "Later", 0, 0), nil, "p")},
			want:   Counts{FP: 1, FN: 1},
		},
		{
			name:   "other sentence",
			gold:   []*GoldEvent{meeting},
			events: []*dipgraph.DocEvent{event(dipgraph.EventMeeting, at(t, "Moscow wants", 0, 0), nil, "r")},
			want:   Counts{FP: 1, FN: 1},
		},
		{
			name: "optional event",
			gold: []*GoldEvent{{Type: dipgraph.EventOther, Evidence: "Moscow wants peace", Optional: true}, meeting},
			events: []*dipgraph.DocEvent{
				event(dipgraph.EventOther, at(t, "Moscow wants peace", 0, 0), nil),
			},
			want:     Counts{OptionalTP: 1, FN: 1},
			wantType: Accuracy{1, 1},
			wantDate: Accuracy{1, 1},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			g := &Gold{Events: tt.gold}
			r, err := Score(g, []byte(tinyText), &dipgraph.Document{Actors: tinyActors(), Events: tt.events})
			if err != nil {
				t.Fatalf("Score: %v", err)
			}
			wantCounts(t, "events", r.Events, tt.want)
			wantAccuracy(t, "event type", r.EventType, tt.wantType)
			wantAccuracy(t, "event date", r.EventDate, tt.wantDate)
		})
	}
}

func TestScoreErrors(t *testing.T) {
	tests := []struct {
		name string
		gold *Gold
		want string
	}{
		{
			name: "statement evidence missing",
			gold: &Gold{Statements: []*GoldStatement{stmt("Moscow wants peace", putin, "INDIRECT"), stmt("Moscow wants war", putin, "INDIRECT")}},
			want: `statement 1 "Moscow wants war": evidence not found in text`,
		},
		{
			name: "statement evidence ambiguous",
			gold: &Gold{Statements: []*GoldStatement{stmt("Putin", putin, "INDIRECT")}},
			want: `statement 0 "Putin": evidence occurs 2 times in text, want once`,
		},
		{
			name: "event evidence missing",
			gold: &Gold{Events: []*GoldEvent{{Type: dipgraph.EventCall, Evidence: "a call"}}},
			want: `event 0 "a call": evidence not found in text`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Score(tt.gold, []byte(tinyText), &dipgraph.Document{})
			if err == nil || err.Error() != tt.want {
				t.Errorf("got error %v, want %q", err, tt.want)
			}
		})
	}
}

func TestSentenceStart(t *testing.T) {
	text := []byte(`He said “Go.” Then Mr. Smith left! Why? Yes` + "\nNew line.")
	tests := []struct {
		name string
		at   string
		want string
	}{
		{"first", "said", "He said"},
		{"after closing quote", "Smith", "Then Mr."},
		{"after exclamation", "Why", "Why"},
		{"after question", "Yes", "Yes"},
		{"after newline", "line", "New line"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			off := strings.Index(string(text), tt.at)
			got := sentenceStart(text, off)
			if !strings.HasPrefix(string(text[got:]), tt.want) {
				t.Errorf("got sentence at %q, want one at %q", text[got:], tt.want)
			}
		})
	}
}
