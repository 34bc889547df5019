package neo4jstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/internal/neo4jtest"
	"github.com/dipgraph/dipgraph/neo4jstore"
)

func TestOpen(t *testing.T) {
	// Each deadline starts once the shared database is held: waiting for
	// another package's tests to release it is no part of what is timed.
	held := func(t *testing.T) context.Context {
		t.Helper()
		ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
		t.Cleanup(cancel)
		return ctx
	}

	t.Run("ping", func(t *testing.T) {
		db, _ := openDB(t)
		ctx := held(t)
		if err := db.Ping(ctx); err != nil {
			t.Errorf("Ping: got %v, want nil", err)
		}
	})
	t.Run("schema_is_idempotent", func(t *testing.T) {
		_, drv := openDB(t)
		conn := neo4jtest.Conn(t)
		ctx := held(t)
		again, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: conn.URI, User: conn.User, Password: conn.Password})
		if err != nil {
			t.Fatalf("second Open: %v", err)
		}
		again.Close(ctx)
		if n := count(t, drv, "SHOW CONSTRAINTS YIELD name WHERE name IN ['actor_id', 'claim_id', 'event_id', 'article_id', 'alias_key', 'merged_id'] RETURN count(*) AS n", nil); n != 6 {
			t.Errorf("constraints: got %d, want 6", n)
		}
		if n := count(t, drv, "SHOW INDEXES YIELD name, type, state WHERE name = 'claim_text' AND type = 'FULLTEXT' AND state = 'ONLINE' RETURN count(*) AS n", nil); n != 1 {
			t.Errorf("full-text index online: got %d, want 1", n)
		}
	})
	t.Run("wrong_password_is_not_logged", func(t *testing.T) {
		conn := neo4jtest.Conn(t)
		cfg := neo4jstore.Config{URI: conn.URI, User: conn.User, Password: "not-the-Secret-42"}
		_, err := neo4jstore.Open(held(t), cfg)
		if err == nil {
			t.Fatalf("Open with a wrong password: got nil error, want one")
		}
		for _, s := range []string{err.Error(), cfg.String(), fmt.Sprintf("%v %+v %#v", cfg, cfg, cfg)} {
			if strings.Contains(s, cfg.Password) {
				t.Errorf("got %q, want no password in it", s)
			}
		}
	})
}

func TestDB_QueryCount(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	for _, tt := range []struct {
		name string
		op   func() error
		want int64
	}{
		// Redirects, article, actors, aliases, affiliations, events, claims.
		{"load_document", func() error { _, err := db.LoadDocument(ctx, story()); return err }, 7},
		{"find_claims", func() error {
			_, _, err := db.FindClaims(ctx, dipgraph.ClaimFilter{Speaker: "putin", Addressee: "scholz"})
			return err
		}, 1},
		{"find_events", func() error { _, _, err := db.FindEvents(ctx, dipgraph.EventFilter{Participant: "putin"}); return err }, 1},
		{"find_actors", func() error {
			_, _, err := db.FindActors(ctx, dipgraph.ActorFilter{IDs: []string{putinID, scholzID}})
			return err
		}, 1},
		{"find_articles", func() error {
			as, err := db.FindArticles(ctx, []string{story().Article.ID, "no-such-article"})
			if err == nil && (len(as) != 1 || as[0].ID != story().Article.ID) {
				err = fmt.Errorf("got %d articles, want the story's alone", len(as))
			}
			return err
		}, 1},
		{"search", func() error { _, err := db.SearchClaims(ctx, "signal", 5); return err }, 1},
		{"interlocutors", func() error { _, err := db.FindInterlocutors(ctx, putinID, "", ""); return err }, 1},
	} {
		t.Run(tt.name, func(t *testing.T) {
			before := db.QueryCount()
			if err := tt.op(); err != nil {
				t.Fatalf("%s: %v", tt.name, err)
			}
			if got := db.QueryCount() - before; got != tt.want {
				t.Errorf("queries: got %d, want %d", got, tt.want)
			}
		})
	}
}
