// Command dipgraph loads diplomatic news into a Neo4j knowledge graph and
// serves it over GraphQL. Run "dipgraph help" for the subcommands.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"os/signal"
	"path/filepath"
	"slices"
	"syscall"
)

// command is one subcommand; each lives in a file of its own and registers
// itself from init.
type command struct {
	name  string
	usage string // one line: arguments and what it does
	run   func(ctx context.Context, args []string, stdout, stderr io.Writer) error
}

// commands holds the subcommands by name.
var commands = map[string]command{}

// register adds c to commands; each subcommand's file calls it from init.
func register(c command) { commands[c.name] = c }

// errUsage marks an error caused by bad command-line arguments.
var errUsage = errors.New("usage")

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(run(ctx, os.Args[1:], os.Stdout, os.Stderr))
}

// run dispatches args to a subcommand and returns the process exit code: 0
// on success, 2 for a usage error, 1 for any other failure.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 || args[0] == "help" || args[0] == "-h" || args[0] == "--help" {
		printUsage(stdout)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "dipgraph: unknown command %q\n\n", args[0])
		printUsage(stderr)
		return 2
	}
	if err := c.run(ctx, args[1:], stdout, stderr); err != nil {
		fmt.Fprintf(stderr, "dipgraph %s: %v\n", c.name, err)
		if errors.Is(err, errUsage) {
			fmt.Fprintf(stderr, "usage: dipgraph %s\n", c.usage)
			return 2
		}
		return 1
	}
	return 0
}

// printUsage lists the subcommands on w.
func printUsage(w io.Writer) {
	fmt.Fprintln(w, "dipgraph: a knowledge graph of who said what to whom in diplomatic news")
	fmt.Fprintln(w, "\nusage:")
	for _, n := range slices.Sorted(maps.Keys(commands)) {
		fmt.Fprintf(w, "  dipgraph %s\n", commands[n].usage)
	}
}

// expandDirs returns paths with each directory replaced by the files in it
// that match glob (such as "*.txt"), in name order. It fails on a path that
// does not exist or a directory without such files, which what names.
func expandDirs(paths []string, glob, what string) ([]string, error) {
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			return nil, err
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		matches, err := filepath.Glob(filepath.Join(p, glob))
		if err != nil {
			return nil, err
		}
		if len(matches) == 0 {
			return nil, fmt.Errorf("no %s (%s) in %s", what, glob, p)
		}
		slices.Sort(matches)
		files = append(files, matches...)
	}
	return files, nil
}
