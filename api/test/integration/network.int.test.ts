/**
 * The `network` query behind the map (filters, neighbourhoods) and the `search` and `villages`
 * queries, on small graphs whose answers are worked out by hand.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { relationshipId, RelationshipType as R } from "../../src/model/relationship-types.js";
import {
  buildAction,
  buildMeeting,
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTargetGroup,
  buildTheme,
  buildVindplaats,
  relate,
} from "../factories/index.js";
import { queryData, queryError } from "../helpers/graphql.js";
import { graphFingerprint, resetDatabase, testServices } from "../helpers/test-db.js";

interface MapNode {
  id: string;
  type: string;
  name: string;
  village: string | null;
  kind: string | null;
  degree: number;
}
interface MapEdge {
  id: string;
  type: string;
  source: string;
  target: string;
  themeId: string | null;
  themeName: string | null;
  agreed: boolean | null;
  strength: number | null;
}

const NETWORK = `query($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { id type name village kind degree }
    edges { id type source target themeId themeName agreed strength }
  }
}`;

/**
 * The API draws the map from Neo4j, or from the in-memory snapshot of the graph while one is
 * loaded for the current graph version: every map test below runs against both.
 */
const SOURCES = ["Neo4j", "the loaded snapshot"] as const;
let source: (typeof SOURCES)[number] = "Neo4j";

/** Loads the snapshot (each test starts on a new graph, which leaves it stale) when asked for. */
async function prepareSource() {
  const { snapshots } = testServices();
  if (source === "Neo4j") {
    expect(await snapshots.ifLoaded()).toBeNull();
    return;
  }
  await snapshots.current();
  expect(await snapshots.ifLoaded()).not.toBeNull();
}

async function network(filter?: Record<string, unknown>) {
  await prepareSource();
  const data = await queryData<{ network: { nodes: MapNode[]; edges: MapEdge[] } }>(NETWORK, {
    filter,
  });
  return data.network;
}

/** Node names and edge ids, sorted: what the map draws, independent of order. */
async function drawn(filter?: Record<string, unknown>) {
  const { nodes, edges } = await network(filter);
  return { nodes: nodes.map((n) => n.name).sort(), edges: edges.map((e) => e.id).sort() };
}

