/** Writes a whole network document in one transaction: all of it lands, or none of it. */
import type { Executor, Row, Tx } from "../../db/executor.js";
import { conflict } from "../../errors.js";
import { NODE_SPECS } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  relationshipId,
  type RelationshipType,
} from "../../model/relationship-types.js";
import {
  type ChangeEntry,
  ChangeOp,
  nodeChange,
  recordPackedChanges,
  relationshipChange,
} from "../history/history.record.js";
import { writeGraph } from "../node/graph-write.js";
import { bumpGraphVersion, findLabels } from "../node/node.queries.js";
import type { DocumentNode, NetworkDocument } from "./document.js";
import {
  createNodes,
  createRelationships,
  nodeRefs,
  upsertNodes,
  upsertRelationships,
} from "./upsert.queries.js";

export interface UpsertResult {
  /** Nodes created or changed. */
  nodesChanged: number;
  /** Relationships created or changed. */
  relationshipsChanged: number;
  relationshipsWritten: number;
}

/** With how many of the changed nodes and relationships were created (an import's counts). */
export interface UpsertDetails extends UpsertResult {
  nodesCreated: number;
  relationshipsCreated: number;
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

/** Rows per statement. */
const BATCH = 2_000;
/** Statements sent ahead of the one running. */
const PIPELINE = 3;
/** Ids per lookup of relationship ends outside the document. */
const LOOKUP_BATCH = 5_000;

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** How often each key occurs. */
function countBy<T>(items: T[], key: (item: T) => string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
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

/**
 * Runs the statements in order, keeping up to `PIPELINE` of them sent ahead (the driver pipelines
 * them in the transaction): Neo4j runs one while this process prepares the next and reads the
 * last, without holding every batch's parameters in Neo4j's memory at once.
 */
async function pipelined<T, R>(
  items: T[],
  send: (item: T) => Promise<R>,
  each: (item: T, result: R) => void,
): Promise<R[]> {
  const results: R[] = [];
  const inFlight: Promise<R>[] = [];
  for (let i = 0; i < items.length || inFlight.length; i++) {
    if (i < items.length) {
      const sent = send(items[i]!);
      // A failed statement fails the ones sent after it too; the first failure is thrown below.
      sent.catch(() => undefined);
      inFlight.push(sent);
    }
    if (inFlight.length >= PIPELINE || i >= items.length) {
      const result = await inFlight.shift()!;
      each(items[results.length]!, result);
      results.push(result);
    }
  }
  return results;
}

/** A node of the document or the database: its label and element id (valid in this transaction). */
interface NodeRef {
  label: string;
  ref: string;
  /** Created by this transaction (so none of its relationships exists yet). */
  created?: boolean;
}

interface NodeRow {
  i: number;
  id: string;
  label: string;
  props: Row;
}

interface EdgeRow {
  i: number;
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  a: string;
  b: string;
  props: Record<string, unknown>;
  personal: boolean;
  /** An end was created by this transaction: the relationship cannot exist yet. */
  fresh: boolean;
}

type Changed = { i: number; before: unknown; after: unknown };

export class UpsertService {
  constructor(private readonly executor: Executor) {}

  /** MERGE on id: running the same document twice changes nothing the second time. */
  async upsert(document: NetworkDocument, options: UpsertOptions = {}): Promise<UpsertResult> {
    const { nodesChanged, relationshipsChanged, relationshipsWritten } = await this.upsertDetailed(
      document,
      options,
    );
    return { nodesChanged, relationshipsChanged, relationshipsWritten };
  }

  /** `upsert`, also counting what it created. */
  async upsertDetailed(
    document: NetworkDocument,
    options: UpsertOptions = {},
  ): Promise<UpsertDetails> {
    const { actor = "anonymous", op = ChangeOp.IMPORT, onProgress, recordHistory = true } = options;
    const total = document.nodes.length + document.edges.length;
    return writeGraph(this.executor, async (tx) => {
      let done = 0;
      const progress = (rows: number) => {
        done += rows;
        onProgress?.(done, total);
      };
      const refs = new Map<string, NodeRef>();
      const nodes = await this.writeNodes(tx, document.nodes, op, refs, progress);
      await this.findEnds(tx, document, refs);
      const edges = await this.writeEdges(tx, document, op, refs, progress);
      if (edges.written !== document.edges.length) {
        throw conflict(
          `Slechts ${edges.written} van ${document.edges.length} relaties konden worden geschreven; er is niets opgeslagen. (Only some relationships could be written; nothing was saved.)`,
          { field: "edges", rule: "exists" },
        );
      }
      const log = [...nodes.log, ...edges.log];
      if (log.length) {
        // One batch (one undoable step), packed: thousands of rows per change-log node.
        if (recordHistory) await recordPackedChanges(tx, actor, log);
        await tx.run(bumpGraphVersion);
      }
      return {
        nodesChanged: nodes.log.length,
        nodesCreated: nodes.created,
        relationshipsChanged: edges.log.length,
        relationshipsCreated: edges.created,
        relationshipsWritten: edges.written,
      };
    });
  }

  /**
   * Nodes in pipelined batches; fills `refs` with their element ids. Nodes whose id no node has
   * yet are created (one statement shape for all labels); the others are merged per label.
   */
  private async writeNodes(
    tx: Tx,
    nodes: DocumentNode[],
    op: ChangeOp,
    refs: Map<string, NodeRef>,
    progress: (rows: number) => void,
  ): Promise<{ log: ChangeEntry[]; created: number }> {
    // Which ids exist (under any label), read under the graph lock: nobody creates one meanwhile.
    // The same statement as the import's check, so Neo4j has planned it already.
    const existing = new Set<string>();
    const occurrences = countBy(nodes, (node) => node.id);
    for (const ids of chunks([...occurrences.keys()], LOOKUP_BATCH)) {
      for (const row of await tx.run(findLabels(ids))) existing.add(String(row.id));
    }
    // A node given twice is merged, so the second row updates the first instead of duplicating it.
    const isNew = (node: DocumentNode) => !existing.has(node.id) && occurrences.get(node.id) === 1;
    const toRow = (node: DocumentNode, i: number): NodeRow => {
      const spec = NODE_SPECS[node.type];
      return {
        i,
        id: node.id,
        label: spec.label,
        props: Object.fromEntries(
          spec.properties.filter((k) => node[k] != null).map((k) => [k, node[k]]),
        ),
      };
    };
    const batches: { label: string | null; rows: NodeRow[] }[] = [];
    for (const chunk of chunks(nodes.filter(isNew))) {
      batches.push({ label: null, rows: chunk.map(toRow) });
    }
    const merged = nodes.filter((node) => !isNew(node));
    for (const [label, group] of groupBy(merged, (n) => NODE_SPECS[n.type].label)) {
      for (const chunk of chunks(group)) batches.push({ label, rows: chunk.map(toRow) });
    }
    const results = await pipelined(
      batches,
      async ({ label, rows }) =>
        (await tx.run(label === null ? createNodes(rows) : upsertNodes(label, rows)))[0],
      ({ rows }) => progress(rows.length),
    );
    const log: ChangeEntry[] = [];
    let created = 0;
    batches.forEach(({ rows }, b) => {
      const result = results[b];
      const at = result?.at;
      const changed = new Map(((result?.changes ?? []) as Changed[]).map((c) => [c.i, c]));
      const entries: [number, ChangeEntry][] = [];
      for (const [i, ref, isNew] of (result?.refs ?? []) as [number, string, boolean][]) {
        const row = rows[i]!;
        refs.set(row.id, { label: row.label, ref, created: isNew });
        if (isNew) {
          created++;
          // What the statement stored: the given values, created and updated at `at`, version 1.
          const after = { ...row.props, id: row.id, createdAt: at, updatedAt: at, version: 1 };
          entries.push([i, nodeChange(op, row.label, row.id, null, after)]);
        } else {
          const c = changed.get(i);
          if (c) entries.push([i, nodeChange(op, row.label, row.id, c.before, c.after)]);
        }
      }
      for (const [, entry] of entries.sort((x, y) => x[0] - y[0])) log.push(entry);
    });
    return { log, created };
  }

  /** Relationship ends that are not in the document: their labels and element ids. */
  private async findEnds(
    tx: Tx,
    document: NetworkDocument,
    refs: Map<string, NodeRef>,
  ): Promise<void> {
    const unknown = new Set<string>();
    for (const edge of document.edges) {
      if (!refs.has(edge.from)) unknown.add(edge.from);
      if (!refs.has(edge.to)) unknown.add(edge.to);
    }
    for (const ids of chunks([...unknown], LOOKUP_BATCH)) {
      for (const row of await tx.run(nodeRefs(ids)))
        refs.set(String(row.id), { label: String(row.label), ref: String(row.ref) });
    }
  }

  /**
   * Relationships per type, in pipelined batches. A relationship with an end created by this
   * transaction cannot exist yet: it is created without MERGE's look-up (unless its id occurs
   * more than once in the document, when MERGE must make them one).
   */
  private async writeEdges(
    tx: Tx,
    document: NetworkDocument,
    op: ChangeOp,
    refs: Map<string, NodeRef>,
    progress: (rows: number) => void,
  ): Promise<{ log: ChangeEntry[]; created: number; written: number }> {
    const fresh: EdgeRow[] = [];
    const batches: { fresh: boolean; rows: EdgeRow[] }[] = [];
    for (const [, edges] of groupBy(document.edges, (e) => e.type)) {
      const type = edges[0]!.type;
      const allowed = new Set<string>([
        ...RELATIONSHIP_SPECS[type].properties,
        ...COMMON_RELATIONSHIP_PROPERTIES,
      ]);
      const rows = edges.map((edge): EdgeRow => {
        const { type: _type, from, to, id: _id, ...props } = edge;
        const a = refs.get(from);
        const b = refs.get(to);
        if (!a || !b) {
          throw conflict(
            `Relatie ${type} ${from} → ${to}: een van de knopen bestaat niet (meer). (An endpoint does not exist.)`,
            { field: "edges", rule: "exists" },
          );
        }
        return {
          i: 0,
          id: relationshipId(type, from, to, props.themeId as string),
          type,
          from,
          to,
          a: a.ref,
          b: b.ref,
          props: Object.fromEntries(
            Object.entries(props).filter(([k, v]) => allowed.has(k) && v != null),
          ),
          personal: a.label === "Person" || b.label === "Person",
          fresh: Boolean(a.created || b.created),
        };
      });
      const occurrences = countBy(rows, (row) => row.id);
      for (const row of rows) if (occurrences.get(row.id)! > 1) row.fresh = false;
      fresh.push(...rows.filter((row) => row.fresh));
      for (const chunk of chunks(rows.filter((row) => !row.fresh))) {
        batches.push({ fresh: false, rows: chunk });
      }
    }
    // New relationships of every type together (one statement shape), before the merged ones.
    batches.unshift(...chunks(fresh).map((rows) => ({ fresh: true, rows })));
    for (const { rows } of batches) rows.forEach((row, i) => (row.i = i));
    const results = await pipelined(
      batches,
      async ({ fresh, rows }) => {
        const query = fresh
          ? createRelationships(
              rows.map(({ i, id, type, a, b, props }) => ({ i, id, type, a, b, props })),
            )
          : upsertRelationships(
              rows[0]!.type,
              RELATIONSHIP_SPECS[rows[0]!.type].undirected ?? false,
              rows.map(({ i, id, a, b, props }) => ({ i, id, a, b, props })),
            );
        return (await tx.run(query))[0];
      },
      ({ rows }) => progress(rows.length),
    );
    const log: ChangeEntry[] = [];
    let created = 0;
    let written = 0;
    batches.forEach(({ rows }, b) => {
      const result = results[b];
      const at = result?.at;
      written += Number(result?.written ?? 0);
      const entries: [number, ChangeEntry][] = [];
      for (const [i, forward] of (result?.created ?? []) as [number, boolean][]) {
        const row = rows[i]!;
        created++;
        // What the statement stored (undirected types may be stored b→a when created).
        const after = {
          ...row.props,
          id: row.id,
          createdAt: at,
          type: row.type,
          fromId: forward ? row.from : row.to,
          toId: forward ? row.to : row.from,
        };
        entries.push([i, relationshipChange(op, null, after, row.personal)]);
      }
      for (const c of (result?.changes ?? []) as Changed[]) {
        entries.push([c.i, relationshipChange(op, c.before, c.after, rows[c.i]!.personal)]);
      }
      for (const [, entry] of entries.sort((x, y) => x[0] - y[0])) log.push(entry);
    });
    return { log, created, written };
  }
}
