package server_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/examples"
	"github.com/dipgraph/dipgraph/internal/neo4jtest"
	"github.com/dipgraph/dipgraph/server"
)

// get fetches path from srv and returns the status and body.
func get(t *testing.T, srv *httptest.Server, path string) (int, string) {
	t.Helper()
	res, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	return res.StatusCode, string(b)
}

func newServer(t *testing.T, cfg server.Config) *httptest.Server {
	t.Helper()
	if cfg.Logger == nil {
		cfg.Logger = slog.New(slog.DiscardHandler)
	}
	srv := httptest.NewServer(server.Handler(cfg))
	t.Cleanup(srv.Close)
	return srv
}

func TestExplorer(t *testing.T) {
	srv := newServer(t, server.Config{})
	status, page := get(t, srv, "/")
	if status != http.StatusOK || !strings.Contains(page, "<textarea id=\"query\"") || !strings.Contains(page, "<textarea id=\"variables\"") {
		t.Fatalf("GET / = %d, want the explorer page with query and variables editors", status)
	}
	external := regexp.MustCompile(`(?i)(https?:)?//[a-z0-9.-]+\.[a-z]{2,}`)
	for _, want := range []string{`id="key"`, `id="run"`, `id="examples"`, `id="docs"`, `/explorer/explorer.js`, `/explorer/explorer.css`} {
		if !strings.Contains(page, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if m := external.FindString(page); m != "" {
		t.Errorf("page refers to %s, want no external URL", m)
	}
	for _, asset := range []struct{ path, want string }{
		{"/explorer/explorer.js", "__schema"},
		{"/explorer/explorer.css", "textarea"},
		{"/explorer/favicon.svg", "<svg"},
		{"/explorer/examples.json", `"title":"Who said what to whom"`},
	} {
		t.Run(asset.path, func(t *testing.T) {
			status, body := get(t, srv, asset.path)
			if status != http.StatusOK || !strings.Contains(body, asset.want) {
				t.Errorf("GET %s = %d, want 200 with %q", asset.path, status, asset.want)
			}
			// An SVG's namespace is a name, never fetched.
			body = strings.ReplaceAll(body, `xmlns="http://www.w3.org/2000/svg"`, "")
			if m := external.FindString(body); m != "" {
				t.Errorf("%s refers to %s, want no external URL", asset.path, m)
			}
		})
	}
	t.Run("examples", func(t *testing.T) {
		_, body := get(t, srv, "/explorer/examples.json")
		var list []struct{ Name, Title, Query string }
		if err := json.Unmarshal([]byte(body), &list); err != nil {
			t.Fatalf("decode %s: %v", body, err)
		}
		want, err := examples.All()
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(want) {
			t.Fatalf("got %d examples, want the %d of package examples", len(list), len(want))
		}
		for i, ex := range list {
			if ex.Name != want[i].Name || ex.Title != want[i].Title || ex.Query != want[i].Query {
				t.Errorf("got example %d %q %q, want %q %q", i, ex.Name, ex.Title, want[i].Name, want[i].Title)
			}
		}
	})
	if status, _ := get(t, srv, "/nope"); status != http.StatusNotFound {
		t.Errorf("GET /nope = %d, want 404", status)
	}
}

func TestHealth(t *testing.T) {
	db, _ := neo4jtest.Store(t)

	tests := []struct {
		name       string
		ping       func(context.Context) error
		path       string
		wantStatus int
	}{
		{"healthz", nil, "/healthz", http.StatusOK},
		{"healthz with the database down", func(context.Context) error { return errors.New("down") }, "/healthz", http.StatusOK},
		{"readyz with Neo4j up", db.Ping, "/readyz", http.StatusOK},
		{"readyz with the database down", func(context.Context) error { return errors.New("connection refused") }, "/readyz", http.StatusServiceUnavailable},
		{"readyz with a slow database", func(ctx context.Context) error { <-ctx.Done(); return ctx.Err() }, "/readyz", http.StatusServiceUnavailable},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			srv := newServer(t, server.Config{Ping: tt.ping, ReadyTimeout: 200 * time.Millisecond})
			status, body := get(t, srv, tt.path)
			if status != tt.wantStatus {
				t.Errorf("GET %s = %d %q, want %d", tt.path, status, body, tt.wantStatus)
			}
			if tt.path == "/healthz" && body != "ok" {
				t.Errorf("GET /healthz body %q, want ok", body)
			}
		})
	}
}

