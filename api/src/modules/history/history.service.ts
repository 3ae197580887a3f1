/**
 * History and undo. Undo writes the recorded "before" state back and logs that as a change of
 * its own (op UNDO or RESTORE); it never rewrites the log. Restoring bumps a node's version, so
 * editors holding the old version get CONFLICT instead of silently overwriting the restored state.
 */
import { GraphQLError } from "graphql";

import type { Executor, Tx } from "../../db/executor.js";
import { badInput, conflict } from "../../errors.js";
import { specForLabel } from "../../model/node-types.js";
import { writeGraph } from "../node/graph-write.js";
import { bumpGraphVersion, findLabels } from "../node/node.queries.js";
import { type NodeRecord, toNodeRecord } from "../node/node.record.js";
import {
  batchEntries,
  changeById,
  deleteRelationshipById,
  detachDeleteNode,
  laterChanges,
  latestUndoableBatch,
  markUndone,
  nodeHistory,
  readNode,
  readRelationship,
  recentChanges,
  recreateNode,
  recreateRelationship,
  relationshipsOfNode,
  replaceNodeProps,
  replaceRelationshipProps,
} from "./history.queries.js";
import {
  type ChangeEntry,
  ChangeOp,
  ChangeTargetKind,
  isPack,
  nodeChange,
  packedRows,
  recordChanges,
  relationshipChange,
  type Snapshot,
  snapshot,
  storedChangeId,
  userProperties,
} from "./history.record.js";

/** A change as read from the log, JSON fields parsed. */
export interface ChangeRecord {
  id: string;
  seq: number;
  batch: string;
  at: Date;
  actor: string;
  op: ChangeOp;
  targetKind: ChangeTargetKind;
  targetId: string;
  targetType: string;
  nodeIds: string[];
  before: Snapshot | null;
  after: Snapshot | null;
  relationships: Snapshot[] | null;
  personal: boolean;
  undone: boolean;
  undoOf: string | null;
}

export interface UndoResult {
  /** The changes that were undone (now marked undone). */
  undone: ChangeRecord[];
  /** The entries that record the undo itself. */
  applied: ChangeRecord[];
}

export interface RestoreResult {
  node: NodeRecord;
  relationshipsRestored: number;
  /** Relationships whose other end no longer exists (or that exist again already). */
  relationshipsSkipped: number;
  change: ChangeRecord;
}

function parse<T>(value: unknown): T | null {
  return typeof value === "string" ? (JSON.parse(value) as T) : null;
}

/** The changes a stored entry holds: itself, or every row of a pack (in log order). */
export function toChangeRecords(raw: unknown): ChangeRecord[] {
  if (!isPack(raw)) return [toChangeRecord(raw)];
  const pack = raw as Record<string, unknown>;
  return packedRows(raw).map(({ id, seq, row }) => ({
    id,
    seq,
    batch: pack.batch as string,
    at: pack.at as Date,
    actor: pack.actor as string,
    op: pack.op as ChangeOp,
    targetKind: row.targetKind as ChangeTargetKind,
    targetId: row.targetId,
    targetType: row.targetType,
    nodeIds: row.nodeIds,
    before: row.before,
    after: row.after,
    relationships: null,
    personal: row.personal === true,
    undone: pack.undone === true,
    undoOf: null,
  }));
}

/** Changes of stored entries (packs expanded), newest first. */
function newestFirst(rows: { change?: unknown }[]): ChangeRecord[] {
  return rows.flatMap((row) => toChangeRecords(row.change)).sort((a, b) => b.seq - a.seq);
}

/** One stored entry, or a pack's row (by its change id), or null. */
function pickChange(raw: unknown, id: string): ChangeRecord | null {
  if (!isPack(raw)) return toChangeRecord(raw);
  return toChangeRecords(raw).find((c) => c.id === id) ?? null;
}

export function toChangeRecord(raw: unknown): ChangeRecord {
  const row = raw as Record<string, unknown>;
  return {
    ...(row as unknown as ChangeRecord),
    before: parse<Snapshot>(row.before),
    after: parse<Snapshot>(row.after),
    relationships: parse<Snapshot[]>(row.related),
    personal: row.personal === true,
    undone: row.undone === true,
    undoOf: (row.undoOf as string | undefined) ?? null,
  };
}

const same = (a: Snapshot | null, b: Snapshot | null) =>
  JSON.stringify(userProperties(a)) === JSON.stringify(userProperties(b));

function stale(change: ChangeRecord, detail: string): GraphQLError {
  return conflict(
    `Deze wijziging kan niet ongedaan worden gemaakt: ${detail} (This change cannot be undone: the ${change.targetType} "${change.targetId}" has changed since.)`,
    { field: "id", rule: "stale", changeId: change.id, targetId: change.targetId },
  );
}

function notFoundChange(id: string): GraphQLError {
  return new GraphQLError(`id: geen wijziging met id "${id}" (no change with this id)`, {
    extensions: { code: "NOT_FOUND", field: "id", id },
  });
}

