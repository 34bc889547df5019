package resolvers

import (
	"context"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/ast"

	"github.com/dipgraph/dipgraph/graph"
)

// DefaultKeepAlive is the WebSocket keep-alive interval where HandlerConfig
// leaves it unset.
const DefaultKeepAlive = 10 * time.Second

// HandlerConfig configures the GraphQL handler. Zero limits take the
// package defaults.
type HandlerConfig struct {
	// Resolver holds the services the API reads and writes.
	Resolver *Resolver

	// MaxDepth is the deepest selection nesting accepted.
	MaxDepth int
	// MaxComplexity is the highest query cost accepted, where a list costs
	// its page size times what it selects.
	MaxComplexity int
	// KeepAlive is the interval of WebSocket keep-alive messages.
	KeepAlive time.Duration

	// Authenticate, when set, reads the Authorization value that a
	// WebSocket client sends in its connection_init payload (browsers
	// cannot set headers on a WebSocket) and returns ctx carrying the
	// caller's role and name. Without it, and for plain HTTP, the role is
	// whatever the HTTP middleware put in the request context.
	Authenticate func(ctx context.Context, authorization string) context.Context
}

// NewHandler returns the GraphQL endpoint: queries over POST and GET,
// subscriptions over WebSocket, with the error presenter, panic recovery,
// per-response data loaders, authorization by role, and the depth,
// complexity and page-size limits. It panics when cfg.Resolver is nil.
func NewHandler(cfg HandlerConfig) http.Handler {
	if cfg.Resolver == nil {
		panic("resolvers: NewHandler needs a Resolver")
	}
	if cfg.MaxDepth <= 0 {
		cfg.MaxDepth = DefaultMaxDepth
	}
	if cfg.MaxComplexity <= 0 {
		cfg.MaxComplexity = DefaultMaxComplexity
	}
	if cfg.KeepAlive <= 0 {
		cfg.KeepAlive = DefaultKeepAlive
	}
	r := cfg.Resolver

	gc := graph.Config{Resolvers: r}
	setComplexity(&gc.Complexity)
	srv := handler.New(graph.NewExecutableSchema(gc))

	srv.AddTransport(transport.Websocket{
		KeepAlivePingInterval: cfg.KeepAlive,
		InitFunc: func(ctx context.Context, p transport.InitPayload) (context.Context, *transport.InitPayload, error) {
			if auth := p.Authorization(); auth != "" && cfg.Authenticate != nil {
				ctx = cfg.Authenticate(ctx, auth)
			}
			return ctx, &p, nil
		},
	})
	srv.AddTransport(transport.Options{})
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})

	srv.SetQueryCache(lru.New[*ast.QueryDocument](1000))
	srv.Use(extension.Introspection{})
	srv.Use(&queryLimits{maxDepth: cfg.MaxDepth, maxComplexity: cfg.MaxComplexity})

	srv.SetErrorPresenter(presentError)
	srv.SetRecoverFunc(recoverPanic)
	srv.AroundOperations(authorize)
	srv.AroundResponses(func(ctx context.Context, next graphql.ResponseHandler) *graphql.Response {
		return next(r.withLoaders(ctx))
	})
	return srv
}
