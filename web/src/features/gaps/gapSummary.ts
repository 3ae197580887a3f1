import type {
  GapCard_GapFragment,
  GapSeverity,
  GapType,
} from "../../graphql/__generated__/graphql";
import { SEVERITY_ORDER } from "../analytics/colours";

export const SEVERITIES: readonly GapSeverity[] = ["HIGH", "MEDIUM", "LOW"];

/**
 * The largest gaps: most severe first, then the ones involving most nodes (the widest reach),
 * then by id so the order is stable.
 */
export function largestGaps<T extends GapCard_GapFragment>(gaps: readonly T[], n = 3): T[] {
  return [...gaps]
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
        b.nodeIds.length - a.nodeIds.length ||
        a.id.localeCompare(b.id),
    )
    .slice(0, n);
}

export interface GapGroup<T> {
  type: GapType;
  gaps: T[];
  counts: Record<GapSeverity, number>;
}

/** Gaps grouped by type, the group with the most severe gap first (the API's order). */
export function groupByType<T extends GapCard_GapFragment>(gaps: readonly T[]): GapGroup<T>[] {
  const groups = new Map<GapType, GapGroup<T>>();
  for (const gap of gaps) {
    let group = groups.get(gap.type);
    if (!group) {
      group = { type: gap.type, gaps: [], counts: { HIGH: 0, MEDIUM: 0, LOW: 0 } };
      groups.set(gap.type, group);
    }
    group.gaps.push(gap);
    group.counts[gap.severity] += 1;
  }
  const worst = (g: GapGroup<T>) => Math.min(...g.gaps.map((gap) => SEVERITY_ORDER[gap.severity]));
  return [...groups.values()].sort((a, b) => worst(a) - worst(b) || b.gaps.length - a.gaps.length);
}

export function countBySeverity(gaps: readonly GapCard_GapFragment[]): Record<GapSeverity, number> {
  const counts: Record<GapSeverity, number> = { HIGH: 0, MEDIUM: 0, LOW: 0 };
  for (const gap of gaps) counts[gap.severity] += 1;
  return counts;
}
