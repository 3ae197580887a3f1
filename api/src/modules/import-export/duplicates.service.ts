/** Possible duplicates by name, and merging two nodes into one (recorded, undoable). */
import type { Executor } from "../../db/executor.js";
import { badInput, notFound } from "../../errors.js";
import { NODE_SPECS, NodeType, specForLabel } from "../../model/node-types.js";
import { relationshipId, type RelationshipType } from "../../model/relationship-types.js";
import {
  batchEntries,
  detachDeleteNode,
  readNode,
  readRelationship,
  recreateRelationship,
  relationshipsOfNode,
  replaceNodeProps,
  replaceRelationshipProps,
} from "../history/history.queries.js";
import {
  type ChangeEntry,
  ChangeOp,
  nodeChange,
  recordChanges,
  relationshipChange,
  type Snapshot,
  snapshot,
  userProperties,
} from "../history/history.record.js";
import { writeGraph } from "../node/graph-write.js";
import { bumpGraphVersion, findLabels, lockNode } from "../node/node.queries.js";
import { type NodeRecord, toNodeRecord } from "../node/node.record.js";
import { namesOf, nodesByIds } from "./duplicates.queries.js";
import { similarity, SIMILARITY_THRESHOLD, type SimilarityReason } from "./similarity.js";

export interface SimilarNode {
  node: NodeRecord;
  score: number;
  reason: SimilarityReason;
}

export interface MergeResult {
  node: NodeRecord;
  relationshipsMoved: number;
  /** Relationships the kept node had already: one kept, properties combined. */
  relationshipsMerged: number;
  /** Relationships between the two nodes, which would have become a loop. */
  relationshipsDropped: number;
  /** The change that deleted the merged node: restoreNode(changeId) brings it back. */
  changeId: string;
}

const DEDUPLICATED = [NodeType.PERSON, NodeType.ORGANISATION];

export class DuplicatesService {
  constructor(private readonly executor: Executor) {}

  /** Persons or organisations whose name looks like `name`, best match first. */
  async similarNodes(type: NodeType, name: string, take = 10): Promise<SimilarNode[]> {
    if (!DEDUPLICATED.includes(type)) {
      throw badInput(
        "type",
        "alleen PERSON en ORGANISATION (only PERSON and ORGANISATION)",
        "notSupported",
      );
    }
    const spec = NODE_SPECS[type];
    const rows = await this.executor.read(namesOf(spec.label, spec.nameKey));
    const scored = rows
      .map((row) => ({ id: String(row.id), ...similarity(name, String(row.name)) }))
      .filter((s) => s.score >= SIMILARITY_THRESHOLD)
      .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
      .slice(0, take);
    if (!scored.length) return [];
    const nodes = new Map(
      (
        await this.executor.read(
          nodesByIds(
            spec.label,
            scored.map((s) => s.id),
          ),
        )
      ).map((r) => {
        const node = toNodeRecord(r.node);
        return [node.id, node];
      }),
    );
    return scored
      .filter((s) => nodes.has(s.id))
      .map((s) => ({ node: nodes.get(s.id)!, score: s.score, reason: s.reason }));
  }

