package bundled

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestFindRoot(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "// the project\nmodule github.com/dipgraph/dipgraph // main module\n\ngo 1.26\n")
	// A nested module of another path must be walked past.
	writeFile(t, filepath.Join(root, "tools", "go.mod"), "module example.com/tools\n")
	deep := filepath.Join(root, "tools", "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, dir := range []string{root, filepath.Join(root, "tools"), deep} {
		got, err := FindRoot(dir)
		if err != nil || got != root {
			t.Errorf("FindRoot(%s) = %q, %v; want %q", dir, got, err, root)
		}
	}

	other := t.TempDir()
	writeFile(t, filepath.Join(other, "go.mod"), "module github.com/dipgraph/dipgraph-fork\n")
	if got, err := FindRoot(other); err == nil {
		t.Errorf("FindRoot(%s) = %q, want an error", other, got)
	} else if !strings.Contains(err.Error(), EnvRoot) {
		t.Errorf("got error %q, want it to mention %s", err, EnvRoot)
	}
}

func TestFindRootOfThisRepo(t *testing.T) {
	root, err := FindRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(root, "bundled", "neo4j", "pom.xml")); err != nil {
		t.Errorf("got root %s without bundled/neo4j/pom.xml (%v), want the source tree", root, err)
	}
}

func TestModulePath(t *testing.T) {
	for text, want := range map[string]string{
		"module github.com/dipgraph/dipgraph\n":        ModulePath,
		"  module \"github.com/dipgraph/dipgraph\" \n": ModulePath,
		"// module github.com/dipgraph/dipgraph\n":     "",
		"go 1.26\n": "",
	} {
		if got := modulePath([]byte(text)); got != want {
			t.Errorf("modulePath(%q) = %q, want %q", text, got, want)
		}
	}
}

func TestConfigFromEnv(t *testing.T) {
	root := t.TempDir()
	writeFile(t, filepath.Join(root, "go.mod"), "module github.com/dipgraph/dipgraph\n")
	sub := filepath.Join(root, "internal", "x")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	wd := func() (string, error) { return sub, nil }
	env := func(m map[string]string) func(string) string { return func(k string) string { return m[k] } }

	cfg, err := configFrom(env(nil), wd)
	if err != nil {
		t.Fatal(err)
	}
	want := Config{Root: root, Port: 7687, Heap: "1g", PageCache: "512m", Timeout: DefaultTimeout}
	if cfg != want {
		t.Errorf("defaults: got %+v, want %+v", cfg, want)
	}

	elsewhere := t.TempDir()
	cfg, err = configFrom(env(map[string]string{
		EnvRoot: elsewhere, EnvPort: "7699", EnvHeap: "512m", EnvPageCache: "2G",
	}), wd)
	if err != nil {
		t.Fatal(err)
	}
	want = Config{Root: elsewhere, Port: 7699, Heap: "512m", PageCache: "2G", Timeout: DefaultTimeout}
	if cfg != want {
		t.Errorf("from env: got %+v, want %+v", cfg, want)
	}
	if got, want := cfg.URI(), "bolt://127.0.0.1:7699"; got != want {
		t.Errorf("URI: got %s, want %s", got, want)
	}
	if got, want := cfg.Home(), filepath.Join(elsewhere, ".data", "neo4j"); got != want {
		t.Errorf("Home: got %s, want %s", got, want)
	}

	for _, bad := range []map[string]string{
		{EnvPort: "x"}, {EnvPort: "0"}, {EnvPort: "70000"},
		{EnvHeap: "1"}, {EnvHeap: "1gb"}, {EnvHeap: "-1g"}, {EnvPageCache: "1g\nserver.http.enabled=true"},
	} {
		if cfg, err := configFrom(env(bad), wd); err == nil {
			t.Errorf("configFrom(%v): got %+v, want an error", bad, cfg)
		}
	}

	noRoot := func() (string, error) { return t.TempDir(), nil }
	if _, err := configFrom(env(nil), noRoot); err == nil {
		t.Error("configFrom outside any dipgraph module: want an error")
	}
}

func TestNormalize(t *testing.T) {
	t.Run("defaults", func(t *testing.T) {
		c, err := Config{Root: "rel"}.normalize()
		if err != nil {
			t.Fatal(err)
		}
		if !filepath.IsAbs(c.Root) || c.Port != DefaultPort || c.Heap != DefaultHeap || c.PageCache != DefaultPageCache || c.Timeout != DefaultTimeout || c.Stdout == nil {
			t.Errorf("got %+v, want an absolute root, the default port, heap, page cache and timeout, and an output", c)
		}
	})
	for _, tt := range []struct {
		name string
		cfg  Config
	}{
		{"empty_root", Config{}},
		{"bad_port", Config{Root: "/x", Port: 99999}},
		{"bad_heap", Config{Root: "/x", Heap: "lots"}},
		{"bad_page_cache", Config{Root: "/x", PageCache: "1gb"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if c, err := tt.cfg.normalize(); err == nil {
				t.Errorf("got %+v, want an error", c)
			}
		})
	}
}

