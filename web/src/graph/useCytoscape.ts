import type { Core } from "cytoscape";
import cytoscape from "cytoscape";
import { useCallback, useState } from "react";

import { buildStylesheet } from "./stylesheet";
import type { RenderMode } from "./thresholds";

declare global {
  interface Window {
    /** The live map, for the end-to-end tests and for debugging from the console. */
    __cy?: Core;
  }
}

/**
 * Cytoscape's canvas renderer keeps the drawn elements in layered textures. For the very first
 * frame it draws every element into those layers before drawing the layers on screen; later frames
 * draw the elements directly while the layers are built in the idle time of the frames after. On
 * large maps that first build costs ~0.2 s before anything is seen (2 000 nodes, 9 000 edges),
 * so the first frame takes the later path. The flag is internal to Cytoscape (3.34, pinned): when
 * it is missing this does nothing.
 */
function drawFirstFrameDirectly(cy: Core) {
  // Not in the typings: the renderer and its caches are Cytoscape's own.
  const internal = cy as unknown as {
    renderer?: () => { data?: { lyrTxrCache?: { firstGet?: unknown } } } | undefined;
  };
  const layers = internal.renderer?.()?.data?.lyrTxrCache;
  if (layers && typeof layers.firstGet === "boolean") layers.firstGet = false;
}

/**
 * Every style property Cytoscape applies to an element runs "triggers" that invalidate what may
 * depend on it: the element's style and bounding-box caches, those of its edges, the drawing
 * order. For an element styled the first time none of that exists yet, but the triggers still run,
 * per property: on a large map ~40 % of the style pass before the first frame (2 000 nodes,
 * 9 000 edges: ~0.1 s). They are skipped for an element's first styling; later changes (selection,
 * emphasis, hiding) run them as before. Not with village boxes: a child's first size does change
 * its box. Internal to Cytoscape (3.34, pinned), like `drawFirstFrameDirectly`: when the hook or
 * the flag is missing this does nothing.
 */
function skipTriggersOnFirstStyle(cy: Core) {
  type Element = { _private?: { appliedInitStyle?: boolean } };
  // Not in the typings: the style object's internals and this flag are Cytoscape's own.
  const style = cy.style() as unknown as {
    checkTriggers?: (ele: Element, ...rest: unknown[]) => void;
  };
  const core = cy as unknown as { hasCompoundNodes?: () => boolean };
  if (typeof core.hasCompoundNodes !== "function") return;
  if (typeof style.checkTriggers !== "function") return;
  const original = style.checkTriggers.bind(style);
  style.checkTriggers = (ele, ...rest) => {
    // Unset until the element's first styling has been applied.
    const firstStyling = ele._private !== undefined && !ele._private.appliedInitStyle;
    if (firstStyling && !core.hasCompoundNodes!()) return;
    original(ele, ...rest);
  };
}

/**
 * Owns the one Cytoscape instance of a GraphView. It is created when the container mounts
 * (a callback ref with cleanup) and lives until unmount. Renderer options are fixed at creation,
 * so only a change of render mode (the graph crossing a size threshold) creates a new one.
 * React never renders into it: the other hooks mutate it.
 */
export function useCytoscape(mode: RenderMode) {
  const [cy, setCy] = useState<Core | null>(null);

  const containerRef = useCallback(
    (container: HTMLDivElement | null) => {
      if (!container) return;
      const cheap = mode !== "normal";
      const instance = cytoscape({
        container,
        style: buildStylesheet({ large: cheap }),
        // Top-level renderer hint (Cytoscape merges it into `renderer`; the typings only know this form).
        webgl: mode === "webgl",
        minZoom: 0.05,
        maxZoom: 4,
        boxSelectionEnabled: false,
        // Large graphs: pan and zoom over a cached texture instead of redrawing every element.
        textureOnViewport: cheap,
        hideEdgesOnViewport: cheap,
      });
      if (mode === "large") {
        drawFirstFrameDirectly(instance);
        skipTriggersOnFirstStyle(instance);
      }
      window.__cy = instance;
      setCy(instance);
      return () => {
        if (window.__cy === instance) delete window.__cy;
        instance.destroy();
        setCy(null);
      };
    },
    [mode],
  );

  return { cy, containerRef };
}
