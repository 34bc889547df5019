package neo4jstore

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/dipgraph/dipgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Interface checks: *DB implements every service of the domain.
var (
	_ dipgraph.ActorService    = (*DB)(nil)
	_ dipgraph.ClaimService    = (*DB)(nil)
	_ dipgraph.EventService    = (*DB)(nil)
	_ dipgraph.ArticleService  = (*DB)(nil)
	_ dipgraph.TimelineService = (*DB)(nil)
)

// Page sizes used when a filter's Limit is 0, and the largest allowed.
const (
	DefaultLimit = 50
	MaxLimit     = 1000
)

// Config says how to reach Neo4j. Database "" means the server's default.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
}

// String describes c without its password, so that c can be logged safely.
func (c Config) String() string {
	return fmt.Sprintf("neo4j %s user=%s database=%q", c.URI, c.User, c.Database)
}

// GoString is String, so that %#v does not print the password either.
func (c Config) GoString() string { return c.String() }

// DB is a dipgraph store backed by one Neo4j driver. It is safe for
// concurrent use.
type DB struct {
	driver   neo4j.DriverWithContext
	database string
	queries  atomic.Int64

	// now returns the time written as addedAt; tests may replace it.
	now func() time.Time
}

// Open connects to Neo4j, verifies that it answers and creates the schema
// if it is missing. It fails when the server cannot be reached, the
// credentials are wrong or the schema cannot be created.
func Open(ctx context.Context, c Config) (*DB, error) {
	if c.URI == "" {
		return nil, dipgraph.Errorf(dipgraph.EINVALID, "neo4j URI is required")
	}
	driver, err := neo4j.NewDriverWithContext(c.URI, neo4j.BasicAuth(c.User, c.Password, ""))
	if err != nil {
		return nil, fmt.Errorf("neo4jstore: open %s: %w", c.URI, err)
	}
	if err := driver.VerifyConnectivity(ctx); err != nil {
		_ = driver.Close(ctx)
		return nil, fmt.Errorf("neo4jstore: connect to %s as %s: %w", c.URI, c.User, err)
	}
	db := &DB{driver: driver, database: c.Database, now: func() time.Time { return time.Now().UTC() }}
	if err := db.createSchema(ctx); err != nil {
		_ = driver.Close(ctx)
		return nil, err
	}
	return db, nil
}

// Close closes the driver and its connections. It returns the driver's
// error when they do not close cleanly.
func (db *DB) Close(ctx context.Context) error {
	if err := db.driver.Close(ctx); err != nil {
		return fmt.Errorf("neo4jstore: close: %w", err)
	}
	return nil
}

// Ping reports whether the database answers a trivial read; it returns the
// connection error when it does not.
func (db *DB) Ping(ctx context.Context) error {
	_, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) (struct{}, error) {
		_, err := db.collect(ctx, tx, "RETURN 1", nil)
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("neo4jstore: ping: %w", err)
	}
	return nil
}

// QueryCount returns the number of queries sent to the server since Open.
// Callers compare two readings to count the round trips of an operation.
func (db *DB) QueryCount() int64 { return db.queries.Load() }

// schema is the list of schema statements Open runs; all are idempotent.
var schema = []string{
	"CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE",
	"CREATE CONSTRAINT alias_key IF NOT EXISTS FOR (n:Alias) REQUIRE n.key IS UNIQUE",
	"CREATE CONSTRAINT merged_id IF NOT EXISTS FOR (n:MergedID) REQUIRE n.id IS UNIQUE",
	"CREATE INDEX actor_name IF NOT EXISTS FOR (n:Actor) ON (n.name)",
	"CREATE INDEX claim_date IF NOT EXISTS FOR (n:Claim) ON (n.date)",
	"CREATE INDEX claim_added IF NOT EXISTS FOR (n:Claim) ON (n.addedAt)",
	"CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date)",
	"CREATE INDEX event_type IF NOT EXISTS FOR (n:Event) ON (n.type)",
	"CREATE INDEX event_added IF NOT EXISTS FOR (n:Event) ON (n.addedAt)",
	"CREATE FULLTEXT INDEX claim_text IF NOT EXISTS FOR (n:Claim) ON EACH [n.text, n.quote]",
}

// createSchema runs the schema statements, each in its own transaction as
// Neo4j requires, and waits for the indexes to come online. Two processes
// creating the same rule at once is not an error.
func (db *DB) createSchema(ctx context.Context) error {
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	for _, stmt := range append(schema, "CALL db.awaitIndexes(300)") {
		_, err := neo4j.ExecuteWrite(ctx, session, func(tx neo4j.ManagedTransaction) (struct{}, error) {
			_, err := db.consume(ctx, tx, stmt, nil)
			return struct{}{}, err
		})
		var nerr *neo4j.Neo4jError
		if errors.As(err, &nerr) && strings.HasSuffix(nerr.Code, "AlreadyExists") {
			continue
		}
		if err != nil {
			return fmt.Errorf("neo4jstore: create schema: %w", err)
		}
	}
	return nil
}

