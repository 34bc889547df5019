package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/loader"
)

func init() {
	register(command{
		name:  "extract",
		usage: "extract [--published YYYY-MM-DD] [--source S] FILE  print the extraction document; touches no database",
		run:   runExtract,
	})
}

// articleFlags are the flags shared by extract and load.
type articleFlags struct {
	published dipgraph.Date
	source    string
}

// parseArticleFlags parses the arguments of the command name, which reads
// articles, and returns its flags and the arguments after them. It fails,
// wrapping errUsage, on an unknown flag or a --published that is not a date.
func parseArticleFlags(name string, args []string, stderr io.Writer) (*articleFlags, []string, error) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	published := fs.String("published", "", "publication date (YYYY-MM-DD); relative dates resolve against it")
	source := fs.String("source", "", "where the article came from; default: the file path")
	if err := fs.Parse(args); err != nil {
		return nil, nil, fmt.Errorf("%w: %v", errUsage, err)
	}
	af := &articleFlags{source: *source}
	if *published != "" {
		d, err := dipgraph.ParseDate(*published)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: --published: %v", errUsage, err)
		}
		af.published = d
	}
	return af, fs.Args(), nil
}

// options returns the loader options for the article at path.
func (f *articleFlags) options(path string) loader.Options {
	o := loader.Options{Published: f.published, Source: f.source}
	if o.Source == "" {
		o.Source = path
	}
	return o
}

// extractFile reads and extracts one article file. It fails when the file
// cannot be read or the loader refuses its text; the error names path.
func extractFile(path string, o loader.Options) (*dipgraph.Document, error) {
	text, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := loader.Extract(text, o)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// runExtract prints the extraction document of one article file as JSON.
// It fails on bad arguments (wrapping errUsage) and as extractFile does.
func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	af, files, err := parseArticleFlags("extract", args, stderr)
	if err != nil {
		return err
	}
	if len(files) != 1 {
		return fmt.Errorf("%w: want one FILE", errUsage)
	}
	doc, err := extractFile(files[0], af.options(files[0]))
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
