import type { GraphView_NodeFragment } from "../../graphql/__generated__/graphql";

export const SORT_COLUMNS = ["name", "type", "village", "kind", "degree"] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export type SortDirection = "ascending" | "descending";

/**
 * Sort for the table, on what the user sees (translated labels): empty values last in both
 * directions, ties broken by name.
 */
export function sortNodes<T extends GraphView_NodeFragment>(
  nodes: readonly T[],
  column: SortColumn,
  direction: SortDirection,
  labels: { type: (node: T) => string; kind: (node: T) => string },
): T[] {
  const sign = direction === "ascending" ? 1 : -1;
  const value = (node: T): string | number | null => {
    switch (column) {
      case "name":
        return node.name;
      case "type":
        return labels.type(node);
      case "village":
        return node.village ?? null;
      case "kind":
        return node.kind ? labels.kind(node) : null;
      case "degree":
        return node.degree;
    }
  };
  return [...nodes].sort((a, b) => {
    const va = value(a);
    const vb = value(b);
    if (va === null || vb === null) {
      if (va !== vb) return va === null ? 1 : -1;
    } else if (va !== vb) {
      const order =
        typeof va === "number" && typeof vb === "number"
          ? va - vb
          : String(va).localeCompare(String(vb), "nl");
      if (order !== 0) return sign * order;
    }
    return a.name.localeCompare(b.name, "nl");
  });
}
