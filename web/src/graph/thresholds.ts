import { QUICK_LAYOUT_ABOVE } from "../../../api/src/modules/network/quick-layout";

/**
 * Size thresholds (number of nodes on the map). Above LARGE_GRAPH the map drops what costs most
 * per element: ordinary labels, curved edges with arrows, and the refining phase of fcose.
 * Above WEBGL_GRAPH it switches to Cytoscape's WebGL renderer.
 */
export const LARGE_GRAPH = 1000;
export const WEBGL_GRAPH = 2500;
/** Small graphs animate into their layout; larger ones jump, which is faster. */
export const ANIMATE_LAYOUT_BELOW = 300;
/**
 * Up to this size fcose refines its spectral draft with its force-directed phase. That phase
 * grows with the square of the size and runs at least 5 × nodes iterations whatever `numIter`
 * says: in Node on the bench machine about 1 s at 250 nodes, 4 s at 500 and 15 s at 1000 (in
 * the browser 30 s at 1000, all of it one frozen task). Larger maps laid out afresh get the quick
 * layout (quick-layout.ts, shared with the API: pivot MDS, the same idea as fcose's spectral draft,
 * on plain arrays; the API sends the map's positions with it);
 * after a change they keep their positions and new nodes start next to a neighbour.
 */
export const REFINE_LAYOUT_UP_TO = QUICK_LAYOUT_ABOVE;

/** How the map renders: decided by size, fixed for the life of one Cytoscape instance. */
export type RenderMode = "normal" | "large" | "webgl";

export type RendererChoice = "canvas" | "webgl";

/**
 * A forced renderer, for measuring both on the same graph (`npm run bench:web`) and for
 * debugging: `?renderer=canvas|webgl` in the URL, or localStorage `netwerkkaart.renderer`.
 */
export function rendererOverride(): RendererChoice | null {
  if (typeof window === "undefined") return null;
  let value = new URLSearchParams(window.location.search).get("renderer");
  try {
    value ??= window.localStorage.getItem("netwerkkaart.renderer");
  } catch {
    // Storage can be blocked; the URL still works.
  }
  return value === "canvas" || value === "webgl" ? value : null;
}

export function renderMode(
  nodeCount: number,
  override: RendererChoice | null = rendererOverride(),
): RenderMode {
  if (override === "webgl" || (override === null && nodeCount > WEBGL_GRAPH)) return "webgl";
  if (nodeCount > LARGE_GRAPH) return "large";
  return "normal";
}
