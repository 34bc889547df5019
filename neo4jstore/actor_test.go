package neo4jstore_test

import (
	"context"
	"slices"
	"testing"

	"github.com/dipgraph/dipgraph"
)

func TestDB_ResolveActor(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	load(t, db, story())

	for _, tt := range []struct {
		name, ref, want string
	}{
		{"id", putinID, putinID},
		{"name", "Vladimir Putin", putinID},
		{"name_any_case", "vladimir PUTIN", putinID},
		{"alias", "Putin", putinID},
		{"alias_any_case", "russian president vladimir putin", putinID},
		{"alias_padded", "  Moscow ", russiaID},
		{"state_alias", "the kremlin", russiaID},
		{"organization", "nato", natoID},
	} {
		t.Run(tt.name, func(t *testing.T) {
			a, err := db.ResolveActor(ctx, tt.ref)
			if err != nil {
				t.Fatalf("ResolveActor(%q): %v", tt.ref, err)
			}
			if a.ID != tt.want {
				t.Errorf("ResolveActor(%q): got %s (%s), want %s", tt.ref, a.ID, a.Name, tt.want)
			}
		})
	}
	t.Run("fields", func(t *testing.T) {
		a, err := db.ResolveActor(ctx, "putin")
		if err != nil {
			t.Fatalf("ResolveActor: %v", err)
		}
		want := dipgraph.Actor{ID: putinID, Name: "Vladimir Putin", Kind: dipgraph.KindPerson, Role: "President", AffiliationID: russiaID}
		got := *a
		got.Aliases, got.Provenance = nil, dipgraph.Provenance{}
		if got.ID != want.ID || got.Name != want.Name || got.Kind != want.Kind || got.Role != want.Role || got.AffiliationID != want.AffiliationID {
			t.Errorf("got %+v, want %+v", got, want)
		}
		if a.Origin != dipgraph.OriginExtracted || a.AddedAt.IsZero() {
			t.Errorf("provenance: got %+v, want EXTRACTED with a time", a.Provenance)
		}
	})
	for _, ref := range []string{"", "Atlantis", "Putin Vladimir"} {
		t.Run("unknown_"+ref, func(t *testing.T) {
			_, err := db.ResolveActor(ctx, ref)
			wantCode(t, err, dipgraph.ENOTFOUND)
		})
	}
}

func TestDB_FindActors(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	load(t, db, story())

	for _, tt := range []struct {
		name   string
		filter dipgraph.ActorFilter
		want   []string
		total  int
	}{
		{"all_by_name", dipgraph.ActorFilter{}, []string{germanyID, natoID, scholzID, russiaID, ukraineID, putinID}, 6},
		{"kind", dipgraph.ActorFilter{Kind: dipgraph.KindState}, []string{germanyID, russiaID, ukraineID}, 3},
		{"search_name", dipgraph.ActorFilter{Search: "SCHOL"}, []string{scholzID}, 1},
		{"search_alias", dipgraph.ActorFilter{Search: "kreml"}, []string{russiaID}, 1},
		{"search_and_kind", dipgraph.ActorFilter{Search: "r", Kind: dipgraph.KindPerson}, []string{scholzID, putinID}, 2},
		{"ids", dipgraph.ActorFilter{IDs: []string{putinID, natoID, "nope"}}, []string{natoID, putinID}, 2},
		{"page", dipgraph.ActorFilter{Offset: 2, Limit: 2}, []string{scholzID, russiaID}, 6},
		{"past_the_end", dipgraph.ActorFilter{Offset: 10}, nil, 6},
	} {
		t.Run(tt.name, func(t *testing.T) {
			actors, total, err := db.FindActors(ctx, tt.filter)
			if err != nil {
				t.Fatalf("FindActors: %v", err)
			}
			var got []string
			for _, a := range actors {
				got = append(got, a.ID)
			}
			if !slices.Equal(got, tt.want) || total != tt.total {
				t.Errorf("got %q of %d, want %q of %d", got, total, tt.want, tt.total)
			}
		})
	}
	t.Run("bad_kind", func(t *testing.T) {
		_, _, err := db.FindActors(ctx, dipgraph.ActorFilter{Kind: "ALIEN"})
		wantCode(t, err, dipgraph.EINVALID)
	})
	t.Run("by_id_not_found", func(t *testing.T) {
		_, err := db.FindActorByID(ctx, "nope")
		wantCode(t, err, dipgraph.ENOTFOUND)
	})
}

