package bundled

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// ModulePath is the module line FindRoot looks for in go.mod.
const ModulePath = "github.com/dipgraph/dipgraph"

// Defaults applied by ConfigFromEnv and, for zero fields, by Start, Stop and
// Status. Heap and page cache are sized for a 2-core, 24 GB machine that also
// runs the Go tests.
const (
	DefaultPort      = 7687
	DefaultHeap      = "1g"
	DefaultPageCache = "512m"
	DefaultTimeout   = 180 * time.Second
)

// Environment variables read by ConfigFromEnv.
const (
	EnvRoot      = "DIPGRAPH_ROOT"            // project root; default: FindRoot of the working directory
	EnvPort      = "DIPGRAPH_NEO4J_PORT"      // Bolt port on 127.0.0.1; default 7687
	EnvHeap      = "DIPGRAPH_NEO4J_HEAP"      // JVM heap, e.g. 1g; default 1g
	EnvPageCache = "DIPGRAPH_NEO4J_PAGECACHE" // page cache, e.g. 512m; default 512m
)

// User is the Neo4j user that Conn carries: the built-in admin.
const User = "neo4j"

// minJava is the oldest Java major version Neo4j 5 runs on.
const minJava = 17

const (
	entryPoint = "org.neo4j.server.CommunityEntryPoint"
	adminTool  = "org.neo4j.cli.AdminTool"
	stopGrace  = 60 * time.Second
)

// Config says where the bundled server lives and how it is sized. Zero fields
// take the defaults above, except Root, which is required.
type Config struct {
	Root      string        // project root: holds bundled/neo4j/pom.xml; data go to Root/.data/neo4j
	Port      int           // Bolt port, bound on 127.0.0.1 only
	Heap      string        // JVM heap (-Xms and -Xmx), a number with a k, m or g suffix
	PageCache string        // server.memory.pagecache.size, same form as Heap
	Timeout   time.Duration // how long Start waits for Bolt to answer
	Stdout    io.Writer     // progress lines for people; nil discards them
}

// Conn is what a client needs to reach the server. Password is a secret:
// never log it.
type Conn struct {
	URI      string
	User     string
	Password string
}

// State is what Status reports.
type State struct {
	Running bool   // a server process of this Root is alive
	Ready   bool   // it answers the Bolt handshake
	PID     int    // its process id when Running
	URI     string // where it listens (or would listen) for Bolt
	Home    string // <Root>/.data/neo4j
	DataDir string // <Root>/.data/neo4j/data
	LogDir  string // <Root>/.data/neo4j/logs
}

// FindRoot walks up from dir to the first directory whose go.mod declares
// module ModulePath and returns it as an absolute path. It fails when there is
// no such go.mod in dir or any parent, or when dir cannot be made absolute.
func FindRoot(dir string) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", fmt.Errorf("find project root: %w", err)
	}
	for d := abs; ; {
		if b, err := os.ReadFile(filepath.Join(d, "go.mod")); err == nil && modulePath(b) == ModulePath {
			return d, nil
		}
		parent := filepath.Dir(d)
		if parent == d {
			return "", fmt.Errorf("no go.mod declaring module %s in %s or any parent: run inside the dipgraph source tree or set %s", ModulePath, abs, EnvRoot)
		}
		d = parent
	}
}

// modulePath returns the module path declared in the go.mod text b, or "".
func modulePath(b []byte) string {
	for _, line := range strings.Split(string(b), "\n") {
		if i := strings.Index(line, "//"); i >= 0 {
			line = line[:i]
		}
		f := strings.Fields(line)
		if len(f) == 2 && f[0] == "module" {
			return strings.Trim(f[1], "\"`")
		}
	}
	return ""
}

// ConfigFromEnv builds a Config from the DIPGRAPH_* environment variables and
// the defaults; Root is $DIPGRAPH_ROOT or FindRoot of the working directory,
// and Stdout is nil. It fails when the root cannot be found or a variable has
// a malformed value.
func ConfigFromEnv() (Config, error) {
	return configFrom(os.Getenv, os.Getwd)
}

