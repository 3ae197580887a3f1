/**
 * The Voorst demo network read straight from seed/voorst/*.json, and the filter semantics of the
 * API (schema/schema.graphql, NetworkFilter) applied to it: end-to-end tests compare what the
 * browser shows with these expectations instead of hard-coded numbers.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

export type NodeType =
  "PERSON" | "ORGANISATION" | "THEME" | "VINDPLAATS" | "TARGET_GROUP" | "ACTION" | "MEETING";

export interface DemoNode {
  id: string;
  type: NodeType;
  name: string;
  village: string | null;
}

export interface DemoRelationship {
  type: string;
  from: string;
  to: string;
  themeId?: string;
  themeIds?: string[];
  agreed?: boolean;
}

const FILES: [string, NodeType][] = [
  ["organisations.json", "ORGANISATION"],
  ["persons.json", "PERSON"],
  ["themes.json", "THEME"],
  ["vindplaatsen.json", "VINDPLAATS"],
  ["target-groups.json", "TARGET_GROUP"],
  ["actions.json", "ACTION"],
  ["meetings.json", "MEETING"],
];

function read<T>(file: string): T {
  const url = new URL(`../../../seed/voorst/${file}`, import.meta.url);
  return JSON.parse(readFileSync(fileURLToPath(url), "utf8")) as T;
}

export function loadDemo() {
  const nodes = new Map<string, DemoNode>();
  for (const [file, type] of FILES) {
    for (const raw of read<{ id: string; name?: string; title?: string; village?: string }[]>(
      file,
    )) {
      nodes.set(raw.id, {
        id: raw.id,
        type,
        name: raw.name ?? raw.title ?? raw.id,
        village: raw.village ?? null,
      });
    }
  }
  const relationships = read<DemoRelationship[]>("relationships.json");
  return { nodes, relationships };
}

export type Demo = ReturnType<typeof loadDemo>;

const THEME_TIES = new Set(["SIGNALS", "WORKS_ON", "TREKKER_OF", "CONTRIBUTES_TO", "CONCERNS"]);
const THEMED = new Set(["REFERS_TO", "ACTIVE_AT"]);

function forThemes(rel: DemoRelationship, themeIds: ReadonlySet<string>): boolean {
  return (
    (rel.themeId !== undefined && themeIds.has(rel.themeId)) ||
    (rel.themeIds ?? []).some((id) => themeIds.has(id))
  );
}

/**
 * Nodes and edges the map should show for a filter: themes keep the chosen themes and nodes tied
 * to them; villages keep nodes in those villages and nodes without one; node types keep those
 * types; edges only between kept nodes (with a theme filter, themed edges only for those themes).
 */
export function expectedView(
  demo: Demo,
  filter: { themeIds?: string[]; villages?: string[]; nodeTypes?: NodeType[] } = {},
) {
  const themeIds = filter.themeIds?.length ? new Set(filter.themeIds) : null;
  const villages = filter.villages?.length ? new Set(filter.villages) : null;
  const types = filter.nodeTypes?.length ? new Set(filter.nodeTypes) : null;

  const tiedToTheme = new Set<string>();
  if (themeIds) {
    for (const id of themeIds) tiedToTheme.add(id);
    for (const rel of demo.relationships) {
      const themeEnd = themeIds.has(rel.to) ? rel.from : themeIds.has(rel.from) ? rel.to : null;
      if (THEME_TIES.has(rel.type) && themeEnd) tiedToTheme.add(themeEnd);
      if (THEMED.has(rel.type) && forThemes(rel, themeIds)) {
        tiedToTheme.add(rel.from);
        tiedToTheme.add(rel.to);
      }
    }
  }

  const nodes = new Set<string>();
  for (const node of demo.nodes.values()) {
    if (types && !types.has(node.type)) continue;
    if (villages && node.village !== null && !villages.has(node.village)) continue;
    if (themeIds && !tiedToTheme.has(node.id)) continue;
    nodes.add(node.id);
  }
  const edges = demo.relationships.filter(
    (rel) =>
      nodes.has(rel.from) &&
      nodes.has(rel.to) &&
      (!themeIds || !THEMED.has(rel.type) || forThemes(rel, themeIds)),
  );
  return { nodes, edges };
}

/** The trekker (lead) of a theme according to the data. */
export function trekkerOf(demo: Demo, themeId: string): DemoNode | undefined {
  const rel = demo.relationships.find((r) => r.type === "TREKKER_OF" && r.to === themeId);
  return rel ? demo.nodes.get(rel.from) : undefined;
}
