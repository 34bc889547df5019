package dipgraph

import (
	"context"
	"time"
)

// ClaimMode says how a claim was reported.
type ClaimMode string

// The modes of a claim.
const (
	ModeDirect   ClaimMode = "DIRECT"   // quoted and attributed
	ModePartial  ClaimMode = "PARTIAL"  // a few quoted words inside reported speech
	ModeIndirect ClaimMode = "INDIRECT" // reported speech without quotation marks
)

// Valid reports whether m is one of the defined modes.
func (m ClaimMode) Valid() bool {
	return m == ModeDirect || m == ModePartial || m == ModeIndirect
}

// Claim is one attributed statement: who said what, to whom, about whom, at
// which event, and every article that reports it.
type Claim struct {
	ID           string
	SpeakerID    string
	AddresseeIDs []string
	AboutIDs     []string
	Mode         ClaimMode
	Verb         string  // the reporting verb, e.g. "said", "warned"
	Quote        string  // the quoted words, for DIRECT and PARTIAL claims
	Text         string  // the claim's content
	EventID      string  // the event it was made at, or ""
	Date         Date    // when it was made, or ""
	Confidence   float64 // 0..1, how sure the extractor is of the attribution
	Sources      []Source
	Provenance
}

// Source locates a claim or event in one article.
type Source struct {
	ArticleID string
	Sentence  string // the sentence the claim or event was read from
	Start     int    // byte offset of the span in the article text
	End       int    // end of the span, exclusive
}

// ClaimFilter selects claims. Actor fields take an id, the canonical name or
// any alias. Zero fields do not constrain; all set fields must hold.
type ClaimFilter struct {
	IDs       []string
	Speaker   string
	Addressee string
	About     string
	Mode      ClaimMode
	EventType EventType
	EventID   string
	ArticleID string
	From      Date   // inclusive
	To        Date   // inclusive
	Text      string // case-insensitive substring of the text or quote
	// AddedAfter keeps only claims whose AddedAt is strictly later, so that
	// subscriptions can poll for new claims without keeping state.
	AddedAfter time.Time
	Offset     int
	Limit      int // 0 means the store's default page size
}

// ClaimService reads and writes claims.
type ClaimService interface {
	// FindClaimByID returns the claim with id, or an ENOTFOUND error.
	FindClaimByID(ctx context.Context, id string) (*Claim, error)
	// FindClaims returns one page of the claims that match filter, newest
	// first and then by position in their article, and the total number of
	// matches. An actor reference that names nobody matches no claims. It
	// returns EINVALID for a bad mode, event type, date, range or paging.
	FindClaims(ctx context.Context, filter ClaimFilter) ([]*Claim, int, error)
	// SearchClaims returns up to limit claims whose quote or text match the
	// words of query, best first. It returns EINVALID for a query without
	// words.
	SearchClaims(ctx context.Context, query string, limit int) ([]*Claim, error)
	// CreateClaim stores a claim added by a person, filling in its ID and
	// provenance. Speaker, addressees and subjects are ids, names or aliases
	// of existing actors. It returns EINVALID naming the field when the
	// claim is incomplete or a reference names nothing, and ECONFLICT when
	// the same claim exists.
	CreateClaim(ctx context.Context, c *Claim) error
}
