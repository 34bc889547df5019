package resolvers

import (
	"context"
	"log/slog"
	"slices"
	"time"

	"github.com/dipgraph/dipgraph"
)

// DefaultPollInterval is how often a subscription asks the store for new
// items when Resolver.PollInterval is zero.
const DefaultPollInterval = 2 * time.Second

// pollOverlap is how far back each poll looks behind the newest item sent,
// so that a transaction that committed late with an earlier AddedAt is still
// seen; items already sent in that window are skipped by id.
const pollOverlap = 5 * time.Second

// pollBatch is the page size of one poll query.
const pollBatch = 100

// pollClaims streams the claims matching f that are added after the call,
// polling the store every r.PollInterval until ctx ends. A failed poll is
// logged and retried at the next tick.
func (r *Resolver) pollClaims(ctx context.Context, f dipgraph.ClaimFilter) <-chan *dipgraph.Claim {
	return poll(ctx, r.pollInterval(), func(ctx context.Context, after time.Time, offset int) ([]*dipgraph.Claim, int, error) {
		f.AddedAfter, f.Offset, f.Limit = after, offset, pollBatch
		return r.Claims.FindClaims(ctx, f)
	}, func(c *dipgraph.Claim) (string, time.Time) { return c.ID, c.AddedAt })
}

// pollEvents streams the events matching f that are added after the call,
// like pollClaims.
func (r *Resolver) pollEvents(ctx context.Context, f dipgraph.EventFilter) <-chan *dipgraph.Event {
	return poll(ctx, r.pollInterval(), func(ctx context.Context, after time.Time, offset int) ([]*dipgraph.Event, int, error) {
		f.AddedAfter, f.Offset, f.Limit = after, offset, pollBatch
		return r.Events.FindEvents(ctx, f)
	}, func(e *dipgraph.Event) (string, time.Time) { return e.ID, e.AddedAt })
}

// pollInterval is r.PollInterval, or DefaultPollInterval when that is zero.
func (r *Resolver) pollInterval() time.Duration {
	if r.PollInterval > 0 {
		return r.PollInterval
	}
	return DefaultPollInterval
}

// poll runs find every interval for items added after the newest one sent
// (less pollOverlap, but never before the subscription began) and sends
// each new item once, oldest first, on the returned channel, which it
// closes when ctx ends. All its state belongs to the one subscription.
func poll[T any](ctx context.Context, interval time.Duration,
	find func(ctx context.Context, after time.Time, offset int) ([]T, int, error),
	key func(T) (string, time.Time),
) <-chan T {
	ch := make(chan T)
	go func() {
		defer close(ch)
		start := time.Now()
		newest := start
		sent := map[string]time.Time{} // ids sent within the overlap window
		tick := time.NewTicker(interval)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
			after := newest.Add(-pollOverlap)
			if after.Before(start) {
				after = start
			}
			var found []T
			for offset := 0; ; {
				items, total, err := find(ctx, after, offset)
				if err != nil {
					if ctx.Err() == nil {
						slog.ErrorContext(ctx, "subscription poll failed", "err", err)
					}
					break
				}
				found = append(found, items...)
				offset += len(items)
				if len(items) == 0 || offset >= total {
					break
				}
			}
			slices.SortStableFunc(found, func(a, b T) int {
				_, ta := key(a)
				_, tb := key(b)
				return ta.Compare(tb)
			})
			for _, it := range found {
				id, at := key(it)
				if _, ok := sent[id]; ok {
					continue
				}
				select {
				case ch <- it:
				case <-ctx.Done():
					return
				}
				sent[id] = at
				if at.After(newest) {
					newest = at
				}
			}
			for id, at := range sent {
				if at.Before(newest.Add(-pollOverlap)) {
					delete(sent, id)
				}
			}
		}
	}()
	return ch
}
