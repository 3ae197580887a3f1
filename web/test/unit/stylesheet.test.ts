import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";

import { toElements } from "../../src/graph/elements";
import { EDGE_LOOKS, NODE_LOOKS, NODE_TYPES, RELATIONSHIP_TYPES } from "../../src/graph/palette";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { mapEdge, mapNode } from "./fixtures";

/** A headless Cytoscape with our stylesheet: asks Cytoscape itself how an element is drawn. */
function styledGraph(large = false) {
  const nodes = NODE_TYPES.map((type) => mapNode(type, { type, name: `${type} naam` }));
  const edges = RELATIONSHIP_TYPES.map((type) => mapEdge(type, "PERSON", "ORGANISATION", { type }));
  edges.push(
    mapEdge("informal", "PERSON", "ORGANISATION", {
      type: "REFERS_TO",
      themeName: "Eenzaamheid",
      agreed: false,
    }),
  );
  const { nodes: n, edges: e } = toElements({ nodes, edges });
  return cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ large }),
    elements: [...n, ...e],
  });
}

const rgb = (hex: string) => {
  const v = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255})`;
};

describe("buildStylesheet", () => {
  it("gives every node type its own shape and colour", () => {
    const cy = styledGraph();
    for (const type of NODE_TYPES) {
      const node = cy.getElementById(type);
      expect(node.style("shape")).toBe(NODE_LOOKS[type].shape);
      expect(node.style("background-color")).toBe(rgb(NODE_LOOKS[type].color));
    }
    const looks = NODE_TYPES.map((type) => `${NODE_LOOKS[type].shape}/${NODE_LOOKS[type].color}`);
    expect(new Set(looks).size).toBe(NODE_TYPES.length);
  });

  it("gives every relationship type its own line", () => {
    const cy = styledGraph();
    for (const type of RELATIONSHIP_TYPES) {
      const edge = cy.getElementById(type);
      expect(edge.style("line-color")).toBe(rgb(EDGE_LOOKS[type].color));
      expect(edge.style("line-style")).toBe(EDGE_LOOKS[type].lineStyle);
    }
    const looks = RELATIONSHIP_TYPES.map((type) => {
      const l = EDGE_LOOKS[type];
      return `${l.color}/${l.lineStyle}/${l.arrow}/${l.width}`;
    });
    expect(new Set(looks).size).toBe(RELATIONSHIP_TYPES.length);
  });

  it("draws referral routes as arrows and informal ones dashed, labelled with their theme", () => {
    const cy = styledGraph();
    expect(cy.getElementById("REFERS_TO").style("target-arrow-shape")).toBe("triangle");
    expect(cy.getElementById("REFERS_TO").style("line-style")).toBe("solid");
    const informal = cy.getElementById("informal");
    expect(informal.style("line-style")).toBe("dashed");
    expect(informal.style("label")).toBe("Eenzaamheid");
    // Only informal referral routes are dashed, so the dash means exactly one thing.
    expect(RELATIONSHIP_TYPES.filter((t) => EDGE_LOOKS[t].lineStyle === "dashed")).toEqual([]);
  });

  it("shows names on a normal map and keeps them readable when zoomed out", () => {
    const node = styledGraph().getElementById("PERSON");
    expect(node.style("label")).toBe("PERSON naam");
    expect(Number.parseFloat(node.style("min-zoomed-font-size") as string)).toBeGreaterThan(0);
  });

  it("on a large map drops ordinary labels and uses cheap straight edges", () => {
    const cy = styledGraph(true);
    expect(cy.getElementById("PERSON").style("label")).toBe("");
    expect(cy.getElementById("WORKS_FOR").style("curve-style")).toBe("haystack");
    cy.getElementById("PERSON").select();
    expect(cy.getElementById("PERSON").style("label")).toBe("PERSON naam");
  });
});
