package neo4jstore_test

import (
	"context"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/internal/neo4jtest"
	"github.com/dipgraph/dipgraph/neo4jstore"
)

// openDB empties the test database, opens a store on it and returns the
// store and a raw driver for count assertions. Both close when t ends.
func openDB(t *testing.T) (*neo4jstore.DB, neo4j.DriverWithContext) {
	t.Helper()
	return neo4jtest.Store(t)
}

// load loads doc into db and fails the test when that fails.
func load(t *testing.T, db *neo4jstore.DB, doc *dipgraph.Document) *dipgraph.LoadResult {
	t.Helper()
	res, err := db.LoadDocument(context.Background(), doc)
	if err != nil {
		t.Fatalf("LoadDocument(%s): %v", doc.Article.ID, err)
	}
	return res
}

// count runs a Cypher query returning one integer column n and returns it.
func count(t *testing.T, drv neo4j.DriverWithContext, cypher string, params map[string]any) int {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), drv, cypher, params, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("query %q: %v", cypher, err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("query %q: got %d records, want 1", cypher, len(res.Records))
	}
	n, _ := res.Records[0].Get("n")
	return int(n.(int64))
}

// graphSize returns the number of nodes and of relationships in the graph.
func graphSize(t *testing.T, drv neo4j.DriverWithContext) (nodes, rels int) {
	t.Helper()
	return count(t, drv, "MATCH (n) RETURN count(n) AS n", nil),
		count(t, drv, "MATCH ()-[r]->() RETURN count(r) AS n", nil)
}

// wantCode fails the test unless err carries the error code want.
func wantCode(t *testing.T, err error, want string) {
	t.Helper()
	if got := dipgraph.ErrorCode(err); got != want {
		t.Fatalf("error code: got %q (%v), want %q", got, err, want)
	}
}

// wantInvalid fails the test unless err is an EINVALID error naming field.
func wantInvalid(t *testing.T, err error, field string) {
	t.Helper()
	wantCode(t, err, dipgraph.EINVALID)
	if got := dipgraph.ErrorField(err); got != field {
		t.Errorf("field: got %q (%v), want %q", got, err, field)
	}
}

// wantGraphSize fails the test unless the graph holds nodes nodes and
// rels relationships, as a write that failed must leave it.
func wantGraphSize(t *testing.T, drv neo4j.DriverWithContext, nodes, rels int) {
	t.Helper()
	if n, r := graphSize(t, drv); n != nodes || r != rels {
		t.Errorf("graph: got %d nodes and %d rels, want %d and %d", n, r, nodes, rels)
	}
}

func ptr[T any](v T) *T { return &v }

// loadedAt is the time that stampedDB stamps on everything it writes.
var loadedAt = time.Date(2026, time.January, 2, 3, 4, 5, 0, time.UTC)

// stampedDB is openDB with a store whose clock stands still at loadedAt.
func stampedDB(t *testing.T) (*neo4jstore.DB, neo4j.DriverWithContext) {
	t.Helper()
	db, drv := openDB(t)
	neo4jstore.SetNow(db, func() time.Time { return loadedAt })
	return db, drv
}

// Ids of the story's actors, derived the way the loader derives them.
var (
	putinID   = dipgraph.ActorID(dipgraph.KindPerson, "Vladimir Putin")
	scholzID  = dipgraph.ActorID(dipgraph.KindPerson, "Olaf Scholz")
	russiaID  = dipgraph.ActorID(dipgraph.KindState, "Russia")
	germanyID = dipgraph.ActorID(dipgraph.KindState, "Germany")
	ukraineID = dipgraph.ActorID(dipgraph.KindState, "Ukraine")
	natoID    = dipgraph.ActorID(dipgraph.KindOrganization, "NATO")
)

// The quote both story articles report.
const readyQuote = "We are ready to work further together."

