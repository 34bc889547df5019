// Package bundled runs the Neo4j 5 Community server that the project brings
// along, so that every machine (a developer's, CI's) has a real Neo4j without
// Docker or a download site.
//
// The server is not vendored: bundled/neo4j/pom.xml names org.neo4j:neo4j and
// Maven copies it with its ~200 dependency jars from Maven Central into
// bundled/neo4j/target/lib the first time Start needs them (again whenever
// pom.xml changes; a stamp holding the pom's SHA-256 tells). Java 17+ and
// Maven must be on PATH; Start says what to install when they are not.
//
// Everything the server writes lives under <Root>/.data/neo4j (ignored by
// git):
//
//	conf/neo4j.conf   rewritten on every start from Config
//	data/             the databases (system and neo4j)
//	logs/             neo4j.log, debug.log, and console.log (the JVM's own output)
//	plugins/, import/, run/
//	neo4j.pid         the server's process id, written by Start
//	password          the password of user "neo4j", mode 0600
//	bundled.lock      serialises Start and Stop across processes
//
// Authentication stays on. On the very first start a random password is
// generated, stored in the password file and installed with Neo4j's own admin
// tool ("neo4j-admin dbms set-initial-password", run over the same jars) before
// the server ever runs; it is never printed or logged. Losing the password
// file after the first start is unrecoverable short of deleting .data/neo4j.
//
// The server listens for Bolt on 127.0.0.1 only (HTTP and HTTPS are off), runs
// detached in its own session so it outlives the process that started it, and
// is shared: Start is idempotent and returns the running server's Conn.
//
// This package must not import the Neo4j Go driver; it speaks just enough Bolt
// (the version handshake) to know that the server is up. Tests get a driver
// from internal/neo4jtest. The package is Unix-only (setsid, flock, signals).
package bundled
