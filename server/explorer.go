package server

import (
	"embed"
	"io/fs"
	"net/http"
)

// explorerFiles is the in-browser explorer: a page, its script and its
// style, all served from the binary so that the explorer works offline.
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
