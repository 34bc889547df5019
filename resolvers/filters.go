package resolvers

import (
	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/graph/model"
)

// claimFilter converts a GraphQL claim filter, which may be nil, to the
// domain's. Dates and enums were checked when the input was read.
func claimFilter(in *model.ClaimFilter) dipgraph.ClaimFilter {
	var f dipgraph.ClaimFilter
	if in == nil {
		return f
	}
	f.Speaker = deref(in.Speaker)
	f.Addressee = deref(in.Addressee)
	f.About = deref(in.About)
	f.Mode = deref(in.Mode)
	f.EventType = deref(in.EventType)
	f.From = deref(in.From)
	f.To = deref(in.To)
	f.Text = deref(in.Text)
	f.EventID = deref(in.Event)
	f.ArticleID = deref(in.Article)
	return f
}

// eventFilter converts a GraphQL event filter, which may be nil, to the
// domain's; type and types together select events of any of them.
func eventFilter(in *model.EventFilter) dipgraph.EventFilter {
	var f dipgraph.EventFilter
	if in == nil {
		return f
	}
	f.Participant = deref(in.Participant)
	f.Types = append(f.Types, in.Types...)
	if in.Type != nil {
		f.Types = append(f.Types, *in.Type)
	}
	f.From = deref(in.From)
	f.To = deref(in.To)
	f.ArticleID = deref(in.Article)
	return f
}

// claims returns f limited to the page w asks for; events and actors
// likewise.
func (w pageWindow) claims(f dipgraph.ClaimFilter) dipgraph.ClaimFilter {
	f.Offset, f.Limit = w.offset, w.storeLimit()
	return f
}

func (w pageWindow) events(f dipgraph.EventFilter) dipgraph.EventFilter {
	f.Offset, f.Limit = w.offset, w.storeLimit()
	return f
}

func (w pageWindow) actors(f dipgraph.ActorFilter) dipgraph.ActorFilter {
	f.Offset, f.Limit = w.offset, w.storeLimit()
	return f
}
