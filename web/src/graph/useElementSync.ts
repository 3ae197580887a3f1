import type { Core, Layouts, Position } from "cytoscape";
import { useEffect, useEffectEvent } from "react";

import { bounds, quickLayout } from "../../../api/src/modules/network/quick-layout";
import type { GraphElements } from "./elements";
import { MAX_NODE_SIZE } from "./elements";
import type { LayoutName } from "./layouts";
import { isDraftSize, layoutOptions } from "./layouts";
import { syncElements } from "./sync";

interface LayoutMemo {
  layout: LayoutName;
  structure: number;
}

const STRUCTURE_KEY = "netwerkkaart.structure";
const LAYOUT_KEY = "netwerkkaart.layout";
/** The elements whose new nodes were added at their quick-layout positions. */
const PLACED_KEY = "netwerkkaart.placed";
export const RUNNING_LAYOUT_KEY = "netwerkkaart.runningLayout";

/** Fitting a handful of nodes would blow them up to poster size: stop at a readable zoom. */
export const MAX_FIT_ZOOM = 1.25;

export function capZoom(cy: Core) {
  if (cy.zoom() <= MAX_FIT_ZOOM) return;
  cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/** The layout still running on this map, if any (a fit or zoom should wait for it). */
export function runningLayout(cy: Core): Layouts | null {
  return (cy.scratch(RUNNING_LAYOUT_KEY) as Layouts | null | undefined) ?? null;
}

/** Name of the performance measure of the quick layout (seen in DevTools and the web bench). */
export const QUICK_LAYOUT_MEASURE = "netwerkkaart:quick-layout";

/**
 * Node positions by the quick layout: as the API sent them with the map, or computed here (pivot
 * MDS, about a tenth of a second at 2 000 nodes).
 */
function quickPositions(elements: GraphElements): ReadonlyMap<string, Position> {
  if (elements.positions) return elements.positions;
  const start = performance.now();
  const positions = quickLayout({
    nodes: elements.nodes.map((n) => ({ id: n.data.id, size: n.data.size })),
    edges: elements.edges.map((e) => ({ source: e.data.source, target: e.data.target })),
  });
  performance.measure(QUICK_LAYOUT_MEASURE, { start });
  return positions;
}

interface Placed {
  elements: GraphElements;
  positions: ReadonlyMap<string, Position>;
}

/**
 * Fits the view to known node positions (as `cy.fit` would, with the largest node's room around
 * them) without asking Cytoscape for bounding boxes: that would compute the style of every
 * element a first time just for this, before the first frame computes it again.
 */
function fitPositions(cy: Core, positions: ReadonlyMap<string, Position>, padding: number) {
  const { minX, minY, maxX, maxY } = bounds(
    Array.from(positions.values(), ({ x, y }) => [x, y] as const),
  );
  const margin = MAX_NODE_SIZE / 2;
  const width = maxX - minX + 2 * margin;
  const height = maxY - minY + 2 * margin;
  const zoom = Math.max(
    cy.minZoom(),
    Math.min(
      MAX_FIT_ZOOM,
      (cy.width() - 2 * padding) / width,
      (cy.height() - 2 * padding) / height,
    ),
  );
  cy.viewport({
    zoom,
    pan: {
      x: (cy.width() - zoom * (minX + maxX)) / 2,
      y: (cy.height() - zoom * (minY + maxY)) / 2,
    },
  });
}

/**
 * Whether the layout starts from scratch (the first run, or a new layout name) rather than from
 * where the nodes are.
 */
function startsAfresh(cy: Core, layout: LayoutName): boolean {
  const last = cy.scratch(LAYOUT_KEY) as LayoutMemo | undefined;
  return !last || last.layout !== layout;
}

/**
 * Large maps laid out from scratch with "fcose" get the quick layout instead of fcose's draft:
 * the same kind of picture without a second of frozen page at 2 000 nodes.
 */
function usesQuickLayout(layout: LayoutName, nodeCount: number, randomize: boolean): boolean {
  return layout === "fcose" && randomize && isDraftSize(nodeCount);
}

/**
 * Sync elements into `cy` by id, then run the layout only if its inputs changed: the set of
 * elements or the layout name. Highlighting, hiding or selecting never moves a node.
 */
export function useElementSync(cy: Core | null, elements: GraphElements, layout: LayoutName) {
  // Read by the first effect without making the layout one of its inputs.
  const placementFor = useEffectEvent((core: Core) =>
    usesQuickLayout(layout, elements.nodes.length, startsAfresh(core, layout))
      ? quickPositions(elements)
      : undefined,
  );

  useEffect(() => {
    if (!cy) return;
    // A new large map is added where the quick layout puts it: no second pass to move 2 000
    // nodes (each move invalidates their edges' drawing) before the first frame.
    const placeAt = placementFor(cy);
    const result = syncElements(cy, elements, placeAt);
    cy.scratch(PLACED_KEY, placeAt ? ({ elements, positions: placeAt } satisfies Placed) : null);
    // Bookkeeping lives on the instance: a new instance (renderer switch) starts afresh.
    const structure = ((cy.scratch(STRUCTURE_KEY) as number | undefined) ?? 0) + 1;
    if (result.structureChanged) cy.scratch(STRUCTURE_KEY, structure);
  }, [cy, elements]);

  useEffect(() => {
    if (!cy || cy.nodes().empty()) return;
    const structure = (cy.scratch(STRUCTURE_KEY) as number | undefined) ?? 0;
    const last = cy.scratch(LAYOUT_KEY) as LayoutMemo | undefined;
    if (last && last.layout === layout && last.structure === structure) return;
    // Same layout, changed elements: continue from where nodes are, so the picture stays
    // recognisable. A new layout (or the first run) starts from scratch.
    const randomize = startsAfresh(cy, layout);
    cy.scratch(LAYOUT_KEY, { layout, structure } satisfies LayoutMemo);
    const entities = cy.nodes().filter((n) => !n.data("isGroup"));
    const quick = usesQuickLayout(layout, entities.length, randomize);
    // Not stopped in an effect cleanup: a data-only change must not cut a layout short.
    runningLayout(cy)?.stop();
    const placed = cy.scratch(PLACED_KEY) as Placed | null | undefined;
    if (quick && placed?.elements === elements) {
      // Already in place (see above): only bring it into view.
      cy.scratch(RUNNING_LAYOUT_KEY, null);
      fitPositions(cy, placed.positions, 30);
      return;
    }
    const maxDegree = entities.reduce((max, n) => Math.max(max, Number(n.data("degree") ?? 0)), 0);
    const run = cy.layout(
      quick
        ? {
            name: "preset",
            positions: Object.fromEntries(quickPositions(elements)),
            fit: true,
            padding: 30,
            animate: false,
          }
        : layoutOptions(cy, layout, { nodeCount: entities.length, maxDegree, randomize }),
    );
    cy.scratch(RUNNING_LAYOUT_KEY, run);
    run.one("layoutstop", () => {
      if (cy.scratch(RUNNING_LAYOUT_KEY) === run) cy.scratch(RUNNING_LAYOUT_KEY, null);
      capZoom(cy);
    });
    run.run();
  }, [cy, elements, layout]);
}
