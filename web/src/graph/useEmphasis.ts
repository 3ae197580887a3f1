import type { Core } from "cytoscape";
import { useEffect } from "react";

import type { GraphElements } from "./elements";

/** Nodes and edges an analytics answer is about (a gap, a path, a vindplaats and its parties). */
export interface Emphasis {
  nodeIds: readonly string[];
  edgeIds: readonly string[];
}

/** Data key read by the stylesheet (`node[fill]`) to colour a node by a value (heat, community). */
export const FILL_KEY = "fill";

/**
 * Emphasise the given nodes and edges and dim everything else; null shows all as usual.
 * Separate classes from the selection highlight, so the two never undo each other.
 */
export function useEmphasis(
  cy: Core | null,
  elements: GraphElements,
  emphasis: Emphasis | null | undefined,
) {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      // Only the elements that have them: a class change re-styles the element.
      cy.elements(".emphasised, .dimmed").removeClass("emphasised dimmed");
      if (!emphasis) return;
      const wanted = new Set([...emphasis.nodeIds, ...emphasis.edgeIds]);
      cy.elements().forEach((ele) => {
        if (ele.isNode() && ele.data("isGroup")) return;
        ele.addClass(wanted.has(ele.id()) ? "emphasised" : "dimmed");
      });
    });
  }, [cy, elements, emphasis]);
}

/** Colour nodes by id (a heat scale, communities); nodes without a colour keep their type's. */
export function useNodeColours(
  cy: Core | null,
  elements: GraphElements,
  colours: ReadonlyMap<string, string> | null | undefined,
) {
  useEffect(() => {
    if (!cy) return;
    cy.batch(() => {
      cy.nodes().forEach((node) => {
        const colour = colours?.get(node.id());
        if (colour) node.data(FILL_KEY, colour);
        else if (node.data(FILL_KEY) !== undefined) node.removeData(FILL_KEY);
      });
    });
  }, [cy, elements, colours]);
}

/** Mark nodes that need attention (an overloaded vindplaats, a node taken out in "what if"). */
export function useMarkedNodes(
  cy: Core | null,
  elements: GraphElements,
  markedIds: readonly string[] | null | undefined,
) {
  useEffect(() => {
    if (!cy) return;
    const marked = new Set(markedIds ?? []);
    cy.batch(() => {
      cy.nodes(".marked").forEach((node) => {
        if (!marked.has(node.id())) node.removeClass("marked");
      });
      for (const id of marked) {
        const node = cy.getElementById(id);
        if (node.isNode()) node.addClass("marked");
      }
    });
  }, [cy, elements, markedIds]);
}
