package resolvers

import (
	"context"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/graph/model"
)

// MaxArticleBytes is the largest article text loadArticle accepts.
const MaxArticleBytes = 1 << 20

// actorFromInput validates an ActorInput and returns the actor to create.
// It fails with an EINVALID error naming the field for an empty name or an
// affiliation that names nobody.
func (r *Resolver) actorFromInput(ctx context.Context, in model.ActorInput) (*dipgraph.Actor, error) {
	a := &dipgraph.Actor{
		Name: strings.TrimSpace(in.Name),
		Kind: in.Kind,
		Role: strings.TrimSpace(deref(in.Role)),
	}
	if a.Name == "" {
		return nil, dipgraph.FieldErrorf("input.name", "name must not be empty")
	}
	for i, alias := range in.Aliases {
		alias = strings.TrimSpace(alias)
		if alias == "" {
			return nil, dipgraph.FieldErrorf(indexed("input.aliases", i), "aliases must not be empty")
		}
		a.Aliases = append(a.Aliases, alias)
	}
	if in.Affiliation != nil {
		aff, err := r.resolveActor(ctx, "input.affiliation", *in.Affiliation)
		if err != nil {
			return nil, err
		}
		a.AffiliationID = aff.ID
	}
	return a, nil
}

// eventFromInput validates an EventInput and returns the event to create.
// It fails with an EINVALID error naming the field for an empty label, no
// participants or a participant that names nobody.
func (r *Resolver) eventFromInput(ctx context.Context, in model.EventInput) (*dipgraph.Event, error) {
	e := &dipgraph.Event{
		Type:  in.Type,
		Label: strings.TrimSpace(in.Label),
		Date:  deref(in.Date),
	}
	if e.Label == "" {
		return nil, dipgraph.FieldErrorf("input.label", "label must not be empty")
	}
	if e.Date != "" {
		e.DatePrecision = dipgraph.PrecisionDay
	}
	if len(in.Participants) == 0 {
		return nil, dipgraph.FieldErrorf("input.participants", "an event needs at least one participant")
	}
	ids, err := r.resolveActorIDs(ctx, "input.participants", in.Participants)
	if err != nil {
		return nil, err
	}
	e.ParticipantIDs = ids
	if e.Sources, err = r.manualSources(ctx, in.Source); err != nil {
		return nil, err
	}
	return e, nil
}

// claimFromInput validates a ClaimInput and returns the claim to create. It
// fails with an EINVALID error naming the field for empty text, a quoted
// mode without a quote, or an actor or event reference that names nothing.
func (r *Resolver) claimFromInput(ctx context.Context, in model.ClaimInput) (*dipgraph.Claim, error) {
	c := &dipgraph.Claim{
		Text:       strings.TrimSpace(in.Text),
		Quote:      strings.TrimSpace(deref(in.Quote)),
		Date:       deref(in.Date),
		Confidence: 1,
	}
	if c.Text == "" {
		return nil, dipgraph.FieldErrorf("input.text", "text must not be empty")
	}
	switch {
	case in.Mode != nil:
		c.Mode = *in.Mode
	case c.Quote != "":
		c.Mode = dipgraph.ModeDirect
	default:
		c.Mode = dipgraph.ModeIndirect
	}
	if c.Mode != dipgraph.ModeIndirect && c.Quote == "" {
		return nil, dipgraph.FieldErrorf("input.quote", "a %s claim needs the quoted words", c.Mode)
	}
	speaker, err := r.resolveActor(ctx, "input.speaker", in.Speaker)
	if err != nil {
		return nil, err
	}
	c.SpeakerID = speaker.ID
	if c.AddresseeIDs, err = r.resolveActorIDs(ctx, "input.addressees", in.Addressees); err != nil {
		return nil, err
	}
	if c.AboutIDs, err = r.resolveActorIDs(ctx, "input.about", in.About); err != nil {
		return nil, err
	}
	if in.Event != nil && *in.Event != "" {
		e, err := r.Events.FindEventByID(ctx, *in.Event)
		if dipgraph.ErrorCode(err) == dipgraph.ENOTFOUND {
			return nil, dipgraph.FieldErrorf("input.event", "no event has id %q", *in.Event)
		} else if err != nil {
			return nil, err
		}
		c.EventID = e.ID
		if c.Date == "" {
			c.Date = e.Date
		}
	}
	if c.Sources, err = r.manualSources(ctx, in.Source); err != nil {
		return nil, err
	}
	return c, nil
}

// manualSources returns the sources of a hand-added claim or event: the
// article whose id source gives, or none when source is unset. It fails with
// an EINVALID error naming input.source when no article has that id.
func (r *Resolver) manualSources(ctx context.Context, source *string) ([]dipgraph.Source, error) {
	if source == nil || *source == "" {
		return nil, nil
	}
	a, err := r.Articles.FindArticleByID(ctx, *source)
	if dipgraph.ErrorCode(err) == dipgraph.ENOTFOUND {
		return nil, dipgraph.FieldErrorf("input.source", "no article has id %q", *source)
	} else if err != nil {
		return nil, err
	}
	return []dipgraph.Source{{ArticleID: a.ID}}, nil
}
