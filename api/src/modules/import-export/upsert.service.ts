/** Writes a whole network document in one transaction: all of it lands, or none of it. */
import type { Executor } from "../../db/executor.js";
import { conflict } from "../../errors.js";
import { NODE_SPECS, specForLabel } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  relationshipId,
} from "../../model/relationship-types.js";
import {
  type ChangeEntry,
  ChangeOp,
  nodeChange,
  recordChanges,
  relationshipChange,
} from "../history/history.record.js";
import { bumpGraphVersion, findLabels } from "../node/node.queries.js";
import type { NetworkDocument } from "./document.js";
import { upsertNodes, upsertRelationships } from "./upsert.queries.js";

export interface UpsertResult {
  nodesChanged: number;
  relationshipsChanged: number;
  relationshipsWritten: number;
}

export interface UpsertOptions {
  /** Who is importing (for the change log). */
  actor?: string;
  /** How the changes are logged: IMPORT by default. */
  op?: ChangeOp;
  /** Called after each batch with rows written so far and the total (nodes + relationships). */
  onProgress?: (done: number, total: number) => void;
  /**
   * Log the changes in the history (default). Off for the demo seed and synthetic networks:
   * they are the starting state, and undoing the "last change" must not remove them.
   */
  recordHistory?: boolean;
}

const BATCH = 1_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export class UpsertService {
  constructor(private readonly executor: Executor) {}

  /** MERGE on id: running the same document twice changes nothing the second time. */
  async upsert(document: NetworkDocument, options: UpsertOptions = {}): Promise<UpsertResult> {
    const { actor = "anonymous", op = ChangeOp.IMPORT, onProgress, recordHistory = true } = options;
    const total = document.nodes.length + document.edges.length;
    return this.executor.transaction("WRITE", async (tx) => {
      let done = 0;
      const log: ChangeEntry[] = [];
      const labelOf = new Map(document.nodes.map((node) => [node.id, NODE_SPECS[node.type].label]));
      const unknown = [...new Set(document.edges.flatMap((e) => [e.from, e.to]))].filter(
        (id) => !labelOf.has(id),
      );
      if (unknown.length) {
        for (const row of await tx.run(findLabels(unknown)))
          labelOf.set(String(row.id), String(row.label));
      }

      let nodesChanged = 0;
      for (const [label, nodes] of groupBy(document.nodes, (n) => NODE_SPECS[n.type].label)) {
        const spec = specForLabel(label)!;
        for (const chunk of chunks(nodes)) {
          const rows = chunk.map((node) => ({
            id: node.id,
            props: Object.fromEntries(
              spec.properties.filter((k) => node[k] != null).map((k) => [k, node[k]]),
            ),
          }));
          const [result] = await tx.run(upsertNodes(label, rows));
          const changes = (result?.changes ?? []) as {
            id: string;
            before: unknown;
            after: unknown;
          }[];
          nodesChanged += changes.length;
          for (const c of changes) log.push(nodeChange(op, label, c.id, c.before, c.after));
          done += chunk.length;
          onProgress?.(done, total);
        }
      }

      let relationshipsWritten = 0;
      let relationshipsChanged = 0;
      const edges = document.edges.map((edge) => {
        const { type, from, to, id: _id, ...props } = edge;
        const fromLabel = labelOf.get(from);
        const toLabel = labelOf.get(to);
        if (!fromLabel || !toLabel) {
          throw conflict(
            `Relatie ${type} ${from} → ${to}: een van de knopen bestaat niet (meer). (An endpoint does not exist.)`,
            { field: "edges", rule: "exists" },
          );
        }
        const allowed = new Set<string>([
          ...RELATIONSHIP_SPECS[type].properties,
          ...COMMON_RELATIONSHIP_PROPERTIES,
        ]);
        const kept = Object.fromEntries(
          Object.entries(props).filter(([k, v]) => allowed.has(k) && v != null),
        );
        return {
          type,
          fromLabel,
          toLabel,
          row: {
            id: relationshipId(type, from, to, props.themeId as string),
            from,
            to,
            props: kept,
          },
        };
      });
      for (const [, group] of groupBy(edges, (e) => `${e.type}|${e.fromLabel}|${e.toLabel}`)) {
        const { type, fromLabel, toLabel } = group[0]!;
        for (const chunk of chunks(group)) {
          const [result] = await tx.run(
            upsertRelationships(
              type,
              fromLabel,
              toLabel,
              RELATIONSHIP_SPECS[type].undirected ?? false,
              chunk.map((e) => e.row),
            ),
          );
          const changes = (result?.changes ?? []) as { before: unknown; after: unknown }[];
          relationshipsWritten += Number(result?.written ?? 0);
          relationshipsChanged += changes.length;
          const personal = fromLabel === "Person" || toLabel === "Person";
          for (const c of changes) log.push(relationshipChange(op, c.before, c.after, personal));
          done += chunk.length;
          onProgress?.(done, total);
        }
      }
      if (relationshipsWritten !== edges.length) {
        throw conflict(
          `Slechts ${relationshipsWritten} van ${edges.length} relaties konden worden geschreven; er is niets opgeslagen. (Only some relationships could be written; nothing was saved.)`,
          { field: "edges", rule: "exists" },
        );
      }
      if (log.length) {
        if (recordHistory) await recordChanges(tx, actor, log);
        await tx.run(bumpGraphVersion);
      }
      return { nodesChanged, relationshipsChanged, relationshipsWritten };
    });
  }
}
