package resolvers

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/dipgraph/dipgraph"
)

// DefaultLoaderWait is how long a loader gathers keys before it fetches
// them: long enough for the sibling fields of a list to join one batch.
const DefaultLoaderWait = 5 * time.Millisecond

// loaders batch and cache the lookups by id that nested fields make, so that
// a page of claims with speakers, addressees and events costs one store
// query per kind rather than one per field. They are made afresh for every
// response (see withLoaders): their cache never outlives one.
type loaders struct {
	actor   *dataloadgen.Loader[string, *dipgraph.Actor]
	event   *dataloadgen.Loader[string, *dipgraph.Event]
	article *dataloadgen.Loader[string, *dipgraph.Article]
}

type loadersKey struct{}

// newLoaders returns loaders over r's services.
func (r *Resolver) newLoaders() *loaders {
	wait := r.LoaderWait
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	opts := []dataloadgen.Option{dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(maxListSize)}
	return &loaders{
		actor: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*dipgraph.Actor, []error) {
			actors, _, err := r.Actors.FindActors(ctx, dipgraph.ActorFilter{IDs: ids, Limit: len(ids)})
			return inKeyOrder(ids, actors, err, func(a *dipgraph.Actor) string { return a.ID }, "actor")
		}, opts...),
		event: dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*dipgraph.Event, []error) {
			events, _, err := r.Events.FindEvents(ctx, dipgraph.EventFilter{IDs: ids, Limit: len(ids)})
			return inKeyOrder(ids, events, err, func(e *dipgraph.Event) string { return e.ID }, "event")
		}, opts...),
		article: dataloadgen.NewLoader(r.fetchArticles, opts...),
	}
}

// fetchArticles is the article loader's fetch: one batch lookup.
func (r *Resolver) fetchArticles(ctx context.Context, ids []string) ([]*dipgraph.Article, []error) {
	articles, err := r.Articles.FindArticles(ctx, ids)
	return inKeyOrder(ids, articles, err, func(a *dipgraph.Article) string { return a.ID }, "article")
}

// inKeyOrder lines up found items with the keys asked for; a key with no
// item gets an ENOTFOUND error, and a failed fetch fails every key.
func inKeyOrder[T any](keys []string, items []T, err error, id func(T) string, kind string) ([]T, []error) {
	out, errs := make([]T, len(keys)), make([]error, len(keys))
	if err != nil {
		for i := range errs {
			errs[i] = err
		}
		return out, errs
	}
	byID := make(map[string]T, len(items))
	for _, it := range items {
		byID[id(it)] = it
	}
	for i, k := range keys {
		it, ok := byID[k]
		if !ok {
			errs[i] = dipgraph.Errorf(dipgraph.ENOTFOUND, "no %s has id %s", kind, k)
		}
		out[i] = it
	}
	return out, errs
}

// withLoaders returns ctx carrying fresh loaders.
func (r *Resolver) withLoaders(ctx context.Context) context.Context {
	return context.WithValue(ctx, loadersKey{}, r.newLoaders())
}

// loadersFor returns the loaders that ctx carries, or fresh ones for a
// context that carries none (a resolver called outside NewHandler's server).
func (r *Resolver) loadersFor(ctx context.Context) *loaders {
	if l, ok := ctx.Value(loadersKey{}).(*loaders); ok {
		return l
	}
	return r.newLoaders()
}

// actor returns the actor with id through the per-response loader.
func (r *Resolver) actor(ctx context.Context, id string) (*dipgraph.Actor, error) {
	return r.loadersFor(ctx).actor.Load(ctx, id)
}

// actorList returns the actors with ids, in order, through the loader.
func (r *Resolver) actorList(ctx context.Context, ids []string) ([]*dipgraph.Actor, error) {
	if len(ids) == 0 {
		return []*dipgraph.Actor{}, nil
	}
	return r.loadersFor(ctx).actor.LoadAll(ctx, ids)
}

// event returns the event with id through the per-response loader.
func (r *Resolver) event(ctx context.Context, id string) (*dipgraph.Event, error) {
	return r.loadersFor(ctx).event.Load(ctx, id)
}

// article returns the article with id through the per-response loader.
func (r *Resolver) article(ctx context.Context, id string) (*dipgraph.Article, error) {
	return r.loadersFor(ctx).article.Load(ctx, id)
}
