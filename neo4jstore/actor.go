package neo4jstore

import (
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/dipgraph/dipgraph"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// actorProjection is the Cypher map expression of actor variable a.
func actorProjection(a string) string {
	return `{id: ` + a + `.id, name: ` + a + `.name, kind: ` + a + `.kind, aliases: coalesce(` + a + `.aliases, []),
  role: ` + a + `.role, origin: ` + a + `.origin, addedBy: ` + a + `.addedBy, addedAt: ` + a + `.addedAt,
  affiliation: head([(` + a + `)-[:AFFILIATED_WITH]->(pAff:Actor) | pAff.id])}`
}

// actorFrom decodes an actorProjection map; it returns nil for a null.
func actorFrom(v any) *dipgraph.Actor {
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	return &dipgraph.Actor{
		ID:            str(m, "id"),
		Name:          str(m, "name"),
		Kind:          dipgraph.ActorKind(str(m, "kind")),
		Aliases:       strs(m, "aliases"),
		Role:          str(m, "role"),
		AffiliationID: str(m, "affiliation"),
		Provenance:    provenance(m),
	}
}

// FindActorByID returns the actor with id, or ENOTFOUND.
func (db *DB) FindActorByID(ctx context.Context, id string) (*dipgraph.Actor, error) {
	actors, _, err := db.FindActors(ctx, dipgraph.ActorFilter{IDs: []string{id}})
	return only(actors, err, "actor", id)
}

// ResolveActor returns the actor that ref names by id, merged id, name or
// alias in any case. It returns ENOTFOUND when nothing matches.
func (db *DB) ResolveActor(ctx context.Context, ref string) (*dipgraph.Actor, error) {
	found, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) (map[string]*dipgraph.Actor, error) {
		return db.resolveActors(ctx, tx, []string{ref})
	})
	if err != nil {
		return nil, fmt.Errorf("resolve actor: %w", err)
	}
	a := found[ref]
	if a == nil {
		return nil, dipgraph.Errorf(dipgraph.ENOTFOUND, "no actor is named %q", ref)
	}
	return a, nil
}

// resolveActors looks up every ref in one query and returns the actors
// found by ref; refs that name nobody are missing from the map.
func (db *DB) resolveActors(ctx context.Context, tx neo4j.ManagedTransaction, refs []string) (map[string]*dipgraph.Actor, error) {
	recs, err := db.collect(ctx, tx, `
UNWIND $refs AS ref`+resolveMatch("ref")+`
WITH ref, coalesce(r1, r2, r3) AS a
WHERE a IS NOT NULL
RETURN ref, `+actorProjection("a")+` AS actor`, map[string]any{"refs": refs})
	if err != nil {
		return nil, err
	}
	found := make(map[string]*dipgraph.Actor, len(recs))
	for _, r := range recs {
		ref, _ := r.Get("ref")
		v, _ := r.Get("actor")
		found[ref.(string)] = actorFrom(v)
	}
	return found, nil
}

// FindActors returns one page of matching actors ordered by name and the
// total number of matches. It returns EINVALID for a bad kind or paging.
func (db *DB) FindActors(ctx context.Context, f dipgraph.ActorFilter) ([]*dipgraph.Actor, int, error) {
	offset, limit, err := page(f.Offset, f.Limit, len(f.IDs))
	if err != nil {
		return nil, 0, err
	}
	if f.Kind != "" && !f.Kind.Valid() {
		return nil, 0, dipgraph.FieldErrorf("kind", "unknown actor kind %q", f.Kind)
	}
	var where []string
	params := map[string]any{"offset": offset, "end": offset + limit}
	match := "MATCH (a:Actor)"
	if f.IDs != nil {
		match = "UNWIND $ids AS id MATCH (a:Actor {id: id})"
		params["ids"] = f.IDs
	}
	if f.Search != "" {
		where = append(where, `(toLower(a.name) CONTAINS toLower($search)
  OR any(x IN coalesce(a.aliases, []) WHERE toLower(x) CONTAINS toLower($search)))`)
		params["search"] = f.Search
	}
	if f.Kind != "" {
		where = append(where, "a.kind = $kind")
		params["kind"] = string(f.Kind)
	}
	q := match + whereClause(where) + pageReturn("a", "ORDER BY a.name, a.id", actorProjection("a"))
	actors, total, err := findPage(ctx, db, q, params, actorFrom)
	if err != nil {
		return nil, 0, fmt.Errorf("find actors: %w", err)
	}
	return actors, total, nil
}

