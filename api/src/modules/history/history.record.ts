/**
 * Recording changes: every write service calls `recordChanges` inside its own transaction, so a
 * change and its log entry commit together or not at all.
 */
import { randomUUID } from "node:crypto";

import { registerEnumType } from "type-graphql";

import type { Tx } from "../../db/executor.js";
import {
  insertChanges,
  insertPackedChanges,
  type PackedRow,
  type StoredChange,
  type StoredPack,
} from "./history.queries.js";

export enum ChangeOp {
  CREATE = "CREATE",
  UPDATE = "UPDATE",
  DELETE = "DELETE",
  MERGE = "MERGE",
  IMPORT = "IMPORT",
  UNDO = "UNDO",
  REDO = "REDO",
  RESTORE = "RESTORE",
}

export enum ChangeTargetKind {
  NODE = "NODE",
  RELATIONSHIP = "RELATIONSHIP",
}

registerEnumType(ChangeOp, {
  name: "ChangeOp",
  description:
    "What the user did: UNDO and RESTORE entries reverse an earlier change, REDO entries reverse an UNDO.",
});
registerEnumType(ChangeTargetKind, { name: "ChangeTargetKind" });

export type Snapshot = Record<string, unknown>;

/** One change of one node or relationship: its state before and after (null = absent). */
export interface ChangeEntry {
  op: ChangeOp;
  kind: ChangeTargetKind;
  targetId: string;
  /** The label of a node or the type of a relationship. */
  targetType: string;
  nodeIds: string[];
  before: Snapshot | null;
  after: Snapshot | null;
  /** A deleted node's relationships, so restoreNode can bring them back. */
  related?: Snapshot[] | null;
  /** Touches a person (email, phone, ties): marked so a later erasure can find it; left out, the database decides. */
  personal?: boolean;
  undoOf?: string | null;
}

/** Who made a change; there is no sign-in yet, so mostly "anonymous". */
export function actorOf(ctx: { user?: { id: string } | null }): string {
  return ctx.user?.id ?? "anonymous";
}

/** A stored node or relationship as a plain map (dates as ISO strings), without read helpers. */
export function snapshot(raw: unknown): Snapshot {
  const { labels: _labels, ...props } = (raw ?? {}) as Record<string, unknown>;
  const out: Snapshot = {};
  for (const key of Object.keys(props).sort()) {
    const value = props[key];
    if (key.startsWith("__") || value === null || value === undefined) continue;
    out[key] = value instanceof Date ? value.toISOString() : value;
  }
  return out;
}

const META = new Set(["createdAt", "updatedAt", "version", "type", "fromId", "toId"]);

/** The properties a user wrote (no bookkeeping), for comparing states and writing them back. */
export function userProperties(snap: Snapshot | null): Snapshot {
  return Object.fromEntries(Object.entries(snap ?? {}).filter(([key]) => !META.has(key)));
}

/** Node entry helper. */
export function nodeChange(
  op: ChangeOp,
  label: string,
  id: string,
  before: unknown,
  after: unknown,
  related?: unknown[],
): ChangeEntry {
  return {
    op,
    kind: ChangeTargetKind.NODE,
    targetId: id,
    targetType: label,
    // A deletion shows in the history of every node it was tied to.
    nodeIds: [
      ...new Set([
        id,
        ...(related ?? []).flatMap((r) => {
          const { fromId, toId } = r as { fromId: string; toId: string };
          return [fromId, toId];
        }),
      ]),
    ],
    before: before == null ? null : snapshot(before),
    after: after == null ? null : snapshot(after),
    related: related ? related.map(snapshot) : null,
    personal: label === "Person",
  };
}

/** Relationship entry helper; `rel` snapshots carry type, fromId and toId. */
export function relationshipChange(
  op: ChangeOp,
  before: unknown,
  after: unknown,
  personal?: boolean,
): ChangeEntry {
  const b = before == null ? null : snapshot(before);
  const a = after == null ? null : snapshot(after);
  const ref = (a ?? b)!;
  return {
    op,
    kind: ChangeTargetKind.RELATIONSHIP,
    targetId: String(ref.id),
    targetType: String(ref.type),
    nodeIds: [String(ref.fromId), String(ref.toId)],
    before: b,
    after: a,
    personal,
  };
}

const INSERT_BATCH = 5_000;

