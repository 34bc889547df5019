package resolvers_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/internal/shared"
	"github.com/dipgraph/dipgraph/loader"
	"github.com/dipgraph/dipgraph/neo4jstore"
)

// collectionDir is the test collection, relative to this package.
const collectionDir = "../testdata/corpus"

// collectionText is one article of the test collection as loaded.
type collectionText struct {
	text      []byte
	published dipgraph.Date
	source    string // the path from the module root, as `dipgraph load testdata/corpus/...` records it
	doc       *dipgraph.Document
	articleID string
}

// loadCollection loads every testdata/corpus/*/*.txt through the real
// loader and store, as storeLoader does, each published on the date of the
// FILE.json beside it, and returns them in path order with what the loader
// read from them.
func loadCollection(t *testing.T, db *neo4jstore.DB) []collectionText {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(collectionDir, "*", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("found no articles under %s (err %v)", collectionDir, err)
	}
	out := make([]collectionText, 0, len(paths))
	for _, path := range paths {
		text, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		c := collectionText{text: text, published: sidecarPublished(t, path), source: strings.TrimPrefix(filepath.ToSlash(path), "../")}
		if c.doc, err = loader.Extract(text, loader.Options{Published: c.published, Source: c.source}); err != nil {
			t.Fatalf("extract %s: %v", path, err)
		}
		res, err := db.LoadDocument(context.Background(), c.doc)
		if err != nil {
			t.Fatalf("load %s: %v", path, err)
		}
		c.articleID = res.ArticleID
		out = append(out, c)
	}
	return out
}

// docs returns what the loader read from each text.
func docs(texts []collectionText) []*dipgraph.Document {
	out := make([]*dipgraph.Document, len(texts))
	for i, c := range texts {
		out[i] = c.doc
	}
	return out
}

// sidecarPublished returns the "published" date of the FILE.json beside
// the article at path; it fails the test when there is none.
func sidecarPublished(t *testing.T, path string) dipgraph.Date {
	t.Helper()
	b, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + ".json")
	if err != nil {
		t.Fatalf("published date of %s: %v", path, err)
	}
	var meta struct {
		Published string `json:"published"`
	}
	if err := json.Unmarshal(b, &meta); err != nil {
		t.Fatalf("published date of %s: %v", path, err)
	}
	d, err := dipgraph.ParseDate(meta.Published)
	if err != nil {
		t.Fatalf("published date of %s: %v", path, err)
	}
	return d
}

// connection is one page of a claims or events connection.
type connection[N any] struct {
	TotalCount int `json:"totalCount"`
	PageInfo   struct {
		HasNextPage bool    `json:"hasNextPage"`
		EndCursor   *string `json:"endCursor"`
	} `json:"pageInfo"`
	Edges []struct {
		Node N `json:"node"`
	} `json:"edges"`
}

// pageSize is the page size pageAll asks for.
const pageSize = 50

// pageAll follows the cursors of the connection field (claims or events)
// under filter, pageSize at a time, and returns every node, selecting
// fields of each, with the totalCount. It fails the test when totalCount
// changes between pages, a page but the last is short, or paging does not
// end after totalCount nodes.
func pageAll[N any](t *testing.T, e *env, field string, filter map[string]any, fields string) ([]N, int) {
	t.Helper()
	filterType := map[string]string{"claims": "ClaimFilter", "events": "EventFilter"}[field]
	q := fmt.Sprintf(`query($f: %s, $first: Int, $after: String) { %s(filter: $f, first: $first, after: $after) {
		totalCount pageInfo { hasNextPage endCursor } edges { node { %s } } } }`, filterType, field, fields)
	var nodes []N
	var after *string
	total := -1
	for page := 0; ; page++ {
		var got map[string]connection[N]
		e.query(t, "", q, map[string]any{"f": filter, "first": pageSize, "after": after}, &got)
		c := got[field]
		if total >= 0 && c.TotalCount != total {
			t.Fatalf("%s page %d: got totalCount %d, want %d as on the first page", field, page, c.TotalCount, total)
		}
		total = c.TotalCount
		for _, edge := range c.Edges {
			nodes = append(nodes, edge.Node)
		}
		if !c.PageInfo.HasNextPage {
			return nodes, total
		}
		if len(c.Edges) != pageSize || len(nodes) >= total {
			t.Fatalf("%s page %d: got %d edges (%d of %d so far) and hasNextPage, want %d edges and fewer than totalCount", field, page, len(c.Edges), len(nodes), total, pageSize)
		}
		after = c.PageInfo.EndCursor
	}
}