// configFrom is ConfigFromEnv reading the environment with getenv and the
// working directory with getwd.
func configFrom(getenv func(string) string, getwd func() (string, error)) (Config, error) {
	cfg := Config{Port: DefaultPort, Heap: DefaultHeap, PageCache: DefaultPageCache, Timeout: DefaultTimeout}
	if root := getenv(EnvRoot); root != "" {
		abs, err := filepath.Abs(root)
		if err != nil {
			return Config{}, fmt.Errorf("%s: %w", EnvRoot, err)
		}
		cfg.Root = abs
	} else {
		wd, err := getwd()
		if err != nil {
			return Config{}, fmt.Errorf("find project root: %w", err)
		}
		if cfg.Root, err = FindRoot(wd); err != nil {
			return Config{}, err
		}
	}
	if s := getenv(EnvPort); s != "" {
		p, err := strconv.Atoi(s)
		if err != nil || p < 1 || p > 65535 {
			return Config{}, fmt.Errorf("%s=%q: want a port number from 1 to 65535", EnvPort, s)
		}
		cfg.Port = p
	}
	if s := getenv(EnvHeap); s != "" {
		if !validSize(s) {
			return Config{}, fmt.Errorf("%s=%q: want a size such as 512m or 1g", EnvHeap, s)
		}
		cfg.Heap = s
	}
	if s := getenv(EnvPageCache); s != "" {
		if !validSize(s) {
			return Config{}, fmt.Errorf("%s=%q: want a size such as 256m or 1g", EnvPageCache, s)
		}
		cfg.PageCache = s
	}
	return cfg, nil
}

var sizeRE = regexp.MustCompile(`^[1-9][0-9]*[kKmMgG]$`)

// validSize reports whether s is a memory size Neo4j and the JVM accept,
// such as 512m.
func validSize(s string) bool { return sizeRE.MatchString(s) }

// normalize applies the defaults and checks the fields.
func (c Config) normalize() (Config, error) {
	if c.Root == "" {
		return c, errors.New("bundled neo4j: Config.Root is empty")
	}
	abs, err := filepath.Abs(c.Root)
	if err != nil {
		return c, fmt.Errorf("bundled neo4j: root: %w", err)
	}
	c.Root = abs
	if c.Port == 0 {
		c.Port = DefaultPort
	}
	if c.Port < 1 || c.Port > 65535 {
		return c, fmt.Errorf("bundled neo4j: port %d out of range", c.Port)
	}
	if c.Heap == "" {
		c.Heap = DefaultHeap
	}
	if c.PageCache == "" {
		c.PageCache = DefaultPageCache
	}
	if !validSize(c.Heap) || !validSize(c.PageCache) {
		return c, fmt.Errorf("bundled neo4j: heap %q and page cache %q must be sizes such as 512m or 1g", c.Heap, c.PageCache)
	}
	if c.Timeout <= 0 {
		c.Timeout = DefaultTimeout
	}
	if c.Stdout == nil {
		c.Stdout = io.Discard
	}
	return c, nil
}

// URI is the Bolt address the server listens on for this Config.
func (c Config) URI() string {
	port := c.Port
	if port == 0 {
		port = DefaultPort
	}
	return "bolt://" + boltAddr(port)
}

// boltAddr is the host:port of Bolt on port of the loopback interface, the
// only one the server listens on.
func boltAddr(port int) string { return net.JoinHostPort("127.0.0.1", strconv.Itoa(port)) }

// Home is the directory holding the server's configuration, data and logs.
func (c Config) Home() string { return filepath.Join(c.Root, ".data", "neo4j") }

// paths are the files and directories derived from a normalized Config.
type paths struct {
	pomDir, pom, lib, stamp                   string
	home, conf, confFile, data, logs, plugins string
	run, imports, pid, password, lock         string
	console, neo4jLog, argfile                string
}

// pathsFor returns the paths of the normalized Config c.
func pathsFor(c Config) paths {
	pomDir := filepath.Join(c.Root, "bundled", "neo4j")
	home := c.Home()
	lib := filepath.Join(pomDir, "target", "lib")
	logs := filepath.Join(home, "logs")
	return paths{
		pomDir:   pomDir,
		pom:      filepath.Join(pomDir, "pom.xml"),
		lib:      lib,
		stamp:    filepath.Join(lib, ".dipgraph-pom.sha256"),
		home:     home,
		conf:     filepath.Join(home, "conf"),
		confFile: filepath.Join(home, "conf", "neo4j.conf"),
		data:     filepath.Join(home, "data"),
		logs:     logs,
		plugins:  filepath.Join(home, "plugins"),
		run:      filepath.Join(home, "run"),
		imports:  filepath.Join(home, "import"),
		pid:      filepath.Join(home, "neo4j.pid"),
		password: filepath.Join(home, "password"),
		lock:     filepath.Join(home, "bundled.lock"),
		console:  filepath.Join(logs, "console.log"),
		neo4jLog: filepath.Join(logs, "neo4j.log"),
		argfile:  filepath.Join(home, ".admin-args"),
	}
}

