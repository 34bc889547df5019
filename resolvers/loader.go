package resolvers

import (
	"context"

	"github.com/dipgraph/dipgraph"
)

// ArticleLoader extracts an article's claims and events and writes them to
// the graph; the loadArticle mutation calls it. Load fails with an EINVALID
// error when the text cannot be extracted and passes on the store's errors.
type ArticleLoader interface {
	Load(ctx context.Context, text []byte, title string, published dipgraph.Date, source string) (*dipgraph.LoadResult, error)
}