// session opens a session on the configured database. Sessions share the
// driver's bookmark manager, so a read that follows a write sees it even on
// a cluster.
func (db *DB) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return db.driver.NewSession(ctx, neo4j.SessionConfig{
		AccessMode:      mode,
		DatabaseName:    db.database,
		BookmarkManager: db.driver.ExecuteQueryBookmarkManager(),
	})
}

// readTx runs fn in a read transaction, routed to a reader on a cluster. It
// returns fn's error, mapped into a *dipgraph.Error where one applies.
func readTx[T any](ctx context.Context, db *DB, fn func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	session := db.session(ctx, neo4j.AccessModeRead)
	defer session.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, session, fn)
	return v, mapError(err)
}

// writeTx runs fn in a write transaction: all of fn's writes commit, or none
// when fn fails.
func writeTx[T any](ctx context.Context, db *DB, fn func(neo4j.ManagedTransaction) (T, error)) (T, error) {
	session := db.session(ctx, neo4j.AccessModeWrite)
	defer session.Close(ctx)
	v, err := neo4j.ExecuteWrite(ctx, session, fn)
	return v, mapError(err)
}

// collect sends one query and returns all its records.
func (db *DB) collect(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) ([]*neo4j.Record, error) {
	db.queries.Add(1)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	return res.Collect(ctx)
}

// consume sends one query, discards its records and returns its counters.
func (db *DB) consume(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (neo4j.Counters, error) {
	db.queries.Add(1)
	res, err := tx.Run(ctx, cypher, params)
	if err != nil {
		return nil, err
	}
	sum, err := res.Consume(ctx)
	if err != nil {
		return nil, err
	}
	return sum.Counters(), nil
}

// single sends one query that returns exactly one record and returns it.
func (db *DB) single(ctx context.Context, tx neo4j.ManagedTransaction, cypher string, params map[string]any) (*neo4j.Record, error) {
	recs, err := db.collect(ctx, tx, cypher, params)
	if err != nil {
		return nil, err
	}
	if len(recs) != 1 {
		return nil, fmt.Errorf("neo4jstore: query returned %d records, want 1", len(recs))
	}
	return recs[0], nil
}

// singleValue sends one query that returns exactly one record, such as a
// written node's projection, and decodes the record's first value.
func singleValue[T any](ctx context.Context, db *DB, tx neo4j.ManagedTransaction, cypher string, params map[string]any, decode func(any) T) (T, error) {
	rec, err := db.single(ctx, tx, cypher, params)
	if err != nil {
		var zero T
		return zero, err
	}
	return decode(rec.Values[0]), nil
}

// only returns the item of a lookup of one id, or ENOTFOUND naming kind
// and id when the lookup found nothing; it passes err on.
func only[T any](items []T, err error, kind, id string) (T, error) {
	var zero T
	if err != nil {
		return zero, err
	} else if len(items) == 0 {
		return zero, dipgraph.Errorf(dipgraph.ENOTFOUND, "%s %s not found", kind, id)
	}
	return items[0], nil
}

// pageReturn ends a query that has matched node variable v: it orders the
// distinct matches by order, and returns their number as total and the
// page [$offset, $end) as items, each the Cypher expression proj of v.
func pageReturn(v, order, proj string) string {
	return `
WITH DISTINCT ` + v + ` ` + order + `
WITH collect(` + v + `) AS found
RETURN size(found) AS total, [` + v + ` IN found[$offset..$end] | ` + proj + `] AS items`
}

// findPage runs a query that ends with pageReturn in a read transaction and
// returns the items, decoded by decode, and the total.
func findPage[T any](ctx context.Context, db *DB, cypher string, params map[string]any, decode func(any) T) ([]T, int, error) {
	type result struct {
		items []T
		total int
	}
	res, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) (result, error) {
		rec, err := db.single(ctx, tx, cypher, params)
		if err != nil {
			return result{}, err
		}
		m := rec.AsMap()
		r := result{total: num(m, "total"), items: []T{}}
		for _, v := range m["items"].([]any) {
			r.items = append(r.items, decode(v))
		}
		return r, nil
	})
	return res.items, res.total, err
}

// mapError turns Neo4j errors into coded errors: a constraint violation is
// ECONFLICT, and a *dipgraph.Error passes unchanged. Any other error is
// wrapped and so reads as EINTERNAL.
func mapError(err error) error {
	if err == nil {
		return nil
	}
	var derr *dipgraph.Error
	if errors.As(err, &derr) {
		return derr
	}
	var nerr *neo4j.Neo4jError
	if errors.As(err, &nerr) && nerr.Code == "Neo.ClientError.Schema.ConstraintValidationFailed" {
		return dipgraph.Errorf(dipgraph.ECONFLICT, "already exists")
	}
	return fmt.Errorf("neo4jstore: %w", err)
}

