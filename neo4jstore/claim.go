package neo4jstore

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// claimProjection is the Cypher map expression of claim variable c with the
// ids of its speaker, addressees, subjects and event and its sources, so
// that one query returns everything a claim needs.
func claimProjection(c string) string {
	return `{id: ` + c + `.id, mode: ` + c + `.mode, verb: ` + c + `.verb, quote: ` + c + `.quote,
  text: ` + c + `.text, date: toString(` + c + `.date), confidence: ` + c + `.confidence,
  origin: ` + c + `.origin, addedBy: ` + c + `.addedBy, addedAt: ` + c + `.addedAt,
  speaker: head([(pSpk:Actor)-[:SAID]->(` + c + `) | pSpk.id]),
  addressees: [(` + c + `)-[:ADDRESSED_TO]->(pAdr:Actor) | pAdr.id],
  about: [(` + c + `)-[:ABOUT]->(pAbt:Actor) | pAbt.id],
  event: head([(` + c + `)-[:MADE_AT]->(pEvt:Event) | pEvt.id]),
  sources: ` + sourcesProjection(c) + `}`
}

// claimFrom decodes a claimProjection map.
func claimFrom(v any) *dipgraph.Claim {
	m, _ := v.(map[string]any)
	c := &dipgraph.Claim{
		ID:           str(m, "id"),
		SpeakerID:    str(m, "speaker"),
		AddresseeIDs: strs(m, "addressees"),
		AboutIDs:     strs(m, "about"),
		Mode:         dipgraph.ClaimMode(str(m, "mode")),
		Verb:         str(m, "verb"),
		Quote:        str(m, "quote"),
		Text:         str(m, "text"),
		EventID:      str(m, "event"),
		Date:         dipgraph.Date(str(m, "date")),
		Confidence:   float(m, "confidence"),
		Sources:      sources(m["sources"]),
		Provenance:   provenance(m),
	}
	slices.Sort(c.AddresseeIDs)
	slices.Sort(c.AboutIDs)
	return c
}

// claimList decodes a list of claimProjection maps.
func claimList(v any) []*dipgraph.Claim {
	l, _ := v.([]any)
	out := make([]*dipgraph.Claim, 0, len(l))
	for _, c := range l {
		out = append(out, claimFrom(c))
	}
	return out
}

// claimOrder orders claims newest first, undated last, then by position in
// their article and by id, so that pages are stable.
const claimOrder = "ORDER BY c.date IS NULL, c.date DESC, c.position IS NULL, c.position, c.id"

// FindClaimByID returns the claim with id, or ENOTFOUND.
func (db *DB) FindClaimByID(ctx context.Context, id string) (*dipgraph.Claim, error) {
	claims, _, err := db.FindClaims(ctx, dipgraph.ClaimFilter{IDs: []string{id}})
	return only(claims, err, "claim", id)
}

// FindClaims returns one page of the claims that match f, newest first and
// then by position in their article, and the total number of matches, in
// one query. Actor fields resolve like ResolveActor; one that names nobody
// matches no claims. It returns EINVALID for a bad mode, event type, date,
// range or paging.
func (db *DB) FindClaims(ctx context.Context, f dipgraph.ClaimFilter) ([]*dipgraph.Claim, int, error) {
	offset, limit, err := page(f.Offset, f.Limit, len(f.IDs))
	if err != nil {
		return nil, 0, err
	}
	switch {
	case f.Mode != "" && !f.Mode.Valid():
		return nil, 0, dipgraph.FieldErrorf("mode", "unknown claim mode %q", f.Mode)
	case f.EventType != "" && !f.EventType.Valid():
		return nil, 0, dipgraph.FieldErrorf("eventType", "unknown event type %q", f.EventType)
	}
	from, to, err := dateRange(f.From, f.To)
	if err != nil {
		return nil, 0, err
	}

	var q strings.Builder
	params := map[string]any{"offset": offset, "end": offset + limit, "from": from, "to": to}
	// Resolve actor references first; each binds one row, null when the
	// reference names nobody, and a null then matches nothing below.
	var matches, where []string
	actor := func(name, ref, pattern string) {
		if ref == "" {
			return
		}
		params[name] = ref
		q.WriteString(resolveCall(name))
		matches = append(matches, "MATCH "+pattern)
	}
	actor("speaker", f.Speaker, "(speaker)-[:SAID]->(c:Claim)")
	actor("addressee", f.Addressee, "(c:Claim)-[:ADDRESSED_TO]->(addressee)")
	actor("about", f.About, "(c:Claim)-[:ABOUT]->(about)")
	if f.IDs != nil {
		params["ids"] = f.IDs
		matches = append([]string{"UNWIND $ids AS id MATCH (c:Claim {id: id})"}, matches...)
	}
	if f.EventID != "" {
		params["eventId"] = f.EventID
		matches = append(matches, "MATCH (c:Claim)-[:MADE_AT]->(:Event {id: $eventId})")
	}
	if f.EventType != "" {
		params["eventType"] = string(f.EventType)
		matches = append(matches, "MATCH (c:Claim)-[:MADE_AT]->(:Event {type: $eventType})")
	}
	if f.ArticleID != "" {
		params["articleId"] = f.ArticleID
		matches = append(matches, "MATCH (c:Claim)-[:REPORTED_IN]->(:Article {id: $articleId})")
	}
	if len(matches) == 0 {
		matches = append(matches, "MATCH (c:Claim)")
	}
	if f.Mode != "" {
		params["mode"] = string(f.Mode)
		where = append(where, "c.mode = $mode")
	}
	if from != nil {
		where = append(where, "c.date >= date($from)")
	}
	if to != nil {
		where = append(where, "c.date <= date($to)")
	}
	if f.Text != "" {
		params["text"] = f.Text
		where = append(where, "(toLower(c.text) CONTAINS toLower($text) OR toLower(coalesce(c.quote, '')) CONTAINS toLower($text))")
	}
	if !f.AddedAfter.IsZero() {
		params["addedAfter"] = f.AddedAfter.UTC()
		where = append(where, "c.addedAt > $addedAfter")
	}
	// The conditions go on the last MATCH, where the planner can use the
	// date index when no relationship narrows the claims first.
	q.WriteString("\n" + strings.Join(matches, "\n") + whereClause(where))
	q.WriteString(pageReturn("c", claimOrder, claimProjection("c")))
	claims, total, err := findPage(ctx, db, q.String(), params, claimFrom)
	if err != nil {
		return nil, 0, fmt.Errorf("find claims: %w", err)
	}
	return claims, total, nil
}

