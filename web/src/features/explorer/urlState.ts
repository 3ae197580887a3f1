import type { LayoutName } from "../../graph/layouts";
import { isLayoutName } from "../../graph/layouts";
import { NODE_TYPES, RELATIONSHIP_TYPES } from "../../graph/palette";
import type {
  NetworkFilter,
  NodeType,
  RelationshipType,
} from "../../graphql/__generated__/graphql";

/** Everything that defines a view of the network; it lives in the URL so a link reproduces it. */
export interface ExplorerState {
  nodeTypes: NodeType[];
  relationshipTypes: RelationshipType[];
  themeIds: string[];
  villages: string[];
  focusId: string | null;
  hops: number;
  selectedId: string | null;
  hiddenIds: string[];
  layout: LayoutName;
}

export const DEFAULT_STATE: ExplorerState = {
  nodeTypes: [],
  relationshipTypes: [],
  themeIds: [],
  villages: [],
  focusId: null,
  hops: 1,
  selectedId: null,
  hiddenIds: [],
  layout: "fcose",
};

export const MIN_HOPS = 1;
export const MAX_HOPS = 3;

// Short, readable parameter names: links get shared in e-mails.
const PARAM = {
  nodeTypes: "type",
  relationshipTypes: "rel",
  themeIds: "theme",
  villages: "village",
  focusId: "focus",
  hops: "hops",
  selectedId: "selected",
  hiddenIds: "hidden",
  layout: "layout",
} as const satisfies Record<keyof ExplorerState, string>;

function uniqueSorted<T extends string>(values: readonly T[]): T[] {
  return [...new Set(values)].sort();
}

function oneOf<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return uniqueSorted(values.filter((v): v is T => (allowed as readonly string[]).includes(v)));
}

function clampHops(value: string | null): number {
  const n = Number.parseInt(value ?? "", 10);
  if (Number.isNaN(n)) return DEFAULT_STATE.hops;
  return Math.min(MAX_HOPS, Math.max(MIN_HOPS, n));
}

/** Read a view from URL search parameters; unknown or malformed values fall back to defaults. */
export function decodeState(params: URLSearchParams): ExplorerState {
  const nonEmpty = (values: string[]) => uniqueSorted(values.map((v) => v.trim()).filter(Boolean));
  const layout = params.get(PARAM.layout);
  return {
    nodeTypes: oneOf(NODE_TYPES, params.getAll(PARAM.nodeTypes)),
    relationshipTypes: oneOf(RELATIONSHIP_TYPES, params.getAll(PARAM.relationshipTypes)),
    themeIds: nonEmpty(params.getAll(PARAM.themeIds)),
    villages: nonEmpty(params.getAll(PARAM.villages)),
    focusId: params.get(PARAM.focusId) || null,
    hops: clampHops(params.get(PARAM.hops)),
    selectedId: params.get(PARAM.selectedId) || null,
    hiddenIds: nonEmpty(params.getAll(PARAM.hiddenIds)),
    layout: isLayoutName(layout) ? layout : DEFAULT_STATE.layout,
  };
}

/** Write a view to URL search parameters: defaults are left out, lists sorted, so equal views give equal URLs. */
export function encodeState(state: ExplorerState): URLSearchParams {
  const params = new URLSearchParams();
  const lists = ["nodeTypes", "relationshipTypes", "themeIds", "villages", "hiddenIds"] as const;
  for (const key of lists) {
    for (const value of uniqueSorted<string>(state[key])) params.append(PARAM[key], value);
  }
  if (state.focusId) {
    params.set(PARAM.focusId, state.focusId);
    params.set(PARAM.hops, String(state.hops));
  }
  if (state.selectedId) params.set(PARAM.selectedId, state.selectedId);
  if (state.layout !== DEFAULT_STATE.layout) params.set(PARAM.layout, state.layout);
  return params;
}

/** The part of the view the API filters on. Empty lists mean "no filter", so they are omitted. */
export function toNetworkFilter(state: ExplorerState): NetworkFilter {
  const filter: NetworkFilter = {};
  if (state.nodeTypes.length > 0) filter.nodeTypes = state.nodeTypes;
  if (state.relationshipTypes.length > 0) filter.relationshipTypes = state.relationshipTypes;
  if (state.themeIds.length > 0) filter.themeIds = state.themeIds;
  if (state.villages.length > 0) filter.villages = state.villages;
  if (state.focusId) {
    filter.focusId = state.focusId;
    filter.hops = state.hops;
  }
  return filter;
}

/** Number of active filters (for the "3 filters actief" summary). */
export function activeFilterCount(state: ExplorerState): number {
  return (
    state.nodeTypes.length +
    state.relationshipTypes.length +
    state.themeIds.length +
    state.villages.length
  );
}
