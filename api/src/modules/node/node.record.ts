import { type NodeSpec, NodeType, specForLabel } from "../../model/node-types.js";

/** A node as read from Neo4j: its properties plus its type and display name. */
export interface NodeRecord {
  id: string;
  type: NodeType;
  name: string;
  createdAt: Date;
  updatedAt: Date;
  version: number;
  [property: string]: unknown;
}

/** Cypher projection of a node with its labels, read back by `toNodeRecord`. */
export const projectNode = (alias: string) => `${alias} {.*, labels: labels(${alias})}`;

export function toNodeRecord(raw: unknown): NodeRecord {
  return intoNodeRecord({ ...(raw as Record<string, unknown>) });
}

/**
 * `toNodeRecord` without a copy: turns a projected map this code owns into the record. The type
 * comes from the map's labels, or from `known` when the query projected a node of one type.
 */
export function intoNodeRecord(raw: Record<string, unknown>, known?: NodeSpec): NodeRecord {
  let spec = known;
  if (!spec) {
    const labels = raw.labels as string[];
    delete raw.labels;
    for (const label of labels) spec ??= specForLabel(label);
    if (!spec) throw new Error(`Unknown node labels: ${labels.join(",")}`);
  }
  raw.type = spec.type;
  const name = raw[spec.nameKey];
  raw.name = typeof name === "string" ? name : "";
  return raw as NodeRecord;
}
