// Package neo4jtest is the one place tests get a real Neo4j from.
//
// Conn returns where the server is: the one NEO4J_URI names (with NEO4J_USER,
// default "neo4j", and NEO4J_PASSWORD), or else the project's bundled server,
// started on first use (package bundled; the first start on a fresh machine
// fetches Neo4j from Maven Central, about a minute) and left running for the
// next test run. When no Neo4j can be had the test fails, naming why: it is
// never skipped, because under make test and CI a missing database is a
// failure.
//
// Driver returns a verified driver to an emptied database. Neo4j Community has
// a single user database and go test runs packages in parallel processes, so
// tests calling Driver are serialized across packages: Driver holds an
// exclusive file lock (<Root>/.data/neo4jtest.lock for the bundled server, a
// per-URI file in the temporary directory for an external one) from the call
// until the test ends. Within one test process the lock also orders tests:
// parallel tests calling Driver take turns, while the test that holds it and
// its subtests may call Driver again (each call empties the database anew).
// Emptying deletes all nodes and relationships but keeps constraints and
// indexes. Store is Driver with a neo4jstore.DB opened on the emptied
// database.
//
// Waiting for the lock counts against go test's -timeout (10 minutes per
// package by default), so keep Neo4j tests short.
//
// Tests should not start transactions that outlive the test: the next holder
// empties the database as soon as the previous test's cleanups have run.
package neo4jtest
