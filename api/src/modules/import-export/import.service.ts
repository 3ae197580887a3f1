/**
 * Import: read and check the whole file first (every problem with row, column and rule), then
 * write it in one transaction through the idempotent upsert. Any problem: nothing is written.
 */
import { GraphQLError } from "graphql";

import type { Executor, Tx } from "../../db/executor.js";
import { NODE_SPECS, NodeType } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  relationshipId,
  RelationshipType,
} from "../../model/relationship-types.js";
import { ChangeOp } from "../history/history.record.js";
import { findLabels } from "../node/node.queries.js";
import type { NetworkDocument } from "./document.js";
import { textEncodingProblem } from "./encoding.js";
import { describeProblem, type ImportProblem, problem, sortProblems } from "./import.problems.js";
import { existingNodes, existingRelationships } from "./import.queries.js";
import { FILE_NAMES, type ImportFiles, readImportFiles } from "./import.rows.js";
import { UpsertService } from "./upsert.service.js";

/** The most characters per file the API takes; larger files go through `npm run import`. */
export const MAX_IMPORT_CHARS = 5_000_000;

export interface ImportCounts {
  new: number;
  changed: number;
  unchanged: number;
}

export interface ImportReport {
  valid: boolean;
  /** True when the import was written (false for a preview or a dry run). */
  applied: boolean;
  nodes: ImportCounts;
  relationships: ImportCounts;
  problems: ImportProblem[];
}

export interface ImportOptions {
  actor?: string;
  maxChars?: number;
  /** Problems found before the text was decoded (encoding), from the command line. */
  problems?: ImportProblem[];
  onProgress?: (phase: "check" | "write", done: number, total: number) => void;
}

const CHUNK = 5_000;
const empty = (): ImportCounts => ({ new: 0, changed: 0, unchanged: 0 });

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += CHUNK) out.push(items.slice(i, i + CHUNK));
  return out;
}

const differs = (stored: Record<string, unknown>, given: Record<string, unknown>) =>
  Object.entries(given).some(
    ([k, v]) => v != null && JSON.stringify(stored[k]) !== JSON.stringify(v),
  );

/** The error an invalid import ends with: every problem in `extensions.problems`. */
export function invalidImport(problems: ImportProblem[]): GraphQLError {
  const first = problems[0]!;
  return new GraphQLError(
    `Het bestand bevat ${problems.length} ${problems.length === 1 ? "probleem" : "problemen"}; er is niets opgeslagen. ${describeProblem(first)}`,
    {
      extensions: {
        code: "BAD_USER_INPUT",
        field: first.column ?? first.file,
        rule: first.rule,
        problems,
      },
    },
  );
}

export class ImportService {
  constructor(private readonly executor: Executor) {}

  /** What an import would do: counts of new, changed and unchanged rows, and every problem. */
  async preview(files: ImportFiles, options: ImportOptions = {}): Promise<ImportReport> {
    const { report } = await this.check(files, options, true);
    return report;
  }

  /**
   * Writes the files in one transaction, or throws BAD_USER_INPUT with every problem. The counts
   * come from the write itself (what it created and changed), not from reading everything first.
   */
  async import(files: ImportFiles, options: ImportOptions = {}): Promise<ImportReport> {
    const { report, document } = await this.check(files, options, false);
    if (!report.valid) throw invalidImport(report.problems);
    const result = await new UpsertService(this.executor).upsertDetailed(document, {
      actor: options.actor,
      op: ChangeOp.IMPORT,
      onProgress: (done, total) => options.onProgress?.("write", done, total),
    });
    const counts = (created: number, changed: number, rows: number): ImportCounts => ({
      new: created,
      changed: changed - created,
      unchanged: rows - changed,
    });
    return {
      ...report,
      nodes: counts(result.nodesCreated, result.nodesChanged, document.nodes.length),
      relationships: counts(
        result.relationshipsCreated,
        result.relationshipsChanged,
        document.edges.length,
      ),
      applied: true,
    };
  }

  private async check(
    files: ImportFiles,
    options: ImportOptions,
    count: boolean,
  ): Promise<{ report: ImportReport; document: NetworkDocument }> {
    const problems = [...(options.problems ?? [])];
    const max = options.maxChars ?? MAX_IMPORT_CHARS;
    const sizes: [string, string | null | undefined][] = [
      [FILE_NAMES.nodes, files.nodesCsv],
      [FILE_NAMES.edges, files.edgesCsv],
      [FILE_NAMES.json, files.json],
    ];
    for (const [file, text] of sizes) {
      if (text != null && text.length > max) {
        problems.push(problem(file, null, null, "tooLarge", { size: text.length, max }));
      }
      const encoding = text != null ? textEncodingProblem(text) : null;
      if (encoding) problems.push(problem(file, null, null, encoding));
    }
    const report: ImportReport = {
      valid: false,
      applied: false,
      nodes: empty(),
      relationships: empty(),
      problems,
    };
    if (problems.length) return { report, document: { nodes: [], edges: [] } };

    const converted = readImportFiles(files, problems);
    const { document } = converted;
    options.onProgress?.("check", 0, 1);
    await this.executor.transaction("READ", async (tx) => {
      await this.checkAgainstDatabase(tx, converted, problems);
      if (!problems.length && count) {
        report.nodes = await this.countNodes(tx, document);
        report.relationships = await this.countRelationships(tx, document);
      }
    });
    options.onProgress?.("check", 1, 1);
    report.valid = problems.length === 0;
    report.problems = sortProblems(problems);
    return { report, document };
  }

