/** The theme × target group × vindplaats matrix; a row without anyone active is an unreached group. */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import { involvedActors, listNames, type Text } from "./gaps.rules.js";
import type { GraphData } from "./graph-data.js";

export interface CoverageCellRecord {
  vindplaatsId: string;
  vindplaatsName: string;
  village: string | null;
  /** People and organisations active here who signal or work on the theme (or whose organisation does). */
  actorIds: string[];
  edgeIds: string[];
}

export interface CoverageRowRecord {
  themeId: string;
  themeName: string;
  targetGroupId: string;
  targetGroupName: string;
  covered: boolean;
  cells: CoverageCellRecord[];
  nodeIds: string[];
  edgeIds: string[];
  explanation: Text;
}

export interface CoverageFilterInput {
  themeId?: string | null;
  targetGroupId?: string | null;
  village?: string | null;
}

export function coverage(data: GraphData, filter: CoverageFilterInput): CoverageRowRecord[] {
  const rows: CoverageRowRecord[] = [];
  for (const concerns of data.edgesOfType(RelationshipType.CONCERNS)) {
    const theme = data.node(concerns.from)!;
    const group = data.node(concerns.to)!;
    if (theme.type !== NodeType.THEME || group.type !== NodeType.TARGET_GROUP) continue;
    if (filter.themeId && theme.id !== filter.themeId) continue;
    if (filter.targetGroupId && group.id !== filter.targetGroupId) continue;
    const actors = involvedActors(data, theme.id);
    const cells = data
      .in(group.id, RelationshipType.REACHES)
      .filter((r) => !filter.village || data.node(r.from)?.village === filter.village)
      .map((reach): CoverageCellRecord => {
        const vp = data.node(reach.from)!;
        const active = data.in(vp.id, RelationshipType.ACTIVE_AT).filter((a) => actors.has(a.from));
        return {
          vindplaatsId: vp.id,
          vindplaatsName: vp.name,
          village: vp.village ?? null,
          actorIds: [...new Set(active.map((a) => a.from))].sort(),
          edgeIds: [reach.id, ...active.map((a) => a.id)],
        };
      })
      .sort(
        (a, b) =>
          b.actorIds.length - a.actorIds.length || a.vindplaatsName.localeCompare(b.vindplaatsName),
      );
    const covered = cells.some((c) => c.actorIds.length > 0);
    const reachedAt = cells.filter((c) => c.actorIds.length).map((c) => c.vindplaatsName);
    rows.push({
      themeId: theme.id,
      themeName: theme.name,
      targetGroupId: group.id,
      targetGroupName: group.name,
      covered,
      cells,
      nodeIds: [
        ...new Set([theme.id, group.id, ...cells.flatMap((c) => [c.vindplaatsId, ...c.actorIds])]),
      ],
      edgeIds: [concerns.id, ...cells.flatMap((c) => c.edgeIds)],
      explanation: covered
        ? {
            nl: `${group.name} worden voor ${theme.name} bereikt via ${listNames(reachedAt, "en")}.`,
            en: `${group.name} are reached for ${theme.name} at ${listNames(reachedAt, "and")}.`,
          }
        : {
            nl: `Niemand die ${theme.name} signaleert of eraan werkt is actief waar ${group.name} te vinden zijn.`,
            en: `Nobody who signals or works on ${theme.name} is active where ${group.name} are found.`,
          },
    });
  }
  return rows.sort(
    (a, b) =>
      a.themeName.localeCompare(b.themeName) || a.targetGroupName.localeCompare(b.targetGroupName),
  );
}
