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
	published string
	source    string
}

func (f *articleFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD); relative dates resolve against it")
	fs.StringVar(&f.source, "source", "", "where the article came from; default: the file path")
}

// options returns the loader options for the article at path.
func (f *articleFlags) options(path string) (loader.Options, error) {
	o := loader.Options{Source: f.source}
	if o.Source == "" {
		o.Source = path
	}
	if f.published != "" {
		d, err := dipgraph.ParseDate(f.published)
		if err != nil {
			return o, fmt.Errorf("--published: %w", err)
		}
		o.Published = d
	}
	return o, nil
}

// extractFile reads and extracts one article file.
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

func runExtract(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var af articleFlags
	af.register(fs)
	if err := fs.Parse(args); err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("%w: want one FILE", errUsage)
	}
	o, err := af.options(fs.Arg(0))
	if err != nil {
		return fmt.Errorf("%w: %v", errUsage, err)
	}
	doc, err := extractFile(fs.Arg(0), o)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(stdout)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(doc)
}
