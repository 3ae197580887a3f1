import type { NodeType } from "../../model/node-types.js";
import type { RelationshipType } from "../../model/relationship-types.js";

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