// whereClause joins conditions into a WHERE clause, or "" for none.
func whereClause(conds []string) string {
	if len(conds) == 0 {
		return ""
	}
	return "\nWHERE " + strings.Join(conds, "\n  AND ")
}

// aliasList returns the aliases of name that are worth storing: trimmed,
// not empty, not the name itself and each only once, compared without case.
// have lists aliases already stored, which are left out too.
func aliasList(name string, have []string, aliases ...string) []string {
	seen := map[string]bool{strings.ToLower(strings.TrimSpace(name)): true}
	for _, h := range have {
		seen[strings.ToLower(strings.TrimSpace(h))] = true
	}
	var out []string
	for _, a := range aliases {
		a = strings.TrimSpace(a)
		k := strings.ToLower(a)
		if a == "" || seen[k] {
			continue
		}
		seen[k] = true
		out = append(out, a)
	}
	return out
}

// CreateActor stores a new actor added by a person and fills in its ID and
// provenance. It returns EINVALID for a missing name, a bad kind or an
// unknown affiliation, and ECONFLICT when the id, the name or an alias is
// taken.
func (db *DB) CreateActor(ctx context.Context, a *dipgraph.Actor) error {
	name := strings.TrimSpace(a.Name)
	switch {
	case name == "":
		return dipgraph.FieldErrorf("name", "actor needs a name")
	case !a.Kind.Valid():
		return dipgraph.FieldErrorf("kind", "unknown actor kind %q", a.Kind)
	}
	id := dipgraph.ActorID(a.Kind, name)
	aliases := aliasList(name, nil, a.Aliases...)
	now := db.now()
	user := dipgraph.UserFromContext(ctx)
	created, err := writeTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.Actor, error) {
		var affID any
		if a.AffiliationID != "" {
			found, err := db.resolveActors(ctx, tx, []string{a.AffiliationID})
			if err != nil {
				return nil, err
			} else if found[a.AffiliationID] == nil {
				return nil, dipgraph.FieldErrorf("affiliation", "no actor is named %q", a.AffiliationID)
			}
			affID = found[a.AffiliationID].ID
		}
		recs, err := db.collect(ctx, tx, `
OPTIONAL MATCH (same:Actor {id: $id})
WITH same
UNWIND $names AS name
OPTIONAL MATCH (:Alias {key: toLower(trim(name))})-[:ALIAS_OF]->(other:Actor)
WITH same, name, other WHERE same IS NOT NULL OR other IS NOT NULL
RETURN name, coalesce(other.name, same.name) AS holder LIMIT 1`,
			map[string]any{"id": id, "names": append([]string{name}, aliases...)})
		if err != nil {
			return nil, err
		}
		if len(recs) > 0 {
			n, _ := recs[0].Get("name")
			h, _ := recs[0].Get("holder")
			return nil, dipgraph.Errorf(dipgraph.ECONFLICT, "%q already names actor %q", n, h)
		}
		return singleValue(ctx, db, tx, `
CREATE (a:Actor {id: $id, name: $name, kind: $kind, aliases: $aliases, mergedIds: [],
                 origin: 'MANUAL', addedBy: $user, addedAt: $now})
SET a.role = $role
WITH a
CALL {
  WITH a
  UNWIND [$name] + $aliases AS alias
  MERGE (k:Alias {key: toLower(trim(alias))})
  CREATE (k)-[:ALIAS_OF]->(a)
}
CALL {
  WITH a
  MATCH (b:Actor {id: $affiliation})
  CREATE (a)-[:AFFILIATED_WITH {role: $role}]->(b)
}
RETURN `+actorProjection("a")+` AS actor`, map[string]any{
			"id": id, "name": name, "kind": string(a.Kind), "aliases": aliases,
			"role": nullable(a.Role), "user": nullable(user), "now": now, "affiliation": affID,
		}, actorFrom)
	})
	if err != nil {
		return fmt.Errorf("create actor: %w", err)
	}
	*a = *created
	return nil
}

