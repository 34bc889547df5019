package neo4jstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// DefaultTimelineLimit is the number of events and of claims a timeline
// holds when its filter's Limit is 0.
const DefaultTimelineLimit = 500

// FindTimeline returns, in one query, the dated events and claims within
// [From, To] in date order and the number of events per bucket and type.
// With Actor set, events are those it took part in and claims those it
// said; an Actor that names nobody gives an empty timeline. Types restrict
// the events and counts, not the claims. Buckets are computed in Cypher
// with date.truncate: a WEEK starts on Monday; an empty Bucket means DAY.
// It returns EINVALID for a bad bucket, type, date, range or limit.
func (db *DB) FindTimeline(ctx context.Context, f dipgraph.TimelineFilter) (*dipgraph.Timeline, error) {
	unit := map[dipgraph.Bucket]string{
		"": "day", dipgraph.BucketDay: "day", dipgraph.BucketWeek: "week", dipgraph.BucketMonth: "month",
	}[f.Bucket]
	if unit == "" {
		return nil, dipgraph.FieldErrorf("bucket", "unknown bucket %q: want DAY, WEEK or MONTH", f.Bucket)
	}
	from, to, err := dateRange(f.From, f.To)
	if err != nil {
		return nil, err
	}
	var types any // nil, not an empty list, when no type is asked for
	if len(f.Types) > 0 {
		ts := make([]string, len(f.Types))
		for i, t := range f.Types {
			if !t.Valid() {
				return nil, dipgraph.FieldErrorf("types", "unknown event type %q", t)
			}
			ts[i] = string(t)
		}
		types = ts
	}
	limit := f.Limit
	switch {
	case limit < 0:
		return nil, dipgraph.FieldErrorf("limit", "limit must not be negative")
	case limit == 0:
		limit = DefaultTimelineLimit
	}
	params := map[string]any{"from": from, "to": to, "types": types, "unit": unit, "limit": limit}

	inRange := func(v string) string {
		return "($from IS NULL OR " + v + ".date >= date($from)) AND ($to IS NULL OR " + v + ".date <= date($to))"
	}
	var q strings.Builder
	matchEvents, matchClaims, imports := "MATCH (e:Event)", "MATCH (c:Claim)", ""
	if f.Actor != "" {
		params["actor"] = f.Actor
		q.WriteString(resolveCall("actor"))
		matchEvents = "MATCH (actor)-[:PARTICIPATED_IN]->(e:Event)"
		matchClaims = "MATCH (actor)-[:SAID]->(c:Claim)"
		imports = "WITH actor\n  "
	}
	q.WriteString(`
CALL {
  ` + imports + matchEvents + `
  WHERE e.date IS NOT NULL AND ` + inRange("e") + ` AND ($types IS NULL OR e.type IN $types)
  WITH DISTINCT e ORDER BY e.date, e.id
  RETURN collect(e) AS events
}
CALL {
  ` + imports + matchClaims + `
  WHERE c.date IS NOT NULL AND ` + inRange("c") + `
  WITH DISTINCT c ORDER BY c.date, c.position, c.id LIMIT $limit
  RETURN collect(c) AS claims
}
CALL {
  WITH events
  UNWIND events AS e
  WITH date.truncate($unit, e.date) AS bucket, e.type AS type, count(*) AS n
  ORDER BY bucket, type
  RETURN collect({bucket: toString(bucket), type: type, count: n}) AS counts
}
RETURN [e IN events[0..$limit] | ` + eventProjection("e") + `] AS events,
       [c IN claims | ` + claimProjection("c") + `] AS claims,
       counts`)
	query := q.String()

	tl, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.Timeline, error) {
		rec, err := db.single(ctx, tx, query, params)
		if err != nil {
			return nil, err
		}
		m := rec.AsMap()
		tl := &dipgraph.Timeline{Events: []*dipgraph.Event{}, Claims: []*dipgraph.Claim{}, Counts: []*dipgraph.TimelineCount{}}
		for _, v := range m["events"].([]any) {
			tl.Events = append(tl.Events, eventFrom(v))
		}
		for _, v := range m["claims"].([]any) {
			tl.Claims = append(tl.Claims, claimFrom(v))
		}
		for _, c := range maps(m["counts"]) {
			tl.Counts = append(tl.Counts, &dipgraph.TimelineCount{
				Bucket: dipgraph.Date(str(c, "bucket")), Type: dipgraph.EventType(str(c, "type")), Count: num(c, "count"),
			})
		}
		return tl, nil
	})
	if err != nil {
		return nil, fmt.Errorf("find timeline: %w", err)
	}
	return tl, nil
}