// sourcedClaim is a claim with the ids of the articles that report it.
type sourcedClaim struct {
	claimNode
	Sources []struct {
		Article struct {
			ID string `json:"id"`
		} `json:"article"`
	} `json:"sources"`
}

func (c sourcedClaim) articles() []string {
	var ids []string
	for _, s := range c.Sources {
		ids = append(ids, s.Article.ID)
	}
	return ids
}

const sourcedClaimFields = `id text quote mode date speaker { id name } sources { article { id } }`

// claimIDs returns the ids of claims, sorted.
func claimIDs(claims []sourcedClaim) []string {
	out := make([]string, len(claims))
	for i, c := range claims {
		out[i] = c.ID
	}
	slices.Sort(out)
	return out
}

// TestCollection loads the seed and the whole test collection and checks,
// against the API, answers that follow from the data itself: each filter's
// result is compared with what the unfiltered claims or events say.
func TestCollection(t *testing.T) {
	e := newEnv(t, options{})
	texts := loadCollection(t, e.db)

	all, total := pageAll[sourcedClaim](t, e, "claims", nil, sourcedClaimFields)
	t.Logf("the seed and %d collection articles: %d claims", len(texts), total)

	t.Run("paging visits every claim once, newest first", func(t *testing.T) {
		if stored := e.count(t, "MATCH (c:Claim) RETURN count(c) AS n"); total != stored {
			t.Errorf("got totalCount %d, want the %d claims in the graph", total, stored)
		}
		if len(all) != total {
			t.Errorf("paging by %d visited %d claims, want totalCount %d", pageSize, len(all), total)
		}
		ids := claimIDs(all)
		if dup := slices.Compact(slices.Clone(ids)); len(dup) != len(ids) {
			t.Errorf("paging visited %d distinct claims in %d: some twice", len(dup), len(ids))
		}
		articles := map[string]bool{}
		for i, c := range all {
			for _, a := range c.articles() {
				articles[a] = true
			}
			if i == 0 {
				continue
			}
			prev := all[i-1].Date
			switch {
			case c.Date != nil && prev == nil:
				t.Errorf("claim %d dated %s follows an undated one, want undated claims last", i, *c.Date)
			case c.Date != nil && *c.Date > *prev:
				t.Errorf("claim %d dated %s follows one dated %s, want newest first", i, *c.Date, *prev)
			}
		}
		if len(articles) < len(texts)/2 {
			t.Errorf("claims come from %d articles, want at least half of the %d loaded", len(articles), len(texts)+1)
		}
	})

	t.Run("speaker Putin in any case, across articles", func(t *testing.T) {
		var want []sourcedClaim
		for _, c := range all {
			if c.Speaker.Name == "Vladimir Putin" {
				want = append(want, c)
			}
		}
		for _, ref := range []string{"Putin", "pUTIN", "vladimir putin"} {
			t.Run(ref, func(t *testing.T) {
				got, n := pageAll[sourcedClaim](t, e, "claims", map[string]any{"speaker": ref}, sourcedClaimFields)
				articles := map[string]bool{}
				for _, c := range got {
					if c.Speaker.Name != "Vladimir Putin" {
						t.Errorf("got speaker %q, want Vladimir Putin", c.Speaker.Name)
					}
					for _, a := range c.articles() {
						articles[a] = true
					}
				}
				if len(articles) < 2 {
					t.Errorf("got Putin's claims from %d articles, want more than one", len(articles))
				}
				if n != len(got) || !slices.Equal(claimIDs(got), claimIDs(want)) {
					t.Errorf("got %d claims (totalCount %d), want the %d of all claims whose speaker is Vladimir Putin", len(got), n, len(want))
				}
			})
		}
	})

	t.Run("date range", func(t *testing.T) {
		var dates []string
		for _, c := range all {
			if c.Date != nil {
				dates = append(dates, *c.Date)
			}
		}
		slices.Sort(dates)
		dates = slices.Compact(dates)
		if len(dates) < 4 {
			t.Fatalf("got claims on %d days, want at least 4", len(dates))
		}
		from, to := dates[len(dates)/4], dates[len(dates)*3/4]
		var want []sourcedClaim
		for _, c := range all {
			if c.Date != nil && *c.Date >= from && *c.Date <= to {
				want = append(want, c)
			}
		}
		got, _ := pageAll[sourcedClaim](t, e, "claims", map[string]any{"from": from, "to": to}, sourcedClaimFields)
		for _, c := range got {
			if c.Date == nil || *c.Date < from || *c.Date > to {
				t.Errorf("got a claim dated %v, want one within %s..%s", deref(c.Date), from, to)
			}
		}
		if !slices.Equal(claimIDs(got), claimIDs(want)) {
			t.Errorf("got %d claims within %s..%s, want the %d of all claims dated so", len(got), from, to, len(want))
		}

		t.Run("from after to", func(t *testing.T) {
			r := e.post(t, "", `query($f: ClaimFilter) { claims(filter: $f) { totalCount } }`, map[string]any{"f": map[string]any{"from": to, "to": from}})
			if r.code() != "BAD_USER_INPUT" || r.field() == "" {
				t.Errorf("got code %q field %q (%+v), want BAD_USER_INPUT naming a field", r.code(), r.field(), r.Errors)
			}
		})
	})

	t.Run("metonym resolves to its state", func(t *testing.T) {
		for _, name := range []string{"Kremlin", "the Kremlin", "kremlin", "Moscow"} {
			t.Run("actor "+name, func(t *testing.T) {
				var got struct {
					Actor *struct{ Name, Kind string }
				}
				e.query(t, "", `query($n: String) { actor(name: $n) { name kind } }`, map[string]any{"n": name}, &got)
				if got.Actor == nil || got.Actor.Name != "Russia" || got.Actor.Kind != "STATE" {
					t.Errorf("actor(name: %q) = %+v, want Russia, a STATE", name, got.Actor)
				}
			})
		}
		t.Run("actors search", func(t *testing.T) {
			var got struct {
				Actors struct {
					Edges []struct {
						Node struct {
							Name    string
							Aliases []string
						}
					}
				}
			}
			e.query(t, "", `{ actors(search: "KREMLIN", first: 100) { edges { node { name aliases } } } }`, nil, &got)
			var found []string
			for _, edge := range got.Actors.Edges {
				n := edge.Node
				found = append(found, n.Name)
				if !strings.Contains(strings.ToLower(strings.Join(append(n.Aliases, n.Name), "\n")), "kremlin") {
					t.Errorf("got %s with aliases %v, want kremlin in its name or an alias", n.Name, n.Aliases)
				}
			}
			if !slices.Contains(found, "Russia") {
				t.Errorf("actors(search: KREMLIN) = %v, want Russia among them", found)
			}
		})
	})

	t.Run("events of type CALL", func(t *testing.T) {
		type event struct {
			ID, Type     string
			Participants []actorRef
		}
		every, _ := pageAll[event](t, e, "events", nil, "id type participants { id name }")
		var want []string
		for _, ev := range every {
			if ev.Type == "CALL" {
				want = append(want, ev.ID)
			}
		}
		// The seed as loadSeed loads it, and the collection.
		seed, err := loader.Extract(shared.SeedText(t), loader.Options{Published: "2022-02-15", Source: "seed/" + shared.SeedName + ".txt"})
		if err != nil {
			t.Fatal(err)
		}
		extracted := map[string][]string{} // event id -> participant ids, as the loader read them
		for _, doc := range append([]*dipgraph.Document{seed}, docs(texts)...) {
			for _, ev := range doc.Events {
				extracted[ev.ID] = slices.Sorted(slices.Values(ev.Participants))
			}
		}
		got, n := pageAll[event](t, e, "events", map[string]any{"type": "CALL"}, "id type participants { id name }")
		if len(got) == 0 || n != len(got) {
			t.Fatalf("got %d calls (totalCount %d), want some, all visited", len(got), n)
		}
		var ids []string
		for _, ev := range got {
			ids = append(ids, ev.ID)
			if ev.Type != "CALL" {
				t.Errorf("event %s: got type %s, want CALL", ev.ID, ev.Type)
			}
			var participants []string
			for _, p := range ev.Participants {
				participants = append(participants, p.ID)
			}
			slices.Sort(participants)
			read, ok := extracted[ev.ID]
			switch {
			case !ok:
				t.Errorf("call %s: got an event no article's extraction holds", ev.ID)
			case !slices.Equal(participants, read):
				t.Errorf("call %s: got participants %v, want the %v the loader read", ev.ID, participants, read)
			case len(participants) == 0:
				// A loader gap, not the API's: see the report of the test.
				// Make this t.Errorf once the loader gives every call a participant.
				t.Logf("call %s: the loader read no participants", ev.ID)
			}
		}
		slices.Sort(ids)
		slices.Sort(want)
		if !slices.Equal(ids, want) {
			t.Errorf("got %d calls, want the %d CALL events among all %d events", len(ids), len(want), len(every))
		}
	})

	t.Run("timeline for Putin by month", func(t *testing.T) {
		var got struct {
			Timeline struct {
				Events []struct{ ID, Date, Type string }
				Counts []struct {
					Bucket, Type string
					Count        int
				}
			}
		}
		e.query(t, "", `{ timeline(actor: "Putin", bucket: MONTH) { events { id date type } counts { bucket type count } } }`, nil, &got)
		tl := got.Timeline
		if len(tl.Events) == 0 {
			t.Fatal("got no events for Putin, want some")
		}
		want := map[string]int{} // month's first day and type -> events
		for _, ev := range tl.Events {
			want[ev.Date[:len("2006-01")]+"-01 "+ev.Type]++
		}
		sum := 0
		for _, c := range tl.Counts {
			if !strings.HasSuffix(c.Bucket, "-01") {
				t.Errorf("got bucket %s, want the first day of a month", c.Bucket)
			}
			if w := want[c.Bucket+" "+c.Type]; c.Count != w {
				t.Errorf("got %d %s events in the month of %s, want the %d the timeline holds", c.Count, c.Type, c.Bucket, w)
			}
			sum += c.Count
		}
		if sum != len(tl.Events) {
			t.Errorf("counts add up to %d, want the %d dated events returned", sum, len(tl.Events))
		}
		type event struct{ Date *string }
		participated, _ := pageAll[event](t, e, "events", map[string]any{"participant": "Putin"}, "date")
		dated := 0
		for _, ev := range participated {
			if ev.Date != nil {
				dated++
			}
		}
		if dated != len(tl.Events) {
			t.Errorf("got %d events in the timeline, want the %d dated events Putin took part in", len(tl.Events), dated)
		}
	})

	t.Run("search", func(t *testing.T) {
		// A word of the first quote that stands between spaces or plain
		// punctuation, as the full-text index splits it.
		var word, quoted string
		wordRE := regexp.MustCompile(`(?:^|\s)([A-Za-z]{7,})[\s.,;:!?]`)
		for _, c := range all {
			if m := wordRE.FindStringSubmatch(deref(c.Quote) + " "); m != nil {
				word, quoted = m[1], c.ID
				break
			}
		}
		if word == "" {
			t.Fatal("found no quote with a plain word of 7 letters or more")
		}
		tests := []struct {
			name, text string
			want       string // a claim id the result must hold, or ""
		}{
			{"a word of a quote", word, quoted},
			{"any of two words", "grain ceasefire", ""},
			{"mixed case", "NuClEaR", ""},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				words := strings.Fields(strings.ToLower(tt.text))
				var contain int // claims that hold one of the words as a word
				for _, c := range all {
					for _, w := range words {
						if regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(w) + `\b`).MatchString(c.Text + " " + deref(c.Quote)) {
							contain++
							break
						}
					}
				}
				var got struct{ Search []sourcedClaim }
				e.query(t, "", `query($q: String!) { search(text: $q, first: 100) { `+sourcedClaimFields+` } }`, map[string]any{"q": tt.text}, &got)
				if contain > 0 && len(got.Search) == 0 {
					t.Fatalf("search(%q) found nothing, want some of the %d claims with those words", tt.text, contain)
				}
				var ids []string
				for _, c := range got.Search {
					ids = append(ids, c.ID)
					s := strings.ToLower(c.Text + " " + deref(c.Quote))
					if !slices.ContainsFunc(words, func(w string) bool { return strings.Contains(s, w) }) {
						t.Errorf("search(%q) found %q (quote %q), want text or quote holding one of %v", tt.text, c.Text, deref(c.Quote), words)
					}
				}
				if tt.want != "" && !slices.Contains(ids, tt.want) && contain <= 100 {
					t.Errorf("search(%q) found %d claims without %s, whose quote holds the word", tt.text, len(ids), tt.want)
				}
				if ids = claimIDs(got.Search); len(slices.Compact(ids)) != len(got.Search) {
					t.Errorf("search(%q) returned a claim twice", tt.text)
				}
			})
		}
	})

	t.Run("data loaders stay batched across articles", func(t *testing.T) {
		// One lookup each for the claims, their actors, their events and
		// their sources' articles, with a little slack for a nested level;
		// newEnv widens the loaders' batching window so that a busy machine
		// cannot split a batch. Fetching per article or per claim would take
		// far more (9 and 32 round trips before articles were batched).
		const maxRoundTrips = 6
		tests := []struct {
			name        string
			filter      map[string]any
			minArticles int // for the page to test batching at all
		}{
			// the newest texts are long summit stories: a page of 100
			// may hold only a few of them; the direct quotes spread wider
			{"newest 100", nil, 3},
			{"up to 100 direct quotes", map[string]any{"mode": "DIRECT"}, 15},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				var got struct {
					Claims connection[struct {
						Speaker    actorRef
						Addressees []actorRef
						About      []actorRef
						Event      *struct{ Type string }
						Sources    []struct {
							Sentence string
							Article  struct{ ID, Title string }
						}
					}]
				}
				before := e.db.QueryCount()
				e.query(t, "", `query($f: ClaimFilter) { claims(filter: $f, first: 100) { totalCount edges { node {
					speaker { name } addressees { name } about { name } event { type }
					sources { sentence article { id title } } } } } }`, map[string]any{"f": tt.filter}, &got)
				n := e.db.QueryCount() - before
				if want := min(100, got.Claims.TotalCount); len(got.Claims.Edges) != want || want < 50 {
					t.Fatalf("got %d claims of %d, want a page of %d and at least 50", len(got.Claims.Edges), got.Claims.TotalCount, want)
				}
				articles := map[string]bool{}
				for _, edge := range got.Claims.Edges {
					c := edge.Node
					if c.Speaker.Name == "" || len(c.Sources) == 0 || c.Sources[0].Article.Title == "" {
						t.Fatalf("got claim %+v, want its speaker and sources' articles filled in", c)
					}
					for _, s := range c.Sources {
						articles[s.Article.ID] = true
					}
				}
				if len(articles) < tt.minArticles {
					t.Errorf("the page holds claims of %d articles, want at least %d to test batching", len(articles), tt.minArticles)
				}
				if n > maxRoundTrips {
					t.Errorf("%d claims of %d articles with speakers, addressees, about, events and sources took %d Cypher round trips, want at most %d", len(got.Claims.Edges), len(articles), n, maxRoundTrips)
				}
				t.Logf("%d claims of %d articles with their actors, events and sources: %d round trips", len(got.Claims.Edges), len(articles), n)
			})
		}
	})

	t.Run("loadArticle of a loaded text creates nothing", func(t *testing.T) {
		nodes, rels := e.nodes(t), e.count(t, "MATCH ()-[r]->() RETURN count(r) AS n")
		for _, c := range []collectionText{texts[0], texts[len(texts)-1]} {
			t.Run(c.source, func(t *testing.T) {
				var got struct {
					LoadArticle struct {
						ArticleID                 string
						Claims                    int
						NodesCreated, RelsCreated int
						Article                   struct{ Source, Published string }
					}
				}
				e.query(t, editorKey, `mutation($in: ArticleInput!) { loadArticle(input: $in) {
					articleId claims nodesCreated relsCreated article { source published } } }`,
					map[string]any{"in": map[string]any{"text": string(c.text), "published": c.published, "source": c.source}}, &got)
				la := got.LoadArticle
				if la.ArticleID != c.articleID || la.Article.Source != c.source || la.Article.Published != string(c.published) {
					t.Errorf("got article %s (%+v), want %s from %s published %s", la.ArticleID, la.Article, c.articleID, c.source, c.published)
				}
				if la.NodesCreated != 0 || la.RelsCreated != 0 {
					t.Errorf("got %d nodes and %d relationships created, want none", la.NodesCreated, la.RelsCreated)
				}
			})
		}
		if got, gotRels := e.nodes(t), e.count(t, "MATCH ()-[r]->() RETURN count(r) AS n"); got != nodes || gotRels != rels {
			t.Errorf("got %d nodes and %d relationships after loading again, want %d and %d as before", got, gotRels, nodes, rels)
		}
		var got struct{ Claims struct{ TotalCount int } }
		e.query(t, "", `{ claims(first: 0) { totalCount } }`, nil, &got)
		if got.Claims.TotalCount != total {
			t.Errorf("got %d claims after loading again, want %d as before", got.Claims.TotalCount, total)
		}
	})
}

// count runs a Cypher query returning one integer n and returns it.
func (e *env) count(t *testing.T, cypher string) int {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), e.drv, cypher, nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatalf("%s: %v", cypher, err)
	}
	n, _ := res.Records[0].Get("n")
	return int(n.(int64))
}