describe.each(SOURCES)("the map from %s", (from) => {
  beforeEach(() => {
    source = from;
  });

  describe("network: a chain Anna – Bram → Welzijn – Bibliotheek → Eenzaamheid, and a loose organisation", () => {
    // Anna -KNOWS- Bram -WORKS_FOR-> Welzijn -COLLABORATES_WITH- Bibliotheek -WORKS_ON-> Eenzaamheid;  Los alone.
    let anna: { id: string };
    let bram: { id: string };
    let welzijn: { id: string };
    let bibliotheek: { id: string };
    let eenzaamheid: { id: string };
    let los: { id: string };
    let knows: string;
    let worksFor: string;
    let collaborates: string;
    let worksOn: string;

    beforeEach(async () => {
      await resetDatabase();
      anna = await buildPerson({ name: "Anna", village: "Twello" });
      bram = await buildPerson({ name: "Bram" });
      welzijn = await buildOrganisation({ name: "Welzijn", kind: "WELZIJN", village: "Twello" });
      bibliotheek = await buildOrganisation({
        name: "Bibliotheek",
        kind: "BIBLIOTHEEK",
        village: "Wilp",
      });
      eenzaamheid = await buildTheme({ name: "Eenzaamheid" });
      los = await buildOrganisation({ name: "Los", kind: "BEDRIJF", village: "Voorst" });
      knows = await relate(R.KNOWS, anna, bram, { strength: 3 });
      worksFor = await relate(R.WORKS_FOR, bram, welzijn);
      collaborates = await relate(R.COLLABORATES_WITH, welzijn, bibliotheek);
      worksOn = await relate(R.WORKS_ON, bibliotheek, eenzaamheid);
    });

    it("without a filter draws every node with its degree and every edge once", async () => {
      const { nodes, edges } = await network();
      expect(nodes.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
        { id: anna.id, type: "PERSON", name: "Anna", village: "Twello", kind: null, degree: 1 },
        {
          id: bibliotheek.id,
          type: "ORGANISATION",
          name: "Bibliotheek",
          village: "Wilp",
          kind: "BIBLIOTHEEK",
          degree: 2,
        },
        { id: bram.id, type: "PERSON", name: "Bram", village: null, kind: null, degree: 2 },
        {
          id: eenzaamheid.id,
          type: "THEME",
          name: "Eenzaamheid",
          village: null,
          kind: null,
          degree: 1,
        },
        {
          id: los.id,
          type: "ORGANISATION",
          name: "Los",
          village: "Voorst",
          kind: "BEDRIJF",
          degree: 0,
        },
        {
          id: welzijn.id,
          type: "ORGANISATION",
          name: "Welzijn",
          village: "Twello",
          kind: "WELZIJN",
          degree: 2,
        },
      ]);
      const none = { themeId: null, themeName: null, agreed: null, strength: null };
      expect(edges.sort((a, b) => a.id.localeCompare(b.id))).toEqual(
        [
          { ...none, id: knows, type: "KNOWS", source: anna.id, target: bram.id, strength: 3 },
          { ...none, id: worksFor, type: "WORKS_FOR", source: bram.id, target: welzijn.id },
          {
            ...none,
            id: collaborates,
            type: "COLLABORATES_WITH",
            source: welzijn.id,
            target: bibliotheek.id,
          },
          {
            ...none,
            id: worksOn,
            type: "WORKS_ON",
            source: bibliotheek.id,
            target: eenzaamheid.id,
          },
        ].sort((a, b) => a.id.localeCompare(b.id)),
      );
    });

    it("focus on Anna: 1, 2 and 3 hops", async () => {
      expect(await drawn({ focusId: anna.id, hops: 1 })).toEqual({
        nodes: ["Anna", "Bram"],
        edges: [knows],
      });
      expect(await drawn({ focusId: anna.id, hops: 2 })).toEqual({
        nodes: ["Anna", "Bram", "Welzijn"],
        edges: [knows, worksFor].sort(),
      });
      expect(await drawn({ focusId: anna.id, hops: 3 })).toEqual({
        nodes: ["Anna", "Bibliotheek", "Bram", "Welzijn"],
        edges: [knows, worksFor, collaborates].sort(),
      });
    });

    it("focus without hops means 1 hop, and follows relationships in both directions", async () => {
      expect(await drawn({ focusId: anna.id })).toEqual({
        nodes: ["Anna", "Bram"],
        edges: [knows],
      });
      expect(await drawn({ focusId: welzijn.id, hops: 1 })).toEqual({
        nodes: ["Bibliotheek", "Bram", "Welzijn"],
        edges: [worksFor, collaborates].sort(),
      });
      expect(await drawn({ focusId: welzijn.id, hops: 2 })).toEqual({
        nodes: ["Anna", "Bibliotheek", "Bram", "Eenzaamheid", "Welzijn"],
        edges: [knows, worksFor, collaborates, worksOn].sort(),
      });
      expect(await drawn({ focusId: eenzaamheid.id, hops: 3 })).toEqual({
        nodes: ["Bibliotheek", "Bram", "Eenzaamheid", "Welzijn"],
        edges: [worksFor, collaborates, worksOn].sort(),
      });
    });

    it("focus on a node without relationships draws just that node", async () => {
      expect(await drawn({ focusId: los.id, hops: 3 })).toEqual({ nodes: ["Los"], edges: [] });
    });

    it("focus walks only over the chosen relationship types", async () => {
      expect(
        await drawn({ focusId: anna.id, hops: 3, relationshipTypes: ["KNOWS", "WORKS_FOR"] }),
      ).toEqual({
        nodes: ["Anna", "Bram", "Welzijn"],
        edges: [knows, worksFor].sort(),
      });
    });

    it("an unknown focusId is NOT_FOUND, naming focusId", async () => {
      await prepareSource();
      const error = await queryError(NETWORK, { filter: { focusId: "per-bestaat-niet" } });
      expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "focusId" });
      expect(error.message).toContain("focusId");
    });

    it("nodeTypes keeps only those nodes, and only edges between them", async () => {
      expect(await drawn({ nodeTypes: ["PERSON"] })).toEqual({
        nodes: ["Anna", "Bram"],
        edges: [knows],
      });
      expect(await drawn({ nodeTypes: ["ORGANISATION", "THEME"] })).toEqual({
        nodes: ["Bibliotheek", "Eenzaamheid", "Los", "Welzijn"],
        edges: [collaborates, worksOn].sort(),
      });
    });

    it("relationshipTypes keeps all nodes but only edges of those types", async () => {
      expect(await drawn({ relationshipTypes: ["WORKS_ON"] })).toEqual({
        nodes: ["Anna", "Bibliotheek", "Bram", "Eenzaamheid", "Los", "Welzijn"],
        edges: [worksOn],
      });
    });

    it("villages keeps nodes in those villages and nodes without a village", async () => {
      expect(await drawn({ villages: ["Twello"] })).toEqual({
        nodes: ["Anna", "Bram", "Eenzaamheid", "Welzijn"],
        edges: [knows, worksFor].sort(),
      });
      expect(await drawn({ villages: ["Twello", "Wilp"] })).toEqual({
        nodes: ["Anna", "Bibliotheek", "Bram", "Eenzaamheid", "Welzijn"],
        edges: [knows, worksFor, collaborates, worksOn].sort(),
      });
    });

    it("degree counts the whole network, also when a filter hides neighbours", async () => {
      const { nodes } = await network({ nodeTypes: ["ORGANISATION"] });
      expect(Object.fromEntries(nodes.map((n) => [n.name, n.degree]))).toEqual({
        Welzijn: 2,
        Bibliotheek: 2,
        Los: 0,
      });
    });

    it("reading the network changes nothing", async () => {
      const before = await graphFingerprint();
      await network({ focusId: anna.id, hops: 3 });
      expect(await graphFingerprint()).toBe(before);
    });
  });

  describe("network: themes", () => {
    // Eenzaamheid (T1) and Schulden (T2). Tied to T1: Welzijn works on it, Piet signals it, Tineke
    // leads it, Buurtteam refers to Welzijn for it, JGZ is active at the school for it, it concerns
    // Ouderen, and the Taalcafé contributes to it. Tied only to T2: Schuldhulp, Voedselbank (and its
    // vindplaats). Kees is tied to no theme.
    let ids: Record<string, string>;
    let edgeIds: Record<string, string>;

    beforeEach(async () => {
      await resetDatabase();
      const t1 = await buildTheme({ name: "Eenzaamheid" });
      const t2 = await buildTheme({ name: "Schulden" });
      const welzijn = await buildOrganisation({ name: "Welzijn" });
      const schuldhulp = await buildOrganisation({ name: "Schuldhulp" });
      const buurtteam = await buildOrganisation({ name: "Buurtteam" });
      const jgz = await buildOrganisation({ name: "JGZ" });
      const voedselbank = await buildOrganisation({ name: "Voedselbank" });
      const school = await buildVindplaats({ name: "School" });
      const uitgiftepunt = await buildVindplaats({ name: "Uitgiftepunt" });
      const piet = await buildPerson({ name: "Piet" });
      const kees = await buildPerson({ name: "Kees" });
      const tineke = await buildPerson({ name: "Tineke" });
      const ouderen = await buildTargetGroup({ name: "Ouderen" });
      const taalcafe = await buildAction({ title: "Taalcafé" });
      ids = {
        t1: t1.id,
        t2: t2.id,
        welzijn: welzijn.id,
        schuldhulp: schuldhulp.id,
        buurtteam: buurtteam.id,
      };
      edgeIds = {
        worksOn1: await relate(R.WORKS_ON, welzijn, t1),
        worksOn2: await relate(R.WORKS_ON, schuldhulp, t2),
        refers1: await buildReferralRoute(buurtteam, welzijn, t1, { agreed: true, perYear: 12 }),
        refers2: await buildReferralRoute(buurtteam, schuldhulp, t2, { agreed: false, perYear: 6 }),
        // A route for T2 between two nodes that are tied to T1: not drawn for T1.
        refersWrongTheme: await buildReferralRoute(buurtteam, welzijn, t2, { agreed: false }),
        signals: await relate(R.SIGNALS, piet, t1),
        trekker: await relate(R.TREKKER_OF, tineke, t1),
        pietKnowsTineke: await relate(R.KNOWS, piet, tineke),
        pietKnowsKees: await relate(R.KNOWS, piet, kees),
        active1: await relate(R.ACTIVE_AT, jgz, school, { themeIds: [t1.id] }),
        active2: await relate(R.ACTIVE_AT, voedselbank, uitgiftepunt, { themeIds: [t2.id] }),
        concerns: await relate(R.CONCERNS, t1, ouderen),
        contributes: await relate(R.CONTRIBUTES_TO, taalcafe, t1),
      };
    });

    it("themeIds keeps the theme and what is tied to it, and only the edges for it", async () => {
      const e = edgeIds;
      expect(await drawn({ themeIds: [ids.t1] })).toEqual({
        nodes: [
          "Buurtteam",
          "Eenzaamheid",
          "JGZ",
          "Ouderen",
          "Piet",
          "School",
          "Taalcafé",
          "Tineke",
          "Welzijn",
        ],
        edges: [
          e.worksOn1,
          e.refers1,
          e.signals,
          e.trekker,
          e.pietKnowsTineke,
          e.active1,
          e.concerns,
          e.contributes,
        ]
          .map(String)
          .sort(),
      });
    });

    it("several themeIds keep what is tied to any of them", async () => {
      const { nodes, edges } = await drawn({ themeIds: [ids.t1, ids.t2] });
      expect(nodes).toEqual([
        "Buurtteam",
        "Eenzaamheid",
        "JGZ",
        "Ouderen",
        "Piet",
        "School",
        "Schulden",
        "Schuldhulp",
        "Taalcafé",
        "Tineke",
        "Uitgiftepunt",
        "Voedselbank",
        "Welzijn",
      ]);
      expect(edges).toEqual(
        Object.values(edgeIds)
          .filter((id) => id !== edgeIds.pietKnowsKees)
          .sort(),
      );
    });

    it("referral edges carry their theme's name and whether the route is agreed", async () => {
      const { edges } = await network({ relationshipTypes: ["REFERS_TO"] });
      const routes = edges
        .map(({ source, target, themeId, themeName, agreed }) => ({
          source,
          target,
          themeId,
          themeName,
          agreed,
        }))
        .sort((a, b) => `${a.target}${a.themeName}`.localeCompare(`${b.target}${b.themeName}`));
      expect(routes).toEqual(
        [
          {
            source: ids.buurtteam,
            target: ids.welzijn,
            themeId: ids.t1,
            themeName: "Eenzaamheid",
            agreed: true,
          },
          {
            source: ids.buurtteam,
            target: ids.schuldhulp,
            themeId: ids.t2,
            themeName: "Schulden",
            agreed: false,
          },
          {
            source: ids.buurtteam,
            target: ids.welzijn,
            themeId: ids.t2,
            themeName: "Schulden",
            agreed: false,
          },
        ].sort((a, b) => `${a.target}${a.themeName}`.localeCompare(`${b.target}${b.themeName}`)),
      );
      expect(edges.map((e) => e.id).sort()).toEqual(
        [
          relationshipId(R.REFERS_TO, ids.buurtteam!, ids.welzijn!, ids.t1),
          relationshipId(R.REFERS_TO, ids.buurtteam!, ids.schuldhulp!, ids.t2),
          relationshipId(R.REFERS_TO, ids.buurtteam!, ids.welzijn!, ids.t2),
        ].sort(),
      );
    });
  });
});

