package shared

import (
	"os"
	"path/filepath"
	"testing"
)

// SeedName is the file name, without extension, of the seed article.
const SeedName = "000_424652105bd687eb"

// Dir returns the shared folder. It fails the test when the folder cannot be
// found: under `make test` and CI the seed is required, never skipped.
func Dir(t testing.TB) string {
	t.Helper()
	if d := os.Getenv("DIPGRAPH_SHARED"); d != "" {
		return d
	}
	wd, err := os.Getwd()
	if err != nil {
		t.Fatalf("shared: %v", err)
	}
	for d := wd; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "go.mod")); err == nil {
			s := filepath.Join(filepath.Dir(d), "shared")
			if _, err := os.Stat(filepath.Join(s, "seeds")); err != nil {
				t.Fatalf("shared folder not found at %s (set DIPGRAPH_SHARED): %v", s, err)
			}
			return s
		}
		if filepath.Dir(d) == d {
			t.Fatalf("shared: no go.mod above %s", wd)
		}
	}
}

// SeedPath returns the path of the seed article's text.
func SeedPath(t testing.TB) string {
	t.Helper()
	return filepath.Join(Dir(t), "seeds", SeedName+".txt")
}

// SeedGoldPath returns the path of the seed article's gold annotation.
func SeedGoldPath(t testing.TB) string {
	t.Helper()
	return filepath.Join(Dir(t), "gold", SeedName+".json")
}

// SeedText returns the seed article's bytes.
func SeedText(t testing.TB) []byte {
	t.Helper()
	b, err := os.ReadFile(SeedPath(t))
	if err != nil {
		t.Fatalf("read seed: %v", err)
	}
	return b
}
