import type { Core, LayoutOptions } from "cytoscape";
import cytoscape from "cytoscape";
import fcose from "cytoscape-fcose";

import { ANIMATE_LAYOUT_BELOW, LARGE_GRAPH, REFINE_LAYOUT_UP_TO } from "./thresholds";
import { villagePositions } from "./villageLayout";

cytoscape.use(fcose);

export const LAYOUT_NAMES = ["fcose", "concentric", "village"] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export function isLayoutName(value: string | null): value is LayoutName {
  return (LAYOUT_NAMES as readonly string[]).includes(value ?? "");
}

export interface LayoutContext {
  nodeCount: number;
  maxDegree: number;
  /** Start from scratch (new layout or first run) rather than from the current positions. */
  randomize: boolean;
}

/** Whether fcose runs only its spectral draft at this size (see REFINE_LAYOUT_UP_TO). */
export function isDraftSize(nodeCount: number): boolean {
  return nodeCount > REFINE_LAYOUT_UP_TO;
}

/** Cytoscape layout options for a layout name; cheaper settings on large graphs. */
export function layoutOptions(cy: Core, name: LayoutName, ctx: LayoutContext): LayoutOptions {
  const large = ctx.nodeCount > LARGE_GRAPH;
  const animate = ctx.nodeCount < ANIMATE_LAYOUT_BELOW;
  const common = { fit: true, padding: 30, animate, animationDuration: 400 };
  switch (name) {
    case "fcose": {
      // "draft" is the spectral phase only: tens of seconds become tenths from ~1000 nodes on.
      const draft = isDraftSize(ctx.nodeCount);
      return {
        ...common,
        name: "fcose",
        quality: draft ? "draft" : "default",
        // The draft spans about 5 × nodeSeparation whatever the size, which piles thousands of
        // nodes on top of each other: spread it with √n, to about the room the refined layout
        // gives (≈ 950 px across at 1000 nodes).
        nodeSeparation: draft ? Math.max(75, 6 * Math.sqrt(ctx.nodeCount)) : 75,
        randomize: ctx.randomize,
        nodeDimensionsIncludeLabels: !large,
        idealEdgeLength: 90,
        nodeRepulsion: 6500,
        packComponents: true,
      } as LayoutOptions;
    }
    case "concentric": {
      const step = Math.max(1, ctx.maxDegree / 6);
      return {
        ...common,
        name: "concentric",
        concentric: (node) => Number(node.data("degree") ?? 0),
        levelWidth: () => step,
        minNodeSpacing: large ? 4 : 16,
        avoidOverlap: !large,
      };
    }
    case "village": {
      const nodes = cy
        .nodes()
        .filter((n) => !n.data("isGroup"))
        .map((n) => ({
          id: n.id(),
          village: (n.data("village") as string | null) ?? null,
          degree: Number(n.data("degree") ?? 0),
        }));
      const positions = villagePositions(nodes);
      return {
        ...common,
        name: "preset",
        positions: (node: cytoscape.NodeSingular) => positions.get(node.id()) ?? { x: 0, y: 0 },
      } as LayoutOptions;
    }
  }
}