// AddAlias adds alias to the actor that ref names and returns the actor. It
// returns ENOTFOUND for an unknown ref, EINVALID for an empty alias and
// ECONFLICT when the alias names another actor. Adding an alias the actor
// already has changes nothing.
func (db *DB) AddAlias(ctx context.Context, ref, alias string) (*dipgraph.Actor, error) {
	alias = strings.TrimSpace(alias)
	if alias == "" {
		return nil, dipgraph.FieldErrorf("alias", "alias must not be empty")
	}
	actor, err := writeTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.Actor, error) {
		found, err := db.resolveActors(ctx, tx, []string{ref, alias})
		if err != nil {
			return nil, err
		}
		a := found[ref]
		if a == nil {
			return nil, dipgraph.Errorf(dipgraph.ENOTFOUND, "no actor is named %q", ref)
		}
		if other := found[alias]; other != nil && other.ID != a.ID {
			return nil, dipgraph.Errorf(dipgraph.ECONFLICT, "%q already names actor %q", alias, other.Name)
		}
		add := aliasList(a.Name, a.Aliases, alias)
		if len(add) == 0 && found[alias] != nil {
			return a, nil
		}
		return singleValue(ctx, db, tx, `
MATCH (a:Actor {id: $id})
SET a.aliases = coalesce(a.aliases, []) + $add
MERGE (k:Alias {key: toLower(trim($alias))})
MERGE (k)-[:ALIAS_OF]->(a)
RETURN `+actorProjection("a")+` AS actor`, map[string]any{"id": a.ID, "add": add, "alias": alias}, actorFrom)
	})
	if err != nil {
		return nil, fmt.Errorf("add alias: %w", err)
	}
	return actor, nil
}

// MergeActors folds the actors that others name into the one survivor
// names, in one transaction: their relationships move to the survivor,
// their names and aliases become its aliases, their ids are recorded in its
// mergedIds and redirect later loads, and they are deleted. It returns
// ENOTFOUND for a ref that names nobody and EINVALID when others is empty or
// names the survivor.
func (db *DB) MergeActors(ctx context.Context, survivor string, others []string) (*dipgraph.Actor, error) {
	if len(others) == 0 {
		return nil, dipgraph.FieldErrorf("others", "name at least one actor to merge")
	}
	actor, err := writeTx(ctx, db, func(tx neo4j.ManagedTransaction) (*dipgraph.Actor, error) {
		found, err := db.resolveActors(ctx, tx, append([]string{survivor}, others...))
		if err != nil {
			return nil, err
		}
		s := found[survivor]
		if s == nil {
			return nil, dipgraph.Errorf(dipgraph.ENOTFOUND, "no actor is named %q", survivor)
		}
		var ids []string
		aliases := slices.Clone(s.Aliases)
		for _, ref := range others {
			o := found[ref]
			switch {
			case o == nil:
				return nil, dipgraph.Errorf(dipgraph.ENOTFOUND, "no actor is named %q", ref)
			case o.ID == s.ID:
				return nil, dipgraph.FieldErrorf("others", "cannot merge actor %q into itself", s.Name)
			case slices.Contains(ids, o.ID):
				continue
			}
			ids = append(ids, o.ID)
			aliases = append(aliases, aliasList(s.Name, aliases, append([]string{o.Name}, o.Aliases...)...)...)
		}
		return singleValue(ctx, db, tx, `
MATCH (s:Actor {id: $survivor})
UNWIND $others AS oid
MATCH (o:Actor {id: oid})
CALL { WITH s, o MATCH (o)-[r:SAID]->(c) MERGE (s)-[:SAID]->(c) DELETE r }
CALL { WITH s, o MATCH (c)-[r:ADDRESSED_TO]->(o) MERGE (c)-[:ADDRESSED_TO]->(s) DELETE r }
CALL { WITH s, o MATCH (c)-[r:ABOUT]->(o) MERGE (c)-[:ABOUT]->(s) DELETE r }
CALL { WITH s, o MATCH (o)-[r:PARTICIPATED_IN]->(e) MERGE (s)-[:PARTICIPATED_IN]->(e) DELETE r }
CALL {
  WITH s, o
  MATCH (o)-[r:AFFILIATED_WITH]->(x)
  WITH s, o, r, x, r.role AS role
  DELETE r
  WITH s, o, x, role WHERE x <> s AND x <> o
  MERGE (s)-[n:AFFILIATED_WITH]->(x) ON CREATE SET n.role = role
}
CALL {
  WITH s, o
  MATCH (x)-[r:AFFILIATED_WITH]->(o)
  WITH s, o, r, x, r.role AS role
  DELETE r
  WITH s, o, x, role WHERE x <> s AND x <> o
  MERGE (x)-[n:AFFILIATED_WITH]->(s) ON CREATE SET n.role = role
}
CALL { WITH s, o MATCH (k:Alias)-[r:ALIAS_OF]->(o) MERGE (k)-[:ALIAS_OF]->(s) DELETE r }
CALL { WITH s, o MATCH (m:MergedID)-[r:MERGED_INTO]->(o) MERGE (m)-[:MERGED_INTO]->(s) DELETE r }
MERGE (m:MergedID {id: o.id})
MERGE (m)-[:MERGED_INTO]->(s)
WITH s, o, coalesce(o.mergedIds, []) + o.id AS gone, o.role AS role
DELETE o
WITH s, collect(gone) AS gone, collect(role) AS roles
SET s.mergedIds = coalesce(s.mergedIds, []) + reduce(acc = [], g IN gone | acc + g),
    s.aliases = $aliases,
    s.role = coalesce(s.role, head(roles))
WITH s
CALL {
  WITH s
  UNWIND [s.name] + s.aliases AS alias
  MERGE (k:Alias {key: toLower(trim(alias))})
  WITH s, k WHERE NOT EXISTS { (k)-[:ALIAS_OF]->() }
  CREATE (k)-[:ALIAS_OF]->(s)
}
RETURN `+actorProjection("s")+` AS actor`, map[string]any{"survivor": s.ID, "others": ids, "aliases": aliases}, actorFrom)
	})
	if err != nil {
		return nil, fmt.Errorf("merge actors: %w", err)
	}
	return actor, nil
}

