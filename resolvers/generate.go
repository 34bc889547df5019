package resolvers

// gqlgen finds ../gqlgen.yml by walking up from this directory and generates
// from there: the executor into graph/, stubs into this package.
//go:generate go run github.com/99designs/gqlgen generate
