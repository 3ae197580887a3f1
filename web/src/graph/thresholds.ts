/**
 * Size thresholds (number of nodes on the map). Above LARGE_GRAPH the map drops what costs most
 * per element: ordinary labels, curved edges with arrows, and the refining phase of fcose.
 * Above WEBGL_GRAPH it switches to Cytoscape's WebGL renderer.
 */
export const LARGE_GRAPH = 1000;
export const WEBGL_GRAPH = 2500;
/** Small graphs animate into their layout; larger ones jump, which is faster. */
export const ANIMATE_LAYOUT_BELOW = 300;

/** How the map renders: decided by size, fixed for the life of one Cytoscape instance. */
export type RenderMode = "normal" | "large" | "webgl";

export function renderMode(nodeCount: number): RenderMode {
  if (nodeCount > WEBGL_GRAPH) return "webgl";
  if (nodeCount > LARGE_GRAPH) return "large";
  return "normal";
}
