package resolvers_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/dipgraph/dipgraph/internal/shared"
)

func TestMutation_Success(t *testing.T) {
	e := newEnv(t, options{})
	tests := []struct {
		name, query string
		vars        map[string]any
		check       func(t *testing.T, e *env, data map[string]map[string]any)
	}{
		{"addActor", `mutation($in: ActorInput!) { addActor(input: $in) { id name kind aliases role affiliation { name } origin addedBy addedAt } }`,
			map[string]any{"in": map[string]any{"name": "Annalena Baerbock", "kind": "PERSON", "aliases": []string{"Baerbock"}, "role": "Foreign Minister", "affiliation": "germany"}},
			func(t *testing.T, e *env, d map[string]map[string]any) {
				a := d["addActor"]
				if a["name"] != "Annalena Baerbock" || a["role"] != "Foreign Minister" || a["affiliation"].(map[string]any)["name"] != "Germany" {
					t.Errorf("got %v, want Baerbock, Foreign Minister of Germany", a)
				}
				var got struct{ Actor struct{ Name string } }
				e.query(t, "", `{ actor(name: "baerbock") { name } }`, nil, &got)
				if got.Actor.Name != "Annalena Baerbock" {
					t.Errorf("actor(name: baerbock) = %q, want the new actor", got.Actor.Name)
				}
			}},
		{"addAlias", `mutation { addAlias(actor: "Russia", alias: "the Kremlin") { name aliases origin addedBy addedAt } }`, nil,
			func(t *testing.T, e *env, d map[string]map[string]any) {
				var got struct{ Actor struct{ Name string } }
				e.query(t, "", `{ actor(name: "the kremlin") { name } }`, nil, &got)
				if got.Actor.Name != "Russia" {
					t.Errorf("actor(name: the kremlin) = %q, want Russia", got.Actor.Name)
				}
			}},
		{"addEvent", `mutation($in: EventInput!) { addEvent(input: $in) { id type label date participants { name } origin addedBy addedAt } }`,
			map[string]any{"in": map[string]any{"type": "CALL", "label": "call between Scholz and Biden", "date": "2022-02-14", "participants": []string{"Olaf Scholz", "Biden"}}},
			func(t *testing.T, e *env, d map[string]map[string]any) {
				ev := d["addEvent"]
				if ev["date"] != "2022-02-14" || len(ev["participants"].([]any)) != 2 {
					t.Errorf("got %v, want the call of 2022-02-14 with two participants", ev)
				}
			}},
		{"addClaim", `mutation($in: ClaimInput!) { addClaim(input: $in) { id text quote mode speaker { name } addressees { name } date confidence origin addedBy addedAt } }`,
			map[string]any{"in": map[string]any{"speaker": "olaf scholz", "addressees": []string{"Putin"}, "text": "Germany wants a diplomatic solution.", "date": "2022-02-15"}},
			func(t *testing.T, e *env, d map[string]map[string]any) {
				c := d["addClaim"]
				if c["mode"] != "INDIRECT" || c["confidence"] != 1.0 || c["speaker"].(map[string]any)["name"] != "Olaf Scholz" {
					t.Errorf("got %v, want Scholz's INDIRECT claim with confidence 1", c)
				}
			}},
		{"mergeActors", `mutation { mergeActors(survivor: "United States", others: ["Western powers"]) { name aliases origin addedBy addedAt } }`, nil,
			func(t *testing.T, e *env, d map[string]map[string]any) {
				var got struct{ Actor struct{ Name string } }
				e.query(t, "", `{ actor(name: "Western powers") { name } }`, nil, &got)
				if got.Actor.Name != "United States" {
					t.Errorf("actor(name: Western powers) = %q after the merge, want United States", got.Actor.Name)
				}
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data map[string]map[string]any
			e.query(t, editorKey, tt.query, tt.vars, &data)
			for _, v := range data {
				if tt.name != "addAlias" && tt.name != "mergeActors" {
					if v["origin"] != "MANUAL" {
						t.Errorf("got origin %v, want MANUAL", v["origin"])
					}
					if by, _ := v["addedBy"].(string); !strings.HasPrefix(by, "editor:") || len(by) != len("editor:")+6 || strings.Contains(by, editorKey) {
						t.Errorf("got addedBy %v, want editor: and 6 hex digits", v["addedBy"])
					}
					if v["addedAt"] == nil {
						t.Error("got addedAt null, want the time")
					}
				}
			}
			tt.check(t, e, data)
		})
	}

	t.Run("loadArticle", func(t *testing.T) {
		e := newEnv(t, options{noSeed: true})
		text := shared.SeedText(t)
		q := `mutation($in: ArticleInput!) { loadArticle(input: $in) { articleId claims events nodesCreated article { title published source } } }`
		vars := map[string]any{"in": map[string]any{"text": string(text), "published": "2022-02-15", "source": "seed"}}
		var got struct {
			LoadArticle struct {
				ArticleID    string
				Claims       int
				Events       int
				NodesCreated int
				Article      struct{ Title, Published, Source string }
			}
		}
		e.query(t, editorKey, q, vars, &got)
		la := got.LoadArticle
		if la.Claims < 10 || la.NodesCreated == 0 || la.Article.Published != "2022-02-15" || la.Article.Source != "seed" {
			t.Errorf("got %+v, want the seed loaded", la)
		}
		e.query(t, editorKey, q, vars, &got)
		if got.LoadArticle.NodesCreated != 0 {
			t.Errorf("loading again created %d nodes, want 0", got.LoadArticle.NodesCreated)
		}
	})
}

