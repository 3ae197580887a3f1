import type { Executor } from "../../db/executor.js";
import { notFound } from "../../errors.js";
import { type NodeSpec, specForLabel } from "../../model/node-types.js";
import type { RelationshipType } from "../../model/relationship-types.js";
import { type GraphSnapshots, memo } from "../analytics/graph-snapshots.js";
import { getNodesById } from "../node/node.queries.js";
import type { MapNode } from "../node/node.type.js";
import {
  networkQuery,
  type NetworkQueryInput,
  searchQuery,
  villagesQuery,
} from "./network.queries.js";
import { degreesOf, networkFromSnapshot } from "./network.snapshot.js";
import type { MapEdge, NodePosition } from "./network.type.js";
import { QUICK_LAYOUT_ABOVE, quickLayout } from "./quick-layout.js";

/** A node row of `networkQuery`: id, labels, name, village, kind, degree. */
type NodeRow = [string, string[], string, string | null, string | null, number];
/** An edge of `networkQuery`: id, type, source, target, themeId, agreed, strength, tab-separated. */
export function parseEdge(line: string, themes: ReadonlyMap<string, string>): MapEdge {
  const [id, type, source, target, themeId, agreed, strength] = line.split("\t");
  return {
    id: id!,
    type: type as RelationshipType,
    source: source!,
    target: target!,
    themeId: themeId || null,
    themeName: themeId ? (themes.get(themeId) ?? null) : null,
    agreed: agreed ? agreed === "true" : null,
    strength: strength ? Number(strength) : null,
  };
}

interface RawNode {
  id: string;
  labels: string[];
  name: string;
  village: string | null;
  kind: string | null;
  degree: number;
}

export interface Network {
  nodes: MapNode[];
  edges: MapEdge[];
}

/** Model pixels to a tenth: the same picture in a smaller answer. */
const tenth = (value: number) => Math.round(value * 10) / 10;

/**
 * The largest map the API places. The layout runs on the API's one thread and grows faster than
 * the map: ~0.3 s at 10 000 nodes, ~1.2 s at 20 000 and ~27 s at 100 000 on the bench machine.
 * Larger maps are placed by the page, as before.
 */
export const POSITIONS_UP_TO = 10_000;

/**
 * Where the quick layout places each node of a map of more than QUICK_LAYOUT_ABOVE nodes (up to
 * POSITIONS_UP_TO), in the order of its nodes; null otherwise (the page lays smaller maps out
 * with fcose, and places larger ones itself). The page places the map there instead of computing
 * the same layout itself.
 */
export function mapPositions(network: Network): NodePosition[] | null {
  const size = network.nodes.length;
  if (size <= QUICK_LAYOUT_ABOVE || size > POSITIONS_UP_TO) return null;
  const placed = quickLayout(network);
  return network.nodes.map(({ id }) => {
    const { x, y } = placed.get(id)!;
    return { id, x: tenth(x), y: tenth(y) };
  });
}

function toMapNode({ labels, ...node }: RawNode): MapNode {
  return {
    ...node,
    type: labels.map(specForLabel).find((s): s is NodeSpec => s !== undefined)!.type,
  };
}

export class NetworkService {
  constructor(
    private readonly executor: Executor,
    /**
     * When given and loaded for the current graph version, maps are drawn from it; a map drawn
     * from Neo4j asks for it to be loaded when things are quiet (`warmWhenQuiet`).
     */
    private readonly snapshots?: GraphSnapshots,
  ) {}

  async network(filter: NetworkQueryInput): Promise<Network> {
    const graph = await this.snapshots?.ifLoaded();
    if (graph) {
      const degrees = memo(graph.derived, "degrees", () => degreesOf(graph.data));
      const network = networkFromSnapshot(graph.data, degrees, filter);
      if (!network) throw notFound("focusId", filter.focusId!);
      return network;
    }
    const network = await this.networkFromDatabase(filter);
    this.snapshots?.warmWhenQuiet();
    return network;
  }

  /** The map by `networkQuery` (whenever the snapshot is not loaded). */
  async networkFromDatabase(filter: NetworkQueryInput): Promise<Network> {
    const [row] = await this.executor.read(networkQuery(filter));
    const nodeRows = (row?.nodes ?? []) as NodeRow[];
    // An empty map for a focus may mean the focus does not exist: only then ask.
    if (filter.focusId && !nodeRows.length) {
      const found = await this.executor.read(getNodesById([filter.focusId]));
      if (!found.length) throw notFound("focusId", filter.focusId);
    }
    const themes = new Map((row?.themes ?? []) as [string, string][]);
    const nodes = nodeRows.map(([id, labels, name, village, kind, degree]) =>
      toMapNode({ id, labels, name, village, kind, degree }),
    );
    const edges = ((row?.edges ?? []) as string[]).map((line) => parseEdge(line, themes));
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
