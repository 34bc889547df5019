// Package scalar holds the GraphQL marshalling of the domain's scalar types,
// which gqlgen binds to by name: Date, an ISO calendar date. It lives apart
// from package resolvers because the generated executor in package graph
// calls it, and package resolvers imports package graph.
package scalar