/** Writes the entries as one batch (one user action); returns the batch id. */
export async function recordChanges(
  tx: Tx,
  actor: string,
  entries: ChangeEntry[],
  batch: string = randomUUID(),
): Promise<string> {
  const stored: StoredChange[] = entries.map((entry) => ({
    id: randomUUID(),
    batch,
    actor,
    op: entry.op,
    targetId: entry.targetId,
    targetKind: entry.kind,
    targetType: entry.targetType,
    nodeIds: entry.nodeIds,
    before: entry.before ? JSON.stringify(entry.before) : null,
    after: entry.after ? JSON.stringify(entry.after) : null,
    related: entry.related?.length ? JSON.stringify(entry.related) : null,
    personal: entry.personal ?? null,
    undone: false,
    undoOf: entry.undoOf ?? null,
  }));
  for (let i = 0; i < stored.length; i += INSERT_BATCH) {
    await tx.run(insertChanges(stored.slice(i, i + INSERT_BATCH)));
  }
  return batch;
}

/** Rows per packed entry. */
const PACK_ROWS = 2_000;
/** Packed rows per statement (the packs' JSON is sent as parameters). */
const PACK_STATEMENT_ROWS = 20_000;

function packedRow(entry: ChangeEntry): PackedRow {
  return {
    targetKind: entry.kind,
    targetType: entry.targetType,
    targetId: entry.targetId,
    nodeIds: entry.nodeIds,
    before: entry.before,
    after: entry.after,
    personal: entry.personal ?? false,
  };
}

/**
 * Writes the entries as one batch like `recordChanges`, but packed: up to `PACK_ROWS` entries
 * per `(:Change)` node (see `StoredPack`), in their order. For large batches of creations and
 * updates (imports): history, undo and erasure read a packed row as one change. Not for entries
 * with `related` or `undoOf` (deletions, undo entries): those need `recordChanges`, and so do
 * entries whose `personal` is left to the database. Returns the batch id.
 */
export async function recordPackedChanges(
  tx: Tx,
  actor: string,
  entries: ChangeEntry[],
  batch: string = randomUUID(),
): Promise<string> {
  const packs: { rows: number; pack: StoredPack }[] = [];
  for (let from = 0; from < entries.length;) {
    // A pack holds entries of one op.
    let to = from + 1;
    while (to < entries.length && to - from < PACK_ROWS && entries[to]!.op === entries[from]!.op)
      to++;
    const part = entries.slice(from, to);
    const rows = part.map(packedRow);
    packs.push({
      rows: rows.length,
      pack: {
        id: randomUUID(),
        op: part[0]!.op,
        entries: rows.map((row) => JSON.stringify(row)),
        nodeIds: [...new Set(part.flatMap((entry) => entry.nodeIds))],
        targetIds: part.map((entry) => entry.targetId),
        personal: rows.some((row) => row.personal),
      },
    });
    from = to;
  }
  // Each statement takes the next sequence numbers, so the packs keep the entries' order.
  for (let i = 0; i < packs.length;) {
    const group: { start: number; change: StoredPack }[] = [];
    let rows = 0;
    while (i < packs.length && (group.length === 0 || rows < PACK_STATEMENT_ROWS)) {
      const { rows: size, pack } = packs[i++]!;
      group.push({ start: rows, change: pack });
      rows += size;
    }
    await tx.run(insertPackedChanges(group, rows, batch, actor));
  }
  return batch;
}

// Reading packs back (the format written by `recordPackedChanges`).

/** A packed row's change id: the pack's id and the row's position (`<pack id>:<row>`). */
export function packedRowId(packId: string, row: number): string {
  return `${packId}:${row}`;
}

/** The stored `(:Change)` id behind a change id (a packed row's id names its pack). */
export function storedChangeId(id: string): string {
  const colon = id.indexOf(":");
  return colon < 0 ? id : id.slice(0, colon);
}

/**
 * Whether a stored change is a pack of rows (see `StoredPack`): read with the history queries
 * (`rows`: `[position, JSON]` of the rows read) or as stored (`entries`).
 */
export function isPack(raw: unknown): boolean {
  const change = raw as { entries?: unknown; rows?: unknown } | null;
  return Array.isArray(change?.rows) || Array.isArray(change?.entries);
}

/** The rows of a pack that were read, each with its change id, sequence number and position. */
export function packedRows(
  raw: unknown,
): { id: string; seq: number; index: number; row: PackedRow }[] {
  const pack = raw as { id: string; seq: unknown; entries?: string[]; rows?: [unknown, string][] };
  const rows = pack.rows ?? (pack.entries ?? []).map((json, index) => [index, json] as const);
  const seq = Number(pack.seq);
  return rows.map(([position, json]) => {
    const index = Number(position);
    return {
      id: packedRowId(pack.id, index),
      seq: seq + index,
      index,
      row: JSON.parse(json) as PackedRow,
    };
  });
}
