import type { Position } from "cytoscape";

export interface PlaceableNode {
  id: string;
  village: string | null;
  degree: number;
}

const SPACING = 70;
const GROUP_GAP = 160;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for the "grouped by village" layout: every village a compact disc (a sunflower
 * spiral, hubs in the middle), the discs packed in rows, nodes without a village last.
 * Linear in the number of nodes, so it stays cheap on large graphs; deterministic, so a shared
 * link shows the same picture.
 */
export function villagePositions(nodes: readonly PlaceableNode[]): Map<string, Position> {
  const byVillage = new Map<string, PlaceableNode[]>();
  for (const node of nodes) {
    const key = node.village ?? "";
    const list = byVillage.get(key) ?? [];
    list.push(node);
    byVillage.set(key, list);
  }
  const groups = [...byVillage.entries()].sort(([a, na], [b, nb]) => {
    if ((a === "") !== (b === "")) return a === "" ? 1 : -1;
    return nb.length - na.length || a.localeCompare(b);
  });

  const radii = groups.map(
    ([, members]) => SPACING * Math.sqrt(members.length) * 0.6 + SPACING / 2,
  );
  const totalArea = radii.reduce((sum, r) => sum + (2 * r + GROUP_GAP) ** 2, 0);
  const rowWidth = Math.max(Math.sqrt(totalArea) * 1.3, (radii[0] ?? 0) * 2);

  const positions = new Map<string, Position>();
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  groups.forEach(([, members], index) => {
    const radius = radii[index] ?? SPACING;
    const diameter = 2 * radius;
    if (x > 0 && x + diameter > rowWidth) {
      x = 0;
      y += rowHeight + GROUP_GAP;
      rowHeight = 0;
    }
    const cx = x + radius;
    const cy = y + radius;
    const sorted = [...members].sort((a, b) => b.degree - a.degree || a.id.localeCompare(b.id));
    sorted.forEach((node, i) => {
      const r = SPACING * 0.6 * Math.sqrt(i);
      const angle = i * GOLDEN_ANGLE;
      positions.set(node.id, { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) });
    });
    x += diameter + GROUP_GAP;
    rowHeight = Math.max(rowHeight, diameter);
  });
  return positions;
}
