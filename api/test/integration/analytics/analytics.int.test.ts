/** Analytics queries on small fixture graphs whose answers are worked out by hand. */
import { beforeEach, describe, expect, it } from "vitest";

import { RelationshipType as R } from "../../../src/model/relationship-types.js";
import {
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTargetGroup,
  buildTheme,
  buildVindplaats,
  relate,
} from "../../factories/index.js";
import { executeGraphQL, graphFingerprint, resetDatabase } from "../../helpers/test-db.js";

beforeEach(resetDatabase);

describe("vindplaatsLoad", () => {
  it("counts distinct organisations directly and through their people, asks per theme, sorted by load", async () => {
    const t = await buildTheme({ name: "Eenzaamheid" });
    const u = await buildTheme({ name: "Schulden" });
    const school = await buildVindplaats({ name: "School", capacity: 2 });
    const library = await buildVindplaats({ name: "Bibliotheek", capacity: 5, village: "Wilp" });
    const [a, b] = [await buildOrganisation({ name: "A" }), await buildOrganisation({ name: "B" })];
    const anna = await buildPerson({ name: "Anna" });
    await relate(R.WORKS_FOR, anna, b);
    await relate(R.ACTIVE_AT, a, school, { themeIds: [t.id, u.id] });
    await relate(R.ACTIVE_AT, anna, school, { themeIds: [t.id] });
    await relate(R.ACTIVE_AT, b, school, { themeIds: [t.id] }); // B twice: counted once
    await relate(R.ACTIVE_AT, a, library, { themeIds: [u.id] });
    const group = await buildTargetGroup({ name: "Ouderen" });
    await relate(R.REACHES, library, group);

    const result = await executeGraphQL<{ vindplaatsLoad: Record<string, unknown>[] }>(`{
      vindplaatsLoad { vindplaats { id } partyCount parties { id direct viaPersonIds } asks { themeName count }
                       load status underused uniqueTargetGroups { id } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.vindplaatsLoad).toEqual([
      {
        vindplaats: { id: school.id },
        partyCount: 2,
        parties: [
          { id: a.id, direct: true, viaPersonIds: [] },
          { id: b.id, direct: true, viaPersonIds: [anna.id] },
        ],
        asks: [
          { themeName: "Eenzaamheid", count: 3 },
          { themeName: "Schulden", count: 1 },
        ],
        load: 1,
        status: "BUSY",
        underused: false,
        uniqueTargetGroups: [],
      },
      {
        vindplaats: { id: library.id },
        partyCount: 1,
        parties: [{ id: a.id, direct: true, viaPersonIds: [] }],
        asks: [{ themeName: "Schulden", count: 1 }],
        load: 0.2,
        status: "OK",
        underused: true,
        uniqueTargetGroups: [{ id: group.id }],
      },
    ]);
    const wilp = await executeGraphQL<{ vindplaatsLoad: { vindplaats: { id: string } }[] }>(
      `query($t: ID) { vindplaatsLoad(filter: { village: "Wilp", themeId: $t }) { vindplaats { id } } }`,
      { t: u.id },
    );
    expect(wilp.data!.vindplaatsLoad).toEqual([{ vindplaats: { id: library.id } }]);
  });

  it("names the field of an unknown theme", async () => {
    const result = await executeGraphQL(
      `{ vindplaatsLoad(filter: { themeId: "thema-bestaat-niet" }) { load } }`,
    );
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "themeId" });
  });
});

describe("coverage", () => {
  it("lists every vindplaats reaching the group, with who is active there for the theme", async () => {
    const t = await buildTheme({ name: "Inclusie" });
    const g = await buildTargetGroup({ name: "Statushouders" });
    await relate(R.CONCERNS, t, g);
    const food = await buildVindplaats({ name: "Voedselbank" });
    const house = await buildVindplaats({ name: "Dorpshuis" });
    await relate(R.REACHES, food, g);
    await relate(R.REACHES, house, g);
    const welfare = await buildOrganisation({ name: "Welzijn" });
    await relate(R.WORKS_ON, welfare, t);
    const piet = await buildPerson({ name: "Piet" });
    await relate(R.WORKS_FOR, piet, welfare);
    await relate(R.ACTIVE_AT, piet, house, { themeIds: [t.id] });
    const other = await buildOrganisation({ name: "Anders" });
    await relate(R.ACTIVE_AT, other, food, { themeIds: [t.id] });

    const result = await executeGraphQL<{ coverage: unknown[] }>(
      `{ coverage { theme { id } targetGroup { id } covered cells { vindplaats { id } actors { id } } } }`,
    );
    expect(result.data!.coverage).toEqual([
      {
        theme: { id: t.id },
        targetGroup: { id: g.id },
        covered: true,
        cells: [
          { vindplaats: { id: house.id }, actors: [{ id: piet.id }] },
          { vindplaats: { id: food.id }, actors: [] },
        ],
      },
    ]);
  });
});

describe("partnerSuggestions", () => {
  it("ranks by score with reasons, a contact person and the introduction path", async () => {
    // Asker Org A signals Schulden and works on Eenzaamheid, active at Bibliotheek.
    const schulden = await buildTheme({ name: "Schulden" });
    const eenzaam = await buildTheme({ name: "Eenzaamheid" });
    const lib = await buildVindplaats({ name: "Bibliotheek Twello" });
    const a = await buildOrganisation({ name: "A" });
    const b = await buildOrganisation({ name: "B" });
    const c = await buildOrganisation({ name: "C" });
    const d = await buildOrganisation({ name: "D" });
    await relate(R.SIGNALS, a, schulden);
    await relate(R.WORKS_ON, a, eenzaam);
    await relate(R.ACTIVE_AT, a, lib, { themeIds: [eenzaam.id] });
    // B provides help for Schulden (complementary: 4) and works on Eenzaamheid (shared: 3) → 7.
    await relate(R.WORKS_ON, b, schulden);
    await relate(R.WORKS_ON, b, eenzaam);
    // C is active at the same vindplaats (2) → 2.
    await relate(R.ACTIVE_AT, c, lib, { themeIds: [schulden.id] });
    // D already collaborates with A: excluded.
    await relate(R.COLLABORATES_WITH, a, d);
    await relate(R.WORKS_ON, d, schulden);
    // Introductions: Ann (A) knows Bo (B).
    const ann = await buildPerson({ name: "Ann" });
    const bo = await buildPerson({ name: "Bo" });
    await relate(R.WORKS_FOR, ann, a);
    await relate(R.WORKS_FOR, bo, b);
    await relate(R.KNOWS, ann, bo);

    const result = await executeGraphQL<{ partnerSuggestions: Record<string, unknown>[] }>(
      `query($id: ID) { partnerSuggestions(forOrganisation: $id, limit: 5) {
         candidate { id } score parts { sharedThemes sharedVindplaatsen complementarity commonContactCount }
         reasons { nl en } contactPerson { id } introductionPath { hops nodeIds } } }`,
      { id: a.id },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.partnerSuggestions).toEqual([
      {
        candidate: { id: b.id },
        score: 7,
        parts: {
          sharedThemes: 1,
          sharedVindplaatsen: 0,
          complementarity: 1,
          commonContactCount: 0,
        },
        reasons: [
          {
            nl: "biedt hulp bij Schulden, dat A signaleert",
            en: "provides help for Schulden, which A signals",
          },
          { nl: "werkt ook aan Eenzaamheid", en: "also works on Eenzaamheid" },
        ],
        contactPerson: { id: bo.id },
        introductionPath: { hops: 3, nodeIds: [a.id, ann.id, bo.id, b.id] },
      },
      {
        candidate: { id: c.id },
        score: 2,
        parts: {
          sharedThemes: 0,
          sharedVindplaatsen: 1,
          complementarity: 0,
          commonContactCount: 0,
        },
        reasons: [
          {
            nl: "actief op dezelfde vindplaats: Bibliotheek Twello",
            en: "active at the same vindplaats: Bibliotheek Twello",
          },
        ],
        contactPerson: null,
        introductionPath: null,
      },
    ]);
  });

  it("wants exactly one asker and knows its ids", async () => {
    const none = await executeGraphQL(`{ partnerSuggestions { score } }`);
    expect(none.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "forPerson",
    });
    const unknown = await executeGraphQL(
      `{ partnerSuggestions(forTheme: "thema-onbekend") { score } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "forTheme" });
    const limit = await executeGraphQL(
      `{ partnerSuggestions(forTheme: "x", limit: 51) { score } }`,
    );
    expect(limit.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "limit" });
  });
});