func TestDB_CreateActor(t *testing.T) {
	ctx := dipgraph.NewContextWithUser(context.Background(), "ana")
	db, drv := openDB(t)
	load(t, db, story())

	t.Run("created", func(t *testing.T) {
		a := &dipgraph.Actor{Name: " Dmitry Peskov ", Kind: dipgraph.KindPerson, Aliases: []string{"Peskov", "peskov", "Kremlin spokesman"},
			Role: "Spokesman", AffiliationID: "Moscow"}
		if err := db.CreateActor(ctx, a); err != nil {
			t.Fatalf("CreateActor: %v", err)
		}
		if want := dipgraph.ActorID(dipgraph.KindPerson, "Dmitry Peskov"); a.ID != want {
			t.Errorf("id: got %s, want %s", a.ID, want)
		}
		if a.Name != "Dmitry Peskov" || !slices.Equal(a.Aliases, []string{"Peskov", "Kremlin spokesman"}) || a.AffiliationID != russiaID {
			t.Errorf("actor: got %q %q affiliated with %s, want trimmed name, two aliases, Russia", a.Name, a.Aliases, a.AffiliationID)
		}
		if a.Origin != dipgraph.OriginManual || a.AddedBy != "ana" || a.AddedAt.IsZero() {
			t.Errorf("provenance: got %+v, want MANUAL by ana", a.Provenance)
		}
		got, err := db.ResolveActor(ctx, "KREMLIN SPOKESMAN")
		if err != nil || got.ID != a.ID {
			t.Errorf("ResolveActor(alias): got %v, %v; want %s", got, err, a.ID)
		}
	})

	for _, tt := range []struct {
		name  string
		actor dipgraph.Actor
		code  string
	}{
		{"no_name", dipgraph.Actor{Name: " ", Kind: dipgraph.KindPerson}, dipgraph.EINVALID},
		{"bad_kind", dipgraph.Actor{Name: "X", Kind: "ALIEN"}, dipgraph.EINVALID},
		{"unknown_affiliation", dipgraph.Actor{Name: "X", Kind: dipgraph.KindPerson, AffiliationID: "Atlantis"}, dipgraph.EINVALID},
		{"name_taken", dipgraph.Actor{Name: "vladimir putin", Kind: dipgraph.KindPerson}, dipgraph.ECONFLICT},
		{"name_is_alias", dipgraph.Actor{Name: "Moscow", Kind: dipgraph.KindGroup}, dipgraph.ECONFLICT},
		{"alias_taken", dipgraph.Actor{Name: "Anna", Kind: dipgraph.KindPerson, Aliases: []string{"Scholz"}}, dipgraph.ECONFLICT},
	} {
		t.Run(tt.name, func(t *testing.T) {
			nodes, rels := graphSize(t, drv)
			a := tt.actor
			wantCode(t, db.CreateActor(ctx, &a), tt.code)
			wantGraphSize(t, drv, nodes, rels)
		})
	}
}

func TestDB_AddAlias(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	load(t, db, story())

	t.Run("added", func(t *testing.T) {
		a, err := db.AddAlias(ctx, "Scholz", "Bundeskanzler")
		if err != nil {
			t.Fatalf("AddAlias: %v", err)
		}
		if !slices.Contains(a.Aliases, "Bundeskanzler") {
			t.Errorf("aliases: got %q, want Bundeskanzler among them", a.Aliases)
		}
		got, err := db.ResolveActor(ctx, "bundeskanzler")
		if err != nil || got.ID != scholzID {
			t.Errorf("ResolveActor: got %v, %v; want Scholz", got, err)
		}
	})
	t.Run("again_changes_nothing", func(t *testing.T) {
		a, err := db.AddAlias(ctx, scholzID, "BUNDESKANZLER")
		if err != nil {
			t.Fatalf("AddAlias: %v", err)
		}
		if n := len(a.Aliases); n != 3 {
			t.Errorf("aliases: got %q, want 3", a.Aliases)
		}
	})
	t.Run("conflict", func(t *testing.T) {
		_, err := db.AddAlias(ctx, "Scholz", "Putin")
		wantCode(t, err, dipgraph.ECONFLICT)
	})
	t.Run("unknown_actor", func(t *testing.T) {
		_, err := db.AddAlias(ctx, "Atlantis", "Lost")
		wantCode(t, err, dipgraph.ENOTFOUND)
	})
	t.Run("empty", func(t *testing.T) {
		_, err := db.AddAlias(ctx, "Scholz", " ")
		wantCode(t, err, dipgraph.EINVALID)
	})
}

