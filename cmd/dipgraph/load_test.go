package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/internal/neo4jtest"
	"github.com/dipgraph/dipgraph/internal/shared"
)

// counts returns the numbers of nodes and relationships in the database.
func counts(t *testing.T, d neo4j.DriverWithContext) (nodes, rels int64) {
	t.Helper()
	ctx := context.Background()
	r, err := neo4j.ExecuteQuery(ctx, d, "MATCH (n) WITH count(n) AS n OPTIONAL MATCH ()-[r]->() RETURN n, count(r) AS r", nil, neo4j.EagerResultTransformer)
	if err != nil {
		t.Fatal(err)
	}
	n, _ := r.Records[0].Get("n")
	m, _ := r.Records[0].Get("r")
	return n.(int64), m.(int64)
}

// TestLoad_seed loads the seed twice through the command, checks that the
// second load changes nothing, and that a bad file writes nothing.
func TestLoad_seed(t *testing.T) {
	d := neo4jtest.Driver(t)
	c := neo4jtest.Conn(t)
	t.Setenv("NEO4J_URI", c.URI)
	t.Setenv("NEO4J_USER", c.User)
	t.Setenv("NEO4J_PASSWORD", c.Password)
	ctx := context.Background()
	seed := shared.SeedPath(t)
	load := func(args ...string) (string, error) {
		var out, errOut bytes.Buffer
		err := runLoad(ctx, args, &out, &errOut)
		return out.String() + errOut.String(), err
	}
	if out, err := load("--published", "2022-02-15", seed); err != nil {
		t.Fatalf("first load: %v\n%s", err, out)
	}
	n1, r1 := counts(t, d)
	if n1 == 0 || r1 == 0 {
		t.Fatalf("got %d nodes and %d relationships after loading the seed, want some", n1, r1)
	}
	out, err := load("--published", "2022-02-15", seed)
	if err != nil {
		t.Fatalf("second load: %v\n%s", err, out)
	}
	if !strings.Contains(out, "created 0 nodes, 0 relationships") {
		t.Errorf("second load reported %q, want nothing created", out)
	}
	if n2, r2 := counts(t, d); n2 != n1 || r2 != r1 {
		t.Errorf("after loading twice: got %d nodes and %d relationships, want %d and %d", n2, r2, n1, r1)
	}

	bad := map[string][]byte{
		"empty.txt":  nil,
		"binary.txt": []byte("Headline\n\nbody\x00\x01"),
		"latin1.txt": []byte("Headline\n\nPutin said caf\xe9 is open."),
	}
	dir := t.TempDir()
	for name, text := range bad {
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			p := filepath.Join(dir, name)
			if err := os.WriteFile(p, text, 0o600); err != nil {
				t.Fatal(err)
			}
			if _, err := load(p); err == nil {
				t.Fatalf("got no error loading %s, want one", name)
			}
			if n, r := counts(t, d); n != n1 || r != r1 {
				t.Errorf("after a bad file: got %d nodes and %d relationships, want %d and %d", n, r, n1, r1)
			}
		})
	}
}
