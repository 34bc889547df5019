package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/eval"
	"github.com/dipgraph/dipgraph/loader"
)

func init() {
	register(command{
		name:  "eval",
		usage: "eval [--texts DIR] [-v] [--json] GOLD.json|DIR...  score the loader against gold annotations",
		run:   runEval,
	})
}

// evalExtract runs the loader on one article; tests replace it.
var evalExtract = func(text []byte, g *eval.Gold) (*dipgraph.Document, error) {
	return loader.Extract(text, loader.Options{Published: dipgraph.Date(g.Published), Source: g.Source})
}

// runEval scores the loader against every gold annotation named by args (a
// directory stands for each *.json in it) and prints a line per document and
// the micro-averaged totals, or all of it as JSON with --json. It fails on
// bad arguments (wrapping errUsage), on an unreadable or invalid gold file,
// a missing text, evidence that is not in the text, or a loader error; the
// error names the gold file.
func runEval(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	fset := flag.NewFlagSet("eval", flag.ContinueOnError)
	fset.SetOutput(stderr)
	texts := fset.String("texts", "", "look for article texts in `DIR` when they are not next to the gold file")
	verbose := fset.Bool("v", false, "print the error lists of every document")
	asJSON := fset.Bool("json", false, "print the reports as JSON")
	// Parse flags wherever they appear among the paths.
	var paths []string
	for {
		if err := fset.Parse(args); err != nil {
			return fmt.Errorf("%w: %v", errUsage, err)
		}
		if fset.NArg() == 0 {
			break
		}
		paths = append(paths, fset.Arg(0))
		args = fset.Args()[1:]
	}
	if len(paths) == 0 {
		return fmt.Errorf("%w: no gold file or directory", errUsage)
	}
	golds, err := expandDirs(paths, "*.json", "gold files")
	if err != nil {
		return err
	}

	if !*asJSON {
		fmt.Fprintln(stdout, "statements, attribution, addressees, events: precision/recall/F1; speaker, mode, dates: accuracy; actors: recall")
	}
	var reports []*eval.Report
	for _, path := range golds {
		if err := ctx.Err(); err != nil {
			return err
		}
		r, err := evalOne(path, *texts)
		if err != nil {
			return err
		}
		reports = append(reports, r)
		if !*asJSON {
			fmt.Fprintf(stdout, "%s  %s\n", path, r.Line())
			if *verbose {
				if err := r.WriteErrors(stdout); err != nil {
					return err
				}
			}
		}
	}
	total := eval.Sum(reports...)
	if *asJSON {
		if !*verbose {
			for _, r := range append(reports, total) {
				r.Errors = eval.Errors{}
			}
		}
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(struct {
			Documents []*eval.Report `json:"documents"`
			Total     *eval.Report   `json:"total"`
		}{reports, total})
	}
	fmt.Fprintln(stdout)
	return total.WriteText(stdout, false)
}

// evalOne scores the loader on the article of the gold file at path. Its
// errors name path.
func evalOne(path, textsDir string) (*eval.Report, error) {
	g, err := eval.ReadGold(path)
	if err != nil {
		return nil, err
	}
	textPath, err := findText(path, g.File, textsDir)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	text, err := os.ReadFile(textPath)
	if err != nil {
		return nil, fmt.Errorf("gold %s: %w", path, err)
	}
	if err := g.Check(text); err != nil {
		return nil, fmt.Errorf("gold %s against %s: %w", path, textPath, err)
	}
	doc, err := evalExtract(text, g)
	if err != nil {
		return nil, fmt.Errorf("extract %s: %w", textPath, err)
	}
	r, err := eval.Score(g, text, doc)
	if err != nil {
		return nil, fmt.Errorf("score %s: %w", path, err)
	}
	r.File = path
	return r, nil
}

// findText returns the path of the text a gold file annotates: its file
// name (or, when the gold names none, the gold's name with .txt) next to the
// gold file, else in textsDir. It fails when neither exists.
func findText(goldPath, name, textsDir string) (string, error) {
	if name == "" {
		name = strings.TrimSuffix(filepath.Base(goldPath), filepath.Ext(goldPath)) + ".txt"
	}
	candidates := []string{name}
	if !filepath.IsAbs(name) {
		candidates = []string{filepath.Join(filepath.Dir(goldPath), name)}
		if textsDir != "" {
			candidates = append(candidates, filepath.Join(textsDir, name))
		}
	}
	for _, c := range candidates {
		if _, err := os.Stat(c); err == nil {
			return c, nil
		} else if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	where := "next to the gold file"
	if textsDir != "" {
		where += " or in " + textsDir
	} else {
		where += " (use --texts DIR)"
	}
	return "", fmt.Errorf("text %s not found %s", name, where)
}
