package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/dipgraph/dipgraph/bundled"
	"github.com/dipgraph/dipgraph/neo4jstore"
)

// openStore connects to Neo4j: the server NEO4J_URI names (with NEO4J_USER
// and NEO4J_PASSWORD, and NEO4J_DATABASE if set), or else the bundled
// server, started when it is not running. Progress goes to w; the password
// never does. It fails when the bundled server cannot be started or Neo4j
// cannot be reached or set up (see neo4jstore.Open).
func openStore(ctx context.Context, w io.Writer) (*neo4jstore.DB, error) {
	cfg := neo4jstore.Config{
		URI:      os.Getenv("NEO4J_URI"),
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: os.Getenv("NEO4J_DATABASE"),
	}
	if cfg.URI == "" {
		bc, err := bundled.ConfigFromEnv()
		if err != nil {
			return nil, err
		}
		bc.Stdout = w
		conn, err := bundled.Start(ctx, bc)
		if err != nil {
			return nil, fmt.Errorf("start bundled Neo4j: %w", err)
		}
		cfg.URI, cfg.User, cfg.Password = conn.URI, conn.User, conn.Password
	}
	if cfg.User == "" {
		cfg.User = "neo4j"
	}
	return neo4jstore.Open(ctx, cfg) // its errors name the URI
}
