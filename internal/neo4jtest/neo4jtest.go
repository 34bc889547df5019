package neo4jtest

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/dipgraph/dipgraph/bundled"
	"github.com/dipgraph/dipgraph/neo4jstore"
)

// startTimeout bounds the first start of the bundled server, Maven included.
const startTimeout = 8 * time.Minute

// server is the Neo4j this test process uses and the file that serializes
// access to it.
type server struct {
	conn     bundled.Conn
	lockPath string
}

var (
	once    sync.Once
	srv     server
	srvErr  error
	dbMutex = newDBLock()
)

// Conn returns how to reach the Neo4j that tests use: NEO4J_URI (with
// NEO4J_USER, default "neo4j", and NEO4J_PASSWORD) when set, else the bundled
// server, which it starts once per test process if it is not running. When no
// Neo4j can be had it fails the test with t.Fatalf, saying why (Java or Maven
// missing, the port taken, the server not coming up, ...); later calls in the
// same process fail the same way without trying again.
func Conn(t testing.TB) bundled.Conn {
	t.Helper()
	once.Do(func() { srv, srvErr = setup() })
	if srvErr != nil {
		t.Fatalf("neo4jtest: no Neo4j for this test: %v", srvErr)
	}
	return srv.conn
}

// setup finds the server Conn describes, starting the bundled one when
// NEO4J_URI is unset, and the lock file that guards it.
func setup() (server, error) {
	if uri := os.Getenv("NEO4J_URI"); uri != "" {
		user := os.Getenv("NEO4J_USER")
		if user == "" {
			user = "neo4j"
		}
		sum := sha256.Sum256([]byte(uri))
		return server{
			conn:     bundled.Conn{URI: uri, User: user, Password: os.Getenv("NEO4J_PASSWORD")},
			lockPath: filepath.Join(os.TempDir(), "dipgraph-neo4jtest-"+hex.EncodeToString(sum[:6])+".lock"),
		}, nil
	}
	cfg, err := bundled.ConfigFromEnv()
	if err != nil {
		return server{}, fmt.Errorf("NEO4J_URI is not set and the bundled server cannot be located: %w", err)
	}
	cfg.Stdout = os.Stderr
	ctx, cancel := context.WithTimeout(context.Background(), startTimeout)
	defer cancel()
	conn, err := bundled.Start(ctx, cfg)
	if err != nil {
		return server{}, fmt.Errorf("NEO4J_URI is not set and the bundled server did not start: %w", err)
	}
	return server{conn: conn, lockPath: filepath.Join(cfg.Root, ".data", "neo4jtest.lock")}, nil
}

// Driver returns a driver to the server of Conn whose connectivity and
// credentials are verified and whose database has been emptied of nodes and
// relationships (constraints and indexes stay). It first takes the exclusive
// test lock, so the test owns the database until it ends; the lock is
// released and the driver closed by t.Cleanup. The test and its subtests may
// call Driver again: each call empties the database once more. It fails the
// test with t.Fatalf when Conn does, when the lock cannot be taken, or when
// the server refuses the connection, the credentials or the deletion.
func Driver(t testing.TB) neo4j.DriverWithContext {
	t.Helper()
	conn := Conn(t)
	dbMutex.acquire(t, srv.lockPath)

	drv, err := neo4j.NewDriverWithContext(conn.URI, neo4j.BasicAuth(conn.User, conn.Password, ""))
	if err != nil {
		t.Fatalf("neo4jtest: driver for %s: %v", conn.URI, err)
	}
	t.Cleanup(func() { drv.Close(context.Background()) })

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := drv.VerifyConnectivity(ctx); err != nil {
		t.Fatalf("neo4jtest: cannot connect to %s as %s: %v", conn.URI, conn.User, err)
	}
	if err := empty(ctx, drv); err != nil {
		t.Fatalf("neo4jtest: emptying the database at %s: %v", conn.URI, err)
	}
	return drv
}

// Store empties the database like Driver and opens a neo4jstore.DB on it,
// returning the store and the driver (for assertions the store does not
// answer); both close when t ends. It fails the test as Driver does, or when
// the store cannot be opened (its schema set up).
func Store(t testing.TB) (*neo4jstore.DB, neo4j.DriverWithContext) {
	t.Helper()
	drv := Driver(t)
	conn := Conn(t)
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	db, err := neo4jstore.Open(ctx, neo4jstore.Config{URI: conn.URI, User: conn.User, Password: conn.Password})
	if err != nil {
		t.Fatalf("neo4jtest: neo4jstore.Open: %v", err)
	}
	t.Cleanup(func() { db.Close(context.Background()) })
	return db, drv
}

// empty deletes every node and relationship in batches, each its own
// transaction, so that a big graph does not need one huge transaction.
func empty(ctx context.Context, drv neo4j.DriverWithContext) error {
	s := drv.NewSession(ctx, neo4j.SessionConfig{AccessMode: neo4j.AccessModeWrite})
	defer s.Close(ctx)
	res, err := s.Run(ctx, "MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS", nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// dbLock is the process's share of the cross-process test lock: one flock
// taken when the first holder arrives and released when the last leaves.
// Holders are a test and its subtests; other tests wait their turn.
type dbLock struct {
	mu    sync.Mutex
	cond  *sync.Cond
	owner string // name of the test that took the lock
	count int
	file  *os.File
}

// newDBLock returns an unheld dbLock.
func newDBLock() *dbLock {
	l := &dbLock{}
	l.cond = sync.NewCond(&l.mu)
	return l
}

// within reports whether test name is owner or one of its subtests.
func within(name, owner string) bool {
	return name == owner || strings.HasPrefix(name, owner+"/")
}

// acquire makes t a holder of the lock, waiting while a test other than t
// and its parents holds it, and taking the flock on path for the first
// holder; t.Cleanup releases it. It fails the test when the flock fails.
func (l *dbLock) acquire(t testing.TB, path string) {
	t.Helper()
	name := t.Name()
	l.mu.Lock()
	for l.count > 0 && !within(name, l.owner) {
		l.cond.Wait()
	}
	if l.count == 0 {
		f, err := flock(t, path)
		if err != nil {
			l.mu.Unlock()
			t.Fatalf("neo4jtest: taking the test lock %s: %v", path, err)
		}
		l.file, l.owner = f, name
	}
	l.count++
	l.mu.Unlock()
	t.Cleanup(l.release)
}

// release ends one holder's share; the last one out unlocks the file and
// lets the waiting tests in.
func (l *dbLock) release() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.count--
	if l.count > 0 {
		return
	}
	_ = syscall.Flock(int(l.file.Fd()), syscall.LOCK_UN)
	l.file.Close()
	l.file, l.owner = nil, ""
	l.cond.Broadcast()
}

// flock opens path and takes an exclusive flock on it, blocking (and saying
// so in the test log) while another process holds it; it then records this
// process's pid in the file for the next waiter's message.
func flock(t testing.TB, path string) (*os.File, error) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return nil, err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_RDWR, 0o644)
	if err != nil {
		return nil, err
	}
	err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		holder, _ := os.ReadFile(path)
		t.Logf("neo4jtest: waiting for the Neo4j test lock held by pid %s (another package's tests)", strings.TrimSpace(string(holder)))
		for {
			err = syscall.Flock(int(f.Fd()), syscall.LOCK_EX)
			if !errors.Is(err, syscall.EINTR) {
				break
			}
		}
	}
	if err != nil {
		f.Close()
		return nil, err
	}
	_ = f.Truncate(0)
	_, _ = f.WriteAt([]byte(strconv.Itoa(os.Getpid())+"\n"), 0)
	return f, nil
}