func TestBodyLimit(t *testing.T) {
	echo := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := io.ReadAll(r.Body); err != nil {
			var tooBig *http.MaxBytesError
			if errors.As(err, &tooBig) {
				http.Error(w, "too large", http.StatusRequestEntityTooLarge)
				return
			}
			http.Error(w, err.Error(), http.StatusBadRequest)
		}
	})
	srv := newServer(t, server.Config{GraphQL: echo, MaxBodyBytes: 1 << 10})
	tests := []struct {
		name    string
		size    int
		chunked bool
		want    int
	}{
		{"within the limit", 1 << 10, false, http.StatusOK},
		{"declared too large", 1<<10 + 1, false, http.StatusRequestEntityTooLarge},
		{"streamed too large", 4 << 10, true, http.StatusRequestEntityTooLarge},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var body io.Reader = bytes.NewReader(make([]byte, tt.size))
			if tt.chunked {
				body = io.MultiReader(body) // hides the length: sent chunked
			}
			res, err := http.Post(srv.URL+"/graphql", "application/json", body)
			if err != nil {
				t.Fatal(err)
			}
			res.Body.Close()
			if res.StatusCode != tt.want {
				t.Errorf("POST %d bytes = %d, want %d", tt.size, res.StatusCode, tt.want)
			}
		})
	}
	t.Run("default is 1 MiB and more", func(t *testing.T) {
		if server.DefaultMaxBodyBytes < 1<<20 {
			t.Errorf("got DefaultMaxBodyBytes %d, want at least 1 MiB for loadArticle", server.DefaultMaxBodyBytes)
		}
	})
}

func TestKeys_Authenticate(t *testing.T) {
	tests := []struct {
		name, editors, readers, auth string
		role                         dipgraph.Role
		userPrefix                   string
	}{
		{"editor key", "e1, e2", "", "Bearer e2", dipgraph.RoleEditor, "editor:"},
		{"bearer in any case", "e1", "", "bearer e1", dipgraph.RoleEditor, "editor:"},
		{"reader key", "e1", "r1", "Bearer r1", dipgraph.RoleReader, "reader:"},
		{"no key, no reader keys", "e1", "", "", dipgraph.RoleAnonymous, ""},
		{"no key, reader keys set", "e1", "r1", "", dipgraph.RoleNone, ""},
		{"wrong key", "e1", "", "Bearer e11", dipgraph.RoleNone, ""},
		{"prefix of a key", "secret", "", "Bearer secre", dipgraph.RoleNone, ""},
		{"no editor keys at all", "", "", "Bearer anything", dipgraph.RoleNone, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx := server.ParseKeys(tt.editors, tt.readers).Authenticate(context.Background(), tt.auth)
			if got := dipgraph.RoleFromContext(ctx); got != tt.role {
				t.Errorf("got role %q, want %q", got, tt.role)
			}
			user := dipgraph.UserFromContext(ctx)
			if !strings.HasPrefix(user, tt.userPrefix) || (tt.userPrefix != "" && len(user) != len(tt.userPrefix)+6) {
				t.Errorf("got user %q, want %q and 6 hex digits", user, tt.userPrefix)
			}
			if key := strings.TrimPrefix(tt.auth, "Bearer "); key != "" && strings.Contains(user, key) {
				t.Errorf("user %q contains the key", user)
			}
		})
	}
}

func TestRequestLog(t *testing.T) {
	var buf bytes.Buffer
	var role dipgraph.Role
	gql := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		role = dipgraph.RoleFromContext(r.Context())
		w.WriteHeader(http.StatusTeapot)
	})
	srv := newServer(t, server.Config{GraphQL: gql, Keys: server.ParseKeys("top-secret-key", ""), Logger: slog.New(slog.NewJSONHandler(&buf, nil))})
	req, _ := http.NewRequest(http.MethodPost, srv.URL+"/graphql", strings.NewReader("{}"))
	req.Header.Set("Authorization", "Bearer top-secret-key")
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if role != dipgraph.RoleEditor {
		t.Errorf("got role %q in the handler, want editor", role)
	}
	line := buf.String()
	for _, want := range []string{`"method":"POST"`, `"path":"/graphql"`, `"status":418`, `"duration"`} {
		if !strings.Contains(line, want) {
			t.Errorf("log %s lacks %s", line, want)
		}
	}
	if strings.Contains(line, "top-secret-key") || strings.Contains(strings.ToLower(line), "authorization") {
		t.Errorf("log %s shows the key or the Authorization header", line)
	}
}

func TestServe_GracefulShutdown(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	srv := server.New(server.Config{Logger: slog.New(slog.DiscardHandler)})
	done := make(chan error, 1)
	go func() { done <- server.Serve(ctx, srv, ln) }()
	res, err := http.Get("http://" + ln.Addr().String() + "/healthz")
	if err != nil {
		t.Fatalf("GET /healthz: %v", err)
	}
	res.Body.Close()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve returned %v after cancel, want nil", err)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("Serve did not return after cancel")
	}
}
