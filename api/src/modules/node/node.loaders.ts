/**
 * Per-request DataLoaders: nested fields ask for one parent at a time, the loaders answer all
 * parents of one field with one statement (no round trip per parent).
 */
import DataLoader from "dataloader";

import type { Executor, Row } from "../../db/executor.js";
import { NODE_SPECS, type NodeType } from "../../model/node-types.js";
import type { RelationshipType } from "../../model/relationship-types.js";
import { partiesOf } from "../vindplaats/vindplaats.queries.js";
import { getNodesById } from "./node.queries.js";
import { type NodeRecord, toNodeRecord } from "./node.record.js";
import { allRelations, relatedNodes, type Way } from "./related.queries.js";
import type { RelationField } from "./relation-fields.js";

export interface RelatedItem {
  node: NodeRecord;
  rel: Record<string, unknown>;
}

export interface RelationItem extends RelatedItem {
  type: RelationshipType;
  outgoing: boolean;
  themeName: string | null;
}

function groupBy(rows: Row[], ids: readonly string[]): Row[][] {
  const groups = new Map<string, Row[]>(ids.map((id) => [id, []]));
  for (const row of rows) groups.get(String(row.id))?.push(row);
  return ids.map((id) => groups.get(id) ?? []);
}

/** A value, or the promise of one: read-ahead answers come back synchronously. */
export type MaybePromise<T> = T | Promise<T>;

export class Loaders {
  private readonly relatedLoaders = new Map<string, DataLoader<string, RelatedItem[]>>();
  private readonly relationLoaders = new Map<string, DataLoader<string, RelationItem[]>>();
  /**
   * Answers read ahead (prefetch.ts), by relation field (each belongs to one node type) and parent
   * id, and for `relations` by label and id. Returned as they are,
   * without a DataLoader promise: a nested read resolves hundreds of these fields, and GraphQL
   * completes a plain value without scheduling anything.
   */
  private readonly relatedAhead = new Map<RelationField, Map<string, RelatedItem[]>>();
  private readonly relationsAhead = new Map<string, RelationItem[]>();

  readonly nodes = new DataLoader<string, NodeRecord | null>(async (ids) => {
    const rows = await this.executor.read(getNodesById(ids));
    const byId = new Map(
      rows.map((row) => {
        const node = toNodeRecord(row.node);
        return [node.id, node];
      }),
    );
    return ids.map((id) => byId.get(id) ?? null);
  });

  /** Organisations relying on each vindplaats (directly or through their people). */
  readonly parties = new DataLoader<string, NodeRecord[]>(async (ids) => {
    const rows = await this.executor.read(partiesOf(ids));
    return groupBy(rows, ids).map((group) => group.map((row) => toNodeRecord(row.node)));
  });

  constructor(private readonly executor: Executor) {}

  /** The neighbours behind one relation field (relation-fields.ts) of `parent`. */
  via(parent: { id: string; type: NodeType }, field: RelationField): MaybePromise<RelatedItem[]> {
    return (
      this.relatedAhead.get(field)?.get(parent.id) ??
      this.relatedLoader(NODE_SPECS[parent.type].label, field.type, field.way).load(parent.id)
    );
  }

  /** Stores neighbours fetched ahead (prefetch.ts) so `via` answers without a round trip. */
  primeRelated(field: RelationField, id: string, items: RelatedItem[]): void {
    let byParent = this.relatedAhead.get(field);
    if (!byParent) this.relatedAhead.set(field, (byParent = new Map<string, RelatedItem[]>()));
    byParent.set(id, items);
  }

  primeRelations(label: string, id: string, items: RelationItem[]): void {
    this.relationsAhead.set(`${label}|${id}`, items);
  }

  private relatedLoader(
    label: string,
    type: RelationshipType,
    way: Way,
  ): DataLoader<string, RelatedItem[]> {
    const key = `${label}|${type}|${way}`;
    let loader = this.relatedLoaders.get(key);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read(relatedNodes(label, type, way, ids));
        return groupBy(rows, ids).map((group) =>
          group
            .map((row) => ({
              node: toNodeRecord(row.node),
              rel: row.rel as Record<string, unknown>,
            }))
            .sort(byName),
        );
      });
      this.relatedLoaders.set(key, loader);
    }
    return loader;
  }

  /** Every relationship of `parent`. */
  relations(parent: { id: string; type: NodeType }): MaybePromise<RelationItem[]> {
    const label = NODE_SPECS[parent.type].label;
    return (
      this.relationsAhead.get(`${label}|${parent.id}`) ?? this.relationLoader(label).load(parent.id)
    );
  }

  private relationLoader(label: string): DataLoader<string, RelationItem[]> {
    let loader = this.relationLoaders.get(label);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.executor.read(allRelations(label, ids));
        return groupBy(rows, ids).map((group) => group.map((row) => toRelationItem(row)));
      });
      this.relationLoaders.set(label, loader);
    }
    return loader;
  }
}

/**
 * The order of a node's neighbours, read ahead or by a loader: name without regard to case
 * (`name` holds the title of actions and meetings), then id. One comparison in the API for both
 * ways of reading, so they cannot disagree.
 */
export function byName(a: RelatedItem, b: RelatedItem): number {
  const x = a.node.name.toLowerCase();
  const y = b.node.name.toLowerCase();
  if (x !== y) return x < y ? -1 : 1;
  return a.node.id < b.node.id ? -1 : a.node.id > b.node.id ? 1 : 0;
}

/** A row of `allRelations` (or a prefetched relation) as the `relations` resolver reads it. */
export function toRelationItem(row: Row, node = toNodeRecord(row.node)): RelationItem {
  return {
    node,
    rel: row.rel as Record<string, unknown>,
    type: row.type as RelationshipType,
    outgoing: Boolean(row.outgoing),
    themeName: (row.themeName as string | null) ?? null,
  };
}
