import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";

/** The exchange format of the whole network (JSON export/import, the demo seed). */
export interface DocumentNode {
  id: string;
  type: NodeType;
  [property: string]: unknown;
}

export interface DocumentEdge {
  type: RelationshipType;
  from: string;
  to: string;
  [property: string]: unknown;
}

export interface NetworkDocument {
  nodes: DocumentNode[];
  edges: DocumentEdge[];
}

/** Reads a JSON document and checks its shape (types and endpoints are checked on upsert). */
export function parseDocument(text: string): NetworkDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error("the file is not valid JSON");
  }
  const doc = value as Partial<NetworkDocument>;
  if (!doc || !Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) {
    throw new Error('the file needs "nodes" and "edges" arrays');
  }
  const nodeTypes = new Set(Object.values(NodeType) as string[]);
  const relTypes = new Set(Object.values(RelationshipType) as string[]);
  doc.nodes.forEach((node, i) => {
    if (typeof node?.id !== "string" || !nodeTypes.has(String(node.type))) {
      throw new Error(`nodes[${i}] needs a string id and a known type`);
    }
  });
  doc.edges.forEach((edge, i) => {
    if (
      typeof edge?.from !== "string" ||
      typeof edge.to !== "string" ||
      !relTypes.has(String(edge.type))
    ) {
      throw new Error(`edges[${i}] needs string from/to and a known type`);
    }
  });
  return { nodes: doc.nodes, edges: doc.edges };
}