// classpath is the JVM class path over the Maven-copied jars.
func (p paths) classpath() string { return filepath.Join(p.lib, "*") }

// Start makes sure the bundled server of cfg.Root is running and answers Bolt,
// and returns how to connect to it. It is idempotent: when the server is
// already up it just returns its Conn. Otherwise it checks for Java 17+ (and
// Maven when the jars must be fetched), fetches the jars, writes the
// configuration, sets the initial password on first use, launches the server
// detached and waits up to cfg.Timeout for Bolt.
//
// It fails, with a message that says what to do, when Java or Maven is missing
// or too old, when Maven cannot fetch the jars, when the port is taken by some
// other process, when a running server of this Root listens on another port,
// when the password file is gone after the first start, or when the server
// does not answer in time or exits (the error quotes the end of its logs and
// the process is killed). Cancelling ctx aborts the wait the same way.
func Start(ctx context.Context, cfg Config) (Conn, error) {
	cfg, err := cfg.normalize()
	if err != nil {
		return Conn{}, err
	}
	p := pathsFor(cfg)
	if err := os.MkdirAll(p.home, 0o755); err != nil {
		return Conn{}, fmt.Errorf("bundled neo4j: %w", err)
	}
	unlock, err := lockFile(ctx, p.lock)
	if err != nil {
		return Conn{}, fmt.Errorf("bundled neo4j: waiting for another start or stop: %w", err)
	}
	defer unlock()

	addr := boltAddr(cfg.Port)
	conn := Conn{URI: cfg.URI(), User: User}

	if pid, ok := runningPID(p); ok {
		if port := confPort(p.confFile); port != 0 && port != cfg.Port {
			return Conn{}, fmt.Errorf("bundled neo4j: already running (pid %d) on port %d, not on the %d asked for: stop it first (dipgraph neo4j stop)", pid, port, cfg.Port)
		}
		alive := func() error {
			if _, ok := runningPID(p); !ok {
				return fmt.Errorf("process %d exited", pid)
			}
			return nil
		}
		if err := waitBolt(ctx, addr, cfg.Timeout, alive); err != nil {
			killAndWait(pid, nil)
			_ = os.Remove(p.pid)
			return Conn{}, startError(p, fmt.Errorf("server (pid %d) was running but does not answer Bolt on %s: %w; it was killed", pid, addr, err))
		}
		if conn.Password, err = readPassword(p); err != nil {
			return Conn{}, err
		}
		return conn, nil
	}
	_ = os.Remove(p.pid) // stale, if any

	if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
		c.Close()
		return Conn{}, fmt.Errorf("bundled neo4j: port %d on 127.0.0.1 is in use by another process (not the bundled server of %s): free it, or choose another port with %s, or point NEO4J_URI at that server", cfg.Port, cfg.Root, EnvPort)
	}

	java, err := findJava(ctx)
	if err != nil {
		return Conn{}, err
	}
	if err := ensureJars(ctx, cfg, p); err != nil {
		return Conn{}, err
	}
	for _, d := range []string{p.conf, p.data, p.logs, p.plugins, p.run, p.imports} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return Conn{}, fmt.Errorf("bundled neo4j: %w", err)
		}
	}
	if err := writeConf(p.confFile, confText(cfg, p)); err != nil {
		return Conn{}, err
	}
	if conn.Password, err = ensurePassword(ctx, java, p); err != nil {
		return Conn{}, err
	}

	fmt.Fprintf(cfg.Stdout, "starting Neo4j Community %s on %s (logs in %s)\n", neo4jVersion(p.pom), conn.URI, p.logs)
	began := time.Now()
	logf, err := os.OpenFile(p.console, os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return Conn{}, fmt.Errorf("bundled neo4j: %w", err)
	}
	consoleStart, _ := logf.Seek(0, io.SeekEnd)
	fmt.Fprintf(logf, "=== %s dipgraph: starting Neo4j on %s\n", began.Format(time.RFC3339), addr)
	cmd := exec.Command(java, jvmArgs(cfg, p)...)
	cmd.Dir = p.home
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+p.home, "NEO4J_CONF="+p.conf)
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setsid: true}
	err = cmd.Start()
	logf.Close()
	if err != nil {
		return Conn{}, fmt.Errorf("bundled neo4j: launching %s: %w", java, err)
	}
	pid := cmd.Process.Pid
	exited := make(chan struct{})
	var waitErr error
	go func() { waitErr = cmd.Wait(); close(exited) }() // reaps the child while this process lives
	if err := os.WriteFile(p.pid, []byte(strconv.Itoa(pid)+"\n"), 0o644); err != nil {
		killAndWait(pid, exited)
		return Conn{}, fmt.Errorf("bundled neo4j: writing pid file: %w", err)
	}
	alive := func() error {
		select {
		case <-exited:
			return fmt.Errorf("the server process exited (%v)", waitErr)
		default:
			return nil
		}
	}
	if err := waitBolt(ctx, addr, cfg.Timeout, alive); err != nil {
		killAndWait(pid, exited)
		_ = os.Remove(p.pid)
		return Conn{}, startErrorFrom(p, consoleStart, fmt.Errorf("Neo4j did not come up on %s: %w", addr, err))
	}
	fmt.Fprintf(cfg.Stdout, "Neo4j is up after %s (pid %d)\n", time.Since(began).Round(100*time.Millisecond), pid)
	return conn, nil
}