// duplicate returns a document that names Putin a second time as "V. Putin",
// with a claim, an event, an affiliation each way, and an alias.
func duplicate() *dipgraph.Document {
	articleID := dipgraph.ArticleID("https://example.org/dup", nil)
	vputin := dipgraph.ActorID(dipgraph.KindPerson, "V. Putin")
	peskov := dipgraph.ActorID(dipgraph.KindPerson, "Dmitry Peskov")
	visit := dipgraph.EventID(dipgraph.EventVisit, "2022-02-10", []string{vputin}, "", articleID)
	return &dipgraph.Document{
		Article: dipgraph.DocArticle{ID: articleID, Title: "Dup", Published: "2022-02-10"},
		Actors: []*dipgraph.DocActor{
			{ID: vputin, Name: "V. Putin", Kind: dipgraph.KindPerson, Aliases: []string{"President Putin", "Putin"}, Affiliation: ptr(russiaID)},
			{ID: russiaID, Name: "Russia", Kind: dipgraph.KindState},
			{ID: germanyID, Name: "Germany", Kind: dipgraph.KindState},
			{ID: peskov, Name: "Dmitry Peskov", Kind: dipgraph.KindPerson, Affiliation: ptr(vputin)},
		},
		Events: []*dipgraph.DocEvent{{ID: visit, Type: dipgraph.EventVisit, Label: "visit to Minsk",
			Date: ptr(dipgraph.Date("2022-02-10")), Participants: []string{vputin}}},
		Claims: []*dipgraph.DocClaim{
			{ID: dipgraph.ClaimID(articleID, vputin, 10, 20), Speaker: vputin, Addressees: []string{germanyID}, About: []string{vputin},
				Mode: dipgraph.ModeIndirect, Text: "Sanctions will not work.", Event: ptr(visit), Date: ptr(dipgraph.Date("2022-02-10")),
				Span: dipgraph.Span{Start: 10, End: 20}},
			{ID: dipgraph.ClaimID(articleID, peskov, 30, 40), Speaker: peskov, Addressees: []string{vputin},
				Mode: dipgraph.ModeIndirect, Text: "The president was briefed.", Span: dipgraph.Span{Start: 30, End: 40}},
		},
	}
}