func TestMutation_Invalid(t *testing.T) {
	e := newEnv(t, options{})
	tests := []struct {
		name, query string
		vars        map[string]any
		code, field string
	}{
		{"claim with unknown speaker", `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"speaker": "Nobody", "text": "x"}}, "BAD_USER_INPUT", "input.speaker"},
		{"claim with empty text", `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"speaker": "Biden", "text": "  "}}, "BAD_USER_INPUT", "input.text"},
		{"claim with bad date", `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"speaker": "Biden", "text": "x", "date": "2022-13-01"}}, "BAD_USER_INPUT", "input.date"},
		{"claim with unknown addressee", `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"speaker": "Biden", "text": "x", "addressees": []string{"Putin", "Atlantis"}}}, "BAD_USER_INPUT", "input.addressees[1]"},
		{"claim at unknown event", `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"speaker": "Biden", "text": "x", "event": "no-such-event"}}, "BAD_USER_INPUT", "input.event"},
		{"direct claim without quote", `mutation($in: ClaimInput!) { addClaim(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"speaker": "Biden", "text": "x", "mode": "DIRECT"}}, "BAD_USER_INPUT", "input.quote"},
		{"event without participants", `mutation($in: EventInput!) { addEvent(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"type": "CALL", "label": "a call", "participants": []string{}}}, "BAD_USER_INPUT", "input.participants"},
		{"event with empty label", `mutation($in: EventInput!) { addEvent(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"type": "CALL", "label": "", "participants": []string{"Biden"}}}, "BAD_USER_INPUT", "input.label"},
		{"actor with empty name", `mutation($in: ActorInput!) { addActor(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": " ", "kind": "PERSON"}}, "BAD_USER_INPUT", "input.name"},
		{"actor that exists", `mutation($in: ActorInput!) { addActor(input: $in) { id } }`,
			map[string]any{"in": map[string]any{"name": "Joe Biden", "kind": "PERSON"}}, "CONFLICT", ""},
		{"alias of another actor", `mutation { addAlias(actor: "Russia", alias: "Putin") { id } }`, nil, "CONFLICT", ""},
		{"merge into itself", `mutation { mergeActors(survivor: "Russia", others: ["Moscow"]) { id } }`, nil, "BAD_USER_INPUT", "others[0]"},
		{"empty article", `mutation { loadArticle(input: {text: ""}) { articleId } }`, nil, "BAD_USER_INPUT", "input.text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.nodes(t)
			r := e.post(t, editorKey, tt.query, tt.vars)
			if r.code() != tt.code || (tt.field != "" && r.field() != tt.field) {
				t.Errorf("got code %q field %q (%+v), want %s %s", r.code(), r.field(), r.Errors, tt.code, tt.field)
			}
			if after := e.nodes(t); after != before {
				t.Errorf("got %d nodes after the failed mutation, want the %d before", after, before)
			}
		})
	}
}

func TestMutation_Unauthorized(t *testing.T) {
	e := newEnv(t, options{readerKeys: readerKey})
	add := `mutation { addClaim(input: {speaker: "Biden", text: "A claim nobody may add."}) { id } }`
	tests := []struct {
		name, key, query, code string
	}{
		{"mutation without key", "", add, "UNAUTHENTICATED"},
		{"mutation with reader key", readerKey, add, "UNAUTHENTICATED"},
		{"mutation with wrong key", "not-a-key", add, "UNAUTHENTICATED"},
		{"query without key when reader keys are set", "", `{ claims { totalCount } }`, "UNAUTHENTICATED"},
		{"query with reader key", readerKey, `{ claims { totalCount } }`, ""},
		{"query with editor key", editorKey, `{ claims { totalCount } }`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := e.nodes(t)
			r := e.post(t, tt.key, tt.query, nil)
			if r.code() != tt.code {
				t.Errorf("got code %q (%+v), want %q", r.code(), r.Errors, tt.code)
			}
			if after := e.nodes(t); after != before {
				t.Errorf("got %d nodes, want the %d before", after, before)
			}
		})
	}
	t.Run("open reading without reader keys", func(t *testing.T) {
		e := newEnv(t, options{})
		if r := e.post(t, "", `{ claims { totalCount } }`, nil); len(r.Errors) > 0 {
			t.Errorf("got %+v, want queries open without a key", r.Errors)
		}
	})
}

func TestMutation_LoadArticleSize(t *testing.T) {
	e := newEnv(t, options{noSeed: true})
	q := `mutation($in: ArticleInput!) { loadArticle(input: $in) { articleId } }`
	t.Run("text over 1 MiB", func(t *testing.T) {
		r := e.post(t, editorKey, q, map[string]any{"in": map[string]any{"text": strings.Repeat("a", 1<<20+1)}})
		if r.code() != "BAD_USER_INPUT" || r.field() != "input.text" {
			t.Errorf("got code %q field %q, want BAD_USER_INPUT input.text", r.code(), r.field())
		}
	})
	t.Run("body over the limit", func(t *testing.T) {
		body := `{"query":"mutation { loadArticle(input: {text: \"` + strings.Repeat("a", 2<<20) + `\"}) { articleId } }"}`
		req, _ := http.NewRequest(http.MethodPost, e.srv.URL+"/graphql", strings.NewReader(body))
		req.Header.Set("Authorization", "Bearer "+editorKey)
		req.Header.Set("Content-Type", "application/json")
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge {
			t.Errorf("got status %d, want 413", res.StatusCode)
		}
	})
	if n := e.nodes(t); n != 0 {
		t.Errorf("got %d nodes, want none written", n)
	}
}