// Stop shuts the bundled server of cfg.Root down: SIGTERM, up to a minute for
// it to exit, then SIGKILL. It reports whether a server was running; stopping
// a stopped server is not an error. It fails when the signal cannot be sent,
// when the process survives SIGKILL, or when ctx ends first (the server has
// then had SIGTERM and may still be shutting down).
func Stop(ctx context.Context, cfg Config) (stopped bool, err error) {
	cfg, err = cfg.normalize()
	if err != nil {
		return false, err
	}
	p := pathsFor(cfg)
	if _, err := os.Stat(p.home); errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	unlock, err := lockFile(ctx, p.lock)
	if err != nil {
		return false, fmt.Errorf("bundled neo4j: waiting for another start or stop: %w", err)
	}
	defer unlock()
	pid, ok := runningPID(p)
	if !ok {
		_ = os.Remove(p.pid)
		return false, nil
	}
	if err := signalGroup(pid, syscall.SIGTERM); err != nil {
		return false, fmt.Errorf("bundled neo4j: SIGTERM to pid %d: %w", pid, err)
	}
	if err := waitExit(ctx, pid, stopGrace); err != nil {
		if ctx.Err() != nil {
			return true, fmt.Errorf("bundled neo4j: stop interrupted; pid %d got SIGTERM and may still be shutting down: %w", pid, ctx.Err())
		}
		_ = signalGroup(pid, syscall.SIGKILL)
		if err := waitExit(context.Background(), pid, 10*time.Second); err != nil {
			return true, fmt.Errorf("bundled neo4j: pid %d survived SIGKILL", pid)
		}
	}
	_ = os.Remove(p.pid)
	return true, nil
}

// Status reports whether the bundled server of cfg.Root runs and answers Bolt
// (checked with a handshake of at most two seconds). It fails only on a
// malformed Config; a stopped or unreachable server is a State, not an error.
func Status(ctx context.Context, cfg Config) (State, error) {
	cfg, err := cfg.normalize()
	if err != nil {
		return State{}, err
	}
	p := pathsFor(cfg)
	st := State{URI: cfg.URI(), Home: p.home, DataDir: p.data, LogDir: p.logs}
	pid, ok := runningPID(p)
	if !ok {
		return st, nil
	}
	st.Running, st.PID = true, pid
	if port := confPort(p.confFile); port != 0 {
		cfg.Port = port // where the running server listens
		st.URI = cfg.URI()
	}
	hctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	_, _, err = handshake(hctx, boltAddr(cfg.Port))
	st.Ready = err == nil
	return st, nil
}

