/** Vindplaats load: the definition shared by the load query and the OVERLOADED_VINDPLAATS gap. */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import type { GraphData } from "./graph-data.js";

export interface LoadQueryInput {
  village?: string | null;
  themeId?: string | null;
}

export enum LoadStatus {
  OK = "OK",
  BUSY = "BUSY",
  OVERLOADED = "OVERLOADED",
  UNKNOWN = "UNKNOWN",
}

/** load = parties / capacity; null without a positive capacity. */
export function loadOf(parties: number, capacity: number | null | undefined): number | null {
  return capacity != null && capacity > 0 ? parties / capacity : null;
}

/** OK below 0.8, BUSY from 0.8 up to and including 1, OVERLOADED above 1. */
export function loadStatus(load: number | null): LoadStatus {
  if (load === null) return LoadStatus.UNKNOWN;
  if (load > 1) return LoadStatus.OVERLOADED;
  return load >= 0.8 ? LoadStatus.BUSY : LoadStatus.OK;
}

/**
 * The distinct organisations relying on a vindplaats: active there directly, or through a person
 * who works for them. RUN_BY does not count.
 */
export function partiesAt(data: GraphData, vindplaatsId: string) {
  const parties = new Set<string>();
  const nodeIds = new Set<string>();
  const edgeIds: string[] = [];
  for (const active of data.in(vindplaatsId, RelationshipType.ACTIVE_AT)) {
    const actor = data.node(active.from);
    if (actor?.type === NodeType.ORGANISATION) {
      parties.add(actor.id);
      nodeIds.add(actor.id);
      edgeIds.push(active.id);
    } else if (actor?.type === NodeType.PERSON) {
      const worksFor = data.out(actor.id, RelationshipType.WORKS_FOR);
      if (!worksFor.length) continue;
      nodeIds.add(actor.id);
      edgeIds.push(active.id);
      for (const w of worksFor) {
        parties.add(w.to);
        nodeIds.add(w.to);
        edgeIds.push(w.id);
      }
    }
  }
  const capacity = data.node(vindplaatsId)?.capacity ?? null;
  return {
    parties: [...parties],
    nodeIds: [...nodeIds],
    edgeIds,
    load: loadOf(parties.size, capacity),
  };
}

export interface LoadParty {
  id: string;
  name: string;
  direct: boolean;
  viaPersonIds: string[];
}

export interface LoadRow {
  vindplaatsId: string;
  parties: LoadParty[];
  /** Asks per theme named on ACTIVE_AT, by anyone active there; most asked first. */
  asks: { themeId: string; themeName: string; count: number }[];
  load: number | null;
  status: LoadStatus;
  uniqueTargetGroupIds: string[];
  nodeIds: string[];
  edgeIds: string[];
}

/** Has at least one party: an organisation active there, or a person active there who works for one. */
function hasParties(data: GraphData, vindplaatsId: string): boolean {
  return data.in(vindplaatsId, RelationshipType.ACTIVE_AT).some((a) => {
    const actor = data.node(a.from);
    return (
      actor?.type === NodeType.ORGANISATION ||
      (actor?.type === NodeType.PERSON &&
        data
          .out(actor.id, RelationshipType.WORKS_FOR)
          .some((w) => data.node(w.to)?.type === NodeType.ORGANISATION))
    );
  });
}

/**
 * Vindplaats load for every vindplaats, on the snapshot: parties (distinct organisations active
 * directly or through their people), asks per theme, load and status, and the target groups it
 * is the only vindplaats with parties to reach. Linear in the relationships involved.
 */
export function vindplaatsLoadRows(data: GraphData): LoadRow[] {
  const vindplaatsen = data.ofType(NodeType.VINDPLAATS);
  const withParties = new Set(vindplaatsen.filter((v) => hasParties(data, v.id)).map((v) => v.id));
  // Per target group: the vindplaatsen with parties that reach it.
  const reachedBy = new Map<string, Set<string>>();
  for (const reach of data.edgesOfType(RelationshipType.REACHES)) {
    if (!withParties.has(reach.from)) continue;
    const set = reachedBy.get(reach.to) ?? new Set<string>();
    set.add(reach.from);
    reachedBy.set(reach.to, set);
  }
  return vindplaatsen.map((vp) => {
    const parties = new Map<string, LoadParty>();
    const nodeIds = new Set<string>([vp.id]);
    const edgeIds: string[] = [];
    const asks = new Map<string, number>();
    for (const active of data.in(vp.id, RelationshipType.ACTIVE_AT)) {
      for (const themeId of active.themeIds ?? []) asks.set(themeId, (asks.get(themeId) ?? 0) + 1);
      const actor = data.node(active.from);
      if (actor?.type === NodeType.ORGANISATION) {
        const party = parties.get(actor.id);
        if (party) party.direct = true;
        else
          parties.set(actor.id, { id: actor.id, name: actor.name, direct: true, viaPersonIds: [] });
        edgeIds.push(active.id);
        nodeIds.add(actor.id);
      }
    }
    for (const active of data.in(vp.id, RelationshipType.ACTIVE_AT)) {
      const actor = data.node(active.from);
      if (actor?.type !== NodeType.PERSON) continue;
      const worksFor = data
        .out(actor.id, RelationshipType.WORKS_FOR)
        .filter((w) => data.node(w.to)?.type === NodeType.ORGANISATION);
      if (!worksFor.length) continue;
      edgeIds.push(active.id);
      nodeIds.add(actor.id);
      for (const w of worksFor) {
        const org = data.node(w.to)!;
        const party = parties.get(org.id) ?? {
          id: org.id,
          name: org.name,
          direct: false,
          viaPersonIds: [],
        };
        party.viaPersonIds.push(actor.id);
        parties.set(org.id, party);
        edgeIds.push(w.id);
        nodeIds.add(org.id);
      }
    }
    const unique = data
      .out(vp.id, RelationshipType.REACHES)
      .filter((re) => data.node(re.to)?.type === NodeType.TARGET_GROUP)
      .filter((re) => [...(reachedBy.get(re.to) ?? [])].every((other) => other === vp.id));
    const load = loadOf(parties.size, vp.capacity);
    return {
      vindplaatsId: vp.id,
      parties: [...parties.values()].sort((a, b) => a.name.localeCompare(b.name)),
      asks: [...asks]
        .map(([themeId, count]) => ({
          themeId,
          themeName: data.node(themeId)?.type === NodeType.THEME ? data.name(themeId) : themeId,
          count,
        }))
        .sort((a, b) => b.count - a.count || a.themeName.localeCompare(b.themeName)),
      load,
      status: loadStatus(load),
      uniqueTargetGroupIds: unique.map((re) => re.to),
      nodeIds: [...nodeIds, ...unique.map((re) => re.to)],
      edgeIds: [...edgeIds, ...unique.map((re) => re.id)],
    };
  });
}
