package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/dipgraph/dipgraph/bundled"
)

func init() {
	register(command{name: "neo4j", usage: "neo4j start|stop|status  manage the bundled Neo4j server", run: runNeo4j})
}

// runNeo4j starts, stops or reports on the bundled Neo4j server of the source
// tree it runs in (see package bundled for the environment it reads). With
// NEO4J_URI set, start leaves the bundled server alone: that external server
// is the one in use.
func runNeo4j(ctx context.Context, args []string, stdout, stderr io.Writer) error {
	if len(args) != 1 {
		return fmt.Errorf("%w: want exactly one of start, stop, status", errUsage)
	}
	verb := args[0]
	if verb != "start" && verb != "stop" && verb != "status" {
		return fmt.Errorf("%w: unknown action %q", errUsage, verb)
	}
	external := os.Getenv("NEO4J_URI")
	if verb == "start" && external != "" {
		fmt.Fprintf(stdout, "NEO4J_URI is set: using the configured server at %s; the bundled one is not started\n", external)
		return nil
	}
	cfg, err := bundled.ConfigFromEnv()
	if err != nil {
		return err
	}
	cfg.Stdout = stdout

	switch verb {
	case "start":
		st, err := bundled.Status(ctx, cfg)
		if err != nil {
			return err
		}
		conn, err := bundled.Start(ctx, cfg)
		if err != nil {
			return err
		}
		if st.Running && st.Ready {
			fmt.Fprintf(stdout, "already running (pid %d)\n", st.PID)
		}
		fmt.Fprintf(stdout, "Neo4j is ready at %s (user %s, password in %s)\n", conn.URI, conn.User, filepath.Join(cfg.Home(), "password"))
	case "stop":
		stopped, err := bundled.Stop(ctx, cfg)
		if err != nil {
			return err
		}
		if stopped {
			fmt.Fprintln(stdout, "stopped")
		} else {
			fmt.Fprintln(stdout, "not running")
		}
	case "status":
		st, err := bundled.Status(ctx, cfg)
		if err != nil {
			return err
		}
		switch {
		case st.Running && st.Ready:
			fmt.Fprintf(stdout, "running (pid %d), answering Bolt at %s\n", st.PID, st.URI)
		case st.Running:
			fmt.Fprintf(stdout, "running (pid %d) but not answering Bolt at %s yet (starting, stopping or stuck: see %s)\n", st.PID, st.URI, st.LogDir)
		default:
			fmt.Fprintf(stdout, "not running (would listen at %s)\n", st.URI)
		}
		fmt.Fprintf(stdout, "data: %s\nlogs: %s\n", st.DataDir, st.LogDir)
		if external != "" {
			fmt.Fprintf(stdout, "note: NEO4J_URI is set, so dipgraph and its tests use %s instead\n", external)
		}
	}
	return nil
}
