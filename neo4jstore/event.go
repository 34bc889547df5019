package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// eventProjection is the Cypher map expression of event variable e with the
// ids of its participants and its sources.
func eventProjection(e string) string {
	return `{id: ` + e + `.id, type: ` + e + `.type, label: ` + e + `.label, date: toString(` + e + `.date),
  datePrecision: ` + e + `.datePrecision, origin: ` + e + `.origin, addedBy: ` + e + `.addedBy, addedAt: ` + e + `.addedAt,
  participants: [(pPar:Actor)-[:PARTICIPATED_IN]->(` + e + `) | pPar.id],
  sources: ` + sourcesProjection(e) + `}`
}

// eventFrom decodes an eventProjection map.
func eventFrom(v any) *dipgraph.Event {
	m, _ := v.(map[string]any)
	e := &dipgraph.Event{
		ID:             str(m, "id"),
		Type:           dipgraph.EventType(str(m, "type")),
		Label:          str(m, "label"),
		Date:           dipgraph.Date(str(m, "date")),
		DatePrecision:  dipgraph.DatePrecision(str(m, "datePrecision")),
		ParticipantIDs: strs(m, "participants"),
		Sources:        sources(m["sources"]),
		Provenance:     provenance(m),
	}
	slices.Sort(e.ParticipantIDs)
	return e
}

// eventOrder orders events newest first, undated last, then by id.
const eventOrder = "ORDER BY e.date IS NULL, e.date DESC, e.id"

// FindEventByID returns the event with id, or ENOTFOUND.
func (db *DB) FindEventByID(ctx context.Context, id string) (*dipgraph.Event, error) {
	events, _, err := db.FindEvents(ctx, dipgraph.EventFilter{IDs: []string{id}})
	return only(events, err, "event", id)
}

// FindEvents returns one page of matching events, newest first, and the
// total number of matches, in one query. A participant that names nobody
// matches no events. It returns EINVALID for a bad type, date, range or
// paging.
func (db *DB) FindEvents(ctx context.Context, f dipgraph.EventFilter) ([]*dipgraph.Event, int, error) {
	offset, limit, err := page(f.Offset, f.Limit, len(f.IDs))
	if err != nil {
		return nil, 0, err
	}
	for _, t := range f.Types {
		if !t.Valid() {
			return nil, 0, dipgraph.FieldErrorf("type", "unknown event type %q", t)
		}
	}
	from, to, err := dateRange(f.From, f.To)
	if err != nil {
		return nil, 0, err
	}
	var q strings.Builder
	var matches, where []string
	params := map[string]any{"offset": offset, "end": offset + limit}
	if f.Participant != "" {
		params["participant"] = f.Participant
		q.WriteString(resolveCall("participant"))
		matches = append(matches, "MATCH (participant)-[:PARTICIPATED_IN]->(e:Event)")
	}
	if f.IDs != nil {
		params["ids"] = f.IDs
		matches = append([]string{"UNWIND $ids AS id MATCH (e:Event {id: id})"}, matches...)
	}
	if f.ArticleID != "" {
		params["articleId"] = f.ArticleID
		matches = append(matches, "MATCH (e:Event)-[:REPORTED_IN]->(:Article {id: $articleId})")
	}
	if len(matches) == 0 {
		matches = append(matches, "MATCH (e:Event)")
	}
	if len(f.Types) > 0 {
		types := make([]string, len(f.Types))
		for i, t := range f.Types {
			types[i] = string(t)
		}
		params["types"] = types
		where = append(where, "e.type IN $types")
	}
	if from != nil {
		params["from"] = from
		where = append(where, "e.date >= date($from)")
	}
	if to != nil {
		params["to"] = to
		where = append(where, "e.date <= date($to)")
	}
	if !f.AddedAfter.IsZero() {
		params["addedAfter"] = f.AddedAfter.UTC()
		where = append(where, "e.addedAt > $addedAfter")
	}
	q.WriteString("\n" + strings.Join(matches, "\n") + whereClause(where))
	q.WriteString(pageReturn("e", eventOrder, eventProjection("e")))
	events, total, err := findPage(ctx, db, q.String(), params, eventFrom)
	if err != nil {
		return nil, 0, fmt.Errorf("find events: %w", err)
	}
	return events, total, nil
}

// CreateEvent stores an event added by a person and fills in its ID,
// resolved participant ids and provenance. Participants may be ids, names
// or aliases. It returns EINVALID naming the field for a bad type, an empty
// label, a bad date or precision, a participant that names nobody or a
// source article that does not exist, and ECONFLICT when the same event
// exists. Invalid input writes nothing.
func (db *DB) CreateEvent(ctx context.Context, e *dipgraph.Event) error {
	e.Label = strings.TrimSpace(e.Label)
	switch {
	case !e.Type.Valid():
		return dipgraph.FieldErrorf("type", "unknown event type %q", e.Type)
	case e.Label == "":
		return dipgraph.FieldErrorf("label", "event needs a label")
	}
	if _, err := dateParam("date", e.Date); err != nil {
		return err
	}
	switch {
	case e.DatePrecision == "" && e.Date != "":
		e.DatePrecision = dipgraph.PrecisionDay
	case e.DatePrecision != "" && !e.DatePrecision.Valid():
		return dipgraph.FieldErrorf("datePrecision", "unknown date precision %q", e.DatePrecision)
	}
	now, user := db.now(), dipgraph.UserFromContext(ctx)
	created, err := writeTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.Event, error) {
		found, err := db.resolveActors(ctx, tx, e.ParticipantIDs)
		if err != nil {
			return nil, err
		}
		participants, err := actorIDs(found, "participants", e.ParticipantIDs)
		if err != nil {
			return nil, err
		}
		if len(e.Sources) > 0 {
			rec, err := db.single(ctx, tx,
				`RETURN [id IN $articles WHERE NOT EXISTS { MATCH (:Article {id: id}) }] AS missing`,
				map[string]any{"articles": sourceArticles(e.Sources)})
			if err != nil {
				return nil, err
			}
			if missing := strs(rec.AsMap(), "missing"); len(missing) > 0 {
				return nil, dipgraph.FieldErrorf("sources", "no article has id %q", missing[0])
			}
		}
		id := dipgraph.EventID(e.Type, e.Date, participants, e.Label, "")
		return singleValue(ctx, db, tx, `
CREATE (e:Event {id: $id, type: $type, label: $label, origin: 'MANUAL', addedAt: $now})
SET e.date = date($date), e.datePrecision = $precision, e.addedBy = $user
WITH e
CALL { WITH e UNWIND $participants AS pid MATCH (a:Actor {id: pid}) MERGE (a)-[:PARTICIPATED_IN]->(e) }
CALL {
  WITH e
  UNWIND $sources AS src
  MATCH (ar:Article {id: src.article})
  MERGE (e)-[r:REPORTED_IN]->(ar)
  ON CREATE SET r.sentence = src.sentence, r.start = src.start, r.end = src.end
}
RETURN `+eventProjection("e")+` AS event`, map[string]any{
			"id": id, "type": string(e.Type), "label": e.Label, "now": now,
			"date": nullable(string(e.Date)), "precision": nullable(string(e.DatePrecision)),
			"user": nullable(user), "participants": participants, "sources": sourceRows(e.Sources),
		}, eventFrom)
	})
	if dipgraph.ErrorCode(err) == dipgraph.ECONFLICT {
		return dipgraph.Errorf(dipgraph.ECONFLICT, "a %s event with these participants on this date already exists", e.Type)
	} else if err != nil {
		return fmt.Errorf("create event: %w", err)
	}
	*e = *created
	return nil
}
