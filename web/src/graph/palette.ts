import type { NodeType, RelationshipType } from "../graphql/__generated__/graphql";

/** How one node type looks on the map and in the legend. */
export interface NodeTypeLook {
  color: string;
  shape: "ellipse" | "round-rectangle" | "diamond" | "hexagon" | "triangle" | "star" | "barrel";
}

/** How one relationship type looks on the map and in the legend. */
export interface EdgeTypeLook {
  color: string;
  lineStyle: "solid" | "dotted" | "dashed";
  width: number;
  /** Arrow at the target end; "none" for relationships read as undirected. */
  arrow: "triangle" | "vee" | "tee" | "circle" | "diamond" | "square" | "none";
}

// Rijkshuisstijl-like colours, each at least 3:1 against white (WCAG 1.4.11 non-text contrast).
// A Record forces a look for every type the schema knows: a new type fails the type check here.
export const NODE_LOOKS: Record<NodeType, NodeTypeLook> = {
  PERSON: { color: "#01689b", shape: "ellipse" },
  ORGANISATION: { color: "#154273", shape: "round-rectangle" },
  THEME: { color: "#ca005d", shape: "diamond" },
  VINDPLAATS: { color: "#39870c", shape: "hexagon" },
  TARGET_GROUP: { color: "#94710a", shape: "triangle" },
  ACTION: { color: "#42145f", shape: "star" },
  MEETING: { color: "#a0522d", shape: "barrel" },
};

export const EDGE_LOOKS: Record<RelationshipType, EdgeTypeLook> = {
  WORKS_FOR: { color: "#535353", lineStyle: "solid", width: 1.5, arrow: "tee" },
  KNOWS: { color: "#5e7a99", lineStyle: "dotted", width: 1.5, arrow: "none" },
  TREKKER_OF: { color: "#b04f00", lineStyle: "solid", width: 3, arrow: "diamond" },
  WORKS_ON: { color: "#1d7a43", lineStyle: "solid", width: 2, arrow: "triangle" },
  SIGNALS: { color: "#a90061", lineStyle: "dotted", width: 2, arrow: "vee" },
  ACTIVE_AT: { color: "#39870c", lineStyle: "solid", width: 1.5, arrow: "circle" },
  REFERS_TO: { color: "#154273", lineStyle: "solid", width: 3, arrow: "triangle" },
  COLLABORATES_WITH: { color: "#007bc7", lineStyle: "solid", width: 3, arrow: "none" },
  RUN_BY: { color: "#7a5c00", lineStyle: "solid", width: 1.5, arrow: "square" },
  REACHES: { color: "#94710a", lineStyle: "dotted", width: 2, arrow: "triangle" },
  CONCERNS: { color: "#ca005d", lineStyle: "solid", width: 1.5, arrow: "vee" },
  TAKES_PART_IN: { color: "#42145f", lineStyle: "solid", width: 1.5, arrow: "triangle" },
  CONTRIBUTES_TO: { color: "#6f2a8f", lineStyle: "dotted", width: 2, arrow: "triangle" },
  ATTENDED: { color: "#767676", lineStyle: "dotted", width: 1, arrow: "none" },
};

/** Informal referral routes (REFERS_TO with agreed = false) are drawn dashed. */
export const INFORMAL_ROUTE_LOOK: EdgeTypeLook = { ...EDGE_LOOKS.REFERS_TO, lineStyle: "dashed" };

export const NODE_TYPES = Object.keys(NODE_LOOKS) as NodeType[];
export const RELATIONSHIP_TYPES = Object.keys(EDGE_LOOKS) as RelationshipType[];
