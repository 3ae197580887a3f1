import type {
  GraphView_EdgeFragment,
  GraphView_NodeFragment,
} from "../../src/graphql/__generated__/graphql";

/** A small map node; override what the test cares about. */
export function mapNode(
  id: string,
  overrides: Partial<GraphView_NodeFragment> = {},
): GraphView_NodeFragment {
  return {
    id,
    type: "ORGANISATION",
    name: id,
    village: null,
    kind: null,
    degree: 1,
    ...overrides,
  };
}

export function mapEdge(
  id: string,
  source: string,
  target: string,
  overrides: Partial<GraphView_EdgeFragment> = {},
): GraphView_EdgeFragment {
  return {
    id,
    type: "COLLABORATES_WITH",
    source,
    target,
    themeId: null,
    themeName: null,
    agreed: null,
    strength: null,
    ...overrides,
  };
}

export interface Box {
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** The bounding box of these nodes' positions (from a layout's result). */
export function boxOf(
  ids: readonly string[],
  positions: ReadonlyMap<string, { x: number; y: number }>,
): Box {
  const ps = ids.map((id) => positions.get(id)!);
  return {
    minX: Math.min(...ps.map((p) => p.x)),
    maxX: Math.max(...ps.map((p) => p.x)),
    minY: Math.min(...ps.map((p) => p.y)),
    maxY: Math.max(...ps.map((p) => p.y)),
  };
}

/** Whether two boxes do not overlap. */
export const boxesApart = (a: Box, b: Box): boolean =>
  a.maxX < b.minX || b.maxX < a.minX || a.maxY < b.minY || b.maxY < a.minY;