func TestDB_MergeActors(t *testing.T) {
	ctx := context.Background()
	vputin := dipgraph.ActorID(dipgraph.KindPerson, "V. Putin")

	t.Run("merged", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, story())
		load(t, db, duplicate())
		nodes, rels := graphSize(t, drv)

		a, err := db.MergeActors(ctx, "Putin", []string{"V. Putin", vputin})
		if err != nil {
			t.Fatalf("MergeActors: %v", err)
		}
		if a.ID != putinID {
			t.Fatalf("survivor: got %s, want %s", a.ID, putinID)
		}
		for _, alias := range []string{"V. Putin", "President Putin", "Putin", "Russian President Vladimir Putin"} {
			if !slices.Contains(a.Aliases, alias) {
				t.Errorf("aliases: got %q, want %q among them", a.Aliases, alias)
			}
		}
		if n := len(a.Aliases); n != 4 {
			t.Errorf("aliases: got %d (%q), want 4", n, a.Aliases)
		}
		// One actor gone and one MergedID with its MERGED_INTO made; V.
		// Putin's affiliation with Russia duplicates Putin's and folds into
		// it; every other relationship moves.
		wantGraphSize(t, drv, nodes, rels)
		for _, tt := range []struct {
			name, cypher string
			want         int
		}{
			{"merged node gone", "MATCH (a:Actor {id: $v}) RETURN count(a) AS n", 0},
			{"claims said", "MATCH (:Actor {id: $p})-[:SAID]->(c) RETURN count(c) AS n", 3},
			{"addressed", "MATCH (c)-[:ADDRESSED_TO]->(:Actor {id: $p}) RETURN count(c) AS n", 1},
			{"about", "MATCH (c)-[:ABOUT]->(:Actor {id: $p}) RETURN count(c) AS n", 1},
			{"participated", "MATCH (:Actor {id: $p})-[:PARTICIPATED_IN]->(e) RETURN count(e) AS n", 2},
			{"affiliated with", "MATCH (:Actor {id: $p})-[:AFFILIATED_WITH]->(x) RETURN count(x) AS n", 1},
			{"merged into", "MATCH (:MergedID {id: $v})-[:MERGED_INTO]->(:Actor {id: $p}) RETURN count(*) AS n", 1},
			{"affiliated to", "MATCH (x)-[:AFFILIATED_WITH]->(:Actor {id: $p}) RETURN count(x) AS n", 1},
			{"mergedIds", "MATCH (a:Actor {id: $p}) WHERE $v IN a.mergedIds RETURN count(a) AS n", 1},
			{"alias keys", "MATCH (k:Alias)-[:ALIAS_OF]->(:Actor {id: $p}) RETURN count(k) AS n", 5},
		} {
			if got := count(t, drv, tt.cypher, map[string]any{"p": putinID, "v": vputin}); got != tt.want {
				t.Errorf("%s: got %d, want %d", tt.name, got, tt.want)
			}
		}
		for _, ref := range []string{vputin, "president putin", "V. PUTIN"} {
			if got, err := db.ResolveActor(ctx, ref); err != nil || got.ID != putinID {
				t.Errorf("ResolveActor(%q): got %v, %v; want Putin", ref, got, err)
			}
		}

		t.Run("later_load_goes_to_survivor", func(t *testing.T) {
			res := load(t, db, duplicate())
			if res.NodesCreated != 0 || res.RelsCreated != 0 {
				t.Errorf("reload: created %d nodes, %d rels, want none", res.NodesCreated, res.RelsCreated)
			}
			claims, _, err := db.FindClaims(ctx, dipgraph.ClaimFilter{Speaker: vputin})
			if err != nil || len(claims) != 3 || claims[0].SpeakerID != putinID {
				t.Errorf("claims by merged id: got %d, %v; want Putin's 3", len(claims), err)
			}
		})
	})

	t.Run("chain", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, story())
		load(t, db, duplicate())
		if _, err := db.MergeActors(ctx, "Putin", []string{"V. Putin"}); err != nil {
			t.Fatalf("MergeActors(Putin): %v", err)
		}
		if _, err := db.MergeActors(ctx, "Russia", []string{"Vladimir Putin"}); err != nil {
			t.Fatalf("MergeActors(Russia): %v", err)
		}
		for _, ref := range []string{vputin, putinID, "president putin", "Putin"} {
			if got, err := db.ResolveActor(ctx, ref); err != nil || got.ID != russiaID {
				t.Errorf("ResolveActor(%q): got %v, %v; want Russia", ref, got, err)
			}
		}
		if n := count(t, drv, "MATCH (:MergedID)-[:MERGED_INTO]->(a:Actor {id: $id}) RETURN count(a) AS n", map[string]any{"id": russiaID}); n != 2 {
			t.Errorf("merged ids of Russia: got %d, want 2", n)
		}
		if n := count(t, drv, "MATCH (a:Actor)-[:AFFILIATED_WITH]->(a) RETURN count(a) AS n", nil); n != 0 {
			t.Errorf("self affiliations: got %d, want 0", n)
		}
	})

	t.Run("invalid", func(t *testing.T) {
		db, drv := openDB(t)
		load(t, db, story())
		nodes, rels := graphSize(t, drv)
		for _, tt := range []struct {
			name     string
			survivor string
			others   []string
			code     string
		}{
			{"into_itself", "Putin", []string{putinID}, dipgraph.EINVALID},
			{"into_itself_by_alias", "Putin", []string{"Scholz", "Vladimir Putin"}, dipgraph.EINVALID},
			{"nothing", "Putin", nil, dipgraph.EINVALID},
			{"unknown_survivor", "Atlantis", []string{"Putin"}, dipgraph.ENOTFOUND},
			{"unknown_other", "Putin", []string{"Scholz", "Atlantis"}, dipgraph.ENOTFOUND},
		} {
			t.Run(tt.name, func(t *testing.T) {
				_, err := db.MergeActors(ctx, tt.survivor, tt.others)
				wantCode(t, err, tt.code)
				wantGraphSize(t, drv, nodes, rels)
			})
		}
	})
}

func TestDB_FindInterlocutors(t *testing.T) {
	ctx := context.Background()
	db, _ := openDB(t)
	load(t, db, story())

	type row struct {
		id          string
		said, heard int
		last        dipgraph.Date
	}
	for _, tt := range []struct {
		name     string
		id       string
		from, to dipgraph.Date
		want     []row
	}{
		{"scholz", scholzID, "", "", []row{{russiaID, 1, 0, "2022-02-14"}, {putinID, 0, 1, "2022-02-15"}}},
		{"putin", putinID, "", "", []row{{natoID, 1, 0, "2022-02-15"}, {scholzID, 1, 0, "2022-02-15"}}},
		{"from", scholzID, "2022-02-15", "", []row{{putinID, 0, 1, "2022-02-15"}}},
		{"to", scholzID, "", "2022-02-14", []row{{russiaID, 1, 0, "2022-02-14"}}},
		{"nobody", ukraineID, "", "", nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			list, err := db.FindInterlocutors(ctx, tt.id, tt.from, tt.to)
			if err != nil {
				t.Fatalf("FindInterlocutors: %v", err)
			}
			var got []row
			for _, i := range list {
				got = append(got, row{i.Actor.ID, i.SaidTo, i.HeardFrom, i.Last})
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
	t.Run("unknown", func(t *testing.T) {
		_, err := db.FindInterlocutors(ctx, "nope", "", "")
		wantCode(t, err, dipgraph.ENOTFOUND)
	})
	t.Run("bad_range", func(t *testing.T) {
		_, err := db.FindInterlocutors(ctx, putinID, "2022-03-01", "2022-02-01")
		wantCode(t, err, dipgraph.EINVALID)
	})
}