func TestConfText(t *testing.T) {
	cfg, err := Config{Root: "/srv/dg", Port: 7699, Heap: "768m", PageCache: "256m"}.normalize()
	if err != nil {
		t.Fatal(err)
	}
	p := pathsFor(cfg)
	text := confText(cfg, p)
	settings := map[string]string{}
	for _, line := range strings.Split(text, "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			t.Fatalf("malformed line %q", line)
		}
		if _, dup := settings[k]; dup {
			t.Errorf("got setting %s twice, want it once", k)
		}
		settings[k] = v
	}
	for k, want := range map[string]string{
		"server.default_listen_address":   "127.0.0.1",
		"server.bolt.listen_address":      "127.0.0.1:7699",
		"server.http.enabled":             "false",
		"server.https.enabled":            "false",
		"dbms.security.auth_enabled":      "true",
		"server.memory.heap.initial_size": "768m",
		"server.memory.heap.max_size":     "768m",
		"server.memory.pagecache.size":    "256m",
		"server.directories.data":         "/srv/dg/.data/neo4j/data",
		"server.directories.logs":         "/srv/dg/.data/neo4j/logs",
		"server.directories.plugins":      "/srv/dg/.data/neo4j/plugins",
	} {
		if settings[k] != want {
			t.Errorf("%s = %q, want %q", k, settings[k], want)
		}
	}
	if strings.Contains(text, "0.0.0.0") {
		t.Errorf("got a configuration with 0.0.0.0, want loopback only:\n%s", text)
	}

	path := filepath.Join(t.TempDir(), "neo4j.conf")
	if err := writeConf(path, text); err != nil {
		t.Fatal(err)
	}
	if got := confPort(path); got != 7699 {
		t.Errorf("confPort = %d, want 7699", got)
	}
	if got := confPort(filepath.Join(t.TempDir(), "missing.conf")); got != 0 {
		t.Errorf("confPort of a missing file = %d, want 0", got)
	}
}

func TestJVMArgs(t *testing.T) {
	cfg, _ := Config{Root: "/srv/dg", Heap: "2g"}.normalize()
	args := strings.Join(jvmArgs(cfg, pathsFor(cfg)), " ")
	for _, want := range []string{"-Xms2g", "-Xmx2g", "-cp /srv/dg/bundled/neo4j/target/lib/*", entryPoint,
		"--home-dir=/srv/dg/.data/neo4j", "--config-dir=/srv/dg/.data/neo4j/conf"} {
		if !strings.Contains(args, want) {
			t.Errorf("got JVM args %s, want %q among them", args, want)
		}
	}
}

func TestJavaMajor(t *testing.T) {
	for out, want := range map[string]int{
		"openjdk version \"17.0.15\" 2025-04-15\nOpenJDK Runtime Environment": 17,
		"openjdk version \"21\" 2023-09-19":                                   21,
		"java version \"1.8.0_292\"":                                          8,
		"openjdk version \"11.0.2\" 2019-01-15":                               11,
		"Picked up JAVA_TOOL_OPTIONS: -Xss1m\nopenjdk version \"25-ea\"":      25,
	} {
		got, err := javaMajor(out)
		if err != nil || got != want {
			t.Errorf("javaMajor(%q) = %d, %v; want %d", out, got, err, want)
		}
	}
	if got, err := javaMajor("bash: java: command not found"); err == nil {
		t.Errorf("javaMajor of output without a version = %d, want an error", got)
	}
}

func TestNeo4jVersion(t *testing.T) {
	root, err := FindRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	if v := neo4jVersion(filepath.Join(root, "bundled", "neo4j", "pom.xml")); !strings.HasPrefix(v, "5.") {
		t.Errorf("neo4jVersion = %q, want 5.x", v)
	}
	if v := neo4jVersion("/nonexistent/pom.xml"); v != "5" {
		t.Errorf("neo4jVersion of a missing pom = %q, want \"5\"", v)
	}
}

// fakeServer accepts one connection on 127.0.0.1, reads the 20-byte Bolt
// handshake and hands it to reply, which answers on the connection.
func fakeServer(t *testing.T, reply func(c net.Conn, req []byte)) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ln.Close() })
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		req := make([]byte, len(boltRequest))
		_ = c.SetDeadline(time.Now().Add(5 * time.Second))
		if _, err := io.ReadFull(c, req); err != nil {
			return
		}
		reply(c, req)
	}()
	return ln.Addr().String()
}