describe("introductionPaths", () => {
  it("returns the k shortest paths over KNOWS and colleagues, shortest first", async () => {
    // a–b–d (2 hops) and a–org–c–d via colleague c (3 hops); e is beyond maxHops 2.
    const [a, b, c, d, e] = await Promise.all(
      ["A", "B", "C", "D", "E"].map((name) => buildPerson({ name })),
    );
    const org = await buildOrganisation({ name: "Org" });
    await relate(R.KNOWS, a!, b!);
    await relate(R.KNOWS, b!, d!);
    await relate(R.WORKS_FOR, a!, org);
    await relate(R.WORKS_FOR, c!, org);
    await relate(R.KNOWS, c!, d!);
    await relate(R.KNOWS, d!, e!);
    const result = await executeGraphQL<{
      introductionPaths: { hops: number; nodeIds: string[]; edgeIds: string[] }[];
    }>(
      `query($from: ID!, $to: ID!) { introductionPaths(from: $from, to: $to, k: 3) { hops nodeIds edgeIds nodes { type } } }`,
      { from: a!.id, to: d!.id },
    );
    expect(result.errors).toBeUndefined();
    const [first, second, ...rest] = result.data!.introductionPaths;
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ hops: 2, nodeIds: [a!.id, b!.id, d!.id] });
    expect(second).toMatchObject({ hops: 3, nodeIds: [a!.id, org.id, c!.id, d!.id] });
    expect(second!.edgeIds).toEqual([
      `WORKS_FOR:${a!.id}:${org.id}`,
      `WORKS_FOR:${c!.id}:${org.id}`,
      [c!.id, d!.id].sort().reduce((x, y) => `KNOWS:${x}:${y}`),
    ]);
    const far = await executeGraphQL<{ introductionPaths: unknown[] }>(
      `query($from: ID!, $to: ID!) { introductionPaths(from: $from, to: $to, maxHops: 2) { hops } }`,
      { from: a!.id, to: e!.id },
    );
    expect(far.data!.introductionPaths).toEqual([]);
  });

  it("bounds k and maxHops and names unknown people", async () => {
    const p = await buildPerson();
    const bigK = await executeGraphQL(
      `query($id: ID!) { introductionPaths(from: $id, to: "per-x", k: 6) { hops } }`,
      { id: p.id },
    );
    expect(bigK.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "k" });
    const hops = await executeGraphQL(
      `query($id: ID!) { introductionPaths(from: $id, to: "per-x", maxHops: 7) { hops } }`,
      { id: p.id },
    );
    expect(hops.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "maxHops",
    });
    const unknown = await executeGraphQL(
      `query($id: ID!) { introductionPaths(from: $id, to: "per-x") { hops } }`,
      { id: p.id },
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: "NOT_FOUND", field: "to" });
  });
});