  /** Ids already used by another kind of node; endpoints that exist nowhere or have the wrong label. */
  private async checkAgainstDatabase(
    tx: Tx,
    { document, nodeRows, edgeRows }: ReturnType<typeof readImportFiles>,
    problems: ImportProblem[],
  ): Promise<void> {
    const fileLabel = new Map(document.nodes.map((n) => [n.id, NODE_SPECS[n.type].label]));
    const referenced = new Set<string>(fileLabel.keys());
    for (const edge of document.edges) {
      referenced.add(edge.from).add(edge.to);
      if (typeof edge.themeId === "string") referenced.add(edge.themeId);
      for (const id of (edge.themeIds as string[] | undefined) ?? []) referenced.add(id);
    }
    const dbLabel = new Map<string, string>();
    for (const ids of chunks([...referenced])) {
      for (const row of await tx.run(findLabels(ids)))
        dbLabel.set(String(row.id), String(row.label));
    }
    document.nodes.forEach((node, i) => {
      const stored = dbLabel.get(node.id);
      if (stored && stored !== NODE_SPECS[node.type].label) {
        const row = nodeRows[i]!;
        problems.push(
          problem(row.file, row.row, row.cells.get("id")!.column, "idTaken", {
            value: node.id,
            label: stored,
          }),
        );
      }
    });
    const labelOf = (id: string) => fileLabel.get(id) ?? dbLabel.get(id);
    document.edges.forEach((edge, i) => {
      const row = edgeRows[i]!;
      const spec = RELATIONSHIP_SPECS[edge.type];
      const expect = (prop: string, id: string, allowed: readonly NodeType[]) => {
        const column = row.cells.get(prop)?.column ?? prop;
        const label = labelOf(id);
        const names = allowed.map((t) => NODE_SPECS[t].label);
        if (!label) problems.push(problem(row.file, row.row, column, "unknownId", { value: id }));
        else if (!names.includes(label)) {
          problems.push(
            problem(row.file, row.row, column, "label", {
              value: id,
              label,
              type: edge.type,
              allowed: names.join(" / "),
            }),
          );
        }
      };
      expect("from", edge.from, spec.from);
      expect("to", edge.to, spec.to);
      if (typeof edge.themeId === "string") expect("themeId", edge.themeId, [NodeType.THEME]);
      for (const id of (edge.themeIds as string[] | undefined) ?? [])
        expect("themeIds", id, [NodeType.THEME]);
    });
  }

  private async countNodes(tx: Tx, document: NetworkDocument): Promise<ImportCounts> {
    const counts = empty();
    const byLabel = new Map<string, typeof document.nodes>();
    for (const node of document.nodes) {
      const label = NODE_SPECS[node.type].label;
      const group = byLabel.get(label);
      if (group) group.push(node);
      else byLabel.set(label, [node]);
    }
    for (const [label, nodes] of byLabel) {
      const spec = Object.values(NODE_SPECS).find((s) => s.label === label)!;
      for (const chunk of chunks(nodes)) {
        const stored = new Map(
          (
            await tx.run(
              existingNodes(
                label,
                chunk.map((n) => n.id),
              ),
            )
          ).map((r) => {
            const node = r.node as Record<string, unknown>;
            return [String(node.id), node];
          }),
        );
        for (const node of chunk) {
          const current = stored.get(node.id);
          const given = Object.fromEntries(spec.properties.map((k) => [k, node[k]]));
          if (!current) counts.new++;
          else if (differs(current, given)) counts.changed++;
          else counts.unchanged++;
        }
      }
    }
    return counts;
  }

  private async countRelationships(tx: Tx, document: NetworkDocument): Promise<ImportCounts> {
    const counts = empty();
    const byType = new Map<RelationshipType, { id: string; props: Record<string, unknown> }[]>();
    for (const edge of document.edges) {
      const keys = [...RELATIONSHIP_SPECS[edge.type].properties, ...COMMON_RELATIONSHIP_PROPERTIES];
      const item = {
        id: relationshipId(edge.type, edge.from, edge.to, edge.themeId as string | undefined),
        props: Object.fromEntries(keys.map((k) => [k, edge[k]])),
      };
      const group = byType.get(edge.type);
      if (group) group.push(item);
      else byType.set(edge.type, [item]);
    }
    for (const [type, items] of byType) {
      for (const chunk of chunks(items)) {
        const stored = new Map(
          (
            await tx.run(
              existingRelationships(
                type,
                chunk.map((i) => i.id),
              ),
            )
          ).map((r) => {
            const rel = r.rel as Record<string, unknown>;
            return [String(rel.id), rel];
          }),
        );
        for (const item of chunk) {
          const current = stored.get(item.id);
          if (!current) counts.new++;
          else if (differs(current, item.props)) counts.changed++;
          else counts.unchanged++;
        }
      }
    }
    return counts;
  }
}