func TestHandshake(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()

	got := make(chan []byte, 1)
	addr := fakeServer(t, func(c net.Conn, req []byte) {
		got <- req
		c.Write([]byte{0, 0, 4, 5})
	})
	major, minor, err := handshake(ctx, addr)
	if err != nil || major != 5 || minor != 4 {
		t.Errorf("handshake = %d.%d, %v; want 5.4", major, minor, err)
	}
	if req, want := <-got, []byte{0x60, 0x60, 0xB0, 0x17}; !bytes.Equal(req[:4], want) {
		t.Errorf("handshake sent magic % x, want % x", req[:4], want)
	}

	for _, tt := range []struct {
		name  string
		reply func(net.Conn, []byte)
	}{
		{"closes", func(net.Conn, []byte) {}},
		{"no_version", func(c net.Conn, _ []byte) { c.Write([]byte{0, 0, 0, 0}) }},
		{"http", func(c net.Conn, _ []byte) { c.Write([]byte("HTTP/1.1 400 Bad Request\r\n\r\n")) }},
		{"short_reply", func(c net.Conn, _ []byte) { c.Write([]byte{0, 0}) }},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if major, minor, err := handshake(ctx, fakeServer(t, tt.reply)); err == nil {
				t.Errorf("handshake = %d.%d, want an error", major, minor)
			}
		})
	}

	t.Run("stalling_peer", func(t *testing.T) {
		// A peer that accepts but never answers: the context's deadline ends it.
		stall := fakeServer(t, func(net.Conn, []byte) { time.Sleep(3 * time.Second) })
		sctx, scancel := context.WithTimeout(ctx, 300*time.Millisecond)
		defer scancel()
		if major, minor, err := handshake(sctx, stall); err == nil {
			t.Errorf("handshake = %d.%d, want an error", major, minor)
		}
	})

	t.Run("nobody_listening", func(t *testing.T) {
		if major, minor, err := handshake(ctx, closedAddr(t)); err == nil {
			t.Errorf("handshake = %d.%d, want an error", major, minor)
		}
	})
}

// closedAddr returns a loopback address where nobody listens.
func closedAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func TestWaitBolt(t *testing.T) {
	ctx := context.Background()
	up := func() error { return nil }
	t.Run("answering_server", func(t *testing.T) {
		addr := fakeServer(t, func(c net.Conn, _ []byte) { c.Write([]byte{0, 0, 4, 5}) })
		if err := waitBolt(ctx, addr, time.Second, up); err != nil {
			t.Errorf("got %v, want nil", err)
		}
	})
	dead := closedAddr(t)
	t.Run("process_gone", func(t *testing.T) {
		gone := errors.New("gone")
		if err := waitBolt(ctx, dead, time.Minute, func() error { return gone }); !errors.Is(err, gone) {
			t.Errorf("got %v, want %v", err, gone)
		}
	})
	t.Run("timeout", func(t *testing.T) {
		err := waitBolt(ctx, dead, 500*time.Millisecond, up)
		if err == nil || !strings.Contains(err.Error(), "no Bolt answer within 500ms") {
			t.Errorf("got %v, want no Bolt answer within 500ms", err)
		}
	})
	t.Run("cancelled", func(t *testing.T) {
		cctx, cancel := context.WithCancel(ctx)
		cancel()
		if err := waitBolt(cctx, dead, time.Minute, up); !errors.Is(err, context.Canceled) {
			t.Errorf("got %v, want %v", err, context.Canceled)
		}
	})
}

func TestLastLines(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   string
		n    int
		want string
	}{
		{"skips_blank_lines", "a\n\nb\nc\n\n", 2, "b\nc"},
		{"fewer_than_n", "a\nb", 3, "a\nb"},
		{"empty", "", 3, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if got := lastLines([]byte(tt.in), tt.n); got != tt.want {
				t.Errorf("lastLines(%q, %d) = %q, want %q", tt.in, tt.n, got, tt.want)
			}
		})
	}
}

func TestLockFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.lock")
	unlock, err := lockFile(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	if _, err := lockFile(ctx, path); !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("second lock while held: got %v, want %v", err, context.DeadlineExceeded)
	}
	unlock()
	unlock2, err := lockFile(context.Background(), path)
	if err != nil {
		t.Fatalf("lock after release: %v", err)
	}
	unlock2()
}

func TestStopWhenNeverStarted(t *testing.T) {
	cfg := Config{Root: t.TempDir()}
	stopped, err := Stop(context.Background(), cfg)
	if err != nil || stopped {
		t.Errorf("Stop = %v, %v; want false, nil", stopped, err)
	}
	st, err := Status(context.Background(), cfg)
	if err != nil || st.Running || st.Ready || st.URI != "bolt://127.0.0.1:7687" {
		t.Errorf("Status = %+v, %v; want not running at bolt://127.0.0.1:7687, nil", st, err)
	}
}

