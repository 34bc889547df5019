package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"net"
	"time"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/loader"
	"github.com/dipgraph/dipgraph/neo4jstore"
	"github.com/dipgraph/dipgraph/resolvers"
	"github.com/dipgraph/dipgraph/server"
)

func init() {
	register(command{
		name:  "serve",
		usage: "serve [--addr :8080] [--poll 2s]  serve the GraphQL API and explorer",
		run:   runServe,
	})
}

// runServe serves the GraphQL API, the explorer and the health checks until
// ctx is cancelled (SIGINT, SIGTERM), then shuts down gracefully. API keys
// come from DIPGRAPH_EDITOR_KEYS and DIPGRAPH_READER_KEYS; Neo4j as for every
// command (see openStore). It fails when Neo4j cannot be reached at start or
// the address cannot be listened on.
func runServe(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	fs.SetOutput(stderr)
	addr := fs.String("addr", server.DefaultAddr, "`host:port` to listen on")
	poll := fs.Duration("poll", resolvers.DefaultPollInterval, "how often subscriptions look for new claims and events")
	maxDepth := fs.Int("max-depth", resolvers.DefaultMaxDepth, "deepest query nesting accepted")
	maxComplexity := fs.Int("max-complexity", resolvers.DefaultMaxComplexity, "highest query cost accepted")
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 0 {
		return fmt.Errorf("%w: unexpected argument %q", errUsage, fs.Arg(0))
	}
	log := slog.New(slog.NewJSONHandler(stderr, nil))
	slog.SetDefault(log)

	db, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))

	keys := server.KeysFromEnv()
	if keys.Editors() == 0 {
		log.Warn("no editor keys in " + server.EnvEditorKeys + ": mutations are refused")
	}
	if keys.Readers() == 0 {
		log.Info("no reader keys in " + server.EnvReaderKeys + ": queries need no key")
	}
	gql := resolvers.NewHandler(resolvers.HandlerConfig{
		Resolver: &resolvers.Resolver{
			Actors: db, Claims: db, Events: db, Articles: db, Timelines: db,
			Loader:       storeLoader{db},
			PollInterval: *poll,
		},
		MaxDepth:      *maxDepth,
		MaxComplexity: *maxComplexity,
		Authenticate:  keys.Authenticate,
	})
	srv := server.New(server.Config{Addr: *addr, GraphQL: gql, Ping: db.Ping, Keys: keys, Logger: log})
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	fmt.Fprintf(stdout, "serving GraphQL at http://%s/graphql and the explorer at http://%s/\n", ln.Addr(), ln.Addr())
	start := time.Now()
	err = server.Serve(ctx, srv, ln)
	log.Info("server stopped", "uptime", time.Since(start).Round(time.Second).String())
	return err
}

// storeLoader extracts an article with package loader and writes it to the
// store in one transaction.
type storeLoader struct{ db *neo4jstore.DB }

// Load fails with the loader's EINVALID error for text it cannot read and
// with the store's errors.
func (l storeLoader) Load(ctx context.Context, text []byte, title string, published dipgraph.Date, source string) (*dipgraph.LoadResult, error) {
	doc, err := loader.Extract(text, loader.Options{Published: published, Source: source, Title: title})
	if err != nil {
		return nil, err
	}
	return l.db.LoadDocument(ctx, doc)
}
