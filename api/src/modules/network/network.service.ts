import type { Executor } from "../../db/executor.js";
import { notFound } from "../../errors.js";
import { type NodeSpec, specForLabel } from "../../model/node-types.js";
import type { RelationshipType } from "../../model/relationship-types.js";
import { getNodesById } from "../node/node.queries.js";
import type { MapNode } from "../node/node.type.js";
import {
  networkQuery,
  type NetworkQueryInput,
  searchQuery,
  villagesQuery,
} from "./network.queries.js";
import type { MapEdge } from "./network.type.js";

interface RawNode {
  id: string;
  labels: string[];
  name: string;
  village: string | null;
  kind: string | null;
  degree: number;
}

interface RawEdge extends Omit<MapEdge, "type" | "themeName"> {
  type: RelationshipType;
}

export interface Network {
  nodes: MapNode[];
  edges: MapEdge[];
}

function toMapNode({ labels, ...node }: RawNode): MapNode {
  return {
    ...node,
    type: labels.map(specForLabel).find((s): s is NodeSpec => s !== undefined)!.type,
  };
}

export class NetworkService {
  constructor(private readonly executor: Executor) {}

  async network(filter: NetworkQueryInput): Promise<Network> {
    if (filter.focusId) {
      const found = await this.executor.read(getNodesById([filter.focusId]));
      if (!found.length) throw notFound("focusId", filter.focusId);
    }
    const [row] = await this.executor.read(networkQuery(filter));
    const rawNodes = (row?.nodes ?? []) as RawNode[];
    const themes = new Map(
      ((row?.themes ?? []) as { id: string; name: string }[]).map((t) => [t.id, t.name]),
    );
    const nodes = rawNodes.map(toMapNode);
    const kept = new Set(nodes.map((node) => node.id));
    // Edges leave kept nodes; only those that also arrive at a kept node are drawn.
    const edges = ((row?.edges ?? []) as RawEdge[])
      .filter((edge) => kept.has(edge.target))
      .map((edge) => ({
        ...edge,
        themeName: edge.themeId ? (themes.get(edge.themeId) ?? null) : null,
      }));
    return { nodes, edges };
  }

  async search(text: string, limit: number): Promise<MapNode[]> {
    const rows = await this.executor.read(searchQuery(text.trim(), limit));
    return rows.map((row) => toMapNode(row.node as RawNode));
  }

  async villages(): Promise<string[]> {
    const rows = await this.executor.read(villagesQuery);
    return rows.map((row) => String(row.village));
  }
}
