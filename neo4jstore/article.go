package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// FindArticleByID returns the article with id, or ENOTFOUND.
func (db *DB) FindArticleByID(ctx context.Context, id string) (*dipgraph.Article, error) {
	articles, err := db.FindArticles(ctx, []string{id})
	return only(articles, err, "article", id)
}

// FindArticles returns the articles with ids in one query; an id that
// names no article is left out.
func (db *DB) FindArticles(ctx context.Context, ids []string) ([]*dipgraph.Article, error) {
	articles, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) ([]*dipgraph.Article, error) {
		recs, err := db.collect(ctx, tx, `
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN {id: a.id, title: a.title, subtitle: a.subtitle, author: a.author,
        published: toString(a.published), source: a.source} AS article`, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		out := make([]*dipgraph.Article, 0, len(recs))
		for _, rec := range recs {
			v, _ := rec.Get("article")
			m := v.(map[string]any)
			out = append(out, &dipgraph.Article{
				ID: str(m, "id"), Title: str(m, "title"), Subtitle: str(m, "subtitle"), Author: str(m, "author"),
				Published: dipgraph.Date(str(m, "published")), Source: str(m, "source"),
			})
		}
		return out, nil
	})
	if err != nil {
		return nil, fmt.Errorf("find articles: %w", err)
	}
	return articles, nil
}

// The statements of LoadDocument, one per kind of row, each batched with
// UNWIND. Every write is a MERGE on a deterministic id with provenance set
// only on create, and properties change only when a value is new, so that
// loading a document again writes nothing.
const (
	loadRedirects = `
UNWIND $ids AS id
MATCH (:MergedID {id: id})-[:MERGED_INTO]->(s:Actor)
RETURN id, s.id AS survivor`

	loadArticle = `
MERGE (a:Article {id: $id})
ON CREATE SET a.title = $title, a.subtitle = $subtitle, a.author = $author,
  a.published = date($published), a.source = $source, a.addedAt = $now`

	loadActors = `
UNWIND $actors AS row
MERGE (a:Actor {id: row.id})
ON CREATE SET a.name = row.name, a.kind = row.kind, a.aliases = [], a.mergedIds = [],
  a.origin = 'EXTRACTED', a.addedAt = $now
WITH a, row,
  [x IN [row.name] + row.aliases WHERE toLower(x) <> toLower(a.name)
     AND NOT toLower(x) IN [y IN a.aliases | toLower(y)]] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END | SET a.aliases = a.aliases + fresh)
FOREACH (_ IN CASE WHEN a.role IS NULL AND row.role IS NOT NULL THEN [1] ELSE [] END | SET a.role = row.role)`

	loadAliases = `
UNWIND $aliases AS row
MATCH (a:Actor {id: row.actor})
MERGE (k:Alias {key: toLower(trim(row.alias))})
WITH a, k WHERE NOT EXISTS { (k)-[:ALIAS_OF]->() }
CREATE (k)-[:ALIAS_OF]->(a)`

	loadAffiliations = `
UNWIND $affiliations AS row
MATCH (a:Actor {id: row.from}), (b:Actor {id: row.to})
WHERE a <> b
MERGE (a)-[r:AFFILIATED_WITH]->(b)
ON CREATE SET r.role = row.role`

	loadEvents = `
MATCH (ar:Article {id: $article})
UNWIND $events AS row
MERGE (e:Event {id: row.id})
ON CREATE SET e.type = row.type, e.label = row.label, e.date = date(row.date),
  e.datePrecision = row.datePrecision, e.origin = 'EXTRACTED', e.addedAt = $now
MERGE (e)-[r:REPORTED_IN]->(ar)
ON CREATE SET r.start = row.start, r.end = row.end, r.sentence = row.sentence
WITH e, row
CALL {
  WITH e, row
  UNWIND row.participants AS pid
  MATCH (p:Actor {id: pid})
  MERGE (p)-[:PARTICIPATED_IN]->(e)
}`

	loadClaims = `
MATCH (ar:Article {id: $article})
UNWIND $claims AS row
MERGE (c:Claim {id: row.id})
ON CREATE SET c.mode = row.mode, c.verb = row.verb, c.quote = row.quote, c.text = row.text,
  c.date = date(row.date), c.confidence = row.confidence, c.position = row.start,
  c.origin = 'EXTRACTED', c.addedAt = $now
MERGE (c)-[r:REPORTED_IN]->(ar)
ON CREATE SET r.start = row.start, r.end = row.end, r.sentence = row.sentence
WITH c, row
CALL { WITH c, row MATCH (s:Actor {id: row.speaker}) MERGE (s)-[:SAID]->(c) }
CALL { WITH c, row UNWIND row.addressees AS aid MATCH (a:Actor {id: aid}) MERGE (c)-[:ADDRESSED_TO]->(a) }
CALL { WITH c, row UNWIND row.about AS aid MATCH (a:Actor {id: aid}) MERGE (c)-[:ABOUT]->(a) }
CALL { WITH c, row MATCH (e:Event {id: row.event}) MERGE (c)-[:MADE_AT]->(e) }`
)