// confText renders neo4j.conf for cfg: Bolt on 127.0.0.1 only, no HTTP(S),
// auth on, every directory under the home.
func confText(cfg Config, p paths) string {
	var b strings.Builder
	w := func(k, v string) { fmt.Fprintf(&b, "%s=%s\n", k, v) }
	b.WriteString("# Written by dipgraph (package bundled) on every start: edits are overwritten.\n")
	b.WriteString("# Change the port and sizes with DIPGRAPH_NEO4J_PORT, _HEAP and _PAGECACHE.\n")
	w("server.default_listen_address", "127.0.0.1")
	w("server.default_advertised_address", "127.0.0.1")
	w("server.bolt.enabled", "true")
	w("server.bolt.listen_address", boltAddr(cfg.Port))
	w("server.bolt.advertised_address", boltAddr(cfg.Port))
	w("server.http.enabled", "false")
	w("server.https.enabled", "false")
	w("dbms.security.auth_enabled", "true")
	w("dbms.usage_report.enabled", "false")
	w("server.memory.heap.initial_size", cfg.Heap)
	w("server.memory.heap.max_size", cfg.Heap)
	w("server.memory.pagecache.size", cfg.PageCache)
	w("server.directories.data", p.data)
	w("server.directories.logs", p.logs)
	w("server.directories.plugins", p.plugins)
	w("server.directories.run", p.run)
	w("server.directories.import", p.imports)
	// Tests delete and rewrite a lot; keep transaction logs small (the
	// default preallocates 256 MB per database) and from piling up.
	w("db.tx_log.rotation.size", "64M")
	w("db.tx_log.rotation.retention_policy", "256M size")
	return b.String()
}

// confPort returns the Bolt port in the neo4j.conf at path, or 0.
func confPort(path string) int {
	b, err := os.ReadFile(path)
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "server.bolt.listen_address="); ok {
			if _, port, err := net.SplitHostPort(v); err == nil {
				n, _ := strconv.Atoi(port)
				return n
			}
		}
	}
	return 0
}

// writeConf writes text to path atomically.
func writeConf(path, text string) error {
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, []byte(text), 0o644); err != nil {
		return fmt.Errorf("bundled neo4j: writing configuration: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("bundled neo4j: writing configuration: %w", err)
	}
	return nil
}

// jvmArgs returns the java arguments that run the server of cfg.
func jvmArgs(cfg Config, p paths) []string {
	return []string{
		"-Xms" + cfg.Heap, "-Xmx" + cfg.Heap,
		"-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+DisableExplicitGC",
		"-XX:+UnlockExperimentalVMOptions", "-XX:+TrustFinalNonStaticFields",
		"-XX:ErrorFile=" + filepath.Join(p.logs, "hs_err_pid%p.log"),
		"-Djdk.nio.maxCachedBufferSize=1024",
		"-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"-Dfile.encoding=UTF-8",
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
		"-cp", p.classpath(),
		entryPoint, "--home-dir=" + p.home, "--config-dir=" + p.conf,
	}
}

// findJava returns the java to run: $JAVA_HOME/bin/java when that exists,
// else java from PATH. It fails when there is none or it is older than 17.
func findJava(ctx context.Context) (string, error) {
	const install = "install a Java 17+ runtime (Debian/Ubuntu: apt-get install openjdk-17-jre-headless)"
	java := ""
	if jh := os.Getenv("JAVA_HOME"); jh != "" {
		if c := filepath.Join(jh, "bin", "java"); isExecutable(c) {
			java = c
		}
	}
	if java == "" {
		j, err := exec.LookPath("java")
		if err != nil {
			return "", fmt.Errorf("java not found on PATH: %s", install)
		}
		java = j
	}
	out, err := exec.CommandContext(ctx, java, "-version").CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("%s -version failed (%v): %s", java, err, install)
	}
	major, err := javaMajor(string(out))
	if err != nil {
		return "", fmt.Errorf("%s: %v: %s", java, err, install)
	}
	if major < minJava {
		return "", fmt.Errorf("%s is Java %d but Neo4j 5 needs Java %d or newer: %s", java, major, minJava, install)
	}
	return java, nil
}

func isExecutable(path string) bool {
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().IsRegular() && fi.Mode()&0o111 != 0
}

var javaVersionRE = regexp.MustCompile(`version "(\d+)(?:\.(\d+))?`)