export class HistoryService {
  constructor(private readonly executor: Executor) {}

  /** A node's changes, newest first, including those of its relationships. */
  async history(nodeId: string, take: number): Promise<ChangeRecord[]> {
    // `take` stored entries hold at least `take` of the node's changes (a pack may hold more).
    const rows = await this.executor.read(nodeHistory(nodeId, take));
    return newestFirst(rows)
      .filter((c) => c.nodeIds.includes(nodeId))
      .slice(0, take);
  }

  async recentChanges(take: number): Promise<ChangeRecord[]> {
    const rows = await this.executor.read(recentChanges(take));
    return newestFirst(rows).slice(0, take);
  }

  async change(id: string): Promise<ChangeRecord | null> {
    const [row] = await this.executor.read(changeById(storedChangeId(id)));
    return row ? pickChange(row.change, id) : null;
  }

  /** Undoes the most recent user change that is not undone yet (a whole import or merge at once). */
  async undoLastChange(actor: string): Promise<UndoResult> {
    return writeGraph(this.executor, async (tx) => {
      const entries = newestFirst(await tx.run(latestUndoableBatch));
      if (!entries.length) {
        throw conflict("Er is niets meer om ongedaan te maken. (Nothing left to undo.)", {
          rule: "nothingToUndo",
        });
      }
      return this.undoEntries(tx, entries, actor);
    });
  }

  /**
   * Undoes one change (with the rest of its batch) if nothing changed its targets since. Given an
   * UNDO entry, it redoes what that undo reversed (so an accidental undo can be taken back).
   */
  async undoChange(id: string, actor: string): Promise<UndoResult> {
    return writeGraph(this.executor, async (tx) => {
      const [row] = await tx.run(changeById(storedChangeId(id)));
      const change = row ? pickChange(row.change, id) : null;
      if (!change) throw notFoundChange(id);
      if (change.undone) {
        throw conflict("Deze wijziging is al ongedaan gemaakt. (Already undone.)", {
          field: "id",
          rule: "undone",
        });
      }
      const entries = newestFirst(await tx.run(batchEntries(change.batch)));
      const firstSeq = Math.min(...entries.map((e) => e.seq));
      const [later] = await tx.run(
        laterChanges(
          entries.map((e) => e.targetId),
          firstSeq,
          change.batch,
        ),
      );
      if (later) {
        throw conflict(
          `Alleen de laatste wijziging van "${String(later.targetId)}" kan ongedaan worden gemaakt; er is een nieuwere. (Only the latest change of a node or relationship can be undone.)`,
          { field: "id", rule: "notLatest", laterChangeId: later.id },
        );
      }
      return this.undoEntries(tx, entries, actor);
    });
  }

  /** Brings back a deleted (or merged-away) node with the relationships it had. */
  async restoreNode(changeId: string, actor: string): Promise<RestoreResult> {
    return writeGraph(this.executor, async (tx) => {
      const [row] = await tx.run(changeById(storedChangeId(changeId)));
      const change = row ? pickChange(row.change, changeId) : null;
      if (!change) throw notFoundChange(changeId);
      if (change.targetKind !== ChangeTargetKind.NODE || change.after || !change.before) {
        throw badInput(
          "changeId",
          "deze wijziging is geen verwijdering van een knoop (not the deletion of a node)",
          "notDelete",
        );
      }
      if (change.undone) {
        throw conflict("Deze knoop is al teruggezet. (Already restored.)", {
          field: "changeId",
          rule: "undone",
        });
      }
      const entries = await this.revert(tx, change, ChangeOp.RESTORE);
      await tx.run(markUndone([change.id]));
      const batch = await recordChanges(tx, actor, entries);
      await tx.run(bumpGraphVersion);
      const applied = newestFirst(await tx.run(batchEntries(batch)));
      const [node] = await tx.run(readNode(change.targetType, change.targetId));
      const restored = entries.length - 1;
      return {
        node: toNodeRecord(node?.node),
        relationshipsRestored: restored,
        relationshipsSkipped: (change.relationships?.length ?? 0) - restored,
        change: applied.find((c) => c.targetKind === ChangeTargetKind.NODE)!,
      };
    });
  }

  private async undoEntries(tx: Tx, entries: ChangeRecord[], actor: string): Promise<UndoResult> {
    const applied: ChangeEntry[] = [];
    const redo = entries.some((e) => e.undoOf !== null);
    // Newest first: each step finds the state its change left behind.
    for (const entry of [...entries].sort((a, b) => b.seq - a.seq)) {
      applied.push(...(await this.revert(tx, entry, redo ? ChangeOp.REDO : ChangeOp.UNDO)));
    }
    // A pack's rows are undone together (a batch is undone as a whole): the pack is marked.
    const stored = (ids: string[]) => [...new Set(ids.map(storedChangeId))];
    await tx.run(markUndone(stored(entries.map((e) => e.id))));
    // A redo puts the changes it re-applies back on the undo stack.
    if (redo) await tx.run(markUndone(stored(entries.map((e) => e.undoOf!)), false));
    const batch = await recordChanges(tx, actor, applied);
    await tx.run(bumpGraphVersion);
    return {
      undone: entries.map((e) => ({ ...e, undone: true })),
      applied: newestFirst(await tx.run(batchEntries(batch))),
    };
  }

