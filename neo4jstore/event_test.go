package neo4jstore_test

import (
	"context"
	"slices"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph"
)

func eventIDs(events []*dipgraph.Event) []string {
	ids := make([]string, len(events))
	for i, e := range events {
		ids[i] = e.ID
	}
	return ids
}

func TestDB_FindEvents(t *testing.T) {
	ctx := context.Background()
	db, _ := stampedDB(t)
	doc := story()
	load(t, db, doc)
	pc, pullback, call := doc.Events[0].ID, doc.Events[1].ID, doc.Events[2].ID

	for _, tt := range []struct {
		name   string
		filter dipgraph.EventFilter
		want   []string
		total  int
	}{
		{"all_newest_first", dipgraph.EventFilter{}, []string{pc, pullback, call}, 3},
		{"ids", dipgraph.EventFilter{IDs: []string{call, pc}}, []string{pc, call}, 2},
		{"participant_alias", dipgraph.EventFilter{Participant: "MOSCOW"}, []string{pullback}, 1},
		{"participant_name", dipgraph.EventFilter{Participant: "Olaf Scholz"}, []string{pc, call}, 2},
		{"unknown_participant", dipgraph.EventFilter{Participant: "Atlantis"}, nil, 0},
		{"types", dipgraph.EventFilter{Types: []dipgraph.EventType{dipgraph.EventCall, dipgraph.EventMilitaryMovement}}, []string{pullback, call}, 2},
		{"article", dipgraph.EventFilter{ArticleID: doc.Article.ID}, []string{pc, pullback, call}, 3},
		{"from", dipgraph.EventFilter{From: "2022-02-15"}, []string{pc}, 1},
		{"to", dipgraph.EventFilter{To: "2022-02-14"}, []string{pullback}, 1},
		{"page", dipgraph.EventFilter{Offset: 1, Limit: 1}, []string{pullback}, 3},
		{"added_after_earlier", dipgraph.EventFilter{AddedAfter: loadedAt.Add(-time.Second)}, []string{pc, pullback, call}, 3},
		{"added_after_is_strict", dipgraph.EventFilter{AddedAfter: loadedAt}, nil, 0},
	} {
		t.Run(tt.name, func(t *testing.T) {
			events, total, err := db.FindEvents(ctx, tt.filter)
			if err != nil {
				t.Fatalf("FindEvents: %v", err)
			}
			if got := eventIDs(events); !slices.Equal(got, tt.want) {
				t.Errorf("events: got %q, want %q", got, tt.want)
			}
			if total != tt.total {
				t.Errorf("total: got %d, want %d", total, tt.total)
			}
		})
	}
	t.Run("fields", func(t *testing.T) {
		e, err := db.FindEventByID(ctx, pc)
		if err != nil {
			t.Fatalf("FindEventByID: %v", err)
		}
		if e.Type != dipgraph.EventPressConference || e.Label != "press conference in Moscow" || e.Date != "2022-02-15" ||
			e.DatePrecision != dipgraph.PrecisionDay || !slices.Equal(e.ParticipantIDs, slices.Sorted(slices.Values([]string{putinID, scholzID}))) ||
			len(e.Sources) != 1 || e.Sources[0].Start != 100 || e.Origin != dipgraph.OriginExtracted {
			t.Errorf("got %+v, want the story's press conference", e)
		}
	})
	t.Run("not_found", func(t *testing.T) {
		_, err := db.FindEventByID(ctx, "nope")
		wantCode(t, err, dipgraph.ENOTFOUND)
	})
	t.Run("bad_type", func(t *testing.T) {
		_, _, err := db.FindEvents(ctx, dipgraph.EventFilter{Types: []dipgraph.EventType{"PARTY"}})
		wantCode(t, err, dipgraph.EINVALID)
	})
}

