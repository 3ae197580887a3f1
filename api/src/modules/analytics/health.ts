/** Network health figures on the social projection (people and organisations), for a scope. */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import {
  buildProjection,
  centrality,
  type CentralityOptions,
  communities,
  components,
  degreeCentralisation,
  degreeOf,
  density,
  pairCount,
} from "./algorithms.js";
import { type GraphData, isActor, SOCIAL_TYPES } from "./graph-data.js";

export interface HealthScopeInput {
  themeId?: string | null;
  village?: string | null;
}

export interface NodeMetricRecord {
  id: string;
  type: NodeType;
  name: string;
  degree: number;
  betweenness: number;
  closeness: number;
  community: number;
}

export interface HealthRecord {
  nodes: number;
  relationships: number;
  connectedPairs: number;
  density: number;
  components: number;
  largestComponent: number;
  degreeCentralisation: number;
  averagePathLength: number | null;
  communities: number;
  modularity: number;
  sampled: boolean;
  pivots: number;
  nodeMetrics: NodeMetricRecord[];
  topBrokers: NodeMetricRecord[];
}

/**
 * The people and organisations in scope. Theme: those that signal, work on, lead it, are active
 * for it at a vindplaats or refer for it, plus the people of those organisations. Village: the
 * organisations and people in it, plus the people of those organisations.
 */
export function scopeActors(data: GraphData, scope: HealthScopeInput): string[] {
  const actors = [...data.nodes.values()].filter(isActor);
  let kept: Set<string>;
  if (scope.themeId) {
    const t = scope.themeId;
    kept = new Set(
      [RelationshipType.SIGNALS, RelationshipType.WORKS_ON, RelationshipType.TREKKER_OF].flatMap(
        (type) => data.in(t, type).map((e) => e.from),
      ),
    );
    for (const e of data.edgesOfType(RelationshipType.ACTIVE_AT))
      if (e.themeIds?.includes(t)) kept.add(e.from);
    for (const e of data.edgesOfType(RelationshipType.REFERS_TO)) {
      if (e.themeId === t) kept.add(e.from).add(e.to);
    }
  } else {
    kept = new Set(actors.map((n) => n.id));
  }
  if (scope.village) {
    kept = new Set([...kept].filter((id) => data.node(id)?.village === scope.village));
  }
  if (scope.themeId || scope.village) {
    for (const id of [...kept]) {
      if (data.node(id)?.type !== NodeType.ORGANISATION) continue;
      for (const e of data.in(id, RelationshipType.WORKS_FOR)) kept.add(e.from);
    }
  }
  return [...kept].filter((id) => isActor(data.node(id)));
}

export function computeHealth(
  data: GraphData,
  scope: HealthScopeInput,
  options: CentralityOptions = {},
): HealthRecord {
  const ids = scopeActors(data, scope);
  const edges = SOCIAL_TYPES.flatMap((type) => data.edgesOfType(type))
    .filter(
      (e) => !scope.themeId || e.type !== RelationshipType.REFERS_TO || e.themeId === scope.themeId,
    )
    .map((e) => [e.id, e.from, e.to] as [string, string, string]);
  const p = buildProjection(ids, edges);
  const n = p.ids.length;
  const degrees = Array.from({ length: n }, (_, v) => degreeOf(p, v));
  const { sizes } = components(p);
  const c = centrality(p, options);
  const louvain = communities(p);
  const nodeMetrics = p.ids.map((id, v) => {
    const node = data.node(id)!;
    return {
      id,
      type: node.type,
      name: node.name,
      degree: degrees[v]!,
      betweenness: round(c.betweenness[v]!),
      closeness: round(c.closeness[v]!),
      community: louvain.community[v]!,
    };
  });
  const topBrokers = nodeMetrics
    .filter((m) => m.betweenness > 0)
    .sort((a, b) => b.betweenness - a.betweenness || a.name.localeCompare(b.name))
    .slice(0, 10);
  return {
    nodes: n,
    relationships: p.relationships,
    connectedPairs: pairCount(p),
    density: round(density(n, pairCount(p))),
    components: sizes.length,
    largestComponent: sizes.length ? Math.max(...sizes) : 0,
    degreeCentralisation: round(degreeCentralisation(degrees)),
    averagePathLength: c.averagePathLength === null ? null : round(c.averagePathLength),
    communities: louvain.count,
    modularity: round(louvain.modularity),
    sampled: c.sampled,
    pivots: c.pivots,
    nodeMetrics,
    topBrokers,
  };
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;
