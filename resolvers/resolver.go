package resolvers

import (
	"time"

	"github.com/dipgraph/dipgraph"
)

// Resolver is the root of the GraphQL resolvers. It holds the domain
// services; per-response state (data loaders, the caller) travels in the
// context.
type Resolver struct {
	Actors    dipgraph.ActorService
	Claims    dipgraph.ClaimService
	Events    dipgraph.EventService
	Articles  dipgraph.ArticleService
	Timelines dipgraph.TimelineService
	Loader    ArticleLoader

	// PollInterval is how often subscriptions ask the store for new claims
	// and events; DefaultPollInterval when zero.
	PollInterval time.Duration
	// LoaderWait is how long a data loader gathers keys into one batch;
	// DefaultLoaderWait when zero. Tests that count round trips raise it so
	// that a busy machine cannot split a batch.
	LoaderWait time.Duration
}
