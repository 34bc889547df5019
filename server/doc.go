// Package server is the HTTP layer of the API: it routes /graphql to the
// GraphQL handler it is given, serves the in-browser explorer at / (an
// embedded page that needs no network), /healthz and /readyz, and wraps
// every request in API-key authentication, a body-size limit, a timeout and
// a structured request log. It knows nothing of GraphQL itself.
package server