describe("whatIf and networkHealth", () => {
  it("removing the only provider: new gaps, a theme without provider and route, a split; nothing written", async () => {
    const t = await buildTheme({ name: "Schulden" });
    const help = await buildOrganisation({ name: "Hulp" });
    const x = await buildOrganisation({ name: "X" });
    const y = await buildOrganisation({ name: "Y" });
    const trek = await buildPerson({ name: "Trekker" });
    await relate(R.TREKKER_OF, trek, t);
    await relate(R.WORKS_FOR, trek, x);
    await relate(R.WORKS_ON, help, t);
    await relate(R.SIGNALS, x, t);
    await buildReferralRoute(x, help, t);
    await relate(R.COLLABORATES_WITH, help, y);
    const before = await graphFingerprint();
    const result = await executeGraphQL<{ whatIf: Record<string, unknown> }>(
      `query($ids: [ID!]!) { whatIf(removeNodeIds: $ids) { gapsAppearing { id } themesWithoutProvider { id }
         themesWithoutRoute { id } componentsBefore componentsAfter splits { sizeBefore parts { nodeIds } } } }`,
      { ids: [help.id] },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.whatIf).toEqual({
      gapsAppearing: [
        { id: `THEME_WITHOUT_PROVIDER:${t.id}` },
        { id: `SIGNAL_WITHOUT_ROUTE:${x.id}:${t.id}` },
        { id: `ISOLATED_ORGANISATION:${y.id}` },
      ],
      themesWithoutProvider: [{ id: t.id }],
      themesWithoutRoute: [{ id: t.id }],
      componentsBefore: 1,
      componentsAfter: 2,
      splits: [
        { sizeBefore: 4, parts: [{ nodeIds: [trek.id, x.id].sort() }, { nodeIds: [y.id] }] },
      ],
    });
    expect(await graphFingerprint()).toBe(before);
    const themeNode = await executeGraphQL(
      `query($ids: [ID!]!) { whatIf(removeNodeIds: $ids) { componentsAfter } }`,
      { ids: [t.id] },
    );
    expect(themeNode.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "removeNodeIds",
    });
    const unknown = await executeGraphQL(
      `{ whatIf(removeNodeIds: ["org-weg"]) { componentsAfter } }`,
    );
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: "NOT_FOUND",
      field: "removeNodeIds",
    });
  });

  it("network health of a star, recomputed after a write (cache per graph version)", async () => {
    // A star: hub knows three people. Betweenness of the hub 1, density 0.5, centralisation 1.
    const hub = await buildPerson({ name: "Hub" });
    const leaves = await Promise.all(["L1", "L2", "L3"].map((name) => buildPerson({ name })));
    for (const leaf of leaves) await relate(R.KNOWS, hub, leaf);
    const query = `{ networkHealth { nodes relationships density components degreeCentralisation averagePathLength
                     sampled topBrokers { id betweenness degree } } }`;
    const first = await executeGraphQL<{ networkHealth: Record<string, unknown> }>(query);
    expect(first.errors).toBeUndefined();
    expect(first.data!.networkHealth).toEqual({
      nodes: 4,
      relationships: 3,
      density: 0.5,
      components: 1,
      degreeCentralisation: 1,
      averagePathLength: 1.5,
      sampled: false,
      topBrokers: [{ id: hub.id, betweenness: 1, degree: 3 }],
    });
    await relate(R.KNOWS, leaves[0]!, leaves[1]!);
    const second = await executeGraphQL<{ networkHealth: { relationships: number } }>(query);
    expect(second.data!.networkHealth.relationships).toBe(4);
  });
});
