// Package neo4jstore stores the dipgraph domain in Neo4j 5. It is the only
// package that imports the Neo4j driver; *DB implements every service
// interface of the domain.
//
// # Graph model
//
// Nodes:
//
//	(:Actor   {id, name, kind, aliases, role, origin, addedBy, addedAt, mergedIds})
//	(:Claim   {id, mode, verb, quote, text, date, confidence, position,
//	           origin, addedBy, addedAt})
//	(:Event   {id, type, label, date, datePrecision, origin, addedBy, addedAt})
//	(:Article {id, title, subtitle, author, published, source, addedAt})
//	(:Alias   {key})     lower-cased, trimmed name or alias of one actor
//	(:MergedID {id})     the id of an actor that was merged into another
//
// Relationships:
//
//	(Actor)-[:SAID]->(Claim)
//	(Claim)-[:ADDRESSED_TO]->(Actor)
//	(Claim)-[:ABOUT]->(Actor)
//	(Claim)-[:MADE_AT]->(Event)
//	(Actor)-[:PARTICIPATED_IN]->(Event)
//	(Claim|Event)-[:REPORTED_IN {start, end, sentence}]->(Article)
//	(Actor)-[:AFFILIATED_WITH {role}]->(Actor)
//	(Alias)-[:ALIAS_OF]->(Actor)
//	(MergedID)-[:MERGED_INTO]->(Actor)
//
// Dates (Claim.date, Event.date, Article.published) are Neo4j DATE values so
// that analysts' Cypher can use the date functions; addedAt is a DATETIME.
// Claim.position is the span start of the claim in the first article that
// reported it and orders claims of the same date. Origin is EXTRACTED for
// what LoadDocument writes and MANUAL for what a person adds; addedBy is the
// person's name from dipgraph.UserFromContext.
//
// # Lookup by name
//
// An actor is found by id, by the id of an actor merged into it, or by its
// name or any alias compared case-insensitively. Each of those is an indexed
// lookup: Actor.id and MergedID.id are unique, and every name and alias has
// an Alias node whose unique key is toLower(trim(name)). When an alias key
// already points at an actor, the first actor keeps it: loading a document
// never fails on that, while CreateActor and AddAlias, which come from a
// person, return ECONFLICT.
//
// # Schema
//
// Open creates, if missing: unique constraints on Actor.id, Claim.id,
// Event.id, Article.id, Alias.key and MergedID.id; range indexes on
// Claim.date, Claim.addedAt, Event.date, Event.type, Event.addedAt and
// Actor.name; and the full-text index claim_text over Claim.text and
// Claim.quote, which SearchClaims queries.
//
// # Errors
//
// Database errors are mapped at this edge: a constraint violation becomes
// ECONFLICT, a full-text query the index cannot parse EINVALID, and anything
// else is wrapped with context so that callers see EINTERNAL. Cypher text is
// built only from constant fragments; every user value is a parameter.
package neo4jstore
