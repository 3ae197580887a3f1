import type { StylesheetJson } from "cytoscape";

import {
  EDGE_LOOKS,
  INFORMAL_ROUTE_LOOK,
  NODE_LOOKS,
  NODE_TYPES,
  RELATIONSHIP_TYPES,
} from "./palette";

export interface StylesheetOptions {
  /** Above the size threshold: no labels for ordinary nodes, straight "haystack" edges. */
  large: boolean;
}

const FONT = '"RO Sans", "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';
const TEXT = "#1a1a1a";
const SELECTED = "#ffb612";
const MARKED = "#a7000f";

/** How labels look (on large maps only on the nodes that show one). */
const LABEL_TEXT = {
  "font-family": FONT,
  "font-size": 12,
  color: TEXT,
  "text-valign": "bottom",
  "text-margin-y": 4,
  "text-wrap": "ellipsis",
  "text-max-width": "140px",
  "text-outline-color": "#ffffff",
  "text-outline-width": 2,
  // Below this rendered size the label is not drawn: keeps zoomed-out maps readable.
  "min-zoomed-font-size": 9,
} as const;
const LABELLED_WHEN_LARGE =
  "node.highlighted, node:selected, node.focus-root, node.emphasised, node[?isGroup]";

/** Cytoscape stylesheet: one look per node type and relationship type (see palette.ts). */
export function buildStylesheet({ large }: StylesheetOptions): StylesheetJson {
  const nodeTypeStyles: StylesheetJson = NODE_TYPES.map((type) => ({
    selector: `node[type = "${type}"]`,
    style: { "background-color": NODE_LOOKS[type].color, shape: NODE_LOOKS[type].shape },
  }));

  const edgeTypeStyles: StylesheetJson = RELATIONSHIP_TYPES.map((type) => {
    const look = EDGE_LOOKS[type];
    return {
      selector: `edge[type = "${type}"]`,
      // Large maps draw no arrows (Cytoscape's default shape is none). Solid is Cytoscape's
      // default line: every property set costs each edge a few microseconds before the first
      // frame (9 000 edges at 2 000 nodes), so defaults are left out.
      style: {
        "line-color": look.color,
        ...(look.lineStyle === "solid" ? {} : { "line-style": look.lineStyle }),
        width: look.width,
        ...(large ? {} : { "target-arrow-color": look.color, "target-arrow-shape": look.arrow }),
      },
    };
  });

  return [
    {
      selector: "node",
      style: {
        width: "data(size)",
        height: "data(size)",
        "border-width": 2,
        "border-color": "#ffffff",
        ...(large ? {} : { label: "data(label)", ...LABEL_TEXT }),
      },
    },
    ...nodeTypeStyles,
    // Analytics colour nodes by a value (heat, community): overrides the type colour.
    { selector: "node[fill]", style: { "background-color": "data(fill)" } },
    // Large maps label only these nodes: the text style goes with them, not on every node (each
    // property is applied per element before the first frame: at 2 000 nodes ~0.1 s).
    ...(large ? [{ selector: LABELLED_WHEN_LARGE, style: LABEL_TEXT }] : []),
    {
      // Ordinary nodes lose their label earlier than hubs when zooming out.
      selector: 'node[tier = "major"]',
      style: { "font-size": 15, "font-weight": "bold", "min-zoomed-font-size": 6 },
    },
    {
      selector: "node[?isGroup]",
      style: {
        shape: "round-rectangle",
        "background-color": "#f3f3f3",
        "background-opacity": 1,
        "border-width": 1,
        "border-color": "#8c8c8c",
        label: "data(label)",
        "font-size": 20,
        "font-weight": "bold",
        "text-valign": "top",
        "text-halign": "center",
        "text-margin-y": -6,
        "min-zoomed-font-size": 4,
        padding: "24px",
      },
    },
    {
      selector: "edge",
      // Large maps: straight "haystack" edges, Cytoscape's default curve (left out, as above).
      style: large
        ? { opacity: 0.85 }
        : { "curve-style": "bezier", "arrow-scale": 1.1, opacity: 0.85 },
    },
    ...edgeTypeStyles,
    {
      selector: "edge[?informal]",
      style: { "line-style": INFORMAL_ROUTE_LOOK.lineStyle, "line-dash-pattern": [8, 5] },
    },
    {
      // Large maps label only the edges around the selection: thousands of labels cost a
      // text measurement each before the first frame and are unreadable at that zoom anyway.
      selector: large ? 'edge.highlighted[label != ""]' : 'edge[label != ""]',
      style: {
        label: "data(label)",
        "font-family": FONT,
        "font-size": 11,
        color: TEXT,
        "text-rotation": "autorotate",
        "text-background-color": "#ffffff",
        "text-background-opacity": 0.9,
        "text-background-padding": "2px",
        "min-zoomed-font-size": 8,
      },
    },
    { selector: ".hidden", style: { display: "none" } },
    { selector: ".faded", style: { opacity: 0.15, "text-opacity": 0 } },
    { selector: ".dimmed", style: { opacity: 0.12, "text-opacity": 0 } },
    {
      // What an analytics answer is about: always labelled, on top, with a dark ring.
      selector: "node.emphasised",
      style: {
        label: "data(label)",
        "min-zoomed-font-size": 0,
        "z-index": 20,
        "border-width": 4,
        "border-color": TEXT,
      },
    },
    { selector: "edge.emphasised", style: { opacity: 1, width: 5, "z-index": 20 } },
    {
      selector: "node.marked",
      style: { "border-width": 6, "border-color": MARKED, "border-style": "double" },
    },
    {
      // Highlighted and selected nodes always show their label, even on large graphs.
      selector: "node.highlighted, node:selected, node.focus-root",
      style: { label: "data(label)", "min-zoomed-font-size": 0, "z-index": 10 },
    },
    { selector: "edge.highlighted", style: { opacity: 1, "z-index": 10 } },
    {
      selector: "node:selected",
      style: { "border-width": 5, "border-color": SELECTED, "overlay-opacity": 0 },
    },
    {
      selector: "node.focus-root",
      style: { "border-width": 5, "border-color": TEXT, "border-style": "double" },
    },
  ];
}
