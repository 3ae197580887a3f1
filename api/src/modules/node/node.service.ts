/** Creating, reading, updating and deleting nodes of every type, with optimistic concurrency. */
import { randomUUID } from "node:crypto";

import type { Executor } from "../../db/executor.js";
import { conflict, notFound } from "../../errors.js";
import { NODE_SPECS, type NodeSpec, type NodeType } from "../../model/node-types.js";
import { relationshipsOfNode } from "../history/history.queries.js";
import { ChangeOp, nodeChange, recordChanges } from "../history/history.record.js";
import { writeGraph } from "./graph-write.js";
import {
  bumpGraphVersion,
  createNode,
  deleteNode,
  findLabels,
  getNodesById,
  listNodes,
  lockNode,
  type NodeListFilter,
  readLockedNode,
  updateNode,
} from "./node.queries.js";
import { type NodeRecord, toNodeRecord } from "./node.record.js";
import type { Prefetch } from "./prefetch.js";

export interface DeletedNode {
  id: string;
  type: NodeType;
  relationshipsRemoved: number;
}

/** Trims strings and keeps only the spec's writable properties; undefined means "not given". */
function writableProps(spec: NodeSpec, input: object): Record<string, unknown> {
  const props: Record<string, unknown> = {};
  for (const key of spec.properties) {
    const value = (input as Record<string, unknown>)[key];
    if (value === undefined) continue;
    props[key] = typeof value === "string" ? value.trim() : value;
  }
  return props;
}

export class NodeService {
  constructor(private readonly executor: Executor) {}

  async list(
    type: NodeType,
    filter: NodeListFilter,
    skip: number,
    take: number,
    prefetch?: Prefetch,
  ): Promise<NodeRecord[]> {
    const rows = await this.executor.read(
      listNodes(NODE_SPECS[type], filter, skip, take, prefetch?.project),
    );
    return rows.map((row) => (prefetch ? prefetch.read(row.node) : toNodeRecord(row.node)));
  }

  /** One node, with what `prefetch` plans read ahead in the same statement. */
  async get(id: string, prefetch?: Prefetch): Promise<NodeRecord | null> {
    const [row] = await this.executor.read(getNodesById([id], prefetch?.project));
    if (!row) return null;
    return prefetch ? prefetch.read(row.node) : toNodeRecord(row.node);
  }

  async create(
    type: NodeType,
    input: { id?: string | null },
    actor = "anonymous",
  ): Promise<NodeRecord> {
    const spec = NODE_SPECS[type];
    const id = input.id ?? `${spec.idPrefix}-${randomUUID()}`;
    const props = Object.fromEntries(
      Object.entries(writableProps(spec, input)).filter(([, v]) => v !== null && v !== ""),
    );
    return writeGraph(this.executor, async (tx) => {
      // Ids are unique per label by constraint; node(id) and relationship ids need them unique
      // across labels too.
      const [taken] = await tx.run(findLabels([id]));
      if (taken)
        throw conflict("A node with this id exists already.", { field: "id", rule: "unique" });
      const [row] = await tx.run(createNode(spec, id, props));
      await recordChanges(tx, actor, [
        nodeChange(ChangeOp.CREATE, spec.label, id, null, row?.node),
      ]);
      await tx.run(bumpGraphVersion);
      return toNodeRecord(row?.node);
    });
  }

  /**
   * Applies the given properties (null or "" removes an optional one). With `expectedVersion`,
   * a stale version is refused with CONFLICT and the current values; nothing is written.
   */
  async update(
    type: NodeType,
    id: string,
    input: object,
    expectedVersion?: number | null,
    actor = "anonymous",
  ): Promise<NodeRecord> {
    const spec = NODE_SPECS[type];
    const set = Object.fromEntries(
      Object.entries(writableProps(spec, input)).map(([k, v]) => [k, v === "" ? null : v]),
    );
    return writeGraph(this.executor, async (tx) => {
      await tx.run(lockNode(spec, id));
      const [current] = await tx.run(readLockedNode(spec, id));
      if (!current) throw notFound("id", id);
      const node = toNodeRecord(current.node);
      if (expectedVersion != null && node.version !== expectedVersion) {
        throw conflict(
          `Deze gegevens zijn intussen gewijzigd (versie ${node.version}, u had versie ${expectedVersion}).`,
          {
            field: "expectedVersion",
            rule: "stale",
            current: { ...node, createdAt: undefined, updatedAt: undefined },
          },
        );
      }
      const [row] = await tx.run(updateNode(spec, id, set));
      await recordChanges(tx, actor, [
        nodeChange(ChangeOp.UPDATE, spec.label, id, current.node, row?.node),
      ]);
      await tx.run(bumpGraphVersion);
      return toNodeRecord(row?.node);
    });
  }

  /** Deletes the node and all its relationships. */
  async delete(
    type: NodeType,
    id: string,
    expectedVersion?: number | null,
    actor = "anonymous",
  ): Promise<DeletedNode> {
    const spec = NODE_SPECS[type];
    return writeGraph(this.executor, async (tx) => {
      await tx.run(lockNode(spec, id));
      const [current] = await tx.run(readLockedNode(spec, id));
      if (!current) throw notFound("id", id);
      const node = toNodeRecord(current.node);
      if (expectedVersion != null && node.version !== expectedVersion) {
        throw conflict(`Deze gegevens zijn intussen gewijzigd (versie ${node.version}).`, {
          field: "expectedVersion",
          rule: "stale",
        });
      }
      // The relationships go into the change too, so restoreNode can bring them back.
      const related = await tx.run(relationshipsOfNode(spec.label, id));
      const [row] = await tx.run(deleteNode(spec, id));
      await recordChanges(tx, actor, [
        nodeChange(
          ChangeOp.DELETE,
          spec.label,
          id,
          current.node,
          null,
          related.map((r) => r.rel),
        ),
      ]);
      await tx.run(bumpGraphVersion);
      return { id, type, relationshipsRemoved: Number(row?.relationshipsRemoved ?? 0) };
    });
  }
}
