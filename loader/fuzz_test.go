package loader

import (
	"os"
	"testing"
)

// FuzzExtract feeds arbitrary text to the parser and extractor: neither may
// panic, and every span of an accepted article lies inside it on UTF-8
// boundaries.
func FuzzExtract(f *testing.F) {
	for _, p := range corpusTexts(f) {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Add([]byte("H\n\n“unclosed quote, he said"))
	f.Add([]byte("H\n\n\"\"\"\n\n” said”\n\nsaid said, said: “"))
	f.Add([]byte("H\n\nFeb. 31, 2022 Putin said on Feb. 0 that"))
	f.Add([]byte("H\n\nThe letter was signed by Mr.")) // an honorific ending the text
	f.Fuzz(func(t *testing.T, text []byte) {
		doc, err := Extract(text, Options{Published: "2022-02-15"})
		if err != nil {
			return
		}
		checkDocument(t, text, doc)
	})
}