// luceneSpecial lists the characters the Lucene query parser treats as
// syntax.
const luceneSpecial = `+-&|!(){}[]^"~*?:\/`

// luceneQuery turns user text into a Lucene query that matches its words
// literally: syntax characters are escaped and the text is lower-cased so
// that AND, OR and NOT are words rather than operators.
func luceneQuery(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(text) {
		if strings.ContainsRune(luceneSpecial, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// SearchClaims returns up to limit claims whose text or quote match the
// words of query in the full-text index, best first. The words match
// literally: Lucene syntax in query is escaped. It returns EINVALID for a
// query without words or one the index still cannot parse.
func (db *DB) SearchClaims(ctx context.Context, query string, limit int) ([]*dipgraph.Claim, error) {
	if strings.TrimSpace(query) == "" {
		return nil, dipgraph.FieldErrorf("text", "search text must not be empty")
	}
	_, limit, err := page(0, limit, 0)
	if err != nil {
		return nil, err
	}
	claims, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) ([]*dipgraph.Claim, error) {
		return singleValue(ctx, db, tx, `
CALL db.index.fulltext.queryNodes('claim_text', $query) YIELD node, score
WITH node AS c, score ORDER BY score DESC, c.id LIMIT $limit
RETURN [c IN collect(c) | `+claimProjection("c")+`] AS claims`,
			map[string]any{"query": luceneQuery(query), "limit": limit}, claimList)
	})
	// The index reports a query it cannot parse as a failed procedure call.
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Procedure.ProcedureCallFailed" {
		return nil, dipgraph.FieldErrorf("text", "cannot search for %q", query)
	} else if err != nil {
		return nil, fmt.Errorf("search claims: %w", err)
	}
	return claims, nil
}