// FindInterlocutors lists the actors that the actor with id addressed
// claims to or heard claims from, counting claims dated within [from, to];
// with both ends open undated claims count too. The busiest come first. It
// returns ENOTFOUND for an unknown actor and EINVALID for a bad range.
func (db *DB) FindInterlocutors(ctx context.Context, id string, from, to dipgraph.Date) ([]*dipgraph.Interlocutor, error) {
	fromP, toP, err := dateRange(from, to)
	if err != nil {
		return nil, err
	}
	const inRange = `($from IS NULL OR c.date >= date($from)) AND ($to IS NULL OR c.date <= date($to))`
	q := `
MATCH (me:Actor {id: $id})
CALL {
  WITH me
  CALL {
    WITH me
    MATCH (me)-[:SAID]->(c:Claim)-[:ADDRESSED_TO]->(o:Actor)
    WHERE o <> me AND ` + inRange + `
    RETURN o, 1 AS said, 0 AS heard, c.date AS d
    UNION ALL
    WITH me
    MATCH (o:Actor)-[:SAID]->(c:Claim)-[:ADDRESSED_TO]->(me)
    WHERE o <> me AND ` + inRange + `
    RETURN o, 0 AS said, 1 AS heard, c.date AS d
  }
  WITH o, sum(said) AS said, sum(heard) AS heard, max(d) AS last
  ORDER BY said + heard DESC, o.name, o.id
  RETURN collect({actor: ` + actorProjection("o") + `, said: said, heard: heard, last: toString(last)}) AS list
}
RETURN list`
	list, err := readTx(ctx, db, func(tx neo4j.ManagedTransaction) ([]*dipgraph.Interlocutor, error) {
		recs, err := db.collect(ctx, tx, q, map[string]any{"id": id, "from": fromP, "to": toP})
		if err != nil {
			return nil, err
		} else if len(recs) == 0 {
			return nil, dipgraph.Errorf(dipgraph.ENOTFOUND, "actor %s not found", id)
		}
		v, _ := recs[0].Get("list")
		out := []*dipgraph.Interlocutor{}
		for _, m := range maps(v) {
			out = append(out, &dipgraph.Interlocutor{
				Actor:     actorFrom(m["actor"]),
				SaidTo:    num(m, "said"),
				HeardFrom: num(m, "heard"),
				Last:      dipgraph.Date(str(m, "last")),
			})
		}
		return out, nil
	})
	if err != nil {
		return nil, fmt.Errorf("find interlocutors: %w", err)
	}
	return list, nil
}
