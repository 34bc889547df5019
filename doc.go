// Package dipgraph holds the domain of the diplomatic-event knowledge graph:
// actors, claims, events and the articles that report them, the filters
// analysts query them with, and the service interfaces that the storage and
// API layers implement and consume.
//
// The package knows nothing of Neo4j, GraphQL or any other technology. Adapters
// live in their own packages (neo4jstore for the graph database, resolvers and
// graph for the GraphQL API, loader for text extraction) and cmd/dipgraph wires
// them together. Errors crossing package boundaries are *Error values carrying
// one of the codes ENOTFOUND, EINVALID, ECONFLICT, EUNAUTHORIZED or EINTERNAL.
package dipgraph
