package neo4jtest

import (
	"context"
	"errors"
	"os"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// probes returns the number of the :Neo4jtestProbe nodes the tests write.
func probes(t *testing.T, drv neo4j.DriverWithContext) int64 {
	t.Helper()
	res, err := neo4j.ExecuteQuery(context.Background(), drv, "MATCH (n:Neo4jtestProbe) RETURN count(n) AS n", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 1 {
		t.Fatalf("count: got %d records, want 1", len(res.Records))
	}
	n, _, err := neo4j.GetRecordValue[int64](res.Records[0], "n")
	if err != nil {
		t.Fatal(err)
	}
	return n
}

// write runs query and fails the test when it fails.
func write(t *testing.T, drv neo4j.DriverWithContext, query string, params map[string]any) {
	t.Helper()
	if _, err := neo4j.ExecuteQuery(context.Background(), drv, query, params, neo4j.EagerResultTransformer); err != nil {
		t.Fatal(err)
	}
}

func TestConn(t *testing.T) {
	c := Conn(t)
	if c.URI == "" || c.User == "" {
		t.Errorf("Conn = URI %q, user %q; want both set", c.URI, c.User)
	}
	if os.Getenv("NEO4J_URI") == "" && c.Password == "" {
		t.Error("got no password for the bundled server, want one")
	}
}

func TestDriverEmptiesDatabase(t *testing.T) {
	d1 := Driver(t)
	write(t, d1, "CREATE CONSTRAINT neo4jtest_probe_id IF NOT EXISTS FOR (p:Neo4jtestProbe) REQUIRE p.id IS UNIQUE", nil)
	t.Cleanup(func() {
		neo4j.ExecuteQuery(context.Background(), d1, "DROP CONSTRAINT neo4jtest_probe_id IF EXISTS", nil, neo4j.EagerResultTransformer)
	})
	write(t, d1, "CREATE (:Neo4jtestProbe {id: 1})-[:NEXT]->(:Neo4jtestProbe {id: 2})", nil)
	if n := probes(t, d1); n != 2 {
		t.Fatalf("after writing two nodes: got %d, want 2", n)
	}

	d2 := Driver(t) // same test again: re-entrant, and empties the database
	if n := probes(t, d2); n != 0 {
		t.Errorf("after the second Driver: got %d nodes, want 0", n)
	}
	if n := probes(t, d1); n != 0 {
		t.Errorf("through the first driver: got %d nodes, want 0", n)
	}
	res, err := neo4j.ExecuteQuery(context.Background(), d2, "SHOW CONSTRAINTS YIELD name WHERE name = 'neo4jtest_probe_id' RETURN name", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Records) != 1 {
		t.Errorf("got %d probe constraints after emptying, want 1: constraints stay", len(res.Records))
	}
}

func TestDriverHoldsFileLock(t *testing.T) {
	Driver(t)
	f, err := os.Open(srv.lockPath)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	// A second open file description conflicts even within this process,
	// exactly as another test process would.
	if err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB); !errors.Is(err, syscall.EWOULDBLOCK) {
		t.Errorf("flock on %s while Driver's test runs = %v, want EWOULDBLOCK", srv.lockPath, err)
	}
}

func TestSubtestsShareTheLock(t *testing.T) {
	drv := Driver(t)
	write(t, drv, "CREATE (:Neo4jtestProbe)", nil)
	t.Run("sub", func(t *testing.T) {
		sub := Driver(t) // would deadlock if subtests had to wait for the parent
		if n := probes(t, sub); n != 0 {
			t.Errorf("after the subtest's Driver: got %d nodes, want 0", n)
		}
	})
}

func TestParallelTestsTakeTurns(t *testing.T) {
	var inside atomic.Int32
	for _, name := range []string{"a", "b", "c"} {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			drv := Driver(t)
			if n := inside.Add(1); n != 1 {
				t.Errorf("got %d tests holding the database at once, want 1", n)
			}
			t.Cleanup(func() { inside.Add(-1) }) // runs before the lock is released
			write(t, drv, "CREATE (:Neo4jtestProbe {by: $name})", map[string]any{"name": name})
			time.Sleep(100 * time.Millisecond)
			if n := probes(t, drv); n != 1 {
				t.Errorf("test %s sees %d probe nodes, want only its own", name, n)
			}
		})
	}
}

func TestWithin(t *testing.T) {
	for _, c := range []struct {
		name, owner string
		want        bool
	}{
		{"TestA", "TestA", true},
		{"TestA/x", "TestA", true},
		{"TestA/x/y", "TestA/x", true},
		{"TestAB", "TestA", false},
		{"TestA", "TestA/x", false},
	} {
		if got := within(c.name, c.owner); got != c.want {
			t.Errorf("within(%q, %q) = %v, want %v", c.name, c.owner, got, c.want)
		}
	}
}
