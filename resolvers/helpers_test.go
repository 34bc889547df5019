package resolvers_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/internal/neo4jtest"
	"github.com/dipgraph/dipgraph/internal/shared"
	"github.com/dipgraph/dipgraph/loader"
	"github.com/dipgraph/dipgraph/neo4jstore"
	"github.com/dipgraph/dipgraph/resolvers"
	"github.com/dipgraph/dipgraph/server"
)

// Keys the test servers accept.
const (
	editorKey = "test-editor-key"
	readerKey = "test-reader-key"
)

// env is a running API over an emptied Neo4j holding the seed article.
type env struct {
	db  *neo4jstore.DB
	drv neo4j.DriverWithContext
	srv *httptest.Server
}

// storeLoader is the ArticleLoader cmd/dipgraph wires: the real loader and
// the real store.
type storeLoader struct{ db *neo4jstore.DB }

func (l storeLoader) Load(ctx context.Context, text []byte, title string, published dipgraph.Date, source string) (*dipgraph.LoadResult, error) {
	doc, err := loader.Extract(text, loader.Options{Published: published, Source: source, Title: title})
	if err != nil {
		return nil, err
	}
	return l.db.LoadDocument(ctx, doc)
}

// options change how newEnv builds the server.
type options struct {
	readerKeys string // reader keys; none by default, so reading is open
	noSeed     bool
}

// newEnv empties the database, loads the seed article through the real
// loader, and serves the API over httptest through package server, as
// cmd/dipgraph does. Everything closes when t ends.
func newEnv(t *testing.T, o options) *env {
	t.Helper()
	db, drv := neo4jtest.Store(t)
	if !o.noSeed {
		loadSeed(t, db)
	}
	keys := server.ParseKeys(editorKey, o.readerKeys)
	gql := resolvers.NewHandler(resolvers.HandlerConfig{
		Resolver: &resolvers.Resolver{
			Actors: db, Claims: db, Events: db, Articles: db, Timelines: db,
			Loader:       storeLoader{db},
			PollInterval: 50 * time.Millisecond,
			// a generous batching window, so that counted round trips do
			// not depend on how busy the machine is
			LoaderWait: 50 * time.Millisecond,
		},
		Authenticate: keys.Authenticate,
	})
	srv := httptest.NewServer(server.Handler(server.Config{GraphQL: gql, Ping: db.Ping, Keys: keys, Logger: slog.New(slog.DiscardHandler)}))
	t.Cleanup(srv.Close)
	return &env{db: db, drv: drv, srv: srv}
}

// loadSeed loads the seed article (from ../shared or $DIPGRAPH_SHARED),
// published 2022-02-15.
func loadSeed(t *testing.T, db *neo4jstore.DB) *dipgraph.LoadResult {
	t.Helper()
	res, err := storeLoader{db}.Load(context.Background(), shared.SeedText(t), "", "2022-02-15", "seed/"+shared.SeedName+".txt")
	if err != nil {
		t.Fatalf("load seed: %v", err)
	}
	return res
}

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

// response is a GraphQL response.
type response struct {
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`

	body []byte // the response body as the server wrote it
}

// code returns extensions.code of the first error, or "".
func (r response) code() string {
	if len(r.Errors) == 0 {
		return ""
	}
	c, _ := r.Errors[0].Extensions["code"].(string)
	return c
}

// field returns extensions.field of the first error, or "".
func (r response) field() string {
	if len(r.Errors) == 0 {
		return ""
	}
	f, _ := r.Errors[0].Extensions["field"].(string)
	return f
}

// post sends a GraphQL request with key as bearer token ("" for none) and
// returns the decoded response; it fails the test on a transport error.
func (e *env) post(t *testing.T, key, query string, vars map[string]any) response {
	t.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	if key != "" {
		req.Header.Set("Authorization", "Bearer "+key)
	}
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("POST /graphql: %v", err)
	}
	defer res.Body.Close()
	b, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatalf("POST /graphql: status %d, read: %v", res.StatusCode, err)
	}
	r := response{body: b}
	if err := json.Unmarshal(b, &r); err != nil {
		t.Fatalf("POST /graphql: status %d, decode %s: %v", res.StatusCode, b, err)
	}
	return r
}

// query posts query and decodes its data into out, failing the test on any
// GraphQL error.
func (e *env) query(t *testing.T, key, query string, vars map[string]any, out any) {
	t.Helper()
	r := e.post(t, key, query, vars)
	if len(r.Errors) > 0 {
		t.Fatalf("query failed: %+v\nquery: %s", r.Errors, query)
	}
	if err := json.Unmarshal(r.Data, out); err != nil {
		t.Fatalf("decode data %s: %v", r.Data, err)
	}
}

// nodes returns the number of nodes in the graph.
func (e *env) nodes(t *testing.T) int {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), e.drv, "MATCH (n) RETURN count(n) AS n", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("count nodes: %v", err)
	}
	n, _ := res.Records[0].Get("n")
	return int(n.(int64))
}

// claimsPage is the shape of a claims connection in test queries.
type claimsPage struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Cursor string    `json:"cursor"`
		Node   claimNode `json:"node"`
	} `json:"edges"`
}

type actorRef struct {
	ID   string `json:"id"`
	Name string `json:"name"`
}

type claimNode struct {
	ID         string     `json:"id"`
	Text       string     `json:"text"`
	Quote      *string    `json:"quote"`
	Mode       string     `json:"mode"`
	Date       *string    `json:"date"`
	Speaker    actorRef   `json:"speaker"`
	Addressees []actorRef `json:"addressees"`
	About      []actorRef `json:"about"`
	Event      *struct {
		Type  string `json:"type"`
		Label string `json:"label"`
	} `json:"event"`
	Origin  string  `json:"origin"`
	AddedBy *string `json:"addedBy"`
}

func names(as []actorRef) []string {
	out := make([]string, len(as))
	for i, a := range as {
		out[i] = a.Name
	}
	return out
}
