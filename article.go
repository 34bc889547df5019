package dipgraph

import "context"

// Article is one news article that claims and events were read from.
type Article struct {
	ID        string
	Title     string
	Subtitle  string
	Author    string
	Published Date
	Source    string
}

// LoadResult counts what loading one document wrote. Created counts are
// zero when the same document was loaded before.
type LoadResult struct {
	ArticleID     string
	Actors        int // actors in the document
	Claims        int
	Events        int
	NodesCreated  int
	RelsCreated   int
	PropertiesSet int
}

// ArticleService reads articles and writes whole extraction documents.
type ArticleService interface {
	// FindArticles returns the articles with these ids in one lookup; ids
	// that name no article are left out of the answer.
	FindArticles(ctx context.Context, ids []string) ([]*Article, error)
	// FindArticleByID returns the article with id, or an ENOTFOUND error.
	FindArticleByID(ctx context.Context, id string) (*Article, error)
	// LoadDocument writes one extraction document in a single transaction:
	// either all of it is written or none. Loading the same document again
	// changes nothing. It returns EINVALID, and writes nothing, when the
	// document does not pass Document.Validate.
	LoadDocument(ctx context.Context, doc *Document) (*LoadResult, error)
}

// Bucket is the width of a timeline's count buckets.
type Bucket string

// The bucket widths.
const (
	BucketDay   Bucket = "DAY"
	BucketWeek  Bucket = "WEEK"
	BucketMonth Bucket = "MONTH"
)

// TimelineFilter selects what a timeline shows. Actor takes an id, name or
// alias; "" means every actor.
type TimelineFilter struct {
	Actor  string
	From   Date
	To     Date
	Types  []EventType
	Bucket Bucket
	Limit  int // at most this many events and claims each
}

// Timeline is the dated events and claims of a period in date order, with
// event counts per bucket and type for charts.
type Timeline struct {
	Events []*Event
	Claims []*Claim
	Counts []*TimelineCount
}

// TimelineCount is the number of events of one type in one bucket.
type TimelineCount struct {
	Bucket Date // first day of the bucket
	Type   EventType
	Count  int
}

// TimelineService builds timelines for dashboards.
type TimelineService interface {
	// FindTimeline returns the timeline that filter selects; undated events
	// and claims are left out. It returns EINVALID for a bad bucket or range.
	FindTimeline(ctx context.Context, filter TimelineFilter) (*Timeline, error)
}
