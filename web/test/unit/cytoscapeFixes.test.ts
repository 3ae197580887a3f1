import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

import cytoscape from "cytoscape";
import { describe, expect, it } from "vitest";

import { applyCytoscapeFixes, CYTOSCAPE_FIXES } from "../../build/cytoscapeFixes";
import { toElements } from "../../src/graph/elements";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { mapEdge, mapNode } from "./fixtures";

// The package exports only its entry points: the ES build sits beside the CommonJS one.
const dist = dirname(createRequire(import.meta.url).resolve("cytoscape"));
const installed = readFileSync(join(dist, "cytoscape.esm.mjs"), "utf8");

/** A headless map with labels, hubs and a selection, from either build of Cytoscape. */
function boxes(make: typeof cytoscape) {
  const nodes = Array.from({ length: 40 }, (_, i) =>
    mapNode(`n${i}`, { type: i % 3 ? "PERSON" : "ORGANISATION", name: `Naam ${i}`, degree: i }),
  );
  const edges = nodes.slice(1).map((n, i) => mapEdge(`e${i}`, n.id, `n${Math.floor(i / 4)}`));
  const { nodes: n, edges: e } = toElements({ nodes, edges });
  const cy = make({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet({ large: false }),
    elements: [
      ...n.map((def, i) => ({ ...def, position: { x: (i % 8) * 70, y: Math.floor(i / 8) * 90 } })),
      ...e,
    ],
  });
  const read = () => [
    cy.elements().boundingBox({}),
    ...cy.elements().map((ele) => ele.boundingBox({ includeLabels: true })),
  ];
  const before = read();
  cy.getElementById("n7").select();
  cy.getElementById("n7").position({ x: 999, y: -50 });
  return { before, after: read() };
}

describe("the build-time fixes to Cytoscape", () => {
  it("apply to the installed Cytoscape, each exactly where it belongs", () => {
    const fixed = applyCytoscapeFixes(installed);
    for (const fix of CYTOSCAPE_FIXES) {
      expect(installed).toContain(fix.from);
      expect(fixed).toContain(fix.to);
      expect(fixed).not.toContain(fix.from);
    }
  });

  it("give the same boxes as Cytoscape itself, also after a selection and a move", async () => {
    // Inside the project: the test runner imports modules from there only.
    const cache = join(dist, "..", "..", ".cache");
    mkdirSync(cache, { recursive: true });
    const dir = mkdtempSync(join(cache, "cytoscape-fixed-"));
    const file = join(dir, "cytoscape.esm.mjs");
    writeFileSync(file, applyCytoscapeFixes(installed));
    const fixed = (
      (await import(/* @vite-ignore */ file)) as {
        default: typeof cytoscape;
      }
    ).default;
    rmSync(dir, { recursive: true });
    const ours = boxes(fixed);
    const theirs = boxes(cytoscape);
    expect(ours).toEqual(theirs);
    // The move is seen: boxes are recomputed, not served stale.
    expect(ours.after[0]).not.toEqual(ours.before[0]);
  });

  it("stop the build when Cytoscape's code has changed", () => {
    const changed = installed.replace(CYTOSCAPE_FIXES[0]!.from, "  var isDirty = somethingNew;");
    expect(() => applyCytoscapeFixes(changed)).toThrow(/cytoscapeFixes\.ts/);
  });
});
