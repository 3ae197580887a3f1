import { describe, expect, it } from "vitest";

import {
  articulationPoints,
  buildProjection,
  centrality,
  communities,
  components,
  degreeCentralisation,
  density,
  kShortestPaths,
} from "../../../src/modules/analytics/algorithms.js";
import { KARATE_EDGES, KARATE_NODES, karateId } from "./karate.js";

const karate = () => buildProjection(KARATE_NODES, KARATE_EDGES);
const at = (i: number) => karate().index.get(karateId(i))!;

describe("graph algorithms on Zachary's karate club", () => {
  it("has 34 nodes and 78 ties in one component", () => {
    const p = karate();
    expect(p.ids).toHaveLength(34);
    expect(p.pairEdges.size).toBe(78);
    expect(components(p).sizes).toEqual([34]);
    expect(density(34, 78)).toBeCloseTo(0.139037, 5);
  });

  it("gives the published normalised betweenness (NetworkX: node 0 0.4376, node 33 0.3041)", () => {
    const c = centrality(karate());
    expect(c.sampled).toBe(false);
    expect(c.betweenness[at(0)]).toBeCloseTo(0.43763528, 6);
    expect(c.betweenness[at(33)]).toBeCloseTo(0.30407497, 6);
    expect(c.betweenness[at(32)]).toBeCloseTo(0.14524711, 6);
    expect(c.betweenness[at(11)]).toBe(0);
  });

  it("gives the published closeness (NetworkX: node 0 0.5690, node 33 0.5500) and path length 2.4082", () => {
    const c = centrality(karate());
    expect(c.closeness[at(0)]).toBeCloseTo(0.56896552, 6);
    expect(c.closeness[at(33)]).toBeCloseTo(0.55, 6);
    expect(c.averagePathLength).toBeCloseTo(2.4082, 4);
  });

  it("estimates betweenness from seeded pivots on large components, reproducibly", () => {
    const options = { exactUpTo: 10, pivots: 20, seed: 7 };
    const a = centrality(karate(), options);
    const b = centrality(karate(), options);
    expect(a.sampled).toBe(true);
    expect(a.pivots).toBe(34); // at least 64 pivots per component, capped at its size: all nodes
    expect([...a.betweenness]).toEqual([...b.betweenness]);
  });

  it("samples fewer pivots than nodes on a larger graph and stays close to the exact ranking", () => {
    // Ten karate clubs in a ring: 340 nodes, exact vs 128 pivots.
    const nodes: string[] = [];
    const edges: [string, string, string][] = [];
    for (let c = 0; c < 10; c++) {
      nodes.push(...KARATE_NODES.map((id) => `${c}-${id}`));
      edges.push(
        ...KARATE_EDGES.map(
          ([e, a, b]) => [`${c}-${e}`, `${c}-${a}`, `${c}-${b}`] as [string, string, string],
        ),
      );
      edges.push([`ring-${c}`, `${c}-${karateId(0)}`, `${(c + 1) % 10}-${karateId(33)}`]);
    }
    const p = buildProjection(nodes, edges);
    const exact = centrality(p);
    const sampled = centrality(p, { exactUpTo: 100, pivots: 128, seed: 1 });
    expect(sampled.sampled).toBe(true);
    expect(sampled.pivots).toBe(128);
    // The hubs (each club's nodes 0 and 33) stay on top, and the largest value is within 20 %.
    const top = [...sampled.betweenness.keys()].sort(
      (x, y) => sampled.betweenness[y]! - sampled.betweenness[x]!,
    );
    for (const v of top.slice(0, 20)) expect(p.ids[v]).toMatch(/-k(00|33)$/);
    const max = (b: Float64Array) => Math.max(...b);
    expect(
      Math.abs(max(sampled.betweenness) - max(exact.betweenness)) / max(exact.betweenness),
    ).toBeLessThan(0.2);
    expect(sampled.averagePathLength!).toBeCloseTo(exact.averagePathLength!, 0);
  });

  it("finds Louvain communities: at least 3, modularity about 0.41–0.42", () => {
    const result = communities(karate());
    expect(result.count).toBeGreaterThanOrEqual(3);
    expect(result.modularity).toBeGreaterThan(0.4);
    expect(result.modularity).toBeLessThan(0.43);
    expect(communities(karate()).community).toEqual(result.community);
  });

  it("finds the karate club's only articulation point, node 0 (cutting off 11 and 4, 5, 6, 10, 16)", () => {
    const p = karate();
    expect(
      articulationPoints(p).map((a) => ({
        node: p.ids[a.node],
        cutOff: a.cutOff.map((i) => p.ids[i]),
      })),
    ).toEqual([{ node: karateId(0), cutOff: [4, 5, 6, 10, 11, 16].map(karateId) }]);
  });
});

