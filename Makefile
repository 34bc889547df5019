# dipgraph: two commands on a fresh machine, `make run` and `make test`.
# Both use the Neo4j that NEO4J_URI names, or start the bundled one.

GO        ?= go
BIN       := bin/dipgraph
ADDR      ?= :8080
SHARED    ?= ../shared
SEED      := $(SHARED)/seeds/000_424652105bd687eb.txt
CORPUS    := testdata/corpus/dev testdata/corpus/test

.PHONY: all build run test vet neo4j neo4j-stop generate eval bench fuzz clean

all: build

build:
	$(GO) build -o $(BIN) ./cmd/dipgraph

## run: start Neo4j (unless NEO4J_URI is set), load the seed and the sample articles, serve on http://localhost:8080
run: build neo4j
	@if [ -f "$(SEED)" ]; then $(BIN) load --published 2022-02-15 --source "antiwar.com/seed-000" "$(SEED)"; fi
	$(BIN) load $(CORPUS)
	$(BIN) serve --addr $(ADDR)

## test: vet, then every test against a real Neo4j (the bundled one is started when needed)
test: vet build neo4j
	$(GO) test -count=1 ./...

vet:
	$(GO) vet ./...

neo4j: build
	$(BIN) neo4j start

neo4j-stop: build
	$(BIN) neo4j stop

## generate: regenerate graph/ from schema.graphqls and gqlgen.yml
generate:
	$(GO) generate ./...

## eval: score the loader on the seed and the test collection
eval: build
	$(BIN) eval --texts $(SHARED)/seeds $(SHARED)/gold
	$(BIN) eval testdata/corpus/dev
	$(BIN) eval testdata/corpus/test

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./loader/

fuzz:
	$(GO) test -run '^$$' -fuzz FuzzExtract -fuzztime 60s ./loader/

clean:
	rm -rf bin