describe("search and villages", () => {
  beforeEach(resetDatabase);

  it("search finds any kind of node by part of its name, names starting with the text first", async () => {
    await buildOrganisation({ name: "Bibliotheek Voorst", village: "Twello" });
    await buildVindplaats({ name: "Openbare Bibliotheek Twello", kind: "BIBLIOTHEEK" });
    await buildAction({ title: "bibliotheekbezoek voor ouderen" });
    await buildPerson({ name: "Anna" });

    const search = `query($text: String!, $limit: Int!) { search(text: $text, limit: $limit) { name type } }`;
    expect(await queryData(search, { text: "BIBLIO", limit: 10 })).toEqual({
      search: [
        { name: "Bibliotheek Voorst", type: "ORGANISATION" },
        { name: "bibliotheekbezoek voor ouderen", type: "ACTION" },
        { name: "Openbare Bibliotheek Twello", type: "VINDPLAATS" },
      ],
    });
    expect(await queryData(search, { text: "biblio", limit: 1 })).toEqual({
      search: [{ name: "Bibliotheek Voorst", type: "ORGANISATION" }],
    });
    expect(await queryData(search, { text: "xyz", limit: 10 })).toEqual({ search: [] });
  });

  it("villages lists each village that occurs, once, in order", async () => {
    await buildOrganisation({ village: "Twello" });
    await buildOrganisation({ village: "Wilp" });
    await buildVindplaats({ village: "Twello" });
    await buildPerson({ village: "Nijbroek" });
    await buildPerson();
    await buildMeeting({ village: "De Vecht" });
    expect(await queryData(`query { villages }`)).toEqual({
      villages: ["De Vecht", "Nijbroek", "Twello", "Wilp"],
    });
  });
});