func TestDB_CreateEvent(t *testing.T) {
	ctx := dipgraph.NewContextWithUser(context.Background(), "ben")
	db, drv := openDB(t)
	load(t, db, story())

	for _, tt := range []struct {
		name  string
		event dipgraph.Event
		field string
	}{
		{"bad_type", dipgraph.Event{Type: "PARTY", Label: "x"}, "type"},
		{"no_label", dipgraph.Event{Type: dipgraph.EventMeeting, Label: " "}, "label"},
		{"bad_date", dipgraph.Event{Type: dipgraph.EventMeeting, Label: "x", Date: "2022-02-31"}, "date"},
		{"bad_precision", dipgraph.Event{Type: dipgraph.EventMeeting, Label: "x", DatePrecision: "HOUR"}, "datePrecision"},
		{"unknown_participant", dipgraph.Event{Type: dipgraph.EventMeeting, Label: "x", ParticipantIDs: []string{"Scholz", "Atlantis"}}, "participants"},
		{"unknown_article", dipgraph.Event{Type: dipgraph.EventMeeting, Label: "x", Sources: []dipgraph.Source{{ArticleID: "nope"}}}, "sources"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			nodes, rels := graphSize(t, drv)
			e := tt.event
			err := db.CreateEvent(ctx, &e)
			wantInvalid(t, err, tt.field)
			wantGraphSize(t, drv, nodes, rels)
		})
	}

	t.Run("created", func(t *testing.T) {
		e := &dipgraph.Event{Type: dipgraph.EventMeeting, Label: "meeting in Brussels", Date: "2022-02-20",
			ParticipantIDs: []string{"nato", "Berlin"}}
		if err := db.CreateEvent(ctx, e); err != nil {
			t.Fatalf("CreateEvent: %v", err)
		}
		wantIDs := slices.Sorted(slices.Values([]string{natoID, germanyID}))
		if want := dipgraph.EventID(dipgraph.EventMeeting, "2022-02-20", wantIDs, "", ""); e.ID != want {
			t.Errorf("id: got %s, want %s", e.ID, want)
		}
		if !slices.Equal(e.ParticipantIDs, wantIDs) || e.DatePrecision != dipgraph.PrecisionDay ||
			e.Origin != dipgraph.OriginManual || e.AddedBy != "ben" {
			t.Errorf("got %+v, want participants %q, DAY, MANUAL by ben", e, wantIDs)
		}
		again := &dipgraph.Event{Type: dipgraph.EventMeeting, Label: "other label", Date: "2022-02-20", ParticipantIDs: []string{germanyID, natoID}}
		wantCode(t, db.CreateEvent(ctx, again), dipgraph.ECONFLICT)
	})
}

