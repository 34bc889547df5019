package resolvers

import (
	"context"
	"fmt"
	"strings"

	"github.com/99designs/gqlgen/complexity"
	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/graph"
	"github.com/dipgraph/dipgraph/graph/model"
)

// Default query limits, used where HandlerConfig leaves them zero.
const (
	DefaultMaxDepth      = 10
	DefaultMaxComplexity = 25000
)

// queryLimits refuses operations nested deeper than maxDepth, asking for a
// page larger than maxPageSize or costing more than maxComplexity (see
// setComplexity), after validation and before any resolver runs, so that an
// abusive query never reaches the store. Introspection fields (__schema,
// __type) do not count towards the depth.
type queryLimits struct {
	maxDepth      int
	maxComplexity int
	schema        graphql.ExecutableSchema // set by Validate
}

var _ interface {
	graphql.HandlerExtension
	graphql.OperationContextMutator
} = &queryLimits{}

// ExtensionName names the extension for gqlgen.
func (*queryLimits) ExtensionName() string { return "QueryLimits" }

// Validate keeps the schema, whose complexity functions cost an operation.
func (l *queryLimits) Validate(schema graphql.ExecutableSchema) error {
	l.schema = schema
	return nil
}

// MutateOperationContext checks the operation about to run. It fails with
// BAD_USER_INPUT naming the depth, the first argument or the cost.
func (l *queryLimits) MutateOperationContext(ctx context.Context, oc *graphql.OperationContext) *gqlerror.Error {
	if oc.Operation == nil {
		return nil
	}
	depth, err := l.walk(oc.Operation.SelectionSet, oc.Variables, 0)
	if err != nil {
		return err
	}
	if depth > l.maxDepth {
		return limitError("", "query is nested %d levels deep, more than the %d allowed", depth, l.maxDepth)
	}
	if cost := complexity.Calculate(ctx, l.schema, oc.Operation, oc.Variables); cost > l.maxComplexity {
		return limitError("", "query costs %d, more than the %d allowed: a list costs its page size (first) times what it selects, so ask for smaller pages or fewer nested lists", cost, l.maxComplexity)
	}
	return nil
}

// walk returns the depth of set, which sits at depth d, and checks every
// first argument in it.
func (l *queryLimits) walk(set ast.SelectionSet, vars map[string]any, d int) (int, *gqlerror.Error) {
	deepest := d
	for _, sel := range set {
		var sub ast.SelectionSet
		next := d
		switch sel := sel.(type) {
		case *ast.Field:
			if strings.HasPrefix(sel.Name, "__") {
				continue
			}
			if arg := sel.Arguments.ForName("first"); arg != nil {
				if v, err := arg.Value.Value(vars); err == nil {
					if n, ok := asInt(v); ok && (n < 0 || n > maxPageSize) {
						return 0, limitError("first", "first must be between 0 and %d, got %d", maxPageSize, n)
					}
				}
			}
			sub, next = sel.SelectionSet, d+1
		case *ast.InlineFragment:
			sub = sel.SelectionSet
		case *ast.FragmentSpread:
			if sel.Definition != nil {
				sub = sel.Definition.SelectionSet
			}
		}
		n, err := l.walk(sub, vars, next)
		if err != nil {
			return 0, err
		}
		deepest = max(deepest, n, next)
	}
	return deepest, nil
}

// asInt returns the integer an argument value v holds, and whether it
// holds one.
func asInt(v any) (int64, bool) {
	switch v := v.(type) {
	case int64:
		return v, true
	case int:
		return int64(v), true
	case float64:
		return int64(v), true
	}
	return 0, false
}

// limitError returns the BAD_USER_INPUT error of a query over the limits,
// naming field when it is not "".
func limitError(field, format string, args ...any) *gqlerror.Error {
	ext := map[string]any{"code": CodeBadUserInput}
	if field != "" {
		ext["field"] = field
	}
	return &gqlerror.Error{Message: fmt.Sprintf(format, args...), Extensions: ext}
}

// pageCost is the multiplier a list field applies to the cost of what it
// selects: its page size.
func pageCost(first *int) int {
	if first == nil {
		return defaultPageSize
	}
	return max(*first, 1)
}

// setComplexity makes lists cost their page size times what they select,
// so that queryLimits sees nested pages for what they are.
// Unpaginated lists count as one default page.
func setComplexity(c *graph.ComplexityRoot) {
	paged := func(child int, first *int) int { return 1 + pageCost(first)*child }
	list := func(child int) int { return 1 + defaultPageSize*child }
	c.Query.Claims = func(child int, _ *model.ClaimFilter, first *int, _ *string) int { return paged(child, first) }
	c.Query.Events = func(child int, _ *model.EventFilter, first *int, _ *string) int { return paged(child, first) }
	c.Query.Actors = func(child int, _ *string, _ *dipgraph.ActorKind, first *int, _ *string) int {
		return paged(child, first)
	}
	c.Query.Search = func(child int, _ string, first *int) int { return paged(child, first) }
	c.Actor.Statements = func(child int, _ *model.ClaimFilter, first *int, _ *string) int { return paged(child, first) }
	c.Actor.AddressedBy = func(child int, _ *model.ClaimFilter, first *int, _ *string) int { return paged(child, first) }
	c.Actor.Events = func(child int, _ *model.EventFilter, first *int, _ *string) int { return paged(child, first) }
	c.Actor.Interlocutors = func(child int, _, _ *dipgraph.Date) int { return list(child) }
	c.Event.Claims = list
	c.Article.Claims = list
	c.Article.Events = list
	c.Timeline.Entries = list
	c.Timeline.Events = list
	c.Timeline.Claims = list
}
