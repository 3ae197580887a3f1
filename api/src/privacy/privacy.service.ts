/**
 * AVG/GDPR: export everything held about one person, and erase a person completely — the node,
 * its relationships, and their values in the change history. The audit log keeps that an erasure
 * happened, under a random pseudonym instead of the id (ids like `per-jan-jansen` hold names).
 */
import { randomUUID } from "node:crypto";

import type { Executor } from "../db/executor.js";
import { notFound } from "../errors.js";
import type { PackedRow } from "../modules/history/history.queries.js";
import { isPack, packedRows } from "../modules/history/history.record.js";
import { writeGraph } from "../modules/node/graph-write.js";
import { bumpGraphVersion } from "../modules/node/node.queries.js";
import * as q from "./privacy.queries.js";

type Json = Record<string, unknown>;

export interface PersonExport {
  exportedAt: string;
  personId: string;
  person: Json | null;
  relationships: Json[];
  history: Json[];
  auditEntries: Json[];
}

export interface ErasureResult {
  /** Stands for the person in the audit log and the history from now on. */
  pseudonym: string;
  relationshipsDeleted: number;
  historyEntriesErased: number;
  historyEntriesTrimmed: number;
  auditEntriesPseudonymised: number;
  /** Read by the audit wrapper: the erasure is logged under the pseudonym. */
  auditTargetId: string;
}

function parse(value: unknown): unknown {
  if (typeof value !== "string") return value ?? null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return null;
  }
}

function iso(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

function plain(record: Json): Json {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, iso(v)]));
}

/** A relationship id `TYPE:from:to[:theme]` or node id with the person's id replaced. */
/** A list of node ids with the person's id replaced by the pseudonym. */
function replaceInIds(ids: unknown, id: string, pseudonym: string): string[] {
  return ((ids as string[] | null) ?? []).map((n) => (n === id ? pseudonym : n));
}

function replaceId(value: string, id: string, pseudonym: string): string {
  return value === id
    ? pseudonym
    : value
        .split(":")
        .map((part) => (part === id ? pseudonym : part))
        .join(":");
}

function touches(snapshot: unknown, id: string): boolean {
  const s = snapshot as { fromId?: unknown; toId?: unknown; id?: unknown } | null;
  return Boolean(s && (s.fromId === id || s.toId === id || s.id === id));
}

/** Whether a packed row is about the person (as target, an end, or in its values). */
function rowMentions(row: PackedRow, id: string): boolean {
  return (
    row.targetId === id ||
    row.nodeIds.includes(id) ||
    touches(row.before, id) ||
    touches(row.after, id)
  );
}

/** A change-log entry as exported: a single entry, or the rows of a pack about the person. */
function exportedChanges(change: Json, id: string): Json[] {
  if (!isPack(change)) {
    return [
      {
        ...plain(change),
        before: parse(change.before),
        after: parse(change.after),
        related: parse(change.related),
      },
    ];
  }
  const { entries: _entries, nodeIds: _nodeIds, targetIds: _targetIds, ...pack } = change;
  return packedRows(change)
    .filter(({ row }) => rowMentions(row, id))
    .map(({ id: changeId, seq, row }) => ({
      ...plain(pack),
      id: changeId,
      seq,
      targetKind: row.targetKind,
      targetId: row.targetId,
      targetType: row.targetType,
      nodeIds: row.nodeIds,
      before: row.before,
      after: row.after,
      related: null,
      personal: row.personal,
    }));
}

export class PrivacyService {
  constructor(private readonly executor: Executor) {}

  async exportPerson(id: string): Promise<PersonExport> {
    const [row] = await this.executor.read(q.personWithRelationships(id));
    const changes = await this.executor.read(q.changesMentioning(id));
    if (!row && changes.length === 0) throw notFound("id", id);
    const audit = await this.executor.read(q.auditEntriesAbout(id));
    return {
      exportedAt: new Date().toISOString(),
      personId: id,
      person: row ? plain(row.person as Json) : null,
      relationships: ((row?.relationships as Json[] | undefined) ?? []).map((r) => ({
        ...r,
        properties: plain((r.properties ?? {}) as Json),
      })),
      history: changes.flatMap(({ change }) => exportedChanges(change as Json, id)),
      auditEntries: audit.map(({ entry }) => plain(entry as Json)),
    };
  }

  /** Erases the person in one transaction; NOT_FOUND when nothing about them is held. */
  async erasePerson(id: string): Promise<ErasureResult> {
    const pseudonym = `erased-${randomUUID()}`;
    return writeGraph(this.executor, async (tx) => {
      await tx.run(bumpGraphVersion);
      const [deleted] = await tx.run(q.deletePerson(id));
      const changes = (await tx.run(q.changesMentioning(id))).map((r) => r.change as Json);
      if (!deleted && changes.length === 0) throw notFound("id", id);

      let erased = 0;
      let trimmed = 0;
      // Packed entries (imports): the rows about the person are erased, the other rows stay.
      const packRewrites = changes.filter(isPack).map((c): q.ChangeRewrite => {
        let erasedRows = 0;
        const rows = packedRows(c).map(({ row }): PackedRow => {
          if (!rowMentions(row, id)) return row;
          erasedRows += 1;
          return {
            targetKind: row.targetKind,
            targetType: row.targetType,
            targetId: replaceId(row.targetId, id, pseudonym),
            nodeIds: replaceInIds(row.nodeIds, id, pseudonym),
            before: null,
            after: null,
            personal: row.personal,
            erased: true,
          };
        });
        erased += erasedRows;
        return {
          id: String(c.id),
          set: {
            nodeIds: replaceInIds(c.nodeIds, id, pseudonym),
            targetIds: ((c.targetIds as string[] | null) ?? []).map((t) =>
              replaceId(t, id, pseudonym),
            ),
            entries: rows.map((row) => JSON.stringify(row)),
          },
          erased: erasedRows > 0,
        };
      });
      const rewrites = changes
        .filter((c) => !isPack(c))
        .map((c): q.ChangeRewrite => {
          const before = parse(c.before);
          const after = parse(c.after);
          const ownEntry = c.targetId === id || touches(before, id) || touches(after, id);
          const nodeIds = replaceInIds(c.nodeIds, id, pseudonym);
          const targetId = replaceId(String(c.targetId), id, pseudonym);
          if (ownEntry) {
            erased += 1;
            return {
              id: String(c.id),
              set: { targetId, nodeIds, before: null, after: null, related: null },
              erased: true,
            };
          }
          // Another node's entry (e.g. an organisation's deletion) that lists the person's ties:
          // keep the entry, drop those ties.
          trimmed += 1;
          const related = ((parse(c.related) as Json[] | null) ?? []).filter(
            (r) => !touches(r, id),
          );
          return {
            id: String(c.id),
            set: {
              targetId,
              nodeIds,
              before: (c.before as string | null) ?? null,
              after: (c.after as string | null) ?? null,
              related: related.length ? JSON.stringify(related) : null,
            },
            erased: false,
          };
        });
      if (rewrites.length || packRewrites.length)
        await tx.run(q.rewriteChanges([...rewrites, ...packRewrites]));
      const [audit] = await tx.run(q.pseudonymiseAudit(id, pseudonym));
      return {
        pseudonym,
        relationshipsDeleted: Number(deleted?.relationships ?? 0),
        historyEntriesErased: erased,
        historyEntriesTrimmed: trimmed,
        auditEntriesPseudonymised: Number(audit?.rewritten ?? 0),
        auditTargetId: pseudonym,
      };
    });
  }
}
