package server

import (
	"embed"
	"encoding/json"
	"io/fs"
	"net/http"

	"github.com/dipgraph/dipgraph/examples"
)

// explorerFiles is the in-browser explorer: a page, its script, its style
// and its icon, all served from the binary so that the explorer works
// offline.
//
//go:embed explorer
var explorerFiles embed.FS

// explorerPage serves the explorer's page.
func explorerPage() http.Handler {
	page, err := explorerFiles.ReadFile("explorer/index.html")
	if err != nil {
		panic("server: explorer page missing from the binary: " + err.Error())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; connect-src 'self'")
		_, _ = w.Write(page)
	})
}

// explorerAssets serves the explorer's script and style under /explorer/.
func explorerAssets() http.Handler {
	sub, err := fs.Sub(explorerFiles, "explorer")
	if err != nil {
		panic("server: explorer assets missing from the binary: " + err.Error())
	}
	return http.StripPrefix("/explorer/", http.FileServerFS(sub))
}

// explorerExamples serves the queries of package examples, the ones the
// tests run and the README shows, as a JSON list for the explorer. It
// panics when they cannot be read, which TestAll in package examples rules
// out.
func explorerExamples() http.Handler {
	all, err := examples.All()
	if err != nil {
		panic("server: " + err.Error())
	}
	body, err := json.Marshal(all)
	if err != nil {
		panic("server: " + err.Error())
	}
	return http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(body)
	})
}