func TestDB_FindTimeline(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	doc := story()
	load(t, db, doc)
	for _, e := range []*dipgraph.Event{
		{Type: dipgraph.EventMeeting, Label: "meeting in Brussels", Date: "2022-02-20", ParticipantIDs: []string{"NATO"}}, // a Sunday
		{Type: dipgraph.EventMeeting, Label: "summit", Date: "2022-03-01", ParticipantIDs: []string{"Germany"}},           // a Tuesday
	} {
		if err := db.CreateEvent(ctx, e); err != nil {
			t.Fatalf("CreateEvent: %v", err)
		}
	}
	pc, pullback := doc.Events[0].ID, doc.Events[1].ID
	c := storyClaimIDs(doc)

	type count struct {
		bucket dipgraph.Date
		typ    dipgraph.EventType
		n      int
	}
	const (
		meeting = dipgraph.EventMeeting
		move    = dipgraph.EventMilitaryMovement
		press   = dipgraph.EventPressConference
	)
	for _, tt := range []struct {
		name       string
		filter     dipgraph.TimelineFilter
		wantEvents int
		first      string
		claims     []string
		counts     []count
	}{
		{"day", dipgraph.TimelineFilter{Bucket: dipgraph.BucketDay}, 4, pullback, []string{c[3], c[0], c[1], c[2]},
			[]count{{"2022-02-14", move, 1}, {"2022-02-15", press, 1}, {"2022-02-20", meeting, 1}, {"2022-03-01", meeting, 1}}},
		{"week_starts_monday", dipgraph.TimelineFilter{Bucket: dipgraph.BucketWeek}, 4, pullback, []string{c[3], c[0], c[1], c[2]},
			[]count{{"2022-02-14", meeting, 1}, {"2022-02-14", move, 1}, {"2022-02-14", press, 1}, {"2022-02-28", meeting, 1}}},
		{"month", dipgraph.TimelineFilter{Bucket: dipgraph.BucketMonth}, 4, pullback, []string{c[3], c[0], c[1], c[2]},
			[]count{{"2022-02-01", meeting, 1}, {"2022-02-01", move, 1}, {"2022-02-01", press, 1}, {"2022-03-01", meeting, 1}}},
		{"actor", dipgraph.TimelineFilter{Actor: "putin", Bucket: dipgraph.BucketMonth}, 1, pc, []string{c[0], c[2]},
			[]count{{"2022-02-01", press, 1}}},
		{"range", dipgraph.TimelineFilter{From: "2022-02-15", To: "2022-02-20"}, 2, pc, []string{c[0], c[1], c[2]},
			[]count{{"2022-02-15", press, 1}, {"2022-02-20", meeting, 1}}},
		{"types", dipgraph.TimelineFilter{Types: []dipgraph.EventType{meeting}, Bucket: dipgraph.BucketMonth}, 2, "", []string{c[3], c[0], c[1], c[2]},
			[]count{{"2022-02-01", meeting, 1}, {"2022-03-01", meeting, 1}}},
		{"limit", dipgraph.TimelineFilter{Limit: 1, Bucket: dipgraph.BucketMonth}, 1, pullback, []string{c[3]},
			[]count{{"2022-02-01", meeting, 1}, {"2022-02-01", move, 1}, {"2022-02-01", press, 1}, {"2022-03-01", meeting, 1}}},
		{"unknown_actor", dipgraph.TimelineFilter{Actor: "Atlantis"}, 0, "", nil, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := db.QueryCount()
			tl, err := db.FindTimeline(ctx, tt.filter)
			if err != nil {
				t.Fatalf("FindTimeline: %v", err)
			}
			if got := db.QueryCount() - before; got != 1 {
				t.Errorf("queries: got %d, want 1", got)
			}
			if len(tl.Events) != tt.wantEvents {
				t.Errorf("events: got %d, want %d", len(tl.Events), tt.wantEvents)
			} else if tt.first != "" && tl.Events[0].ID != tt.first {
				t.Errorf("first event: got %s, want %s", tl.Events[0].ID, tt.first)
			}
			for i := 1; i < len(tl.Events); i++ {
				if tl.Events[i].Date < tl.Events[i-1].Date {
					t.Errorf("events out of date order: %s before %s", tl.Events[i-1].Date, tl.Events[i].Date)
				}
			}
			if got := claimIDs(tl.Claims); !slices.Equal(got, tt.claims) {
				t.Errorf("claims: got %q, want %q", got, tt.claims)
			}
			var got []count
			for _, c := range tl.Counts {
				got = append(got, count{c.Bucket, c.Type, c.Count})
			}
			if !slices.Equal(got, tt.counts) {
				t.Errorf("counts: got %v, want %v", got, tt.counts)
			}
		})
	}
	for _, tt := range []struct {
		name   string
		filter dipgraph.TimelineFilter
	}{
		{"bad_bucket", dipgraph.TimelineFilter{Bucket: "YEAR"}},
		{"bad_range", dipgraph.TimelineFilter{From: "2022-03-01", To: "2022-02-01"}},
		{"bad_date", dipgraph.TimelineFilter{From: "yesterday"}},
		{"bad_type", dipgraph.TimelineFilter{Types: []dipgraph.EventType{"PARTY"}}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			_, err := db.FindTimeline(ctx, tt.filter)
			wantCode(t, err, dipgraph.EINVALID)
		})
	}
}
