package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"time"
)

// Defaults for the zero fields of Config.
const (
	DefaultAddr           = ":8080"
	DefaultMaxBodyBytes   = 1<<20 + 64<<10 // a 1 MiB article plus its JSON envelope
	DefaultRequestTimeout = 60 * time.Second
	DefaultReadTimeout    = 30 * time.Second
	DefaultWriteTimeout   = 90 * time.Second
	DefaultReadyTimeout   = 2 * time.Second
	DefaultShutdownGrace  = 10 * time.Second
)

// Config configures the HTTP server.
type Config struct {
	Addr string // host:port to listen on, DefaultAddr when empty

	// GraphQL serves /graphql: POST and GET queries and WebSocket
	// subscriptions. It finds the caller's role in the request context.
	GraphQL http.Handler
	// Ping checks the database for /readyz; nil means always ready.
	Ping func(ctx context.Context) error
	// Keys are the accepted API keys.
	Keys Keys
	// Logger receives the request log; slog.Default() when nil.
	Logger *slog.Logger

	MaxBodyBytes   int64         // largest request body accepted
	RequestTimeout time.Duration // deadline of each request's context, WebSockets excepted
	ReadTimeout    time.Duration // of the http.Server
	WriteTimeout   time.Duration // of the http.Server
	ReadyTimeout   time.Duration // of the Ping behind /readyz
}

func (c Config) withDefaults() Config {
	if c.Addr == "" {
		c.Addr = DefaultAddr
	}
	if c.Logger == nil {
		c.Logger = slog.Default()
	}
	if c.MaxBodyBytes <= 0 {
		c.MaxBodyBytes = DefaultMaxBodyBytes
	}
	if c.RequestTimeout <= 0 {
		c.RequestTimeout = DefaultRequestTimeout
	}
	if c.ReadTimeout <= 0 {
		c.ReadTimeout = DefaultReadTimeout
	}
	if c.WriteTimeout <= 0 {
		c.WriteTimeout = DefaultWriteTimeout
	}
	if c.ReadyTimeout <= 0 {
		c.ReadyTimeout = DefaultReadyTimeout
	}
	return c
}

// New returns the HTTP server for cfg, not yet listening.
func New(cfg Config) *http.Server {
	cfg = cfg.withDefaults()
	return &http.Server{
		Addr:              cfg.Addr,
		Handler:           Handler(cfg),
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       cfg.ReadTimeout,
		WriteTimeout:      cfg.WriteTimeout,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(cfg.Logger.Handler(), slog.LevelWarn),
	}
}

// Handler returns the routes of cfg wrapped in the middleware: request log,
// body limit, timeout and authentication.
func Handler(cfg Config) http.Handler {
	cfg = cfg.withDefaults()
	mux := http.NewServeMux()
	if cfg.GraphQL != nil {
		mux.Handle("/graphql", cfg.GraphQL)
	}
	mux.Handle("GET /{$}", explorerPage())
	mux.Handle("GET /explorer/", explorerAssets())
	mux.Handle("GET /explorer/examples.json", explorerExamples())
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = w.Write([]byte("ok"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		ready(w, r, cfg)
	})
	var h http.Handler = mux
	h = authenticate(h, cfg.Keys)
	h = timeout(h, cfg.RequestTimeout)
	h = limitBody(h, cfg.MaxBodyBytes)
	h = logRequests(h, cfg.Logger)
	return h
}

// ready answers 200 when cfg.Ping succeeds within cfg.ReadyTimeout and 503
// otherwise; the reason is logged, not shown.
func ready(w http.ResponseWriter, r *http.Request, cfg Config) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	if cfg.Ping != nil {
		ctx, cancel := context.WithTimeout(r.Context(), cfg.ReadyTimeout)
		defer cancel()
		if err := cfg.Ping(ctx); err != nil {
			cfg.Logger.WarnContext(ctx, "not ready: database does not answer", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_, _ = w.Write([]byte("database unavailable"))
			return
		}
	}
	_, _ = w.Write([]byte("ready"))
}

// Serve serves srv on ln until ctx ends, then shuts it down gracefully,
// giving open requests up to DefaultShutdownGrace. It returns the error
// that stopped the server, nil after a clean shutdown.
func Serve(ctx context.Context, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), DefaultShutdownGrace)
	defer cancel()
	err := srv.Shutdown(sctx)
	if serr := <-errc; serr != nil && !errors.Is(serr, http.ErrServerClosed) {
		return serr
	}
	return err
}