// javaMajor extracts the major version from `java -version` output, mapping
// the old "1.8" style to 8.
func javaMajor(out string) (int, error) {
	m := javaVersionRE.FindStringSubmatch(out)
	if m == nil {
		return 0, fmt.Errorf("cannot read the Java version from %q", firstLine(out))
	}
	major, _ := strconv.Atoi(m[1])
	if major == 1 && m[2] != "" {
		major, _ = strconv.Atoi(m[2])
	}
	return major, nil
}

func firstLine(s string) string {
	s, _, _ = strings.Cut(strings.TrimSpace(s), "\n")
	return s
}

// ensureJars runs Maven to copy Neo4j's jars into target/lib unless they are
// there already for the current pom.xml.
func ensureJars(ctx context.Context, cfg Config, p paths) error {
	pom, err := os.ReadFile(p.pom)
	if err != nil {
		return fmt.Errorf("bundled neo4j: %w (is %s the dipgraph source tree?)", err, cfg.Root)
	}
	sum := sha256.Sum256(pom)
	want := hex.EncodeToString(sum[:])
	stamp, stampErr := os.ReadFile(p.stamp)
	if stampErr == nil && strings.TrimSpace(string(stamp)) == want {
		if jars, _ := filepath.Glob(filepath.Join(p.lib, "*.jar")); len(jars) > 0 {
			return nil
		}
	}
	mvn, err := exec.LookPath("mvn")
	if err != nil {
		return errors.New("mvn not found on PATH: install Apache Maven, which fetches Neo4j from Maven Central (Debian/Ubuntu: apt-get install maven)")
	}
	if stampErr != nil || len(stamp) == 0 {
		fmt.Fprintf(cfg.Stdout, "resolving Neo4j Community %s from Maven Central (first run, about a minute)…\n", neo4jVersion(p.pom))
	} else {
		fmt.Fprintf(cfg.Stdout, "bundled/neo4j/pom.xml changed: resolving Neo4j Community %s from Maven Central again…\n", neo4jVersion(p.pom))
	}
	if err := os.RemoveAll(p.lib); err != nil { // no stale jars of another version on the class path
		return fmt.Errorf("bundled neo4j: %w", err)
	}
	cmd := exec.CommandContext(ctx, mvn, "-B", "-q", "dependency:copy-dependencies")
	cmd.Dir = p.pomDir
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("bundled neo4j: mvn -B -q dependency:copy-dependencies in %s failed (%v); it needs Maven Central. Last output:\n%s", p.pomDir, err, lastLines(out, 30))
	}
	if jars, _ := filepath.Glob(filepath.Join(p.lib, "*.jar")); len(jars) == 0 {
		return fmt.Errorf("bundled neo4j: Maven ran but copied no jars into %s", p.lib)
	}
	if err := os.WriteFile(p.stamp, []byte(want+"\n"), 0o644); err != nil {
		return fmt.Errorf("bundled neo4j: %w", err)
	}
	return nil
}

var versionRE = regexp.MustCompile(`<neo4j\.version>\s*([^<\s]+)\s*</neo4j\.version>`)

// neo4jVersion returns the Neo4j version pom.xml asks for, or "5".
func neo4jVersion(pom string) string {
	b, _ := os.ReadFile(pom)
	if m := versionRE.FindSubmatch(b); m != nil {
		return string(m[1])
	}
	return "5"
}

// readPassword reads the stored password of user neo4j.
func readPassword(p paths) (string, error) {
	b, err := os.ReadFile(p.password)
	if err != nil {
		return "", fmt.Errorf("bundled neo4j: reading the password: %w (if it is lost, stop the server and delete %s to start over with an empty database)", err, p.home)
	}
	pw := strings.TrimSpace(string(b))
	if pw == "" {
		return "", fmt.Errorf("bundled neo4j: password file %s is empty (stop the server and delete %s to start over)", p.password, p.home)
	}
	return pw, nil
}

