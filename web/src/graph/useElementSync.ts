import type { Core, Layouts } from "cytoscape";
import { useEffect } from "react";

import type { GraphElements } from "./elements";
import type { LayoutName } from "./layouts";
import { layoutOptions } from "./layouts";
import { syncElements } from "./sync";

interface LayoutMemo {
  layout: LayoutName;
  structure: number;
}

const STRUCTURE_KEY = "netwerkkaart.structure";
const LAYOUT_KEY = "netwerkkaart.layout";
export const RUNNING_LAYOUT_KEY = "netwerkkaart.runningLayout";

/** Fitting a handful of nodes would blow them up to poster size: stop at a readable zoom. */
export const MAX_FIT_ZOOM = 1.25;

export function capZoom(cy: Core) {
  if (cy.zoom() <= MAX_FIT_ZOOM) return;
  cy.zoom({ level: MAX_FIT_ZOOM, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
}

/**
 * Sync elements into `cy` by id, then run the layout only if its inputs changed: the set of
 * elements or the layout name. Highlighting, hiding or selecting never moves a node.
 */
export function useElementSync(cy: Core | null, elements: GraphElements, layout: LayoutName) {
  useEffect(() => {
    if (!cy) return;
    const result = syncElements(cy, elements);
    // Bookkeeping lives on the instance: a new instance (renderer switch) starts afresh.
    const structure = ((cy.scratch(STRUCTURE_KEY) as number | undefined) ?? 0) + 1;
    if (result.structureChanged) cy.scratch(STRUCTURE_KEY, structure);
  }, [cy, elements]);

  useEffect(() => {
    if (!cy || cy.nodes().empty()) return;
    const structure = (cy.scratch(STRUCTURE_KEY) as number | undefined) ?? 0;
    const last = cy.scratch(LAYOUT_KEY) as LayoutMemo | undefined;
    if (last && last.layout === layout && last.structure === structure) return;
    cy.scratch(LAYOUT_KEY, { layout, structure } satisfies LayoutMemo);
    const entities = cy.nodes().filter((n) => !n.data("isGroup"));
    const maxDegree = entities.reduce((max, n) => Math.max(max, Number(n.data("degree") ?? 0)), 0);
    const run = cy.layout(
      layoutOptions(cy, layout, {
        nodeCount: entities.length,
        maxDegree,
        // Same layout, changed elements: continue from where nodes are, so the picture stays
        // recognisable. A new layout (or the first run) starts from scratch.
        randomize: !last || last.layout !== layout,
      }),
    );
    // Not stopped in an effect cleanup: a data-only change must not cut a layout short.
    (cy.scratch(RUNNING_LAYOUT_KEY) as Layouts | undefined)?.stop();
    cy.scratch(RUNNING_LAYOUT_KEY, run);
    run.one("layoutstop", () => {
      if (cy.scratch(RUNNING_LAYOUT_KEY) === run) cy.scratch(RUNNING_LAYOUT_KEY, null);
      capZoom(cy);
    });
    run.run();
  }, [cy, elements, layout]);
}
