package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph"
	"github.com/dipgraph/dipgraph/eval"
)

const evalText = "Putin said Moscow wants peace. Biden said talks will go on.\n"

const evalGold = `{"file": "tiny.txt", "source": "test", "published": "2022-02-15",
 "statements": [
  {"evidence": "Moscow wants peace", "speaker": ["Vladimir Putin", "Putin"], "addressees": [], "mode": "INDIRECT", "optional": false},
  {"evidence": "talks will go on", "speaker": ["Joe Biden", "Biden"], "addressees": [], "mode": "INDIRECT", "optional": false}],
 "actors": [{"name": "Vladimir Putin", "kind": "PERSON", "aliases": ["Putin"]}, {"name": "Joe Biden", "kind": "PERSON", "aliases": ["Biden"]}],
 "events": []}`

// stubExtract makes the command read every text with a fixed extractor that
// finds Putin's claim and misses Biden's, and restores the loader afterwards.
func stubExtract(t *testing.T) {
	t.Helper()
	saved := evalExtract
	t.Cleanup(func() { evalExtract = saved })
	evalExtract = func(text []byte, g *eval.Gold) (*dipgraph.Document, error) {
		if g.Published != "2022-02-15" {
			t.Errorf("published: got %q, want 2022-02-15", g.Published)
		}
		i := bytes.Index(text, []byte("Moscow wants peace"))
		return &dipgraph.Document{
			Actors: []*dipgraph.DocActor{{ID: "p", Name: "Vladimir Putin", Kind: dipgraph.KindPerson}},
			Claims: []*dipgraph.DocClaim{{ID: "c", Speaker: "p", Mode: dipgraph.ModeIndirect, Text: "Moscow wants peace",
				Span: dipgraph.Span{Start: i, End: i + len("Moscow wants peace")}}},
		}, nil
	}
}

// writeFiles writes name→content files into a new temporary directory and
// returns it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		path := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestRunEval(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		args  func(dir string) []string
		want  []string // lines the output must contain
	}{
		{
			name:  "directory",
			files: map[string]string{"tiny.txt": evalText, "tiny.json": evalGold},
			args:  func(dir string) []string { return []string{dir} },
			want: []string{
				"total (1 documents)",
				"statements       1     0     0     1  1.000  0.500  0.667",
				"attribution      1     0     0     1  1.000  0.500  0.667",
				"actors       1 of 2 found (recall 0.500), 0 duplicated",
			},
		},
		{
			name:  "texts elsewhere, flags after paths, verbose",
			files: map[string]string{"texts/tiny.txt": evalText, "gold/tiny.json": evalGold},
			args: func(dir string) []string {
				return []string{filepath.Join(dir, "gold", "tiny.json"), "--texts", filepath.Join(dir, "texts"), "-v"}
			},
			want: []string{
				"missed statements (1):",
				`  "talks will go on" by Joe Biden`,
				"statements       1     0     0     1  1.000  0.500  0.667",
			},
		},
		{
			name:  "two documents",
			files: map[string]string{"tiny.txt": evalText, "a.json": evalGold, "b.json": evalGold},
			args:  func(dir string) []string { return []string{dir} },
			want: []string{
				"total (2 documents)",
				"statements       2     0     0     2  1.000  0.500  0.667",
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stubExtract(t)
			dir := writeFiles(t, tt.files)
			var stdout, stderr bytes.Buffer
			if err := runEval(context.Background(), tt.args(dir), &stdout, &stderr); err != nil {
				t.Fatalf("runEval: %v", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(stdout.String(), w+"\n") {
					t.Errorf("got output\n%s\nwant a line %q", stdout.String(), w)
				}
			}
		})
	}
}

func TestRunEvalJSON(t *testing.T) {
	stubExtract(t)
	dir := writeFiles(t, map[string]string{"tiny.txt": evalText, "tiny.json": evalGold})
	var stdout, stderr bytes.Buffer
	if err := runEval(context.Background(), []string{"--json", dir}, &stdout, &stderr); err != nil {
		t.Fatalf("runEval: %v", err)
	}
	var got struct {
		Documents []*eval.Report
		Total     *eval.Report
	}
	if err := json.Unmarshal(stdout.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v\n%s", err, stdout.String())
	}
	if len(got.Documents) != 1 || got.Total.Statements != (eval.Counts{TP: 1, FN: 1}) {
		t.Errorf("got %d documents, total statements %+v, want 1, {TP:1 FN:1}", len(got.Documents), got.Total.Statements)
	}
}

func TestRunEvalErrors(t *testing.T) {
	badGold := strings.Replace(evalGold, "talks will go on", "talks will go nowhere", 1)
	tests := []struct {
		name      string
		files     map[string]string
		args      []string // relative to the temporary directory
		wantUsage bool
		want      []string // substrings of the error
	}{
		{
			name:  "evidence missing from text",
			files: map[string]string{"tiny.txt": evalText, "tiny.json": badGold},
			args:  []string{"tiny.json"},
			want:  []string{"tiny.json", `statement 1 "talks will go nowhere": evidence not found in text`},
		},
		{
			name:  "text missing",
			files: map[string]string{"tiny.json": evalGold},
			args:  []string{"tiny.json"},
			want:  []string{"text tiny.txt not found"},
		},
		{
			name:  "bad gold JSON",
			files: map[string]string{"tiny.txt": evalText, "tiny.json": "{"},
			args:  []string{"tiny.json"},
			want:  []string{"tiny.json", "bad JSON"},
		},
		{
			name:  "empty directory",
			files: map[string]string{"tiny.txt": evalText},
			args:  []string{"."},
			want:  []string{"no gold files"},
		},
		{name: "no arguments", wantUsage: true, want: []string{"no gold file"}},
		{name: "unknown flag", args: []string{"--bogus", "x"}, wantUsage: true, want: []string{"bogus"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			stubExtract(t)
			dir := writeFiles(t, tt.files)
			var args []string
			for _, a := range tt.args {
				if !strings.HasPrefix(a, "-") {
					a = filepath.Join(dir, a)
				}
				args = append(args, a)
			}
			var stdout, stderr bytes.Buffer
			err := runEval(context.Background(), args, &stdout, &stderr)
			if err == nil {
				t.Fatalf("got no error, want one")
			}
			if got := errors.Is(err, errUsage); got != tt.wantUsage {
				t.Errorf("usage error: got %v, want %v (%v)", got, tt.wantUsage, err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("got error %q, want it to contain %q", err, w)
				}
			}
		})
	}
}
