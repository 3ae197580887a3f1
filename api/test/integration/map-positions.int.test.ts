/**
 * Large maps come placed (`NetworkGraph.positions`): the page draws them where the API's quick
 * layout puts them instead of computing that layout itself.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { generateNetwork } from "../../../seed/synthetic.js";
import { UpsertService } from "../../src/modules/import-export/upsert.service.js";
import { quickLayout } from "../../src/modules/network/quick-layout.js";
import { seedDemo } from "../../src/seed/demo.js";
import { executeGraphQL, resetDatabase, testExecutor } from "../helpers/test-db.js";

const MAP = `query Map($filter: NetworkFilter) {
  network(filter: $filter) {
    nodes { id }
    edges { source target }
    positions { id x y }
  }
}`;

interface Placed {
  network: {
    nodes: { id: string }[];
    edges: { source: string; target: string }[];
    positions: { id: string; x: number; y: number }[] | null;
  };
}

const map = async (filter: Record<string, unknown> = {}) => {
  const { data, errors } = await executeGraphQL<Placed>(MAP, { filter }, { as: "viewer" });
  expect(errors).toBeUndefined();
  return data!.network;
};

describe("map positions", () => {
  describe("on a generated municipality of 1 500 nodes", () => {
    beforeAll(async () => {
      await resetDatabase();
      await new UpsertService(testExecutor()).upsert(generateNetwork({ nodes: 1500, seed: 7 }), {
        recordHistory: false,
      });
    });

    it("places every node of the map, in the order of its nodes, as the page would", async () => {
      const { nodes, edges, positions } = await map();
      expect(nodes.length).toBeGreaterThan(1000);
      expect(positions?.map((p) => p.id)).toEqual(nodes.map((n) => n.id));

      // The picture the page would compute for the same nodes and edges, to a tenth of a pixel.
      const own = quickLayout({ nodes, edges });
      for (const { id, x, y } of positions!) {
        expect(Math.abs(x - own.get(id)!.x)).toBeLessThanOrEqual(0.05);
        expect(Math.abs(y - own.get(id)!.y)).toBeLessThanOrEqual(0.05);
      }
      // The same map again, the same places.
      expect((await map()).positions).toEqual(positions);
    });
  });

  it("leaves small maps to the page: the Voorst demo comes without positions", async () => {
    await resetDatabase();
    await seedDemo(testExecutor());
    const { nodes, positions } = await map();
    expect(nodes.length).toBeGreaterThan(50);
    expect(positions).toBeNull();
  });
});
