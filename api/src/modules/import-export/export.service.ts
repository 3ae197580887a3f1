/** The whole network as a document: the JSON export, and what backups are made of. */
import type { Executor } from "../../db/executor.js";
import { NODE_SPECS } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  RelationshipType,
} from "../../model/relationship-types.js";
import { toNodeRecord } from "../node/node.record.js";
import type { DocumentEdge, DocumentNode, NetworkDocument } from "./document.js";
import { exportNodes, exportRelationships } from "./export.queries.js";

export const DOCUMENT_FORMAT = "netwerkkaart/1";

export class ExportService {
  constructor(private readonly executor: Executor) {}

  /** Only the model's properties, in a fixed order, so export → import → export is identical. */
  async exportDocument(): Promise<NetworkDocument & { format: string }> {
    return this.executor.transaction("READ", async (tx) => {
      const nodeRows = await tx.run(exportNodes);
      const relRows = await tx.run(exportRelationships);
      const nodes = nodeRows.map((row) => {
        const record = toNodeRecord(row.node);
        const node: DocumentNode = { id: record.id, type: record.type };
        for (const key of NODE_SPECS[record.type].properties)
          if (record[key] != null) node[key] = record[key];
        return node;
      });
      const edges = relRows.map((row) => {
        const type = row.type as RelationshipType;
        const rel = row.rel as Record<string, unknown>;
        const edge: DocumentEdge = { type, from: String(row.from), to: String(row.to) };
        const keys = [
          ...(type === RelationshipType.REFERS_TO ? ["themeId"] : []),
          ...RELATIONSHIP_SPECS[type].properties.filter((k) => k !== "themeId"),
          ...COMMON_RELATIONSHIP_PROPERTIES,
        ];
        for (const key of keys) if (rel[key] != null) edge[key] = rel[key];
        return edge;
      });
      return { format: DOCUMENT_FORMAT, nodes, edges };
    });
  }
}
