import type { EdgeDefinition, NodeDefinition, Position } from "cytoscape";

import type {
  GraphView_EdgeFragment,
  GraphView_NodeFragment,
  NodeType,
  RelationshipType,
} from "../graphql/__generated__/graphql";

/** Data carried by an entity node on the map (a person, organisation, theme, …). */
export interface EntityNodeData {
  id: string;
  label: string;
  type: NodeType;
  village: string | null;
  kind: string | null;
  degree: number;
  /** Diameter in model pixels, grows with the number of connections. */
  size: number;
  /** Minor nodes lose their label first when zoomed out. */
  tier: "major" | "minor";
  parent?: string;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: RelationshipType;
  /** Referral routes carry their theme as label; other edges stay unlabelled to reduce clutter. */
  label: string;
  /** A referral route that is used but not agreed on. */
  informal: boolean;
  strength: number | null;
}

/** A village box when the map is grouped by village (compound parent node). */
export interface GroupNodeData {
  id: string;
  label: string;
  isGroup: true;
}

export interface GraphElements {
  groups: (NodeDefinition & { data: GroupNodeData })[];
  nodes: (NodeDefinition & { data: EntityNodeData })[];
  edges: (EdgeDefinition & { data: EdgeData })[];
  /** Where the API's quick layout places every node, when the answer came with it. */
  positions?: ReadonlyMap<string, Position>;
}

export interface ElementsOptions {
  groupByVillage?: boolean;
  /** Label of the box for nodes without a village (translated by the caller). */
  noVillageLabel?: string;
}

export const MIN_NODE_SIZE = 24;
export const MAX_NODE_SIZE = 72;
const GROUP_PREFIX = "kern:";
const NO_VILLAGE_GROUP = `${GROUP_PREFIX}-`;

/** Id of the village box a node belongs to when grouped by village. */
export function groupId(village: string | null): string {
  return village ? `${GROUP_PREFIX}${village}` : NO_VILLAGE_GROUP;
}

export function isGroupId(id: string): boolean {
  return id.startsWith(GROUP_PREFIX);
}

/**
 * Node diameter by degree. Square root so that area, not diameter, tracks the number of
 * connections: hubs stand out without dwarfing everything else.
 */
export function nodeSize(degree: number, maxDegree: number): number {
  if (maxDegree <= 0 || degree <= 0) return MIN_NODE_SIZE;
  const ratio = Math.min(1, degree / maxDegree);
  return Math.round(MIN_NODE_SIZE + (MAX_NODE_SIZE - MIN_NODE_SIZE) * Math.sqrt(ratio));
}

/** Map a network query result to Cytoscape elements. Pure: the same input gives equal output. */
export function toElements(
  graph: {
    nodes: readonly GraphView_NodeFragment[];
    edges: readonly GraphView_EdgeFragment[];
    positions?: readonly ({ id: string } & Position)[] | null;
  },
  options: ElementsOptions = {},
): GraphElements {
  const { groupByVillage = false, noVillageLabel = "—" } = options;
  const maxDegree = graph.nodes.reduce((max, n) => Math.max(max, n.degree), 0);
  const majorDegree = Math.max(2, Math.ceil(maxDegree / 3));

  const seen = new Set<string>();
  const nodes: GraphElements["nodes"] = [];
  const groups = new Map<string, GraphElements["groups"][number]>();
  for (const n of graph.nodes) {
    if (seen.has(n.id)) continue;
    seen.add(n.id);
    const data: EntityNodeData = {
      id: n.id,
      label: n.name,
      type: n.type,
      village: n.village ?? null,
      kind: n.kind ?? null,
      degree: n.degree,
      size: nodeSize(n.degree, maxDegree),
      tier: n.degree >= majorDegree ? "major" : "minor",
    };
    if (groupByVillage) {
      const parent = groupId(data.village);
      data.parent = parent;
      if (!groups.has(parent)) {
        groups.set(parent, {
          group: "nodes",
          selectable: false,
          data: { id: parent, label: data.village ?? noVillageLabel, isGroup: true },
        });
      }
    }
    nodes.push({ group: "nodes", data });
  }

  const edges: GraphElements["edges"] = [];
  const seenEdges = new Set<string>();
  for (const e of graph.edges) {
    // Cytoscape throws on an edge whose endpoint is missing; a filtered result may contain one.
    if (!seen.has(e.source) || !seen.has(e.target) || seenEdges.has(e.id)) continue;
    seenEdges.add(e.id);
    edges.push({
      group: "edges",
      // Edges are context, not subjects: selecting one would only hide the node under it.
      selectable: false,
      data: {
        id: e.id,
        source: e.source,
        target: e.target,
        type: e.type,
        label: e.type === "REFERS_TO" ? (e.themeName ?? "") : "",
        informal: e.type === "REFERS_TO" && e.agreed === false,
        strength: e.strength ?? null,
      },
    });
  }

  const sortedGroups = [...groups.values()].sort((a, b) =>
    a.data.label.localeCompare(b.data.label),
  );
  return { groups: sortedGroups, nodes, edges, ...placed(graph.positions, nodes) };
}

/** The answer's positions by node id, when there is one for every node. */
function placed(
  positions: readonly ({ id: string } & Position)[] | null | undefined,
  nodes: GraphElements["nodes"],
): Pick<GraphElements, "positions"> {
  if (!positions) return {};
  const byId = new Map(positions.map(({ id, x, y }) => [id, { x, y }]));
  return nodes.every((n) => byId.has(n.data.id)) ? { positions: byId } : {};
}
