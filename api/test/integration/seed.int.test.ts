/**
 * The Voorst demo seed: idempotent, big enough to demo, servable by the API, and with the gaps
 * that seed/voorst/README.md promises — each checked with plain Cypher, independent of the
 * analytics code that will look for them.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { NODE_LABELS } from "../../src/model/node-types.js";
import { seedDemo } from "../../src/seed/demo.js";
import { queryData } from "../helpers/graphql.js";
import {
  executeCypher,
  graphFingerprint,
  resetDatabase,
  testExecutor,
} from "../helpers/test-db.js";

async function ids(cypher: string, params: Record<string, unknown> = {}): Promise<string[]> {
  return (await executeCypher(cypher, params)).map((row) => String(row.id)).sort();
}

async function count(cypher: string): Promise<number> {
  const [row] = await executeCypher(cypher);
  return Number(row?.n);
}

describe("seedDemo", () => {
  beforeEach(resetDatabase);

  it("gives the same graph when run twice, and changes nothing the second time", async () => {
    const first = await seedDemo(testExecutor());
    const after = await graphFingerprint();
    const second = await seedDemo(testExecutor());

    expect(await graphFingerprint()).toBe(after);
    expect(first).toMatchObject({ nodesChanged: 210, relationshipsWritten: 835 });
    expect(second).toEqual({ nodesChanged: 0, relationshipsChanged: 0, relationshipsWritten: 835 });
  });

  it("holds at least 150 nodes and 400 relationships, of every label", async () => {
    await seedDemo(testExecutor());
    expect(
      await count(`MATCH (n:${NODE_LABELS.join("|")}) RETURN count(n) AS n`),
    ).toBeGreaterThanOrEqual(150);
    expect(await count("MATCH ()-[r]->() RETURN count(r) AS n")).toBeGreaterThanOrEqual(400);
    const labels = await executeCypher(
      `MATCH (n:${NODE_LABELS.join("|")}) RETURN labels(n)[0] AS label, count(*) AS n ORDER BY label`,
    );
    expect(Object.fromEntries(labels.map((row) => [row.label, row.n]))).toEqual({
      Action: 21,
      Meeting: 5,
      Organisation: 43,
      Person: 88,
      TargetGroup: 10,
      Theme: 11,
      Vindplaats: 32,
    });
  });

  it("is served whole by the API: the map and every list", async () => {
    await seedDemo(testExecutor());
    const { network } = await queryData<{ network: { nodes: unknown[]; edges: unknown[] } }>(
      `query { network { nodes { id type name degree } edges { id type source target themeName } } }`,
    );
    expect(network.nodes).toHaveLength(210);
    expect(network.edges).toHaveLength(835);
    const lists = await queryData<Record<string, unknown[]>>(`query {
      organisations(take: 200) { id name kind village }
      persons(take: 200) { id name role }
      themes(take: 200) { id name domain }
      vindplaatsen(take: 200) { id name kind village capacity }
      targetGroups(take: 200) { id name }
      actions(take: 200) { id title status }
      meetings(take: 200) { id title date }
    }`);
    expect(
      Object.fromEntries(Object.entries(lists).map(([key, items]) => [key, items.length])),
    ).toEqual({
      organisations: 43,
      persons: 88,
      themes: 11,
      vindplaatsen: 32,
      targetGroups: 10,
      actions: 21,
      meetings: 5,
    });
  });
});

describe("the planted gaps of the demo network", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(testExecutor());
  });

  it("THEME_WITHOUT_TREKKER: only Laaggeletterdheid has no trekker; every other theme has one", async () => {
    expect(
      await ids(
        "MATCH (t:Theme) WHERE NOT EXISTS { (:Person)-[:TREKKER_OF]->(t) } RETURN t.id AS id",
      ),
    ).toEqual(["thema-laaggeletterdheid"]);
    expect(
      await ids(
        "MATCH (t:Theme) WHERE COUNT { (:Person)-[:TREKKER_OF]->(t) } > 1 RETURN t.id AS id",
      ),
    ).toEqual([]);
    // The trekker of an action that contributes to it does not count.
    expect(
      await ids(
        "MATCH (p:Person)-[:TREKKER_OF]->(:Action {id: 'actie-taalcafe-bibliotheek'})-[:CONTRIBUTES_TO]->(:Theme {id: 'thema-laaggeletterdheid'}) RETURN p.id AS id",
      ),
    ).toEqual(["per-ellen-de-haan"]);
  });

  it("THEME_WITHOUT_PROVIDER: only Alcohol en middelen, signalled by the football club and Dion Mulder", async () => {
    expect(
      await ids(
        "MATCH (t:Theme) WHERE NOT EXISTS { (:Organisation)-[:WORKS_ON]->(t) } RETURN t.id AS id",
      ),
    ).toEqual(["thema-alcohol-en-middelen"]);
    expect(
      await ids(
        "MATCH (s)-[:SIGNALS]->(:Theme {id: 'thema-alcohol-en-middelen'}) RETURN s.id AS id",
      ),
    ).toEqual(["org-voetbalvereniging-twello", "per-dion-mulder"]);
  });

  it("SIGNAL_WITHOUT_ROUTE: Eva Lammers signals Schulden; her school neither helps nor refers for it", async () => {
    // A signal has a route when the signaller (or the organisation a signalling person works for)
    // works on the theme or refers for it to an organisation that does.
    const withoutRoute = await executeCypher(`
      MATCH (s)-[:SIGNALS]->(t:Theme)
      OPTIONAL MATCH (s)-[:WORKS_FOR]->(employer:Organisation)
      WITH s, t, CASE WHEN s:Organisation THEN [s] ELSE collect(employer) END AS orgs
      WHERE NONE(o IN orgs WHERE (o)-[:WORKS_ON]->(t)
                 OR EXISTS { MATCH (o)-[r:REFERS_TO]->(p:Organisation)-[:WORKS_ON]->(t) WHERE r.themeId = t.id })
      RETURN s.id AS signaller, t.id AS theme ORDER BY signaller, theme`);
    expect(withoutRoute).toEqual([
      { signaller: "org-voetbalvereniging-twello", theme: "thema-alcohol-en-middelen" },
      { signaller: "per-dion-mulder", theme: "thema-alcohol-en-middelen" },
      { signaller: "per-eva-lammers", theme: "thema-schulden" },
    ]);
    expect(
      await ids("MATCH (:Person {id: 'per-eva-lammers'})-[:WORKS_FOR]->(o) RETURN o.id AS id"),
    ).toEqual(["org-basisschool-het-klaverblad"]);
  });

  it("UNREACHED_TARGET_GROUP: nobody active where statushouders are found signals or works on Inclusie", async () => {
    expect(
      await ids(
        "MATCH (:Theme {id: 'thema-inclusie'})-[:CONCERNS]->(g:TargetGroup) RETURN g.id AS id",
      ),
    ).toContain("dg-statushouders");
    expect(
      await ids(
        "MATCH (v:Vindplaats)-[:REACHES]->(:TargetGroup {id: 'dg-statushouders'}) RETURN v.id AS id",
      ),
    ).toEqual(["vp-voedselbank-twello"]);
    // Active there: two people and the food bank; with the people's organisations, these parties.
    expect(
      await ids(`
        MATCH (a)-[:ACTIVE_AT]->(:Vindplaats {id: 'vp-voedselbank-twello'})
        OPTIONAL MATCH (a)-[:WORKS_FOR]->(o:Organisation)
        UNWIND [a, o] AS party
        WITH DISTINCT party WHERE party IS NOT NULL
        RETURN party.id AS id`),
    ).toEqual([
      "org-schuldhulpmaatje-voorst",
      "org-voedselbank-voorst",
      "per-gerard-mentink",
      "per-petra-lankhorst",
    ]);
    const tiedToInclusie = await executeCypher(`
      MATCH (a)-[:ACTIVE_AT]->(:Vindplaats {id: 'vp-voedselbank-twello'})
      OPTIONAL MATCH (a)-[:WORKS_FOR]->(o:Organisation)
      WITH a, collect(o) AS organisations
      UNWIND [a] + organisations AS party
      MATCH (party)-[:SIGNALS|WORKS_ON]->(:Theme {id: 'thema-inclusie'})
      RETURN party.id AS id`);
    expect(tiedToInclusie).toEqual([]);
  });

  it("OVERLOADED_VINDPLAATS: De Kastanjehof has 6 parties for capacity 3 (load 2.0); no other is over 1", async () => {
    // Parties: distinct organisations active there directly or through a person who works for them.
    const loads = await executeCypher(`
      MATCH (v:Vindplaats)
      CALL (v) {
        OPTIONAL MATCH (o:Organisation)-[:ACTIVE_AT]->(v) RETURN o
        UNION
        OPTIONAL MATCH (o:Organisation)<-[:WORKS_FOR]-(:Person)-[:ACTIVE_AT]->(v) RETURN o
      }
      WITH v, collect(DISTINCT o.id) AS parties
      RETURN v.id AS id, v.capacity AS capacity, parties, toFloat(size(parties)) / v.capacity AS load
      ORDER BY load DESC, id`);
    const [top, next] = loads;
    expect(top).toMatchObject({ id: "vp-basisschool-de-kastanjehof", capacity: 3, load: 2 });
    expect((top!.parties as string[]).sort()).toEqual([
      "org-bibliotheek-voorst",
      "org-buurtsportcoaches-voorst",
      "org-gemeente-sociaal-team",
      "org-ggd-noord-en-oost-gelderland",
      "org-jgz-voorst",
      "org-jongerenwerk-voorst",
    ]);
    expect(
      await ids(
        "MATCH (o:Organisation {id: 'org-gemeente-sociaal-team'})-[:ACTIVE_AT]->(:Vindplaats {id: 'vp-basisschool-de-kastanjehof'}) RETURN o.id AS id",
      ),
    ).toEqual([]);
    expect(next).toMatchObject({ id: "vp-huisartsenpraktijk-twello", capacity: 6 });
    expect(next!.load).toBeCloseTo(5 / 6, 3);
    expect(loads.filter((row) => Number(row.load) > 1)).toHaveLength(1);
  });

  it("the API's Vindplaats.parties agrees with that definition for De Kastanjehof", async () => {
    const data = await queryData<{ node: { capacity: number; parties: { id: string }[] } }>(
      `query { node(id: "vp-basisschool-de-kastanjehof") { ... on Vindplaats { capacity parties { id } } } }`,
    );
    expect(data.node.parties.length / data.node.capacity).toBe(2);
  });

  it("SINGLE_PROVIDER: Schulden has one provider and all 9 of its referral routes end there", async () => {
    expect(
      await ids(
        "MATCH (o:Organisation)-[:WORKS_ON]->(:Theme {id: 'thema-schulden'}) RETURN o.id AS id",
      ),
    ).toEqual(["org-schuldhulpmaatje-voorst"]);
    const routes = await executeCypher(
      "MATCH ()-[r:REFERS_TO {themeId: 'thema-schulden'}]->(o) RETURN count(r) AS n, collect(DISTINCT o.id) AS ends",
    );
    expect(routes).toEqual([{ n: 9, ends: ["org-schuldhulpmaatje-voorst"] }]);
    // Every other theme with a provider has several, and its routes end at several organisations.
    const others = await executeCypher(`
      MATCH (t:Theme) WHERE t.id <> 'thema-schulden' AND EXISTS { (:Organisation)-[:WORKS_ON]->(t) }
      OPTIONAL MATCH ()-[r:REFERS_TO {themeId: t.id}]->(end)
      WITH t, COUNT { (:Organisation)-[:WORKS_ON]->(t) } AS providers, count(DISTINCT end) AS ends, count(r) AS routes
      WHERE providers < 2 OR (routes > 0 AND ends < 2)
      RETURN t.id AS id`);
    expect(others).toEqual([]);
  });

  it("INFORMAL_ROUTE: exactly the four routes not agreed, each used", async () => {
    const informal = await executeCypher(`
      MATCH (a)-[r:REFERS_TO]->(b) WHERE r.agreed = false
      RETURN a.id AS from, b.id AS to, r.themeId AS theme, r.perYear AS perYear ORDER BY from, to`);
    expect(informal).toEqual([
      {
        from: "org-huisartsenpraktijk-terwolde",
        to: "org-hervormde-gemeente-terwolde",
        theme: "thema-eenzaamheid",
        perYear: 5,
      },
      {
        from: "org-huisartsenpraktijk-twello",
        to: "org-schuldhulpmaatje-voorst",
        theme: "thema-schulden",
        perYear: 8,
      },
      {
        from: "org-jongerenwerk-voorst",
        to: "org-schuldhulpmaatje-voorst",
        theme: "thema-schulden",
        perYear: 6,
      },
      {
        from: "org-woonstichting-voorst",
        to: "org-mens-en-welzijn-voorst",
        theme: "thema-eenzaamheid",
        perYear: 10,
      },
    ]);
    expect(
      await count("MATCH ()-[r:REFERS_TO]->() WHERE r.agreed IS NULL RETURN count(r) AS n"),
    ).toBe(0);
  });

  it("ISOLATED_ORGANISATION: the gardening company has only its one person, who has no other tie", async () => {
    // Isolated: every relationship is a WORKS_FOR from a person who has no other relationship.
    const isolated = await ids(`
      MATCH (o:Organisation)
      WHERE NOT EXISTS { MATCH (o)-[r]-() WHERE type(r) <> 'WORKS_FOR' }
        AND NOT EXISTS { MATCH (o)<-[:WORKS_FOR]-(:Person)-[]-(other) WHERE other <> o }
      RETURN o.id AS id`);
    expect(isolated).toEqual(["org-hoveniersbedrijf-van-ark"]);
    expect(
      await ids(
        "MATCH (p)-[:WORKS_FOR]->(:Organisation {id: 'org-hoveniersbedrijf-van-ark'}) RETURN p.id AS id",
      ),
    ).toEqual(["per-daan-van-ark"]);
  });

  it("SILO: the Woonstichting's people know only each other, while the organisation itself is connected", async () => {
    const silos = await executeCypher(`
      MATCH (o:Organisation)<-[:WORKS_FOR]-(p:Person)
      WITH o, collect(p) AS staff
      WHERE ALL(p IN staff WHERE EXISTS { (p)-[:KNOWS]-() })
        AND ALL(p IN staff WHERE ALL(q IN [(p)-[:KNOWS]-(q) | q] WHERE (q)-[:WORKS_FOR]->(o)))
      RETURN o.id AS id, [p IN staff | p.id] AS staff`);
    expect(silos).toHaveLength(1);
    expect(silos[0]!.id).toBe("org-woonstichting-voorst");
    expect((silos[0]!.staff as string[]).sort()).toEqual([
      "per-koen-vreeman",
      "per-miranda-eshuis",
      "per-ronald-kamps",
    ]);
    const ties = await executeCypher(`
      MATCH (o:Organisation {id: 'org-woonstichting-voorst'})-[r]-()
      WHERE type(r) <> 'WORKS_FOR'
      RETURN collect(DISTINCT type(r)) AS types`);
    expect((ties[0]!.types as string[]).sort()).toEqual(
      expect.arrayContaining(["COLLABORATES_WITH", "REFERS_TO", "SIGNALS", "WORKS_ON"]),
    );
    expect(
      await ids(
        "MATCH (:Organisation {id: 'org-woonstichting-voorst'})-[:WORKS_ON]->(t) RETURN t.id AS id",
      ),
    ).toContain("thema-gezonde-leefomgeving");
  });

  it("BROKER_DEPENDENCY: only Gijs van der Sluis splits the KNOWS + WORKS_FOR network, and the KNOWS network", async () => {
    for (const types of ["KNOWS|WORKS_FOR", "KNOWS"]) {
      const edges = (
        await executeCypher(`MATCH (a)-[:${types}]->(b) RETURN a.id AS a, b.id AS b`)
      ).map((row) => [String(row.a), String(row.b)] as const);
      const base = components(edges);
      const people = [...new Set(edges.flat())].filter((id) => id.startsWith("per-"));
      const brokers = people.filter((person) => components(edges, person).count > base.count);
      expect(brokers, types).toEqual(["per-gijs-van-der-sluis"]);

      // Without him, the Nijbroek group is on its own.
      const without = components(edges, "per-gijs-van-der-sluis");
      const nijbroek = ["per-aaltje-weenink", "per-jochem-bruggink", "per-sietske-van-lochem"];
      const groupOf = (id: string) => without.componentOf.get(id);
      expect(new Set(nijbroek.map(groupOf)).size).toBe(1);
      expect(groupOf("per-aaltje-weenink")).not.toBe(groupOf("per-marieke-hofstede"));
      expect(base.componentOf.get("per-aaltje-weenink")).toBe(
        base.componentOf.get("per-marieke-hofstede"),
      );
    }
  });

  it("the KNOWS + WORKS_FOR network has 3 components: the main one, the silo and the isolated company", async () => {
    const edges = (
      await executeCypher(`MATCH (a)-[:KNOWS|WORKS_FOR]->(b) RETURN a.id AS a, b.id AS b`)
    ).map((row) => [String(row.a), String(row.b)] as const);
    const { count: n, componentOf } = components(edges);
    expect(n).toBe(3);
    const silo = componentOf.get("org-woonstichting-voorst");
    const company = componentOf.get("org-hoveniersbedrijf-van-ark");
    const main = componentOf.get("org-gemeente-sociaal-domein");
    expect(new Set([silo, company, main]).size).toBe(3);
    expect(componentOf.get("org-nijbroek-verbindt")).toBe(main);
  });
});

/**
 * Connected components of an undirected graph given by its edges (every endpoint is a node),
 * optionally without one node; numbered from 0.
 */
function components(
  edges: readonly (readonly [string, string])[],
  without?: string,
): { count: number; componentOf: Map<string, number> } {
  const neighbours = new Map<string, string[]>();
  const add = (a: string, b?: string) => {
    if (a === without) return;
    const list = neighbours.get(a) ?? [];
    if (b !== undefined && b !== without) list.push(b);
    neighbours.set(a, list);
  };
  for (const [a, b] of edges) {
    add(a, b);
    add(b, a);
  }
  const componentOf = new Map<string, number>();
  let count = 0;
  for (const start of neighbours.keys()) {
    if (componentOf.has(start)) continue;
    const stack = [start];
    componentOf.set(start, count);
    while (stack.length) {
      for (const next of neighbours.get(stack.pop()!) ?? []) {
        if (!componentOf.has(next)) {
          componentOf.set(next, count);
          stack.push(next);
        }
      }
    }
    count += 1;
  }
  return { count, componentOf };
}