// LoadDocument writes doc in one write transaction, one batched statement
// per kind of row: the article, actors, their aliases and affiliations,
// events and claims. Actors whose ids were merged into another actor are
// written to the survivor. Loading the same document again creates nothing.
// A claim's ReportedBy and Headline are checked but not stored. It returns
// EINVALID, and writes nothing, when doc is nil or fails Document.Validate.
func (db *DB) LoadDocument(ctx context.Context, doc *dipgraph.Document) (*dipgraph.LoadResult, error) {
	if doc == nil {
		return nil, dipgraph.FieldErrorf("document", "no document")
	}
	if err := doc.Validate(); err != nil {
		return nil, err
	}
	now := db.now()
	res, err := writeTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.LoadResult, error) {
		r := &dipgraph.LoadResult{
			ArticleID: doc.Article.ID,
			Actors:    len(doc.Actors),
			Claims:    len(doc.Claims),
			Events:    len(doc.Events),
		}
		count := func(cypher string, params map[string]any) error {
			c, err := db.consume(ctx, tx, cypher, params)
			if err != nil {
				return err
			}
			r.NodesCreated += c.NodesCreated()
			r.RelsCreated += c.RelationshipsCreated()
			r.PropertiesSet += c.PropertiesSet()
			return nil
		}
		ids := make([]string, len(doc.Actors))
		for i, a := range doc.Actors {
			ids[i] = a.ID
		}
		recs, err := db.collect(ctx, tx, loadRedirects, map[string]any{"ids": ids})
		if err != nil {
			return nil, err
		}
		redirect := make(map[string]string, len(recs))
		for _, rec := range recs {
			m := rec.AsMap()
			redirect[str(m, "id")] = str(m, "survivor")
		}
		p := loadParams(doc, redirect)
		p["now"] = now
		for _, stmt := range []string{loadArticle, loadActors, loadAliases, loadAffiliations, loadEvents, loadClaims} {
			if err := count(stmt, p); err != nil {
				return nil, err
			}
		}
		return r, nil
	})
	if err != nil {
		return nil, fmt.Errorf("load document %s: %w", doc.Article.ID, err)
	}
	return res, nil
}

// loadParams returns the parameters of the load statements for doc, with
// actor ids replaced by their survivors' as redirect says. Alias rows are
// unique by key and the first actor of the document to name a key gets it.
func loadParams(doc *dipgraph.Document, redirect map[string]string) map[string]any {
	actorID := func(id string) string {
		if s, ok := redirect[id]; ok {
			return s
		}
		return id
	}
	actorIDs := func(ids []string) []string {
		out := make([]string, 0, len(ids))
		for _, id := range ids {
			out = append(out, actorID(id))
		}
		return out
	}
	a := doc.Article
	p := map[string]any{
		"id": a.ID, "article": a.ID, "title": nullable(a.Title), "subtitle": nullable(a.Subtitle),
		"author": nullable(a.Author), "published": nullable(string(a.Published)), "source": nullable(a.Source),
	}

	var actors, aliases, affiliations []map[string]any
	keys := map[string]bool{}
	for _, da := range doc.Actors {
		id := actorID(da.ID)
		actors = append(actors, map[string]any{
			"id": id, "name": strings.TrimSpace(da.Name), "kind": string(da.Kind),
			"aliases": aliasList(da.Name, nil, da.Aliases...), "role": nullable(da.Role),
		})
		for _, name := range append([]string{da.Name}, da.Aliases...) {
			k := strings.ToLower(strings.TrimSpace(name))
			if k == "" || keys[k] {
				continue
			}
			keys[k] = true
			aliases = append(aliases, map[string]any{"actor": id, "alias": name})
		}
		if da.Affiliation != nil {
			affiliations = append(affiliations, map[string]any{
				"from": id, "to": actorID(*da.Affiliation), "role": nullable(da.Role),
			})
		}
	}
	p["actors"], p["aliases"], p["affiliations"] = actors, aliases, affiliations

	var events []map[string]any
	for _, e := range doc.Events {
		events = append(events, map[string]any{
			"id": e.ID, "type": string(e.Type), "label": nullable(e.Label), "date": datePtr(e.Date),
			"datePrecision": nullable(string(e.DatePrecision)), "participants": actorIDs(e.Participants),
			"start": e.Span.Start, "end": e.Span.End, "sentence": nullable(e.Sentence),
		})
	}
	p["events"] = events

	var claims []map[string]any
	for _, c := range doc.Claims {
		var event any
		if c.Event != nil {
			event = *c.Event
		}
		claims = append(claims, map[string]any{
			"id": c.ID, "speaker": actorID(c.Speaker), "addressees": actorIDs(c.Addressees),
			"about": actorIDs(c.About), "mode": string(c.Mode), "verb": nullable(c.Verb),
			"quote": nullable(c.Quote), "text": c.Text, "event": event, "date": datePtr(c.Date),
			"confidence": c.Confidence, "start": c.Span.Start, "end": c.Span.End,
			"sentence": nullable(c.Sentence),
		})
	}
	p["claims"] = claims
	return p
}

// datePtr returns *d as a parameter, or nil for a nil or empty date.
func datePtr(d *dipgraph.Date) any {
	if d == nil {
		return nil
	}
	return nullable(string(*d))
}
