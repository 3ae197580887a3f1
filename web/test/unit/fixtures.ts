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