// page returns the offset and limit to use for a filter's paging fields, or
// EINVALID when either is negative. n is the number of ids the filter asks
// for: a lookup by ids returns them all by default.
func page(offset, limit, n int) (int, int, error) {
	switch {
	case offset < 0:
		return 0, 0, dipgraph.FieldErrorf("offset", "offset must not be negative")
	case limit < 0:
		return 0, 0, dipgraph.FieldErrorf("limit", "limit must not be negative")
	case limit == 0 && n > 0:
		limit = n
	case limit == 0:
		limit = DefaultLimit
	}
	return offset, min(limit, max(MaxLimit, n)), nil
}

// dateParam returns d as a query parameter: nil for "", else d checked to be
// a real date. field names d in the EINVALID error.
func dateParam(field string, d dipgraph.Date) (any, error) {
	if d == "" {
		return nil, nil
	}
	if _, err := dipgraph.ParseDate(string(d)); err != nil {
		return nil, dipgraph.FieldErrorf(field, "%s %q is not a date: want YYYY-MM-DD", field, d)
	}
	return string(d), nil
}

// dateRange returns from and to as query parameters (see dateParam). It
// returns EINVALID naming "from" or "to" for a bad date, and "from" when
// from is after to.
func dateRange(from, to dipgraph.Date) (fromP, toP any, err error) {
	if fromP, err = dateParam("from", from); err != nil {
		return nil, nil, err
	}
	if toP, err = dateParam("to", to); err != nil {
		return nil, nil, err
	}
	if from != "" && to != "" && from > to {
		return nil, nil, dipgraph.FieldErrorf("from", "from %s is after to %s", from, to)
	}
	return fromP, toP, nil
}

// nullable returns nil for "", so that empty strings are not stored.
func nullable(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// resolveMatch returns the lookups of the actor that the Cypher string
// expression ref names: r1 by id, r2 by the id of an actor merged into it,
// r3 by a name or alias in any case; coalesce(r1, r2, r3) is the actor, or
// null when nothing matches. Each lookup is a unique-index seek.
func resolveMatch(ref string) string {
	return `
  OPTIONAL MATCH (r1:Actor {id: ` + ref + `})
  OPTIONAL MATCH (:MergedID {id: ` + ref + `})-[:MERGED_INTO]->(r2:Actor)
  OPTIONAL MATCH (:Alias {key: toLower(trim(` + ref + `))})-[:ALIAS_OF]->(r3:Actor)`
}

// resolveCall returns a subquery that binds the variable name to the actor
// that the string parameter of the same name names (see resolveMatch), or
// to null.
func resolveCall(name string) string {
	return "\nCALL {" + resolveMatch("$"+name) + "\n  RETURN coalesce(r1, r2, r3) AS " + name + "\n}"
}

// Decoding of the maps that queries return.

func str(m map[string]any, k string) string {
	s, _ := m[k].(string)
	return s
}

func num(m map[string]any, k string) int {
	n, _ := m[k].(int64)
	return int(n)
}

func float(m map[string]any, k string) float64 {
	switch v := m[k].(type) {
	case float64:
		return v
	case int64:
		return float64(v)
	}
	return 0
}

func strs(m map[string]any, k string) []string {
	l, _ := m[k].([]any)
	out := make([]string, 0, len(l))
	for _, v := range l {
		if s, ok := v.(string); ok {
			out = append(out, s)
		}
	}
	return out
}

func maps(v any) []map[string]any {
	l, _ := v.([]any)
	out := make([]map[string]any, 0, len(l))
	for _, v := range l {
		if m, ok := v.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

func provenance(m map[string]any) dipgraph.Provenance {
	p := dipgraph.Provenance{Origin: dipgraph.Origin(str(m, "origin")), AddedBy: str(m, "addedBy")}
	if t, ok := m["addedAt"].(time.Time); ok {
		p.AddedAt = t
	}
	return p
}

// sourcesProjection is the Cypher expression listing the REPORTED_IN
// relationships of node variable n as source maps.
func sourcesProjection(n string) string {
	return `[(` + n + `)-[pSrc:REPORTED_IN]->(pArt:Article) | {article: pArt.id, sentence: pSrc.sentence, start: pSrc.start, end: pSrc.end}]`
}

// sources decodes a sourcesProjection list, ordered by article and
// position, since the graph returns relationships in no particular order.
func sources(v any) []dipgraph.Source {
	var out []dipgraph.Source
	for _, m := range maps(v) {
		out = append(out, dipgraph.Source{ArticleID: str(m, "article"), Sentence: str(m, "sentence"), Start: num(m, "start"), End: num(m, "end")})
	}
	slices.SortFunc(out, func(a, b dipgraph.Source) int {
		return cmp.Or(cmp.Compare(a.ArticleID, b.ArticleID), cmp.Compare(a.Start, b.Start))
	})
	return out
}
