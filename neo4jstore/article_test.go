package neo4jstore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph"
)

func TestDB_LoadDocument(t *testing.T) {
	ctx := context.Background()

	t.Run("first_load", func(t *testing.T) {
		db, drv := openDB(t)
		doc := story()
		res := load(t, db, doc)
		if res.ArticleID != doc.Article.ID || res.Actors != 6 || res.Events != 3 || res.Claims != 5 {
			t.Errorf("LoadResult: got %+v, want article %s with 6 actors, 3 events, 5 claims", res, doc.Article.ID)
		}
		// 1 article, 6 actors, 3 events, 5 claims and one Alias per distinct name or alias.
		aliases := 0
		for _, a := range doc.Actors {
			aliases += 1 + len(a.Aliases)
		}
		if want := 1 + 6 + 3 + 5 + aliases; res.NodesCreated != want {
			t.Errorf("NodesCreated: got %d, want %d", res.NodesCreated, want)
		}
		nodes, rels := graphSize(t, drv)
		if nodes != res.NodesCreated || rels != res.RelsCreated {
			t.Errorf("graph: got %d nodes and %d rels, want %d and %d as LoadResult says", nodes, rels, res.NodesCreated, res.RelsCreated)
		}
		for _, tt := range []struct {
			name, cypher string
			want         int
		}{
			{"SAID", "MATCH (:Actor)-[r:SAID]->(:Claim) RETURN count(r) AS n", 5},
			{"ADDRESSED_TO", "MATCH (:Claim)-[r:ADDRESSED_TO]->(:Actor) RETURN count(r) AS n", 3},
			{"ABOUT", "MATCH (:Claim)-[r:ABOUT]->(:Actor) RETURN count(r) AS n", 6},
			{"MADE_AT", "MATCH (:Claim)-[r:MADE_AT]->(:Event) RETURN count(r) AS n", 4},
			{"PARTICIPATED_IN", "MATCH (:Actor)-[r:PARTICIPATED_IN]->(:Event) RETURN count(r) AS n", 5},
			{"REPORTED_IN", "MATCH ()-[r:REPORTED_IN]->(:Article) RETURN count(r) AS n", 8},
			{"AFFILIATED_WITH", "MATCH (:Actor)-[r:AFFILIATED_WITH]->(:Actor) RETURN count(r) AS n", 2},
			{"ALIAS_OF", "MATCH (:Alias)-[r:ALIAS_OF]->(:Actor) RETURN count(r) AS n", aliases},
			{"extracted", "MATCH (n) WHERE n:Actor OR n:Claim OR n:Event RETURN count(n) AS n", 14},
			{"origin", "MATCH (n) WHERE (n:Actor OR n:Claim OR n:Event) AND n.origin = 'EXTRACTED' AND n.addedAt IS NOT NULL RETURN count(n) AS n", 14},
			{"dates are DATE values", "MATCH (c:Claim) WHERE c.date = date('2022-02-15') RETURN count(c) AS n", 3},
			{"position", "MATCH (c:Claim {position: 400}) RETURN count(c) AS n", 1},
		} {
			if got := count(t, drv, tt.cypher, nil); got != tt.want {
				t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
			}
		}
	})

	t.Run("idempotent", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, story())
		nodes, rels := graphSize(t, drv)
		res := load(t, db, story())
		if res.NodesCreated != 0 || res.RelsCreated != 0 || res.PropertiesSet != 0 {
			t.Errorf("second load: got %d nodes, %d rels, %d properties written, want none", res.NodesCreated, res.RelsCreated, res.PropertiesSet)
		}
		wantGraphSize(t, drv, nodes, rels)
	})

	t.Run("invalid_writes_nothing", func(t *testing.T) {
		tests := []struct {
			name  string
			edit  func(*dipgraph.Document)
			field string
		}{
			{"dangling speaker", func(d *dipgraph.Document) { d.Claims[2].Speaker = "no-such-actor" }, "claims[2].speaker"},
			{"dangling event", func(d *dipgraph.Document) { d.Claims[0].Event = ptr("no-such-event") }, "claims[0].event"},
			{"bad claim date", func(d *dipgraph.Document) { d.Claims[1].Date = ptr(dipgraph.Date("2022-02-30")) }, "claims[1].date"},
			{"unknown reporter", func(d *dipgraph.Document) { d.Claims[3].ReportedBy = "no-such-actor" }, "claims[3].reportedBy"},
			{"no article id", func(d *dipgraph.Document) { d.Article.ID = "" }, "article.id"},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				db, drv := openDB(t)
				before := db.QueryCount()
				doc := story()
				tt.edit(doc)
				_, err := db.LoadDocument(ctx, doc)
				wantInvalid(t, err, tt.field)
				wantGraphSize(t, drv, 0, 0)
				if got := db.QueryCount() - before; got != 0 {
					t.Errorf("queries sent: got %d, want 0", got)
				}
			})
		}
	})

	t.Run("same_quote_two_articles", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, story())
		res := load(t, db, followUp())
		if res.NodesCreated != 2 { // the follow-up article and the Alias "mr putin"
			t.Errorf("NodesCreated: got %d, want 2", res.NodesCreated)
		}
		quoteID := dipgraph.QuoteClaimID(putinID, readyQuote)
		if got := count(t, drv, "MATCH (c:Claim {id: $id}) RETURN count(c) AS n", map[string]any{"id": quoteID}); got != 1 {
			t.Errorf("claims with the quote: got %d, want 1", got)
		}
		if got := count(t, drv, "MATCH (:Claim {id: $id})-[r:REPORTED_IN]->(:Article) RETURN count(r) AS n", map[string]any{"id": quoteID}); got != 2 {
			t.Errorf("REPORTED_IN of the quote: got %d, want 2", got)
		}
		for _, rel := range []string{"SAID", "ADDRESSED_TO"} {
			if got := count(t, drv, "MATCH (:Claim {id: $id})-[r]-(:Actor) WHERE type(r) = $rel RETURN count(r) AS n", map[string]any{"id": quoteID, "rel": rel}); got != 1 {
				t.Errorf("%s of the quote: got %d, want 1", rel, got)
			}
		}
		c, err := db.FindClaimByID(ctx, quoteID)
		if err != nil {
			t.Fatalf("FindClaimByID: %v", err)
		}
		if len(c.Sources) != 2 {
			t.Fatalf("sources: got %d, want 2", len(c.Sources))
		}
		a, err := db.FindActorByID(ctx, putinID)
		if err != nil {
			t.Fatalf("FindActorByID: %v", err)
		}
		if want := []string{"Putin", "Russian President Vladimir Putin", "Mr Putin"}; !slices.Equal(a.Aliases, want) {
			t.Errorf("aliases: got %q, want %q", a.Aliases, want)
		}
	})

	t.Run("alias_first_keeps_it", func(t *testing.T) {
		db, _ := openDB(t)
		load(t, db, story())
		doc := followUp()
		doc.Actors = append(doc.Actors, &dipgraph.DocActor{
			ID: dipgraph.ActorID(dipgraph.KindGroup, "Moscow Group"), Name: "Moscow Group",
			Kind: dipgraph.KindGroup, Aliases: []string{"Moscow"},
		})
		load(t, db, doc)
		a, err := db.ResolveActor(ctx, "moscow")
		if err != nil {
			t.Fatalf("ResolveActor: %v", err)
		}
		if a.ID != russiaID {
			t.Errorf("moscow: got %s (%s), want Russia", a.ID, a.Name)
		}
	})
}

func TestDB_FindArticleByID(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	doc := story()
	load(t, db, doc)
	t.Run("found", func(t *testing.T) {
		a, err := db.FindArticleByID(ctx, doc.Article.ID)
		if err != nil {
			t.Fatalf("FindArticleByID: %v", err)
		}
		want := dipgraph.Article{ID: doc.Article.ID, Title: doc.Article.Title, Author: "A. Reporter", Published: "2022-02-15", Source: doc.Article.Source}
		if *a != want {
			t.Errorf("got %+v, want %+v", *a, want)
		}
	})
	t.Run("missing", func(t *testing.T) {
		_, err := db.FindArticleByID(ctx, "nope")
		wantCode(t, err, dipgraph.ENOTFOUND)
	})
}