  /**
   * Moves every relationship of `mergeId` onto `keepId` (one of each: properties combined), fills
   * keepId's empty properties from mergeId and deletes mergeId — in one transaction, logged as one
   * MERGE batch (undoLastChange reverses it; restoreNode brings the merged node back).
   */
  async merge(keepId: string, mergeId: string, actor = "anonymous"): Promise<MergeResult> {
    if (keepId === mergeId)
      throw badInput(
        "mergeId",
        "moet een andere knoop zijn dan keepId (must differ from keepId)",
        "notSelf",
      );
    return writeGraph(this.executor, async (tx) => {
      const labels = new Map(
        (await tx.run(findLabels([keepId, mergeId]))).map((r) => [String(r.id), String(r.label)]),
      );
      const label = labels.get(keepId);
      if (!label) throw notFound("keepId", keepId);
      if (!labels.get(mergeId)) throw notFound("mergeId", mergeId);
      if (labels.get(mergeId) !== label) {
        throw badInput(
          "mergeId",
          `is een ${labels.get(mergeId)}, keepId een ${label}; alleen knopen van dezelfde soort kunnen samen (only nodes of the same label can be merged)`,
          "label",
        );
      }
      const spec = specForLabel(label)!;
      if (spec.type === NodeType.THEME) {
        throw badInput(
          "keepId",
          "thema's samenvoegen kan nog niet (themes cannot be merged yet)",
          "notSupported",
        );
      }
      for (const id of [keepId, mergeId].sort()) await tx.run(lockNode(spec, id));
      const [keepRow] = await tx.run(readNode(label, keepId));
      const [mergeRow] = await tx.run(readNode(label, mergeId));
      const keep = snapshot(keepRow?.node);
      const merged = snapshot(mergeRow?.node);
      const rels = (await tx.run(relationshipsOfNode(label, mergeId))).map((r) => snapshot(r.rel));
      const otherIds = [...new Set(rels.flatMap((r) => [String(r.fromId), String(r.toId)]))];
      const labelOf = new Map(
        (await tx.run(findLabels(otherIds))).map((r) => [String(r.id), String(r.label)]),
      );

      const log: ChangeEntry[] = [];
      let moved = 0;
      let combined = 0;
      let dropped = 0;
      for (const rel of rels) {
        const type = rel.type as RelationshipType;
        const from = rel.fromId === mergeId ? keepId : String(rel.fromId);
        const to = rel.toId === mergeId ? keepId : String(rel.toId);
        if (from === to) {
          dropped++;
          continue;
        }
        const id = relationshipId(type, from, to, rel.themeId as string | undefined);
        const props = { ...userProperties(rel), id };
        const [existing] = await tx.run(readRelationship(type, id));
        if (existing) {
          combined++;
          const current = snapshot(existing.rel);
          const next = combine(userProperties(current), props);
          if (JSON.stringify(next) !== JSON.stringify(userProperties(current))) {
            const [updated] = await tx.run(replaceRelationshipProps(type, id, next));
            log.push(relationshipChange(ChangeOp.MERGE, existing.rel, updated?.rel));
          }
        } else {
          moved++;
          const [made] = await tx.run(
            recreateRelationship(
              type,
              labelOf.get(from) ?? label,
              labelOf.get(to) ?? label,
              from,
              to,
              props,
              (rel.createdAt as string | undefined) ?? null,
            ),
          );
          log.push(relationshipChange(ChangeOp.MERGE, null, made?.rel));
        }
      }
      const filled = combine(userProperties(keep), userProperties(merged), spec.properties);
      if (JSON.stringify(filled) !== JSON.stringify(userProperties(keep))) {
        const [updated] = await tx.run(replaceNodeProps(label, keepId, filled));
        log.unshift(nodeChange(ChangeOp.MERGE, label, keepId, keepRow?.node, updated?.node));
      }
      await tx.run(detachDeleteNode(label, mergeId));
      const deletion = nodeChange(ChangeOp.MERGE, label, mergeId, mergeRow?.node, null, rels);
      deletion.nodeIds = [...new Set([...deletion.nodeIds, keepId])];
      log.push(deletion);
      const batch = await recordChanges(tx, actor, log);
      await tx.run(bumpGraphVersion);
      const entries = await tx.run(batchEntries(batch));
      const change = entries
        .map((r) => r.change as { id: string; targetId: string; after?: string | null })
        .find((c) => c.targetId === mergeId && !c.after)!;
      const [node] = await tx.run(readNode(label, keepId));
      return {
        node: toNodeRecord(node?.node),
        relationshipsMoved: moved,
        relationshipsMerged: combined,
        relationshipsDropped: dropped,
        changeId: change.id,
      };
    });
  }
}

/**
 * Fills what `base` lacks from `extra` (base wins); lists such as themeIds become their union.
 * With `keys`, only those properties are filled.
 */
function combine(base: Snapshot, extra: Snapshot, keys?: readonly string[]): Snapshot {
  const out: Snapshot = { ...base };
  for (const [key, value] of Object.entries(extra)) {
    if (keys && !keys.includes(key)) continue;
    const current = out[key];
    if (Array.isArray(current) && Array.isArray(value)) {
      out[key] = [...new Set([...(current as unknown[]), ...(value as unknown[])])];
    } else if (current === undefined || current === null || current === "") {
      out[key] = value;
    }
  }
  return Object.fromEntries(
    Object.keys(out)
      .sort()
      .map((k) => [k, out[k]]),
  );
}
