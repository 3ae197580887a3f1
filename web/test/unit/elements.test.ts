import { describe, expect, it } from "vitest";

import {
  groupId,
  MAX_NODE_SIZE,
  MIN_NODE_SIZE,
  nodeSize,
  toElements,
} from "../../src/graph/elements";
import { mapEdge, mapNode } from "./fixtures";

describe("toElements", () => {
  it("turns every map node into a node with its name as label and its type and village", () => {
    const { nodes } = toElements({
      nodes: [
        mapNode("org-1", { name: "Welzijn Voorst", village: "Twello", kind: "WELZIJN" }),
        mapNode("per-1", { type: "PERSON", name: "Anna" }),
      ],
      edges: [],
    });
    expect(nodes.map((n) => n.data)).toMatchObject([
      {
        id: "org-1",
        label: "Welzijn Voorst",
        type: "ORGANISATION",
        village: "Twello",
        kind: "WELZIJN",
      },
      { id: "per-1", label: "Anna", type: "PERSON", village: null },
    ]);
  });

  it("makes better connected nodes bigger, and only hubs 'major' (their labels stay longest)", () => {
    const { nodes } = toElements({
      nodes: [
        mapNode("hub", { degree: 30 }),
        mapNode("mid", { degree: 8 }),
        mapNode("leaf", { degree: 1 }),
      ],
      edges: [],
    });
    const [hub, mid, leaf] = nodes.map((n) => n.data);
    expect(hub?.size).toBe(MAX_NODE_SIZE);
    expect(mid!.size).toBeGreaterThan(leaf!.size);
    expect(leaf!.size).toBeGreaterThanOrEqual(MIN_NODE_SIZE);
    expect([hub?.tier, mid?.tier, leaf?.tier]).toEqual(["major", "minor", "minor"]);
  });

  it("labels referral routes with their theme and marks unagreed ones as informal", () => {
    const { edges } = toElements({
      nodes: [mapNode("a"), mapNode("b")],
      edges: [
        mapEdge("r1", "a", "b", { type: "REFERS_TO", themeName: "Eenzaamheid", agreed: true }),
        mapEdge("r2", "b", "a", { type: "REFERS_TO", themeName: "Schulden", agreed: false }),
        mapEdge("c1", "a", "b", { type: "COLLABORATES_WITH", themeName: "ignored" }),
      ],
    });
    expect(edges.map((e) => [e.data.id, e.data.label, e.data.informal])).toEqual([
      ["r1", "Eenzaamheid", false],
      ["r2", "Schulden", true],
      ["c1", "", false],
    ]);
  });

  it("drops edges whose end is not in the result and duplicates, which Cytoscape would reject", () => {
    const { nodes, edges } = toElements({
      nodes: [mapNode("a"), mapNode("b"), mapNode("a")],
      edges: [mapEdge("e1", "a", "b"), mapEdge("e2", "a", "missing"), mapEdge("e1", "a", "b")],
    });
    expect(nodes).toHaveLength(2);
    expect(edges.map((e) => e.data.id)).toEqual(["e1"]);
  });

  it("groups nodes in one box per village when asked, with a box for nodes without a village", () => {
    const { groups, nodes } = toElements(
      {
        nodes: [
          mapNode("a", { village: "Wilp" }),
          mapNode("b", { village: "Twello" }),
          mapNode("c", { village: "Twello" }),
          mapNode("d", { village: null }),
        ],
        edges: [],
      },
      { groupByVillage: true, noVillageLabel: "Geen kern" },
    );
    expect(groups.map((g) => g.data.label).sort()).toEqual(["Geen kern", "Twello", "Wilp"]);
    expect(nodes.map((n) => n.data.parent)).toEqual([
      groupId("Wilp"),
      groupId("Twello"),
      groupId("Twello"),
      groupId(null),
    ]);
  });

  it("adds no boxes or parents in the other layouts", () => {
    const { groups, nodes } = toElements({ nodes: [mapNode("a", { village: "Wilp" })], edges: [] });
    expect(groups).toEqual([]);
    expect(nodes[0]?.data.parent).toBeUndefined();
  });

  it("keeps the places the API sent for a large map, only when every node has one", () => {
    const nodes = [mapNode("a"), mapNode("b")];
    const placed = toElements({
      nodes,
      edges: [],
      positions: [
        { id: "b", x: 44, y: -12.5 },
        { id: "a", x: 0, y: 0 },
      ],
    });
    expect(placed.positions?.get("b")).toEqual({ x: 44, y: -12.5 });
    expect(placed.positions?.get("a")).toEqual({ x: 0, y: 0 });
    // A node without a place: the page lays the map out itself.
    expect(
      toElements({ nodes, edges: [], positions: [{ id: "a", x: 0, y: 0 }] }).positions,
    ).toBeUndefined();
    expect(toElements({ nodes, edges: [], positions: null }).positions).toBeUndefined();
  });

  it("is pure: the same input gives equal output", () => {
    const graph = { nodes: [mapNode("a"), mapNode("b")], edges: [mapEdge("e", "a", "b")] };
    expect(toElements(graph)).toEqual(toElements(graph));
  });
});

describe("nodeSize", () => {
  it("grows with degree from the minimum to the maximum size", () => {
    expect(nodeSize(0, 10)).toBe(MIN_NODE_SIZE);
    expect(nodeSize(10, 10)).toBe(MAX_NODE_SIZE);
    expect(nodeSize(3, 10)).toBeGreaterThan(nodeSize(2, 10));
    expect(nodeSize(5, 0)).toBe(MIN_NODE_SIZE);
  });
});