describe("articulation points", () => {
  it("reports what each cut vertex cuts off from the largest part", () => {
    // a–b–c–d with a triangle c–d–e, and f hanging on b: cut vertices b and c.
    const p = buildProjection(
      ["a", "b", "c", "d", "e", "f"],
      [
        ["1", "a", "b"],
        ["2", "b", "c"],
        ["3", "c", "d"],
        ["4", "d", "e"],
        ["5", "e", "c"],
        ["6", "b", "f"],
      ],
    );
    const named = articulationPoints(p).map((a) => [p.ids[a.node], a.cutOff.map((i) => p.ids[i])]);
    expect(named).toEqual([
      ["b", ["a", "f"]],
      ["c", ["d", "e"]],
    ]);
  });

  it("finds none in a cycle or a pair", () => {
    expect(
      articulationPoints(
        buildProjection(
          ["a", "b", "c"],
          [
            ["1", "a", "b"],
            ["2", "b", "c"],
            ["3", "c", "a"],
          ],
        ),
      ),
    ).toEqual([]);
    expect(articulationPoints(buildProjection(["a", "b"], [["1", "a", "b"]]))).toEqual([]);
  });
});

describe("degree centralisation and density", () => {
  it("is 1 for a star and 0 for a cycle", () => {
    expect(degreeCentralisation([4, 1, 1, 1, 1])).toBe(1);
    expect(degreeCentralisation([2, 2, 2, 2])).toBe(0);
    expect(degreeCentralisation([1, 1])).toBe(0);
  });

  it("density is 2m / n(n−1)", () => {
    expect(density(4, 6)).toBe(1);
    expect(density(1, 0)).toBe(0);
  });
});

describe("kShortestPaths (Yen, bounded)", () => {
  // a–b–d, a–c–d, a–e–f–d, and a–d through g twice over (a–g, g–d).
  const p = buildProjection(
    ["a", "b", "c", "d", "e", "f", "g"],
    [
      ["1", "a", "b"],
      ["2", "b", "d"],
      ["3", "a", "c"],
      ["4", "c", "d"],
      ["5", "a", "e"],
      ["6", "e", "f"],
      ["7", "f", "d"],
      ["8", "a", "g"],
      ["9", "g", "d"],
      ["10", "b", "c"],
    ],
  );
  const ids = (paths: number[][]) => paths.map((path) => path.map((v) => p.ids[v]).join(""));
  const i = (id: string) => p.index.get(id)!;

  it("returns simple paths, shortest first, equal lengths by node ids", () => {
    expect(ids(kShortestPaths(p, i("a"), i("d"), 3, 6))).toEqual(["abd", "acd", "agd"]);
    expect(ids(kShortestPaths(p, i("a"), i("d"), 6, 6))).toEqual([
      "abd",
      "acd",
      "agd",
      "abcd",
      "acbd",
      "aefd",
    ]);
  });

  it("respects the hop bound and finds nothing when the target is out of reach", () => {
    expect(ids(kShortestPaths(p, i("a"), i("d"), 5, 2))).toEqual(["abd", "acd", "agd"]);
    expect(kShortestPaths(p, i("a"), i("d"), 3, 1)).toEqual([]);
    const apart = buildProjection(["x", "y"], []);
    expect(kShortestPaths(apart, 0, 1, 3, 6)).toEqual([]);
  });
});
