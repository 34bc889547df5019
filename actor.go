package dipgraph

import (
	"context"
	"time"
)

// ActorKind says what sort of actor an Actor is.
type ActorKind string

// The kinds of actor.
const (
	KindPerson       ActorKind = "PERSON"
	KindState        ActorKind = "STATE"
	KindOrganization ActorKind = "ORGANIZATION"
	KindGroup        ActorKind = "GROUP"
)

// Valid reports whether k is one of the defined kinds.
func (k ActorKind) Valid() bool {
	switch k {
	case KindPerson, KindState, KindOrganization, KindGroup:
		return true
	}
	return false
}

// Origin says whether a node came from the loader or from a person.
type Origin string

// The origins of graph data.
const (
	OriginExtracted Origin = "EXTRACTED"
	OriginManual    Origin = "MANUAL"
)

// Provenance records who added a node and when; for extracted data AddedBy is
// empty and AddedAt is the load time of the first article that produced it.
type Provenance struct {
	Origin  Origin
	AddedBy string
	AddedAt time.Time
}

// Actor is a person, state, organisation or group that speaks, is spoken to,
// or takes part in events. There is one Actor per real actor across all
// articles; Aliases holds every surface form seen for it.
type Actor struct {
	ID            string
	Name          string
	Kind          ActorKind
	Aliases       []string
	Role          string
	AffiliationID string // id of the actor this one belongs to, e.g. a minister's state
	Provenance
}

// ActorFilter selects actors. Zero fields do not constrain.
type ActorFilter struct {
	IDs    []string  // exact ids
	Search string    // case-insensitive substring of the name or an alias
	Kind   ActorKind // only actors of this kind
	Offset int
	Limit  int // 0 means the store's default page size
}

// Interlocutor is an actor that another actor talks to or hears from, with
// the number of claims each way and the date of the latest exchange.
type Interlocutor struct {
	Actor     *Actor
	SaidTo    int  // claims the subject addressed to this actor
	HeardFrom int  // claims this actor addressed to the subject
	Last      Date // date of the latest of those claims, "" when none is dated
}

// ActorService reads and writes actors.
type ActorService interface {
	// FindActorByID returns the actor with id, or an ENOTFOUND error.
	FindActorByID(ctx context.Context, id string) (*Actor, error)
	// ResolveActor returns the actor that ref names: an id, the canonical
	// name or any alias, compared case-insensitively. It returns ENOTFOUND
	// when nothing matches.
	ResolveActor(ctx context.Context, ref string) (*Actor, error)
	// FindActors returns one page of the actors that match filter, ordered
	// by name, and the total number of matches. It returns EINVALID for a
	// bad kind or paging.
	FindActors(ctx context.Context, filter ActorFilter) ([]*Actor, int, error)
	// CreateActor stores a new actor, filling in its ID and provenance. It
	// returns EINVALID for a missing name or bad kind and ECONFLICT when an
	// actor with that name or alias already exists.
	CreateActor(ctx context.Context, a *Actor) error
	// AddAlias adds alias to the actor that ref names and returns it. It
	// returns ENOTFOUND when ref names nobody, EINVALID for an empty alias
	// and ECONFLICT when the alias already names another actor.
	AddAlias(ctx context.Context, ref, alias string) (*Actor, error)
	// MergeActors folds the actors named by others into the one named by
	// survivor: every relationship moves to the survivor, its aliases grow by
	// the others' names and aliases, and the others are removed. Later loads
	// that produce a merged actor's id write to the survivor. It returns
	// ENOTFOUND for a reference that names nobody and EINVALID when others
	// is empty or names the survivor.
	MergeActors(ctx context.Context, survivor string, others []string) (*Actor, error)
	// FindInterlocutors lists who the actor with id talks to and hears from,
	// counting claims dated within [from, to] ("" leaves a side open). It
	// returns ENOTFOUND for an unknown actor and EINVALID for a bad range.
	FindInterlocutors(ctx context.Context, id string, from, to Date) ([]*Interlocutor, error)
}
