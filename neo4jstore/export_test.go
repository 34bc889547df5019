package neo4jstore

import "time"

// SetNow makes db stamp what it writes with the times now returns, so that
// tests can compare addedAt without reading the clock.
func SetNow(db *DB, now func() time.Time) { db.now = now }
