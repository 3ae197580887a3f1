/**
 * Maps from memory: a map drawn from Neo4j asks for the snapshot to be loaded once things are
 * quiet; from then on maps come from memory, until a write makes it stale again.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { NodeType } from "../../src/model/node-types.js";
import { GraphSnapshots } from "../../src/modules/analytics/graph-snapshots.js";
import { type Network, NetworkService } from "../../src/modules/network/network.service.js";
import { NodeService } from "../../src/modules/node/node.service.js";
import { seedDemo } from "../../src/seed/demo.js";
import { resetDatabase, testExecutor } from "../helpers/test-db.js";

const QUIET_MS = 50;
const ids = (items: { id: string }[]) => items.map((i) => i.id).sort();
const shape = (network: Network) => ({ nodes: ids(network.nodes), edges: ids(network.edges) });

function mapsWithMemory(maxNodes: number) {
  const snapshots = new GraphSnapshots(testExecutor(), { maxNodes, quietMs: QUIET_MS });
  return { snapshots, maps: new NetworkService(testExecutor(), snapshots) };
}

describe("maps from memory", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(testExecutor());
  });

  it("after a quiet moment maps come from memory, the same map; a write sends them to Neo4j until quiet again", async () => {
    const { snapshots, maps } = mapsWithMemory(10_000);
    const fromNeo4j = await maps.network({});
    // Not loaded by the map itself: the map did not wait for it.
    expect(await snapshots.ifLoaded()).toBeNull();
    await expect.poll(() => snapshots.ifLoaded(), { timeout: 10_000 }).not.toBeNull();
    const fromMemory = await maps.network({});
    expect(shape(fromMemory)).toEqual(shape(fromNeo4j));
    expect(fromMemory.nodes.length).toBeGreaterThan(50);

    // A new organisation: the copy is stale, the map still shows it (from Neo4j)...
    const input = { id: null, name: "Nieuwe stichting" };
    const created = await new NodeService(testExecutor()).create(NodeType.ORGANISATION, input);
    expect(await snapshots.ifLoaded()).toBeNull();
    const afterWrite = await maps.network({});
    expect(ids(afterWrite.nodes)).toContain(created.id);
    // ...and once quiet, from memory again, with it.
    await expect.poll(() => snapshots.ifLoaded(), { timeout: 10_000 }).not.toBeNull();
    expect(ids((await maps.network({})).nodes)).toContain(created.id);
    snapshots.stopWarming();
  });

  it("leaves networks larger than the limit to Neo4j", async () => {
    const { snapshots, maps } = mapsWithMemory(10);
    const map = await maps.network({});
    expect(map.nodes.length).toBeGreaterThan(10);
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS * 6));
    expect(await snapshots.ifLoaded()).toBeNull();
  });

  it("without the option, maps never load it", async () => {
    const snapshots = new GraphSnapshots(testExecutor());
    const maps = new NetworkService(testExecutor(), snapshots);
    await maps.network({});
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS * 6));
    expect(await snapshots.ifLoaded()).toBeNull();
  });
});
