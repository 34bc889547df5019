// Package loader reads news articles about diplomacy and extracts who said
// what to whom: actors, claims and events, as a dipgraph.Document.
//
// Extraction is a pipeline of small stages, each in its own file:
//
//	parse.go       the article layout: headline, subtitle, paragraphs, author
//	text.go        tokens and quote-aware sentences with byte offsets
//	mentions.go    actor mentions: gazetteer names, titles, appositions, pronouns
//	attribution.go quotes and reported speech, speakers, addressees
//	events.go      event triggers, participants, which claims were made where
//	dates.go       date expressions resolved against the publication date
//	extract.go     the pipeline and the document it builds
//
// Rules are driven by data files under data/ (reporting verbs, titles,
// event triggers, countries, known actors, sub-state bodies), embedded in
// the binary, so a researcher can add a verb or an alias without reading Go.
package loader
