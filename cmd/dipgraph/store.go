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
// never does.
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
	db, err := neo4jstore.Open(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("connect to Neo4j at %s: %w", cfg.URI, err)
	}
	return db, nil
}
