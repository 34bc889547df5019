package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/dipgraph/dipgraph"
)

func init() {
	register(command{
		name:  "load",
		usage: "load [--published YYYY-MM-DD] [--source S] FILE|DIR...  extract articles and write them to Neo4j, one transaction each",
		run:   runLoad,
	})
}

// runLoad extracts each article and writes it in a transaction of its own.
// A DIR loads every *.txt in it; an article's publication date comes from
// --published or, when absent, from a "published" line in a sidecar
// FILE.json (the gold layout of testdata). It stops at the first article
// that fails, after reporting it; articles loaded before it stay loaded.
// It fails on bad arguments (wrapping errUsage) before it connects.
func runLoad(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	af, paths, err := parseArticleFlags("load", args, stderr)
	if err != nil {
		return err
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: want at least one FILE or DIR", errUsage)
	}
	files, err := expandDirs(paths, "*.txt", "articles")
	if err != nil {
		return err
	}
	db, err := openStore(ctx, stderr)
	if err != nil {
		return err
	}
	defer db.Close(context.WithoutCancel(ctx))
	for _, path := range files {
		o := af.options(path)
		if o.Published == "" {
			o.Published = sidecarPublished(path)
		}
		doc, err := extractFile(path, o)
		if err != nil {
			return err
		}
		res, err := db.LoadDocument(ctx, doc)
		if err != nil {
			return fmt.Errorf("load %s: %w", path, err)
		}
		fmt.Fprintf(stdout, "%s: %d actors, %d events, %d claims; created %d nodes, %d relationships\n",
			path, len(doc.Actors), len(doc.Events), len(doc.Claims), res.NodesCreated, res.RelsCreated)
	}
	return nil
}

// sidecarPublished reads the "published" field of FILE.json beside the
// article at path, or returns "" when there is none or it is not a date.
func sidecarPublished(path string) dipgraph.Date {
	b, err := os.ReadFile(strings.TrimSuffix(path, filepath.Ext(path)) + ".json")
	if err != nil {
		return ""
	}
	var meta struct {
		Published string `json:"published"`
	}
	if json.Unmarshal(b, &meta) != nil {
		return ""
	}
	d, err := dipgraph.ParseDate(meta.Published)
	if err != nil {
		return ""
	}
	return d
}