// ensurePassword returns the stored password, first generating one and
// installing it with neo4j-admin when the server has never run. The password
// goes to the admin tool in a 0600 argument file, not on a command line that
// other users could read from /proc.
func ensurePassword(ctx context.Context, java string, p paths) (string, error) {
	if _, err := os.Stat(p.password); err == nil {
		return readPassword(p)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return "", fmt.Errorf("bundled neo4j: %w", err)
	}
	if _, err := os.Stat(filepath.Join(p.data, "databases", "system")); err == nil {
		return "", fmt.Errorf("bundled neo4j: the server in %s was initialised before but its password file %s is missing, so nobody can log in: delete %s (its data goes too) and start again", p.home, p.password, p.home)
	}
	pw := rand.Text() // 26 base32 characters, 130 bits
	args := strings.Join([]string{adminTool, "dbms", "set-initial-password", pw}, "\n") + "\n"
	if err := os.WriteFile(p.argfile, []byte(args), 0o600); err != nil {
		return "", fmt.Errorf("bundled neo4j: %w", err)
	}
	defer os.Remove(p.argfile)
	cmd := exec.CommandContext(ctx, java, "-cp", p.classpath(), "@"+p.argfile)
	cmd.Dir = p.home
	cmd.Env = append(os.Environ(), "NEO4J_HOME="+p.home, "NEO4J_CONF="+p.conf)
	out, err := cmd.CombinedOutput()
	if err != nil {
		out = bytes.ReplaceAll(out, []byte(pw), []byte("<password>"))
		return "", fmt.Errorf("bundled neo4j: neo4j-admin dbms set-initial-password failed (%v):\n%s", err, lastLines(out, 20))
	}
	tmp := p.password + ".tmp"
	if err := os.WriteFile(tmp, []byte(pw+"\n"), 0o600); err != nil {
		return "", fmt.Errorf("bundled neo4j: %w", err)
	}
	if err := os.Rename(tmp, p.password); err != nil {
		return "", fmt.Errorf("bundled neo4j: %w", err)
	}
	return pw, nil
}

// Bolt handshake: the magic preamble, then four version proposals, each
// 0x00 <range> <minor> <major>: 5.4 down to 5.0, 4.4, 4.0, 3.0.
var boltRequest = []byte{
	0x60, 0x60, 0xB0, 0x17,
	0x00, 0x04, 0x04, 0x05,
	0x00, 0x00, 0x04, 0x04,
	0x00, 0x00, 0x00, 0x04,
	0x00, 0x00, 0x00, 0x03,
}

// handshake opens a TCP connection to addr, performs the Bolt version
// handshake and returns the version the server chose. It fails when the
// connection cannot be made, the peer closes or stalls before answering,
// answers zero (no common version) or answers something that is not Bolt.
func handshake(ctx context.Context, addr string) (major, minor int, err error) {
	var d net.Dialer
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return 0, 0, err
	}
	defer c.Close()
	deadline, ok := ctx.Deadline()
	if !ok {
		deadline = time.Now().Add(5 * time.Second)
	}
	_ = c.SetDeadline(deadline)
	if _, err := c.Write(boltRequest); err != nil {
		return 0, 0, fmt.Errorf("bolt handshake with %s: %w", addr, err)
	}
	var resp [4]byte
	if _, err := io.ReadFull(c, resp[:]); err != nil {
		return 0, 0, fmt.Errorf("bolt handshake with %s: no answer: %w", addr, err)
	}
	v := binary.BigEndian.Uint32(resp[:])
	switch {
	case v == 0:
		return 0, 0, fmt.Errorf("bolt handshake with %s: the server speaks none of the offered versions", addr)
	case resp[0] != 0 || resp[1] != 0:
		return 0, 0, fmt.Errorf("bolt handshake with %s: answer %#08x is not Bolt", addr, v)
	}
	return int(resp[3]), int(resp[2]), nil
}

