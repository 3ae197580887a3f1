/**
 * The map drawn from the in-memory snapshot must be the map Neo4j draws, for every kind of filter:
 * checked on the Voorst demo network and on a generated municipality, filter by filter.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { generateNetwork } from "../../../seed/synthetic.js";
import { NodeType } from "../../src/model/node-types.js";
import { ALL_RELATIONSHIP_SPECS, RelationshipType } from "../../src/model/relationship-types.js";
import type { GraphData } from "../../src/modules/analytics/graph-data.js";
import { UpsertService } from "../../src/modules/import-export/upsert.service.js";
import type { NetworkQueryInput } from "../../src/modules/network/network.queries.js";
import type { Network } from "../../src/modules/network/network.service.js";
import { degreesOf, networkFromSnapshot } from "../../src/modules/network/network.snapshot.js";
import { seedDemo } from "../../src/seed/demo.js";
import { resetDatabase, testExecutor, testServices } from "../helpers/test-db.js";

const byId = <T extends { id: string }>(items: T[]) =>
  [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
const sorted = (network: Network) => ({ nodes: byId(network.nodes), edges: byId(network.edges) });

/** Filters of every kind, with ids and villages taken from the graph itself. */
function filtersFor(data: GraphData): NetworkQueryInput[] {
  const nodes = [...data.nodes.values()];
  const themes = data.ofType(NodeType.THEME).map((t) => t.id);
  const villages = [...new Set(nodes.map((n) => n.village).filter((v): v is string => !!v))];
  const byDegree = [...nodes].sort(
    (a, b) =>
      data.edges.filter((e) => e.from === b.id || e.to === b.id).length -
      data.edges.filter((e) => e.from === a.id || e.to === a.id).length,
  );
  // Hubs, ordinary nodes and the loosest ones, of every type.
  const focuses = [
    ...byDegree.slice(0, 3),
    ...Object.values(NodeType).flatMap((type) => nodes.filter((n) => n.type === type).slice(0, 2)),
    ...byDegree.slice(-2),
  ].map((n) => n.id);
  const relationshipTypes = ALL_RELATIONSHIP_SPECS.map((s) => s.type);
  return [
    {},
    ...themes.map((t) => ({ themeIds: [t] })),
    ...themes.slice(0, 6).map((t, i) => ({ themeIds: [t, themes[(i + 1) % themes.length]!] })),
    { themeIds: themes.slice(0, 2), villages: villages.slice(0, 1) },
    { themeIds: themes.slice(0, 1), nodeTypes: [NodeType.ORGANISATION, NodeType.VINDPLAATS] },
    {
      themeIds: themes.slice(0, 3),
      relationshipTypes: [RelationshipType.REFERS_TO, RelationshipType.ACTIVE_AT],
    },
    { themeIds: ["not-a-theme"] },
    ...Object.values(NodeType).map((type) => ({ nodeTypes: [type] })),
    { nodeTypes: [NodeType.PERSON, NodeType.ORGANISATION] },
    ...relationshipTypes.map((type) => ({ relationshipTypes: [type] })),
    ...villages.map((v) => ({ villages: [v] })),
    { villages: villages.slice(0, 2), nodeTypes: [NodeType.PERSON, NodeType.VINDPLAATS] },
    ...focuses.flatMap((focusId) => [1, 2, 3].map((hops) => ({ focusId, hops }))),
    { focusId: focuses[0], hops: 2, relationshipTypes: [RelationshipType.KNOWS] },
    { focusId: focuses[0], hops: 2, nodeTypes: [NodeType.PERSON, NodeType.THEME] },
    { focusId: focuses[0], hops: 2, themeIds: themes.slice(0, 2) },
    { focusId: focuses[1], hops: 3, villages: villages.slice(0, 1), themeIds: themes.slice(0, 1) },
  ];
}

async function expectSameMaps() {
  const { snapshots, network } = testServices();
  const { data } = await snapshots.current();
  const degrees = degreesOf(data);
  const filters = filtersFor(data);
  expect(filters.length).toBeGreaterThan(60);
  let drawnSomething = 0;
  for (const filter of filters) {
    const fromNeo4j = await network.networkFromDatabase(filter);
    const fromSnapshot = networkFromSnapshot(data, degrees, filter);
    expect(fromSnapshot && sorted(fromSnapshot), JSON.stringify(filter)).toEqual(sorted(fromNeo4j));
    if (fromNeo4j.edges.length) drawnSomething += 1;
  }
  // The comparison is only worth something when most filters draw a real map.
  expect(drawnSomething).toBeGreaterThan(filters.length / 2);
}

describe("the map from the snapshot equals the map from Neo4j", () => {
  describe("on the Voorst demo network", () => {
    beforeAll(async () => {
      await resetDatabase();
      await seedDemo(testExecutor());
    });

    it("for every kind of filter", expectSameMaps);

    it("and a focus that is not in the graph is not found either way", async () => {
      const { snapshots, network } = testServices();
      const { data } = await snapshots.current();
      expect(
        networkFromSnapshot(data, degreesOf(data), { focusId: "per-bestaat-niet" }),
      ).toBeNull();
      await expect(network.network({ focusId: "per-bestaat-niet" })).rejects.toMatchObject({
        extensions: { code: "NOT_FOUND", field: "focusId" },
      });
      await expect(
        network.networkFromDatabase({ focusId: "per-bestaat-niet" }),
      ).rejects.toMatchObject({ extensions: { code: "NOT_FOUND", field: "focusId" } });
    });
  });

  describe("on a generated municipality of 1 500 nodes", () => {
    beforeAll(async () => {
      await resetDatabase();
      await new UpsertService(testExecutor()).upsert(generateNetwork({ nodes: 1500, seed: 7 }), {
        recordHistory: false,
      });
    });

    it("for every kind of filter", expectSameMaps);
  });
});
