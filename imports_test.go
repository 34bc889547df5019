package dipgraph_test

import (
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"strings"
	"testing"
)

// TestImports keeps the architecture's imports pointing inward: the Neo4j
// driver is imported by the store (and the test helper) alone, gqlgen by
// graph/ and resolvers/ alone, and the domain package imports neither.
func TestImports(t *testing.T) {
	rules := []struct {
		module  string
		allowed []string // folders (and their subfolders) that may import it
	}{
		{"github.com/neo4j/neo4j-go-driver", []string{"neo4jstore", "internal/neo4jtest"}},
		{"github.com/99designs/gqlgen", []string{"graph", "resolvers"}},
	}
	fset := token.NewFileSet()
	err := filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (strings.HasPrefix(d.Name(), ".") && path != "." || d.Name() == "testdata" || d.Name() == "bundled" && path == "bundled/neo4j") {
			return filepath.SkipDir
		}
		if d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		dir := filepath.ToSlash(filepath.Dir(path))
		for _, imp := range f.Imports {
			p := strings.Trim(imp.Path.Value, `"`)
			for _, r := range rules {
				if strings.HasPrefix(p, r.module) && !allowedIn(dir, r.allowed) {
					t.Errorf("%s imports %s; only %v may", path, p, r.allowed)
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func allowedIn(dir string, allowed []string) bool {
	for _, a := range allowed {
		if dir == a || strings.HasPrefix(dir, a+"/") {
			return true
		}
	}
	return false
}
