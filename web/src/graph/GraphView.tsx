import type { Core } from "cytoscape";
import type { Ref } from "react";
import { useEffect, useEffectEvent, useImperativeHandle } from "react";

import type { GraphElements } from "./elements";
import type { LayoutName } from "./layouts";
import { renderMode } from "./thresholds";
import { useCytoscape } from "./useCytoscape";
import { capZoom, runningLayout, useElementSync } from "./useElementSync";
import type { Emphasis } from "./useEmphasis";
import { useEmphasis, useMarkedNodes, useNodeColours } from "./useEmphasis";
import { useGraphEvents } from "./useGraphEvents";
import type { GraphCounts } from "./useGraphState";
import { useHiddenNodes, useHighlight, visibleCounts } from "./useGraphState";
import { useKeepCentre } from "./useKeepCentre";

/** Commands the page can give the map (toolbar buttons, search). */
export interface GraphHandle {
  fit(): void;
  /** Fit the view to these elements (what an analytics answer is about); all when none is on the map. */
  fitTo(ids: readonly string[]): void;
  /** Centre on a node and zoom in on it; false if it is not on the map. */
  zoomTo(id: string): boolean;
  /** The current view as a PNG data URL (white background, twice the screen resolution). */
  toPng(): string | null;
}

export interface GraphViewProps {
  elements: GraphElements;
  layout: LayoutName;
  selectedId: string | null;
  focusId: string | null;
  hiddenIds: readonly string[];
  onSelect: (id: string | null) => void;
  /** Called with what the map shows after every change. */
  onCounts?: (counts: GraphCounts) => void;
  /** Describes the map to screen readers (the canvas itself is invisible to them). */
  label: string;
  /** Emphasise these nodes and edges and dim the rest (analytics: "show on map"). */
  emphasis?: Emphasis | null;
  /** Fill colour per node id (heat, communities); other nodes keep their type's colour. */
  nodeColours?: ReadonlyMap<string, string> | null;
  /** Nodes drawn with a warning border (overloaded, taken out). */
  markedIds?: readonly string[] | null;
  ref?: Ref<GraphHandle>;
}

function zoomTo(cy: Core, id: string): boolean {
  const node = cy.getElementById(id);
  if (node.empty() || node.hasClass("hidden")) return false;
  const go = () => {
    // The page may just have changed the map's size (detail panel): measure before centring.
    cy.resize();
    cy.stop();
    cy.animate({ center: { eles: node }, zoom: Math.max(cy.zoom(), 1.3) }, { duration: 350 });
  };
  // A running layout ends with a fit that would undo the zoom: wait for it.
  const running = runningLayout(cy);
  if (running) running.one("layoutstop", go);
  else go();
  return true;
}

/**
 * The map. Owns one Cytoscape instance; props flow into it through small effects. It renders a
 * single div, so a parent re-render never touches the graph.
 */
export function GraphView({
  elements,
  layout,
  selectedId,
  focusId,
  hiddenIds,
  onSelect,
  onCounts,
  label,
  emphasis,
  nodeColours,
  markedIds,
  ref,
}: GraphViewProps) {
  const { cy, containerRef } = useCytoscape(renderMode(elements.nodes.length));

  useElementSync(cy, elements, layout);
  useHiddenNodes(cy, elements, hiddenIds);
  useHighlight(cy, elements, selectedId, focusId);
  useEmphasis(cy, elements, emphasis);
  useNodeColours(cy, elements, nodeColours);
  useMarkedNodes(cy, elements, markedIds);
  useGraphEvents(cy, onSelect);
  useKeepCentre(cy);

  const reportCounts = useEffectEvent((counts: GraphCounts) => onCounts?.(counts));
  useEffect(() => {
    if (cy) reportCounts(visibleCounts(cy));
  }, [cy, elements, hiddenIds]);

  useImperativeHandle(
    ref,
    () => ({
      fit: () => {
        if (!cy) return;
        cy.resize();
        cy.fit(cy.elements(":visible"), 30);
        capZoom(cy);
      },
      fitTo: (ids) => {
        if (!cy) return;
        const wanted = new Set(ids);
        const eles = cy.elements(":visible").filter((ele) => wanted.has(ele.id()));
        const go = () => {
          cy.resize();
          cy.fit(eles.nonempty() ? eles : cy.elements(":visible"), 40);
          capZoom(cy);
        };
        // A running layout ends with its own fit: fit after it.
        const running = runningLayout(cy);
        if (running) running.one("layoutstop", go);
        else go();
      },
      zoomTo: (id) => (cy ? zoomTo(cy, id) : false),
      toPng: () =>
        cy ? cy.png({ full: true, scale: 2, bg: "#ffffff", output: "base64uri" }) : null,
    }),
    [cy],
  );

  return (
    <div
      ref={containerRef}
      className="graph-canvas"
      role="img"
      aria-label={label}
      data-testid="graph-canvas"
    />
  );
}
