package loader

import (
	"bytes"
	"os"
	"runtime"
	"testing"
)

// BenchmarkExtract measures extraction throughput over the whole test
// collection; the MB/s column is the figure the README reports.
func BenchmarkExtract(b *testing.B) {
	var texts [][]byte
	total := 0
	for _, p := range corpusTexts(b) {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		texts = append(texts, t)
		total += len(t)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	for b.Loop() {
		for _, t := range texts {
			if _, err := Extract(t, Options{Published: "2023-06-01"}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// bigArticle builds an article of about size bytes from the collection's
// paragraphs.
func bigArticle(t testing.TB, size int) []byte {
	t.Helper()
	var body bytes.Buffer
	body.WriteString("A Long Article\n\n")
	for body.Len() < size {
		for _, p := range corpusTexts(t) {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if a, err := Parse(b); err == nil {
				for _, sp := range a.Paragraphs {
					body.Write(b[sp.Start:sp.End])
					body.WriteString("\n\n")
				}
			}
		}
	}
	return body.Bytes()
}

// TestExtract_bigArticle extracts a 10 MB article and checks that the heap
// stays within a fixed multiple of the input.
func TestExtract_bigArticle(t *testing.T) {
	if testing.Short() {
		t.Skip("10 MB article skipped in -short mode")
	}
	text := bigArticle(t, 10<<20)
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	doc, err := Extract(text, Options{Published: "2023-06-01"})
	if err != nil {
		t.Fatal(err)
	}
	// Collect the garbage of the extraction, keeping the document: what
	// stays is what the extraction holds on to, and bounded memory means it
	// grows with the input, not faster. (Measuring before a collection
	// counted garbage too, so the figure depended on when the collector had
	// last run.)
	runtime.GC()
	runtime.ReadMemStats(&after)
	checkDocument(t, text, doc)
	if len(doc.Claims) == 0 {
		t.Fatal("got no claims from the big article")
	}
	grew, limit := int64(after.HeapInuse)-int64(before.HeapInuse), int64(20*len(text))
	t.Logf("heap holds %d bytes more for a %d-byte article (%.1f times); %d bytes allocated in all",
		grew, len(text), float64(grew)/float64(len(text)), after.TotalAlloc-before.TotalAlloc)
	if grew > limit {
		t.Errorf("heap grew by %d bytes for a %d-byte article, want at most %d", grew, len(text), limit)
	}
	runtime.KeepAlive(doc)
}