// CreateClaim stores a claim added by a person and fills in its ID,
// resolved actor ids, provenance and defaults: the mode is DIRECT when there
// is a quote and INDIRECT otherwise, the date is the event's when not given,
// and the confidence is 1. Speaker, addressees and about may be ids, names
// or aliases. It returns EINVALID naming the field when the speaker is
// missing or names nobody, the text is empty, the mode, date or confidence
// is bad, an actor, the event or a source article does not exist; ECONFLICT
// when the same claim exists. Invalid input writes nothing.
func (db *DB) CreateClaim(ctx context.Context, c *dipgraph.Claim) error {
	c.Text = strings.TrimSpace(c.Text)
	switch {
	case strings.TrimSpace(c.SpeakerID) == "":
		return dipgraph.FieldErrorf("speaker", "claim needs a speaker")
	case c.Text == "":
		return dipgraph.FieldErrorf("text", "claim needs a text")
	case c.Mode != "" && !c.Mode.Valid():
		return dipgraph.FieldErrorf("mode", "unknown claim mode %q", c.Mode)
	case c.Confidence < 0 || c.Confidence > 1:
		return dipgraph.FieldErrorf("confidence", "confidence %v is not within 0..1", c.Confidence)
	}
	if _, err := dateParam("date", c.Date); err != nil {
		return err
	}
	if c.Mode == "" {
		c.Mode = dipgraph.ModeIndirect
		if c.Quote != "" {
			c.Mode = dipgraph.ModeDirect
		}
	}
	if c.Confidence == 0 {
		c.Confidence = 1
	}
	now, user := db.now(), dipgraph.UserFromContext(ctx)
	created, err := writeTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.Claim, error) {
		refs := append(append([]string{c.SpeakerID}, c.AddresseeIDs...), c.AboutIDs...)
		found, err := db.resolveActors(ctx, tx, refs)
		if err != nil {
			return nil, err
		}
		speaker := found[c.SpeakerID]
		if speaker == nil {
			return nil, dipgraph.FieldErrorf("speaker", "no actor is named %q", c.SpeakerID)
		}
		addressees, err := actorIDs(found, "addressees", c.AddresseeIDs)
		if err != nil {
			return nil, err
		}
		about, err := actorIDs(found, "about", c.AboutIDs)
		if err != nil {
			return nil, err
		}
		date := c.Date
		if c.EventID != "" || len(c.Sources) > 0 {
			rec, err := db.single(ctx, tx, `
OPTIONAL MATCH (e:Event {id: $event})
RETURN e IS NOT NULL AS found, toString(e.date) AS date,
  [id IN $articles WHERE NOT EXISTS { MATCH (:Article {id: id}) }] AS missing`,
				map[string]any{"event": c.EventID, "articles": sourceArticles(c.Sources)})
			if err != nil {
				return nil, err
			}
			m := rec.AsMap()
			if c.EventID != "" && m["found"] != true {
				return nil, dipgraph.FieldErrorf("event", "no event has id %q", c.EventID)
			}
			if missing := strs(m, "missing"); len(missing) > 0 {
				return nil, dipgraph.FieldErrorf("sources", "no article has id %q", missing[0])
			}
			if date == "" {
				date = dipgraph.Date(str(m, "date"))
			}
		}
		id := dipgraph.ManualClaimID(speaker.ID, c.Text, date)
		var position any
		if len(c.Sources) > 0 {
			position = c.Sources[0].Start
		}
		return singleValue(ctx, db, tx, `
CREATE (c:Claim {id: $id, mode: $mode, text: $text, confidence: $confidence,
                 origin: 'MANUAL', addedAt: $now})
SET c.verb = $verb, c.quote = $quote, c.date = date($date), c.position = $position, c.addedBy = $user
WITH c
MATCH (s:Actor {id: $speaker})
CREATE (s)-[:SAID]->(c)
WITH c
CALL { WITH c UNWIND $addressees AS aid MATCH (a:Actor {id: aid}) MERGE (c)-[:ADDRESSED_TO]->(a) }
CALL { WITH c UNWIND $about AS aid MATCH (a:Actor {id: aid}) MERGE (c)-[:ABOUT]->(a) }
CALL { WITH c MATCH (e:Event {id: $event}) CREATE (c)-[:MADE_AT]->(e) }
CALL {
  WITH c
  UNWIND $sources AS src
  MATCH (ar:Article {id: src.article})
  MERGE (c)-[r:REPORTED_IN]->(ar)
  ON CREATE SET r.sentence = src.sentence, r.start = src.start, r.end = src.end
}
RETURN `+claimProjection("c")+` AS claim`, map[string]any{
			"id": id, "mode": string(c.Mode), "text": c.Text, "confidence": c.Confidence,
			"now": now, "verb": nullable(c.Verb), "quote": nullable(c.Quote), "date": nullable(string(date)),
			"position": position, "user": nullable(user), "speaker": speaker.ID,
			"addressees": addressees, "about": about, "event": nullable(c.EventID),
			"sources": sourceRows(c.Sources),
		}, claimFrom)
	})
	if dipgraph.ErrorCode(err) == dipgraph.ECONFLICT {
		return dipgraph.Errorf(dipgraph.ECONFLICT, "this speaker's claim %q on this date already exists", c.Text)
	} else if err != nil {
		return fmt.Errorf("create claim: %w", err)
	}
	*c = *created
	return nil
}

// actorIDs returns the ids of the actors that refs name, or EINVALID naming
// field for the first ref that names nobody.
func actorIDs(found map[string]*dipgraph.Actor, field string, refs []string) ([]string, error) {
	ids := []string{}
	for _, ref := range refs {
		a := found[ref]
		if a == nil {
			return nil, dipgraph.FieldErrorf(field, "no actor is named %q", ref)
		}
		if !slices.Contains(ids, a.ID) {
			ids = append(ids, a.ID)
		}
	}
	return ids, nil
}

// sourceArticles returns the article ids of sources.
func sourceArticles(sources []dipgraph.Source) []string {
	ids := []string{}
	for _, s := range sources {
		ids = append(ids, s.ArticleID)
	}
	return ids
}

// sourceRows returns sources as query parameter maps.
func sourceRows(sources []dipgraph.Source) []map[string]any {
	rows := []map[string]any{}
	for _, s := range sources {
		rows = append(rows, map[string]any{"article": s.ArticleID, "sentence": nullable(s.Sentence), "start": s.Start, "end": s.End})
	}
	return rows
}