// waitBolt polls addr with handshakes until one succeeds, alive reports the
// process gone, timeout passes or ctx ends.
func waitBolt(ctx context.Context, addr string, timeout time.Duration, alive func() error) error {
	deadline := time.Now().Add(timeout)
	for {
		hctx, cancel := context.WithTimeout(ctx, 2*time.Second)
		_, _, err := handshake(hctx, addr)
		cancel()
		if err == nil {
			return nil
		}
		if err := alive(); err != nil {
			return err
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("no Bolt answer within %s (last: %v)", timeout, err)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// runningPID returns the pid in the pid file when that process is alive and
// is this home's Neo4j server.
func runningPID(p paths) (int, bool) {
	b, err := os.ReadFile(p.pid)
	if err != nil {
		return 0, false
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil || pid <= 1 {
		return 0, false
	}
	return pid, alive(pid) && isServer(pid, p.home)
}

// alive reports whether pid exists and is not a zombie.
func alive(pid int) bool {
	if err := syscall.Kill(pid, 0); err != nil && !errors.Is(err, syscall.EPERM) {
		return false
	}
	stat, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return !procAvailable()
	}
	if i := bytes.LastIndexByte(stat, ')'); i >= 0 && i+2 < len(stat) {
		return stat[i+2] != 'Z' && stat[i+2] != 'X'
	}
	return true
}

func procAvailable() bool {
	_, err := os.Stat("/proc/self/stat")
	return err == nil
}

// isServer reports whether pid runs Neo4j with the given home; without /proc
// (macOS) it trusts the pid file.
func isServer(pid int, home string) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/cmdline", pid))
	if err != nil {
		return !procAvailable()
	}
	var entry, homeArg bool
	for _, a := range strings.Split(string(b), "\x00") {
		entry = entry || a == entryPoint
		homeArg = homeArg || a == "--home-dir="+home
	}
	return entry && homeArg
}

// signalGroup signals pid's process group (Start makes the server a group
// leader), falling back to pid alone.
func signalGroup(pid int, sig syscall.Signal) error {
	if err := syscall.Kill(-pid, sig); err == nil {
		return nil
	}
	return syscall.Kill(pid, sig)
}

// waitExit waits until pid is gone, timeout passes (error) or ctx ends (error).
func waitExit(ctx context.Context, pid int, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for alive(pid) {
		if time.Now().After(deadline) {
			return fmt.Errorf("pid %d still running after %s", pid, timeout)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(200 * time.Millisecond):
		}
	}
	return nil
}

// killAndWait SIGKILLs pid's group and waits briefly for it to go; exited,
// when not nil, closes once this process has reaped it.
func killAndWait(pid int, exited <-chan struct{}) {
	_ = signalGroup(pid, syscall.SIGKILL)
	if exited != nil {
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
		}
		return
	}
	_ = waitExit(context.Background(), pid, 10*time.Second)
}

// startError adds the end of the server's logs to err.
func startError(p paths, err error) error { return startErrorFrom(p, -1, err) }

// startErrorFrom adds the end of console.log (from byte offset consoleFrom,
// or its last lines when negative) and of neo4j.log to err.
func startErrorFrom(p paths, consoleFrom int64, err error) error {
	var b strings.Builder
	fmt.Fprintf(&b, "bundled neo4j: %v", err)
	console, _ := os.ReadFile(p.console)
	if consoleFrom >= 0 && consoleFrom <= int64(len(console)) {
		console = console[consoleFrom:]
	}
	if t := lastLines(console, 20); t != "" {
		fmt.Fprintf(&b, "\n--- end of %s ---\n%s", p.console, t)
	}
	if t := lastLines(readTail(p.neo4jLog, 64<<10), 20); t != "" {
		fmt.Fprintf(&b, "\n--- end of %s ---\n%s", p.neo4jLog, t)
	}
	return errors.New(b.String())
}

// readTail returns up to the last n bytes of the file at path.
func readTail(path string, n int64) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	if fi, err := f.Stat(); err == nil && fi.Size() > n {
		_, _ = f.Seek(-n, io.SeekEnd)
	}
	b, _ := io.ReadAll(f)
	return b
}

// lastLines returns the last n non-empty lines of b.
func lastLines(b []byte, n int) string {
	var lines []string
	sc := bufio.NewScanner(bytes.NewReader(b))
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			lines = append(lines, sc.Text())
		}
	}
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// lockFile takes an exclusive flock on path, polling so that ctx can end the
// wait, and returns the function that releases it.
func lockFile(ctx context.Context, path string) (func(), error) {
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	for {
		err := syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
		if err == nil {
			return func() { _ = syscall.Flock(int(f.Fd()), syscall.LOCK_UN); f.Close() }, nil
		}
		if !errors.Is(err, syscall.EWOULDBLOCK) && !errors.Is(err, syscall.EINTR) {
			f.Close()
			return nil, fmt.Errorf("lock %s: %w", path, err)
		}
		select {
		case <-ctx.Done():
			f.Close()
			return nil, ctx.Err()
		case <-time.After(100 * time.Millisecond):
		}
	}
}
