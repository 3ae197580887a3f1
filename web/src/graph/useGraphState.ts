import type { Core } from "cytoscape";
import { useEffect } from "react";

import type { GraphElements } from "./elements";

/** Hide the nodes the user chose to hide (their edges disappear with them). */
export function useHiddenNodes(
  cy: Core | null,
  elements: GraphElements,
  hiddenIds: readonly string[],
) {
  useEffect(() => {
    if (!cy) return;
    const hidden = new Set(hiddenIds);
    cy.batch(() => {
      // Only the nodes whose class changes: a class change re-styles the element.
      cy.nodes(".hidden").forEach((node) => {
        if (!hidden.has(node.id())) node.removeClass("hidden");
      });
      for (const id of hidden) {
        const node = cy.getElementById(id);
        if (node.isNode()) node.addClass("hidden");
      }
    });
  }, [cy, elements, hiddenIds]);
}

/**
 * Select a node and light up its direct neighbourhood; everything else fades. Marks the centre
 * of a "show neighbourhood" view.
 */
export function useHighlight(
  cy: Core | null,
  elements: GraphElements,
  selectedId: string | null,
  focusId: string | null,
) {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.elements(".highlighted, .faded, .focus-root").removeClass("highlighted faded focus-root");
      cy.nodes(":selected").unselect();
      if (focusId) cy.getElementById(focusId).addClass("focus-root");
      const selected = selectedId ? cy.getElementById(selectedId) : cy.collection();
      if (selected.empty() || !selected.isNode()) return;
      selected.select();
      const neighbourhood = selected.closedNeighborhood();
      neighbourhood.addClass("highlighted");
      cy.elements()
        .not(neighbourhood)
        .filter((ele) => !ele.data("isGroup"))
        .addClass("faded");
    });
  }, [cy, elements, selectedId, focusId]);
}

export interface GraphCounts {
  nodes: number;
  edges: number;
}

/** What the map actually shows: entity nodes and edges that are not hidden. */
export function visibleCounts(cy: Core): GraphCounts {
  const nodes = cy.nodes().filter((n) => !n.data("isGroup") && !n.hasClass("hidden"));
  const edges = cy
    .edges()
    .filter((e) => !e.source().hasClass("hidden") && !e.target().hasClass("hidden"));
  return { nodes: nodes.length, edges: edges.length };
}
