/** What the network loses when people, organisations or vindplaatsen disappear: compare before and after. */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import { buildProjection, components } from "./algorithms.js";
import { findGaps, type GapRecord, routeFor, type Text } from "./gaps.rules.js";
import { type GraphData, isActor, SOCIAL_TYPES } from "./graph-data.js";
import { partiesAt } from "./load.math.js";

export interface SplitRecord {
  /** Size of the component before the removal (removed nodes included). */
  sizeBefore: number;
  /** The parts it falls apart into, largest first. */
  parts: string[][];
}

export interface WhatIfRecord {
  removedNodeIds: string[];
  removedEdgeIds: string[];
  gapsAppearing: GapRecord[];
  gapsResolved: GapRecord[];
  targetGroupsNoLongerReached: string[];
  themesWithoutProvider: string[];
  themesWithoutRoute: string[];
  componentsBefore: number;
  componentsAfter: number;
  splits: SplitRecord[];
  nodeIds: string[];
  edgeIds: string[];
  explanation: Text;
}

/** Target groups found at a vindplaats that some organisation relies on. */
function reachedGroups(data: GraphData): Set<string> {
  const reached = new Set<string>();
  for (const vp of data.ofType(NodeType.VINDPLAATS)) {
    if (!partiesAt(data, vp.id).parties.length) continue;
    for (const r of data.out(vp.id, RelationshipType.REACHES)) reached.add(r.to);
  }
  return reached;
}

const provided = (data: GraphData) =>
  new Set(data.edgesOfType(RelationshipType.WORKS_ON).map((e) => e.to));

/** Themes with a referral route: a REFERS_TO for the theme ending at an organisation that works on it. */
function routed(data: GraphData): Set<string> {
  const out = new Set<string>();
  for (const r of data.edgesOfType(RelationshipType.REFERS_TO)) {
    if (
      r.themeId &&
      routeFor(data, r.from, r.themeId)?.some((e) => e.type === RelationshipType.REFERS_TO)
    ) {
      out.add(r.themeId);
    }
  }
  return out;
}

function socialComponents(data: GraphData) {
  const ids = [...data.nodes.values()].filter(isActor).map((n) => n.id);
  const edges = SOCIAL_TYPES.flatMap((t) => data.edgesOfType(t)).map(
    (e) => [e.id, e.from, e.to] as [string, string, string],
  );
  const p = buildProjection(ids, edges);
  const { label, sizes } = components(p);
  const of = new Map(p.ids.map((id, i) => [id, label[i]!]));
  return { of, sizes };
}

export function whatIf(
  data: GraphData,
  removeIds: readonly string[],
  before: GapRecord[] = findGaps(data),
): WhatIfRecord {
  const removed = new Set(removeIds);
  const after = data.without(removed);
  const gapsAfter = findGaps(after);
  const beforeIds = new Set(before.map((g) => g.id));
  const afterIds = new Set(gapsAfter.map((g) => g.id));
  const gapsAppearing = gapsAfter.filter((g) => !beforeIds.has(g.id));
  const gapsResolved = before.filter((g) => !afterIds.has(g.id));

  const groupsBefore = reachedGroups(data);
  const groupsAfter = reachedGroups(after);
  const targetGroupsNoLongerReached = [...groupsBefore]
    .filter((g) => !groupsAfter.has(g) && !removed.has(g))
    .sort();
  const providedAfter = provided(after);
  const themesWithoutProvider = [...provided(data)].filter((t) => !providedAfter.has(t)).sort();
  const routedAfter = routed(after);
  const themesWithoutRoute = [...routed(data)].filter((t) => !routedAfter.has(t)).sort();

  const cBefore = socialComponents(data);
  const cAfter = socialComponents(after);
  const splits: SplitRecord[] = [];
  const touched = new Set(
    [...removed].map((id) => cBefore.of.get(id)).filter((c) => c !== undefined),
  );
  for (const comp of touched) {
    const parts = new Map<number, string[]>();
    for (const [id, c] of cBefore.of) {
      if (c !== comp || removed.has(id)) continue;
      const now = cAfter.of.get(id)!;
      const list = parts.get(now);
      if (list) list.push(id);
      else parts.set(now, [id]);
    }
    if (parts.size >= 2) {
      splits.push({
        sizeBefore: cBefore.sizes[comp]!,
        parts: [...parts.values()]
          .map((p) => p.sort())
          .sort((a, b) => b.length - a.length || a[0]!.localeCompare(b[0]!)),
      });
    }
  }

  const removedEdgeIds = data.edges
    .filter((e) => removed.has(e.from) || removed.has(e.to))
    .map((e) => e.id);
  const names = [...removed].map((id) => data.name(id));
  const lost = gapsAppearing.length;
  return {
    removedNodeIds: [...removed],
    removedEdgeIds,
    gapsAppearing,
    gapsResolved,
    targetGroupsNoLongerReached,
    themesWithoutProvider,
    themesWithoutRoute,
    componentsBefore: cBefore.sizes.length,
    componentsAfter: cAfter.sizes.length,
    splits,
    nodeIds: [
      ...new Set([
        ...removed,
        ...gapsAppearing.flatMap((g) => g.nodeIds),
        ...targetGroupsNoLongerReached,
        ...themesWithoutProvider,
        ...themesWithoutRoute,
      ]),
    ],
    edgeIds: [...new Set([...removedEdgeIds, ...gapsAppearing.flatMap((g) => g.edgeIds)])],
    explanation: {
      nl: `Zonder ${names.join(", ")}: ${lost} nieuwe ${lost === 1 ? "lacune" : "lacunes"}, ${targetGroupsNoLongerReached.length} doelgroep(en) niet meer bereikt, ${themesWithoutProvider.length} thema('s) zonder aanbieder, ${themesWithoutRoute.length} thema('s) zonder verwijsroute, en het netwerk valt op ${splits.length} plaats(en) uiteen.`,
      en: `Without ${names.join(", ")}: ${lost} new ${lost === 1 ? "gap" : "gaps"}, ${targetGroupsNoLongerReached.length} target group(s) no longer reached, ${themesWithoutProvider.length} theme(s) without provider, ${themesWithoutRoute.length} theme(s) without referral route, and the network splits in ${splits.length} place(s).`,
    },
  };
}
