/** The network (or a filtered view of it) as JSON, CSV or GraphML; JSON is also the backup format. */
import { registerEnumType } from "type-graphql";

import type { Executor } from "../../db/executor.js";
import { NODE_SPECS } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  RelationshipType,
} from "../../model/relationship-types.js";
import type { NetworkQueryInput } from "../network/network.queries.js";
import { NetworkService } from "../network/network.service.js";
import { toNodeRecord } from "../node/node.record.js";
import type { DocumentEdge, DocumentNode, NetworkDocument } from "./document.js";
import { documentToCsv, documentToGraphML } from "./export.formats.js";
import { exportNodesQuery, exportRelationshipsQuery } from "./export.queries.js";

export const DOCUMENT_FORMAT = "netwerkkaart/1";

export enum ExportFormat {
  JSON = "JSON",
  CSV = "CSV",
  GRAPHML = "GRAPHML",
}

registerEnumType(ExportFormat, {
  name: "ExportFormat",
  description: "JSON (round-trips exactly), CSV (nodes.csv + edges.csv) or GraphML (Gephi, yEd).",
});

export interface ExportFile {
  name: string;
  mimeType: string;
  content: string;
}

export interface ExportResult {
  format: ExportFormat;
  files: ExportFile[];
  nodeCount: number;
  relationshipCount: number;
}

export class ExportService {
  constructor(private readonly executor: Executor) {}

  /**
   * Only the model's properties, in a fixed order, so export → import → export is identical.
   * With a filter, the nodes and edges `network(filter)` would draw.
   */
  async exportDocument(
    filter?: NetworkQueryInput | null,
  ): Promise<NetworkDocument & { format: string }> {
    let nodeIds: string[] | null = null;
    let edgeIds: string[] | null = null;
    if (filter) {
      const view = await new NetworkService(this.executor).network(filter);
      nodeIds = view.nodes.map((n) => n.id);
      edgeIds = view.edges.map((e) => e.id);
    }
    return this.executor.transaction("READ", async (tx) => {
      const nodeRows = await tx.run(exportNodesQuery(nodeIds));
      const relRows = await tx.run(exportRelationshipsQuery(edgeIds));
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

  async export(format: ExportFormat, filter?: NetworkQueryInput | null): Promise<ExportResult> {
    const document = await this.exportDocument(filter);
    const counts = { nodeCount: document.nodes.length, relationshipCount: document.edges.length };
    if (format === ExportFormat.CSV) {
      const { nodesCsv, edgesCsv } = documentToCsv(document);
      return {
        format,
        files: [
          { name: "nodes.csv", mimeType: "text/csv", content: nodesCsv },
          { name: "edges.csv", mimeType: "text/csv", content: edgesCsv },
        ],
        ...counts,
      };
    }
    if (format === ExportFormat.GRAPHML) {
      return {
        format,
        files: [
          {
            name: "network.graphml",
            mimeType: "application/graphml+xml",
            content: documentToGraphML(document),
          },
        ],
        ...counts,
      };
    }
    return {
      format,
      files: [
        {
          name: "network.json",
          mimeType: "application/json",
          content: `${JSON.stringify(document, null, 2)}\n`,
        },
      ],
      ...counts,
    };
  }
}
