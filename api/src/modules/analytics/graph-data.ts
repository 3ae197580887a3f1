/**
 * An in-memory copy of the graph (ids, names and the properties analytics needs), loaded once per
 * graph version. Gap rules, coverage, partner scoring, health and what-if run on it as pure code,
 * so they can be unit-tested on hand-made data and re-run with nodes removed.
 */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";

export interface GNode {
  id: string;
  type: NodeType;
  name: string;
  village?: string | null;
  kind?: string | null;
  capacity?: number | null;
}

export interface GEdge {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  themeId?: string | null;
  themeIds?: string[] | null;
  agreed?: boolean | null;
  perYear?: number | null;
  strength?: number | null;
}

const NO_EDGES: readonly GEdge[] = [];
const NO_NODES: readonly GNode[] = [];

export class GraphData {
  readonly nodes = new Map<string, GNode>();
  readonly edges: readonly GEdge[];
  /** Per relationship type, the edges leaving (entering) each node: keyed by the ids themselves. */
  private readonly outIndex = new Map<RelationshipType, Map<string, GEdge[]>>();
  private readonly inIndex = new Map<RelationshipType, Map<string, GEdge[]>>();
  private readonly byTypeIndex = new Map<string, GNode[]>();
  private readonly edgesByType = new Map<RelationshipType, GEdge[]>();

  constructor(nodes: readonly GNode[], edges: readonly GEdge[]) {
    for (const node of nodes) {
      this.nodes.set(node.id, node);
      push(this.byTypeIndex, node.type, node);
    }
    // Edges whose endpoints are missing (e.g. removed in a what-if) are dropped.
    this.edges = edges.filter((e) => this.nodes.has(e.from) && this.nodes.has(e.to));
    for (const edge of this.edges) {
      push(indexOf(this.outIndex, edge.type), edge.from, edge);
      push(indexOf(this.inIndex, edge.type), edge.to, edge);
      push(this.edgesByType, edge.type, edge);
    }
  }

  node(id: string): GNode | undefined {
    return this.nodes.get(id);
  }

  name(id: string): string {
    return this.nodes.get(id)?.name ?? id;
  }

  ofType(type: NodeType): readonly GNode[] {
    return this.byTypeIndex.get(type) ?? NO_NODES;
  }

  edgesOfType(type: RelationshipType): readonly GEdge[] {
    return this.edgesByType.get(type) ?? NO_EDGES;
  }

  out(id: string, type: RelationshipType): readonly GEdge[] {
    return this.outIndex.get(type)?.get(id) ?? NO_EDGES;
  }

  in(id: string, type: RelationshipType): readonly GEdge[] {
    return this.inIndex.get(type)?.get(id) ?? NO_EDGES;
  }

  /** Both directions, for the undirected types (KNOWS, COLLABORATES_WITH) and undirected readings. */
  both(id: string, type: RelationshipType): GEdge[] {
    return [...this.out(id, type), ...this.in(id, type)];
  }

  /** The organisations a person works for (an organisation: itself). */
  organisationsOf(id: string): string[] {
    const node = this.nodes.get(id);
    if (node?.type === NodeType.ORGANISATION) return [id];
    return this.out(id, RelationshipType.WORKS_FOR).map((e) => e.to);
  }

  /** The same graph without these nodes and their relationships. */
  without(ids: Iterable<string>): GraphData {
    const removed = new Set(ids);
    return new GraphData(
      [...this.nodes.values()].filter((n) => !removed.has(n.id)),
      this.edges.filter((e) => !removed.has(e.from) && !removed.has(e.to)),
    );
  }
}

function indexOf(
  index: Map<RelationshipType, Map<string, GEdge[]>>,
  type: RelationshipType,
): Map<string, GEdge[]> {
  let byNode = index.get(type);
  if (!byNode) index.set(type, (byNode = new Map<string, GEdge[]>()));
  return byNode;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The undirected social projection: people and organisations over these relationship types. */
export const SOCIAL_TYPES = [
  RelationshipType.KNOWS,
  RelationshipType.WORKS_FOR,
  RelationshipType.COLLABORATES_WITH,
  RelationshipType.REFERS_TO,
] as const;

export const INTRODUCTION_TYPES = [RelationshipType.KNOWS, RelationshipType.WORKS_FOR] as const;

export const isActor = (node: GNode | undefined): boolean =>
  node?.type === NodeType.PERSON || node?.type === NodeType.ORGANISATION;