// TestStartIdempotent runs against the real shared server of this tree (the
// one internal/neo4jtest uses): it starts it if needed and leaves it running.
func TestStartIdempotent(t *testing.T) {
	cfg, err := ConfigFromEnv()
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	cfg.Stdout = &out
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()

	c1, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("Start: %v", err)
	}
	if c1.URI != cfg.URI() || c1.User != User || len(c1.Password) < 16 {
		t.Errorf("Start gave URI %q user %q and a %d-character password", c1.URI, c1.User, len(c1.Password))
	}
	if strings.Contains(out.String(), c1.Password) {
		t.Error("Start printed the password")
	}
	st, err := Status(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	if !st.Running || !st.Ready || st.PID <= 1 || st.URI != c1.URI || st.DataDir != filepath.Join(cfg.Home(), "data") {
		t.Errorf("Status = %+v, want running and ready at %s with data in %s", st, c1.URI, filepath.Join(cfg.Home(), "data"))
	}
	if fi, err := os.Stat(filepath.Join(cfg.Home(), "password")); err != nil {
		t.Errorf("password file: %v", err)
	} else if fi.Mode().Perm() != 0o600 {
		t.Errorf("password file mode: got %v, want 0600", fi.Mode().Perm())
	}

	out.Reset()
	c2, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("second Start: %v", err)
	}
	if c2 != c1 {
		t.Error("second Start returned another Conn, want the same")
	}
	if out.Len() != 0 {
		t.Errorf("second Start printed %q, want nothing: the server runs already", out.String())
	}
	st2, _ := Status(ctx, cfg)
	if st2.PID != st.PID {
		t.Errorf("second Start changed the pid from %d to %d, want it kept", st.PID, st2.PID)
	}

	// Another port while it runs is refused rather than silently ignored.
	other := cfg
	other.Port = cfg.Port + 1
	if _, err := Start(ctx, other); err == nil || !strings.Contains(err.Error(), "already running") {
		t.Errorf("Start on another port = %v, want an already-running error", err)
	}
}

// TestLifecycle runs a second, private server on a free port under a fresh
// root (sharing the jars through a symlink) through first start, stop and a
// warm restart.
func TestLifecycle(t *testing.T) {
	if testing.Short() {
		t.Skip("starts a private Neo4j twice (about a minute); skipped with -short")
	}
	real, err := FindRoot(".")
	if err != nil {
		t.Fatal(err)
	}
	// The private server shares the jars: they must already match pom.xml so
	// that its Start does not run Maven under the shared server's feet.
	realCfg, _ := Config{Root: real}.normalize()
	rp := pathsFor(realCfg)
	pom, _ := os.ReadFile(rp.pom)
	stamp, _ := os.ReadFile(rp.stamp)
	if sum := sha256.Sum256(pom); strings.TrimSpace(string(stamp)) != hex.EncodeToString(sum[:]) {
		t.Fatalf("the jars in %s are not stamped for the current pom.xml: run TestStartIdempotent (or dipgraph neo4j start) first", rp.lib)
	}
	root := t.TempDir()
	if err := os.MkdirAll(filepath.Join(root, "bundled"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(real, "bundled", "neo4j"), filepath.Join(root, "bundled", "neo4j")); err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	port := ln.Addr().(*net.TCPAddr).Port
	ln.Close()
	cfg := Config{Root: root, Port: port, Heap: "384m", PageCache: "64m"}
	ctx, cancel := context.WithTimeout(context.Background(), 8*time.Minute)
	defer cancel()
	t.Cleanup(func() { Stop(context.Background(), cfg) })

	c1, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("first Start: %v", err)
	}
	if st, _ := Status(ctx, cfg); !st.Running || !st.Ready {
		t.Fatalf("Status after Start = %+v, want running and ready", st)
	}
	stopped, err := Stop(ctx, cfg)
	if err != nil || !stopped {
		t.Fatalf("Stop = %v, %v; want true, nil", stopped, err)
	}
	if st, _ := Status(ctx, cfg); st.Running || st.Ready {
		t.Fatalf("Status after Stop = %+v, want not running", st)
	}
	if stopped, err := Stop(ctx, cfg); err != nil || stopped {
		t.Errorf("second Stop = %v, %v; want false, nil", stopped, err)
	}
	c2, err := Start(ctx, cfg)
	if err != nil {
		t.Fatalf("warm Start: %v", err)
	}
	if c2 != c1 {
		t.Error("warm Start changed the Conn, want the same (the password persists)")
	}
}
