// Package resolvers is the GraphQL adapter: it implements the resolvers of
// the schema in ../schema.graphqls over the domain services of package
// dipgraph, and builds the gqlgen server that serves them (NewHandler) with
// its error presenter, per-response data loaders, authorization by role,
// query limits and WebSocket subscriptions.
//
// The executor in package graph is generated from the schema by
// `go generate ./resolvers/...`; resolver bodies live in *.resolvers.go and
// every helper in a file of its own. Subscriptions poll the store for what
// was added after the last item sent, so a server keeps no state beyond its
// connections and sees writes made by the CLI or by other replicas.
package resolvers
