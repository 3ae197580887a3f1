/** A network document as CSV sheets or GraphML: pure functions, unit-tested. */
import { NODE_SPECS } from "../../model/node-types.js";
import { RELATIONSHIP_SPECS } from "../../model/relationship-types.js";
import { EDGE_COLUMNS, NODE_COLUMNS, NODE_TYPE_NAMES } from "./columns.js";
import { toCsv } from "./csv.js";
import type { NetworkDocument } from "./document.js";

function cell(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (Array.isArray(value)) return value.map((v) => cell(v)).join(";");
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** nodes.csv and edges.csv, in the columns the import reads (formula-like values neutralised). */
export function documentToCsv(document: NetworkDocument): { nodesCsv: string; edgesCsv: string } {
  const nodeRows = document.nodes.map((node) => {
    const spec = NODE_SPECS[node.type];
    return NODE_COLUMNS.map((column) =>
      column === "type"
        ? NODE_TYPE_NAMES[node.type]
        : column === "name"
          ? cell(node[spec.nameKey])
          : cell(node[column]),
    );
  });
  const edgeRows = document.edges.map((edge) => EDGE_COLUMNS.map((column) => cell(edge[column])));
  return { nodesCsv: toCsv(NODE_COLUMNS, nodeRows), edgesCsv: toCsv(EDGE_COLUMNS, edgeRows) };
}

/** Characters XML 1.0 allows (no control characters but tab, LF, CR; no U+FFFE/U+FFFF or lone surrogates). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

/** Escapes XML text and drops characters XML 1.0 cannot hold (control characters, lone surrogates). */
export function escapeXml(value: string): string {
  return [...value]
    .filter((char) => isXmlChar(char.codePointAt(0)!))
    .join("")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

type AttrType = "string" | "int" | "boolean";

function attrType(values: unknown[]): AttrType {
  const given = values.filter((v) => v !== null && v !== undefined);
  if (given.length && given.every((v) => typeof v === "number" && Number.isInteger(v)))
    return "int";
  if (given.length && given.every((v) => typeof v === "boolean")) return "boolean";
  return "string";
}

/**
 * GraphML (graphml.graphdrawing.org) with a key per node and edge attribute; Gephi and yEd read it.
 * `label` holds the name, as Gephi expects; KNOWS and COLLABORATES_WITH are marked undirected.
 */
export function documentToGraphML(document: NetworkDocument): string {
  const nodeProps = [...new Set(document.nodes.flatMap((n) => Object.keys(n)))]
    .filter((k) => k !== "id" && k !== "type")
    .sort();
  const edgeProps = [...new Set(document.edges.flatMap((e) => Object.keys(e)))]
    .filter((k) => !["type", "from", "to"].includes(k))
    .sort();
  const keys = [
    `  <key id="n_type" for="node" attr.name="type" attr.type="string"/>`,
    `  <key id="n_label" for="node" attr.name="label" attr.type="string"/>`,
    ...nodeProps.map(
      (p) =>
        `  <key id="n_${escapeXml(p)}" for="node" attr.name="${escapeXml(p)}" attr.type="${attrType(document.nodes.map((n) => n[p]))}"/>`,
    ),
    `  <key id="e_type" for="edge" attr.name="type" attr.type="string"/>`,
    ...edgeProps.map(
      (p) =>
        `  <key id="e_${escapeXml(p)}" for="edge" attr.name="${escapeXml(p)}" attr.type="${attrType(document.edges.map((e) => e[p]))}"/>`,
    ),
  ];
  const data = (prefix: string, key: string, value: unknown) =>
    value === null || value === undefined
      ? []
      : [`      <data key="${prefix}_${escapeXml(key)}">${escapeXml(cell(value))}</data>`];
  const nodes = document.nodes.map((node) =>
    [
      `    <node id="${escapeXml(node.id)}">`,
      ...data("n", "type", node.type),
      ...data("n", "label", node[NODE_SPECS[node.type].nameKey]),
      ...nodeProps.flatMap((p) => data("n", p, node[p])),
      `    </node>`,
    ].join("\n"),
  );
  const edges = document.edges.map((edge, i) => {
    const undirected = RELATIONSHIP_SPECS[edge.type].undirected ? ` directed="false"` : "";
    return [
      `    <edge id="e${i}" source="${escapeXml(edge.from)}" target="${escapeXml(edge.to)}"${undirected}>`,
      ...data("e", "type", edge.type),
      ...edgeProps.flatMap((p) => data("e", p, edge[p])),
      `    </edge>`,
    ].join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`,
    ...keys,
    `  <graph id="netwerkkaart" edgedefault="directed">`,
    ...nodes,
    ...edges,
    `  </graph>`,
    `</graphml>`,
    "",
  ].join("\n");
}
