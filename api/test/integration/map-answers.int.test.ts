/**
 * The map's answers kept per graph version (network.answer-cache.ts), over real HTTP: the same
 * map again comes from memory and equal; a write shows at once; access is decided as before.
 */
import "reflect-metadata";

import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import { Role } from "../../src/auth/roles.js";
import { NodeType } from "../../src/model/node-types.js";
import { seedDemo } from "../../src/seed/demo.js";
import { TestApp } from "../helpers/http.js";
import { resetDatabase, testExecutor, testServices } from "../helpers/test-db.js";

const MAP = `query Map($filter: NetworkFilter) {
  network(filter: $filter) { nodes { id name } edges { id source target } }
}`;

interface MapAnswer {
  network: { nodes: { id: string; name: string }[]; edges: { id: string }[] };
}

describe("the map's answers kept per graph version", () => {
  let app: TestApp;
  let viewer: string;

  beforeAll(async () => {
    app = await TestApp.start({ answerCache: { maxNodes: 10_000 } });
  });
  afterAll(async () => {
    await app.stop();
  });
  beforeEach(async () => {
    await resetDatabase();
    await seedDemo(testExecutor());
    viewer = (await app.userWithSession(Role.VIEWER)).cookie;
    // Answers are kept only while the in-memory snapshot is loaded and current.
    await testServices().snapshots.current();
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  const map = async (variables: Record<string, unknown> = {}, cookie = viewer) => {
    const response = await app.graphql(MAP, variables, cookie);
    return response.json!;
  };

  it("answers the same map again from memory, equal, and a write shows at once", async () => {
    const executed = vi.spyOn(testServices().network, "network");
    const first = await map();
    const again = await map();
    expect(again).toEqual(first);
    expect((first.data as unknown as MapAnswer).network.nodes.length).toBeGreaterThan(50);
    expect(executed).toHaveBeenCalledTimes(1);

    // Another filter is another answer.
    const villages = await map({ filter: { villages: ["Twello"] } });
    expect(executed).toHaveBeenCalledTimes(2);
    expect((villages.data as unknown as MapAnswer).network.nodes.length).toBeLessThan(
      (first.data as unknown as MapAnswer).network.nodes.length,
    );

    // A write makes a new graph version: the map has the new organisation at once.
    const input = { id: null, name: "Stichting Nieuw Begin" };
    const created = await testServices().nodes.create(NodeType.ORGANISATION, input);
    await testServices().snapshots.current();
    const after = (await map()).data as unknown as MapAnswer;
    expect(after.network.nodes.map((n) => n.id)).toContain(created.id);
    expect(executed).toHaveBeenCalledTimes(3);
  });

  it("decides access as before: a kept answer is not given to an anonymous visitor", async () => {
    const kept = await map();
    expect(kept.errors).toBeUndefined();
    const anonymous = await app.graphql(MAP, {});
    expect(anonymous.json?.data ?? null).toBeNull();
    expect(anonymous.json?.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
  });

  it("executes an operation that asks for more than the map", async () => {
    const executed = vi.spyOn(testServices().network, "network");
    const query = `{ network { nodes { id } } villages }`;
    const first = await app.graphql(query, {}, viewer);
    const again = await app.graphql(query, {}, viewer);
    expect(again.json).toEqual(first.json);
    expect(first.json?.data?.villages).toContain("Twello");
    expect(executed).toHaveBeenCalledTimes(2);
  });

  it("does not keep an answer with errors: a focus that does not exist is refused every time", async () => {
    const executed = vi.spyOn(testServices().network, "network");
    for (let i = 0; i < 2; i++) {
      const missing = await map({ filter: { focusId: "no-such-node" } });
      expect(missing.errors?.[0]?.message).toMatch(/focusId/);
    }
    expect(executed).toHaveBeenCalledTimes(2);
  });
});