  /** Writes `change.before` back, after checking the target still is as `change.after` left it. */
  private async revert(tx: Tx, change: ChangeRecord, op: ChangeOp): Promise<ChangeEntry[]> {
    const undoOf = change.id;
    const tag = (entries: ChangeEntry[]) => entries.map((e) => ({ ...e, undoOf }));
    if (change.targetKind === ChangeTargetKind.NODE) {
      const label = change.targetType;
      if (!specForLabel(label)) throw stale(change, `onbekend label ${label}`);
      const [row] = await tx.run(readNode(label, change.targetId));
      const current = row ? snapshot(row.node) : null;
      if (change.after) {
        // Compare values, not versions: an undo of a later change bumps the version but gives
        // back exactly the values this change left behind.
        if (!current || !same(current, change.after)) {
          throw stale(change, `"${change.targetId}" is intussen gewijzigd of verwijderd`);
        }
      } else if (current) {
        throw stale(change, `er bestaat weer een knoop met id "${change.targetId}"`);
      }
      if (!change.before) {
        // Undo a creation: the node goes, with any relationships it has.
        const related = await tx.run(relationshipsOfNode(label, change.targetId));
        await tx.run(detachDeleteNode(label, change.targetId));
        return tag([
          nodeChange(
            op,
            label,
            change.targetId,
            row!.node,
            null,
            related.map((r) => r.rel),
          ),
        ]);
      }
      if (change.after) {
        const [updated] = await tx.run(
          replaceNodeProps(label, change.targetId, userProperties(change.before)),
        );
        return tag([nodeChange(op, label, change.targetId, row!.node, updated?.node)]);
      }
      // Undo a deletion: the node comes back, then the relationships it had.
      const [created] = await tx.run(
        recreateNode(
          label,
          change.targetId,
          userProperties(change.before),
          (change.before.createdAt as string | undefined) ?? null,
          Number(change.before.version ?? 0) + 1,
        ),
      );
      const entries = [nodeChange(op, label, change.targetId, null, created?.node)];
      const related = change.relationships ?? [];
      const labels = new Map(
        (
          await tx.run(
            findLabels([...new Set(related.flatMap((r) => [String(r.fromId), String(r.toId)]))]),
          )
        ).map((r) => [String(r.id), String(r.label)]),
      );
      for (const rel of related) {
        const fromLabel = labels.get(String(rel.fromId));
        const toLabel = labels.get(String(rel.toId));
        if (!fromLabel || !toLabel) continue;
        const [exists] = await tx.run(readRelationship(String(rel.type), String(rel.id)));
        if (exists) continue;
        const [made] = await tx.run(
          recreateRelationship(
            String(rel.type),
            fromLabel,
            toLabel,
            String(rel.fromId),
            String(rel.toId),
            userProperties(rel),
            (rel.createdAt as string | undefined) ?? null,
          ),
        );
        entries.push(relationshipChange(op, null, made?.rel));
      }
      return tag(entries);
    }

    const type = change.targetType;
    const [row] = await tx.run(readRelationship(type, change.targetId));
    const current = row ? snapshot(row.rel) : null;
    if (change.after) {
      if (!current || !same(current, change.after)) {
        throw stale(change, `relatie "${change.targetId}" is intussen gewijzigd of verwijderd`);
      }
    } else if (current) {
      throw stale(change, `relatie "${change.targetId}" bestaat weer`);
    }
    if (!change.before) {
      await tx.run(deleteRelationshipById(type, change.targetId));
      return tag([relationshipChange(op, row!.rel, null)]);
    }
    if (change.after) {
      const [updated] = await tx.run(
        replaceRelationshipProps(type, change.targetId, userProperties(change.before)),
      );
      return tag([relationshipChange(op, row!.rel, updated?.rel)]);
    }
    const from = String(change.before.fromId);
    const to = String(change.before.toId);
    const labels = new Map(
      (await tx.run(findLabels([from, to]))).map((r) => [String(r.id), String(r.label)]),
    );
    if (!labels.get(from) || !labels.get(to)) {
      throw stale(change, "een van de knopen van deze relatie bestaat niet meer");
    }
    const [made] = await tx.run(
      recreateRelationship(
        type,
        labels.get(from)!,
        labels.get(to)!,
        from,
        to,
        userProperties(change.before),
        (change.before.createdAt as string | undefined) ?? null,
      ),
    );
    return tag([relationshipChange(op, null, made?.rel)]);
  }
}
