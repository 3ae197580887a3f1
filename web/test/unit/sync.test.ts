import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";

import { toElements } from "../../src/graph/elements";
import { syncElements } from "../../src/graph/sync";
import { mapEdge, mapNode } from "./fixtures";

const headless = () => cytoscape({ headless: true, styleEnabled: false });

describe("syncElements", () => {
  it("fills an empty map", () => {
    const cy = headless();
    const result = syncElements(
      cy,
      toElements({ nodes: [mapNode("a"), mapNode("b")], edges: [mapEdge("e", "a", "b")] }),
    );
    expect(cy.nodes().map((n) => n.id())).toEqual(["a", "b"]);
    expect(cy.edges().map((e) => e.id())).toEqual(["e"]);
    expect(result).toMatchObject({ added: 3, removed: 0, structureChanged: true });
  });

  it("adds new nodes where a layout computed beforehand puts them", () => {
    const cy = headless();
    syncElements(
      cy,
      toElements({ nodes: [mapNode("a"), mapNode("b")], edges: [mapEdge("e", "a", "b")] }),
      new Map([
        ["a", { x: 10, y: 20 }],
        ["b", { x: 300, y: 400 }],
      ]),
    );
    expect(cy.getElementById("a").position()).toEqual({ x: 10, y: 20 });
    expect(cy.getElementById("b").position()).toEqual({ x: 300, y: 400 });
  });

  it("adds and removes by id and leaves the rest where it was (same element, same position)", () => {
    const cy = headless();
    syncElements(
      cy,
      toElements({
        nodes: [mapNode("a"), mapNode("b"), mapNode("c")],
        edges: [mapEdge("ab", "a", "b"), mapEdge("bc", "b", "c")],
      }),
    );
    const a = cy.getElementById("a");
    a.position({ x: 123, y: 45 });
    a.select();

    const result = syncElements(
      cy,
      toElements({
        nodes: [mapNode("a"), mapNode("b"), mapNode("d")],
        edges: [mapEdge("ab", "a", "b"), mapEdge("ad", "a", "d")],
      }),
    );

    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(["a", "b", "d"]);
    expect(
      cy
        .edges()
        .map((e) => e.id())
        .sort(),
    ).toEqual(["ab", "ad"]);
    expect(cy.getElementById("a")).toBe(a);
    expect(a.position()).toEqual({ x: 123, y: 45 });
    expect(a.selected()).toBe(true);
    expect(result).toMatchObject({ added: 2, removed: 2, structureChanged: true });
  });

  it("updates changed data in place without counting it as a structure change", () => {
    const cy = headless();
    syncElements(cy, toElements({ nodes: [mapNode("a", { name: "Oud" })], edges: [] }));
    const result = syncElements(
      cy,
      toElements({ nodes: [mapNode("a", { name: "Nieuw" })], edges: [] }),
    );
    expect(cy.getElementById("a").data("label")).toBe("Nieuw");
    expect(result).toEqual({ added: 0, removed: 0, updated: 1, structureChanged: false });
  });

  it("does nothing at all when nothing changed (so the layout does not run again)", () => {
    const cy = headless();
    const graph = { nodes: [mapNode("a"), mapNode("b")], edges: [mapEdge("e", "a", "b")] };
    syncElements(cy, toElements(graph));
    expect(syncElements(cy, toElements(graph))).toEqual({
      added: 0,
      removed: 0,
      updated: 0,
      structureChanged: false,
    });
  });

  it("moves nodes into village boxes and out again, keeping their edges", () => {
    const cy = headless();
    const graph = {
      nodes: [mapNode("a", { village: "Twello" }), mapNode("b", { village: null })],
      edges: [mapEdge("e", "a", "b")],
    };
    syncElements(cy, toElements(graph));
    syncElements(cy, toElements(graph, { groupByVillage: true, noVillageLabel: "Geen kern" }));
    expect(cy.getElementById("a").parent().data("label")).toBe("Twello");
    expect(cy.getElementById("b").parent().data("label")).toBe("Geen kern");
    expect(cy.getElementById("e").nonempty()).toBe(true);

    syncElements(cy, toElements(graph));
    expect(
      cy
        .nodes()
        .map((n) => n.id())
        .sort(),
    ).toEqual(["a", "b"]);
    expect(cy.getElementById("a").parent().empty()).toBe(true);
    expect(cy.edges()).toHaveLength(1);
  });

  it("keeps up with thousands of elements in one batch", () => {
    const cy = headless();
    const nodes = Array.from({ length: 5000 }, (_, i) => mapNode(`n${i}`, { degree: i % 7 }));
    const edges = Array.from({ length: 8000 }, (_, i) =>
      mapEdge(`e${i}`, `n${i % 5000}`, `n${(i * 7 + 1) % 5000}`),
    );
    syncElements(cy, toElements({ nodes, edges }));
    expect(cy.nodes()).toHaveLength(5000);
    const result = syncElements(cy, toElements({ nodes: nodes.slice(0, 4000), edges }));
    expect(cy.nodes()).toHaveLength(4000);
    expect(result.removed).toBeGreaterThanOrEqual(1000);
  });
});
