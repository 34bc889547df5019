package dipgraph

import (
	"slices"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// namespace is the UUID v5 namespace of every dipgraph id.
var namespace = uuid.NewSHA1(uuid.NameSpaceURL, []byte("https://dipgraph/ids"))

// newID derives a deterministic id from the parts that identify a thing, so
// that writing the same thing twice addresses the same node.
func newID(kind string, parts ...string) string {
	n := len(kind)
	for _, p := range parts {
		n += 1 + len(p)
	}
	name := make([]byte, 0, n)
	name = append(name, kind...)
	for _, p := range parts {
		name = append(append(name, 0), p...)
	}
	return uuid.NewSHA1(namespace, name).String()
}

// ActorID is the id of the actor of this kind and canonical name.
func ActorID(kind ActorKind, name string) string {
	return newID("actor", string(kind), strings.ToLower(name))
}

// ArticleID is the id of an article: from its source when it has one, else
// from its text.
func ArticleID(source string, text []byte) string {
	if source != "" {
		return newID("article", "source", source)
	}
	return newID("article", "text", string(text))
}

// ClaimID is the id of a claim a speaker makes in an article's byte span.
// The speaker is part of it because a joint statement ("Germany and France
// said …") is one claim per speaker over the same words.
func ClaimID(articleID, speakerID string, start, end int) string {
	return newID("claim", articleID, speakerID, strconv.Itoa(start), strconv.Itoa(end))
}

// QuoteClaimID is the id of a direct quote: the same words from the same
// speaker are one claim however many articles report them.
func QuoteClaimID(speakerID, quote string) string {
	return newID("quote", speakerID, strings.Join(strings.Fields(strings.ToLower(quote)), " "))
}

// ManualClaimID is the id of a claim a person adds.
func ManualClaimID(speakerID, text string, date Date) string {
	return newID("manual-claim", speakerID, strings.Join(strings.Fields(text), " "), string(date))
}

// EventID is the id of an event of type t on date with these participants
// (in any order) and label. An undated event is told apart by its article.
func EventID(t EventType, date Date, participants []string, label, articleID string) string {
	p := slices.Sorted(slices.Values(participants))
	parts := []string{string(t), string(date), strings.Join(p, ",")}
	if date == "" {
		parts = append(parts, articleID, strings.ToLower(label))
	}
	return newID("event", parts...)
}