// story returns the extraction document of a small press-conference story:
// Putin and Scholz meet in Moscow on 2022-02-15; five claims, three events.
func story() *dipgraph.Document {
	articleID := dipgraph.ArticleID("https://example.org/putin-scholz", nil)
	pc := dipgraph.EventID(dipgraph.EventPressConference, "2022-02-15", []string{putinID, scholzID}, "", articleID)
	pullback := dipgraph.EventID(dipgraph.EventMilitaryMovement, "2022-02-14", []string{russiaID}, "", articleID)
	call := dipgraph.EventID(dipgraph.EventCall, "", []string{scholzID, ukraineID}, "call with Kyiv", articleID)
	return &dipgraph.Document{
		Article: dipgraph.DocArticle{
			ID: articleID, Title: "Putin says Russia is ready to keep talking", Author: "A. Reporter",
			Published: "2022-02-15", Source: "https://example.org/putin-scholz",
		},
		Actors: []*dipgraph.DocActor{
			{ID: putinID, Name: "Vladimir Putin", Kind: dipgraph.KindPerson, Role: "President",
				Aliases: []string{"Putin", "Russian President Vladimir Putin"}, Affiliation: ptr(russiaID)},
			{ID: scholzID, Name: "Olaf Scholz", Kind: dipgraph.KindPerson, Role: "Chancellor",
				Aliases: []string{"Scholz", "German Chancellor Olaf Scholz"}, Affiliation: ptr(germanyID)},
			{ID: russiaID, Name: "Russia", Kind: dipgraph.KindState, Aliases: []string{"Moscow", "the Kremlin"}},
			{ID: germanyID, Name: "Germany", Kind: dipgraph.KindState, Aliases: []string{"Berlin"}},
			{ID: ukraineID, Name: "Ukraine", Kind: dipgraph.KindState, Aliases: []string{"Kyiv"}},
			{ID: natoID, Name: "NATO", Kind: dipgraph.KindOrganization, Aliases: []string{"the alliance"}},
		},
		Events: []*dipgraph.DocEvent{
			{ID: pc, Type: dipgraph.EventPressConference, Label: "press conference in Moscow",
				Date: ptr(dipgraph.Date("2022-02-15")), DatePrecision: dipgraph.PrecisionDay,
				Participants: []string{putinID, scholzID}, Span: dipgraph.Span{Start: 100, End: 140},
				Sentence: "Putin spoke at a press conference in Moscow with Scholz."},
			{ID: pullback, Type: dipgraph.EventMilitaryMovement, Label: "partial pullback of troops",
				Date: ptr(dipgraph.Date("2022-02-14")), DatePrecision: dipgraph.PrecisionDay,
				Participants: []string{russiaID}, Span: dipgraph.Span{Start: 200, End: 230},
				Sentence: "Moscow announced a partial pullback of troops on Monday."},
			{ID: call, Type: dipgraph.EventCall, Label: "call with Kyiv",
				Participants: []string{scholzID, ukraineID}, Span: dipgraph.Span{Start: 300, End: 314},
				Sentence: "Scholz had a call with Kyiv."},
		},
		Claims: []*dipgraph.DocClaim{
			{ID: dipgraph.QuoteClaimID(putinID, readyQuote), Speaker: putinID, Addressees: []string{scholzID},
				About: []string{germanyID}, Mode: dipgraph.ModeDirect, Verb: "said", Quote: readyQuote,
				Text: "Russia is ready to work further together with Germany.", Event: ptr(pc),
				Date: ptr(dipgraph.Date("2022-02-15")), Confidence: 0.93,
				Span: dipgraph.Span{Start: 400, End: 440}, Sentence: `"We are ready to work further together," Putin said.`},
			{ID: dipgraph.ClaimID(articleID, scholzID, 600, 650), Speaker: scholzID, About: []string{russiaID},
				Mode: dipgraph.ModePartial, Verb: "called", Quote: "a good signal",
				Text: "The troop pullback is a good signal.", Event: ptr(pc),
				Date: ptr(dipgraph.Date("2022-02-15")), Confidence: 0.8,
				Span: dipgraph.Span{Start: 600, End: 650}, Sentence: `Scholz called the pullback "a good signal".`},
			{ID: dipgraph.ClaimID(articleID, putinID, 800, 870), Speaker: putinID, Addressees: []string{natoID},
				About: []string{natoID, ukraineID}, Mode: dipgraph.ModeIndirect, Verb: "warned",
				Text: "NATO expansion towards Ukraine threatens Russia's security.", Event: ptr(pc),
				Date: ptr(dipgraph.Date("2022-02-15")), Confidence: 0.7,
				Span: dipgraph.Span{Start: 800, End: 870}, Sentence: "Putin warned NATO that expansion threatens Russia."},
			{ID: dipgraph.ClaimID(articleID, scholzID, 1000, 1060), Speaker: scholzID, Addressees: []string{russiaID},
				About: []string{ukraineID}, Mode: dipgraph.ModeIndirect, Verb: "told",
				Text: "Germany stands by the sovereignty of Ukraine.", Event: ptr(call),
				Date: ptr(dipgraph.Date("2022-02-14")), Confidence: 0.75,
				Span: dipgraph.Span{Start: 1000, End: 1060}, Sentence: "On Monday Scholz told Moscow that Germany stands by Ukraine."},
			{ID: dipgraph.ClaimID(articleID, russiaID, 1200, 1250), Speaker: russiaID, About: []string{ukraineID},
				Mode: dipgraph.ModeIndirect, Verb: "said", Text: "Some troops are returning to their bases.",
				Confidence: 0.6, Span: dipgraph.Span{Start: 1200, End: 1250},
				Sentence: "The Kremlin said some troops are returning to their bases."},
		},
	}
}

// followUp returns a second article that reports Putin's quote again, from
// a different span, addressed to Scholz as before.
func followUp() *dipgraph.Document {
	articleID := dipgraph.ArticleID("https://example.org/follow-up", nil)
	return &dipgraph.Document{
		Article: dipgraph.DocArticle{ID: articleID, Title: "Talks go on", Published: "2022-02-16",
			Source: "https://example.org/follow-up"},
		Actors: []*dipgraph.DocActor{
			{ID: putinID, Name: "Vladimir Putin", Kind: dipgraph.KindPerson, Aliases: []string{"Mr Putin"}},
			{ID: scholzID, Name: "Olaf Scholz", Kind: dipgraph.KindPerson},
		},
		Claims: []*dipgraph.DocClaim{
			{ID: dipgraph.QuoteClaimID(putinID, readyQuote), Speaker: putinID, Addressees: []string{scholzID},
				Mode: dipgraph.ModeDirect, Verb: "said", Quote: readyQuote,
				Text: "Russia is ready to work further together.", Date: ptr(dipgraph.Date("2022-02-15")),
				Confidence: 0.9, Span: dipgraph.Span{Start: 50, End: 90}, Sentence: `Putin said: "We are ready to work further together."`},
		},
	}
}
