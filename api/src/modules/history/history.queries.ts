/** Cypher for the change log: `(:Change)` nodes, never connected to the network itself. */
import { type CypherQuery, ident } from "../../db/cypher.js";
import { projectNode } from "../node/node.record.js";

/** A change as stored; `before`/`after`/`related` are JSON strings. */
export interface StoredChange {
  id: string;
  batch: string;
  actor: string;
  op: string;
  targetId: string;
  targetKind: "NODE" | "RELATIONSHIP";
  targetType: string;
  nodeIds: string[];
  before: string | null;
  after: string | null;
  related: string | null;
  /** null: decided in the database (a relationship is personal when it touches a Person). */
  personal: boolean | null;
  undone: boolean;
  undoOf: string | null;
}

/**
 * Appends changes with increasing sequence numbers. The counter lives on the GraphVersion node,
 * which every write locks anyway, so the log order is the commit order.
 */
export function insertChanges(changes: StoredChange[]): CypherQuery {
  return {
    cypher: `
      MERGE (v:GraphVersion {id: 'graph'})
      SET v.changeSeq = coalesce(v.changeSeq, 0) + size($changes)
      WITH v.changeSeq - size($changes) AS base
      UNWIND range(0, size($changes) - 1) AS i
      WITH base + i + 1 AS seq, $changes[i] AS c
      CREATE (x:Change)
      SET x = c, x.seq = seq, x.at = datetime(),
          x.personal = CASE WHEN c.personal IS NOT NULL THEN c.personal
                            ELSE EXISTS { MATCH (p:Person) WHERE p.id IN c.nodeIds } END
      RETURN count(x) AS written`,
    params: { changes },
  };
}

/**
 * One row of a packed entry: the change of one node or relationship, as in a `StoredChange`, but
 * with `before`/`after` as maps inside the pack's JSON. `erased`: the row was erased with a person.
 */
export interface PackedRow {
  targetKind: "NODE" | "RELATIONSHIP";
  targetType: string;
  targetId: string;
  nodeIds: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  personal: boolean;
  erased?: boolean;
}

/**
 * A packed entry as stored: the rows of a large batch (an import) in one `(:Change)` node, so an
 * import of 58 000 rows writes tens of nodes instead of 58 000. `entries` holds one JSON
 * `PackedRow` per row (a list, so a read can return only the rows it needs); `nodeIds` every node
 * the rows concern and `targetIds` the rows' targets (for the same look-ups as on single
 * entries). The pack takes the sequence numbers `seq … seq + rows − 1`; row `i` reads as change
 * `id:i` with sequence number `seq + i` (see `packedRows` in history.record.ts). Packed entries
 * are never undo entries (`undoOf` null).
 */
export interface StoredPack {
  id: string;
  op: string;
  entries: string[];
  nodeIds: string[];
  targetIds: string[];
  personal: boolean;
}

/**
 * Appends packed entries of one batch. `rows`: the rows of all these packs together; `start`:
 * a pack's first row among them (its sequence number is the reserved range's start plus that).
 */
export function insertPackedChanges(
  packs: { start: number; change: StoredPack }[],
  rows: number,
  batch: string,
  actor: string,
): CypherQuery {
  return {
    cypher: `
      MERGE (v:GraphVersion {id: 'graph'})
      SET v.changeSeq = coalesce(v.changeSeq, 0) + $rows
      WITH v.changeSeq - $rows AS base, datetime() AS at
      UNWIND $packs AS p
      CREATE (x:Change)
      SET x = p.change, x.seq = base + p.start + 1, x.at = at, x.batch = $batch,
          x.actor = $actor, x.undone = false
      RETURN count(x) AS written`,
    params: { packs, rows, batch, actor },
  };
}

/** The properties of a change as read (not a pack's `entries`, `nodeIds` and `targetIds`). */
const CHANGE_PROPERTIES = [
  "id",
  "seq",
  "batch",
  "at",
  "actor",
  "op",
  "targetKind",
  "targetId",
  "targetType",
  "before",
  "after",
  "related",
  "personal",
  "undone",
  "undoOf",
  "erased",
]
  .map((key) => `.${key}`)
  .join(", ");

/**
 * Returns the change `c` as `change`: its properties, and for a pack `rows` (`[position, JSON]` of
 * the rows `keep` selects from `e`, its entries, by position `i`) instead of its lists. Expects
 * `WITH c, c.entries AS e` before it (reading the list once: indexing `c.entries` reads it again).
 */
function returnChange(keep = "true", from = "0"): string {
  return `RETURN c {${CHANGE_PROPERTIES},
      nodeIds: CASE WHEN e IS NULL THEN c.nodeIds END,
      rows: CASE WHEN e IS NOT NULL THEN [i IN range(${from}, size(e) - 1) WHERE ${keep} | [i, e[i]]] END
    } AS change`;
}

/** A node's entries; of a pack only the rows whose JSON holds the id (the caller checks them). */
export function nodeHistory(nodeId: string, take: number): CypherQuery {
  return {
    cypher: `
      MATCH (c:Change) WHERE $nodeId IN c.nodeIds
      WITH c ORDER BY c.seq DESC LIMIT $take
      WITH c, c.entries AS e
      ${returnChange("e[i] CONTAINS $inJson")} ORDER BY c.seq DESC`,
    params: { nodeId, take, inJson: JSON.stringify(nodeId).slice(1, -1) },
  };
}

/** The latest entries; of a pack only its last `take` rows. */
export function recentChanges(take: number): CypherQuery {
  return {
    cypher: `
      MATCH (c:Change)
      WITH c ORDER BY c.seq DESC LIMIT $take
      WITH c, c.entries AS e
      ${returnChange("true", "CASE WHEN size(e) > $take THEN size(e) - $take ELSE 0 END")}
      ORDER BY c.seq DESC`,
    params: { take },
  };
}

export function changeById(id: string): CypherQuery {
  return {
    cypher: `MATCH (c:Change {id: $id}) WITH c, c.entries AS e ${returnChange()}`,
    params: { id },
  };
}

/** The not-undone entries of the most recent user change (undo and restore entries excluded). */
export const latestUndoableBatch: CypherQuery = {
  cypher: `
    MATCH (c:Change) WHERE NOT c.undone AND c.undoOf IS NULL
    WITH c ORDER BY c.seq DESC LIMIT 1
    MATCH (b:Change {batch: c.batch}) WHERE NOT b.undone
    WITH b AS c, b.entries AS e
    ${returnChange()} ORDER BY c.seq DESC`,
};

export function batchEntries(batch: string): CypherQuery {
  return {
    cypher: `
      MATCH (c:Change {batch: $batch}) WHERE NOT c.undone
      WITH c, c.entries AS e
      ${returnChange()} ORDER BY c.seq DESC`,
    params: { batch },
  };
}

/** Later, still effective user changes of the same targets (which make an undo unsafe). */
export function laterChanges(targetIds: string[], seq: number, batch: string): CypherQuery {
  return {
    cypher: `
      CALL () {
        MATCH (c:Change) WHERE c.targetId IN $targetIds AND c.seq > $seq AND c.batch <> $batch
          AND NOT c.undone AND c.undoOf IS NULL
        RETURN c.id AS id, c.targetId AS targetId, c.seq AS seq
        UNION ALL
        MATCH (c:Change) WHERE c.seq > $seq AND c.targetIds IS NOT NULL AND c.batch <> $batch
          AND NOT c.undone
        WITH c, [i IN range(0, size(c.targetIds) - 1) WHERE c.targetIds[i] IN $targetIds] AS hits
        WHERE size(hits) > 0
        RETURN c.id + ':' + toString(hits[0]) AS id, c.targetIds[hits[0]] AS targetId,
               c.seq + hits[0] AS seq
      }
      RETURN id, targetId ORDER BY seq LIMIT 5`,
    params: { targetIds, seq, batch },
  };
}

export function markUndone(ids: string[], undone = true): CypherQuery {
  return {
    cypher: "MATCH (c:Change) WHERE c.id IN $ids SET c.undone = $undone",
    params: { ids, undone },
  };
}

// Writing back a recorded state. Labels and types come from the model's whitelist.

export function readNode(label: string, id: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(label)} {id: $id}) RETURN ${projectNode("n")} AS node`,
    params: { id },
  };
}

/** Replaces the node's properties by `props`; keeps createdAt, bumps version. */
export function replaceNodeProps(
  label: string,
  id: string,
  props: Record<string, unknown>,
): CypherQuery {
  return {
    cypher: `
      MATCH (n:${ident(label)} {id: $id})
      WITH n, n.createdAt AS createdAt, n.version AS version
      SET n = $props, n.id = $id, n.createdAt = createdAt, n.version = version + 1,
          n.updatedAt = datetime()
      RETURN ${projectNode("n")} AS node`,
    params: { id, props },
  };
}

export function recreateNode(
  label: string,
  id: string,
  props: Record<string, unknown>,
  createdAt: string | null,
  version: number,
): CypherQuery {
  return {
    cypher: `
      CREATE (n:${ident(label)})
      SET n = $props, n.id = $id, n.createdAt = coalesce(datetime($createdAt), datetime()),
          n.updatedAt = datetime(), n.version = $version
      RETURN ${projectNode("n")} AS node`,
    params: { id, props, createdAt, version },
  };
}

export const RETURN_REL =
  "r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS rel";

/** Every relationship of a node, as stored (to record it before the node goes). */
export function relationshipsOfNode(label: string, id: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(label)} {id: $id})-[r]-() RETURN ${RETURN_REL} ORDER BY r.id`,
    params: { id },
  };
}

export function detachDeleteNode(label: string, id: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(label)} {id: $id}) DETACH DELETE n RETURN count(*) AS deleted`,
    params: { id },
  };
}

export function readRelationship(type: string, id: string): CypherQuery {
  return {
    cypher: `MATCH ()-[r:${ident(type)} {id: $id}]->() RETURN ${RETURN_REL}`,
    params: { id },
  };
}

export function recreateRelationship(
  type: string,
  fromLabel: string,
  toLabel: string,
  from: string,
  to: string,
  props: Record<string, unknown>,
  createdAt: string | null,
): CypherQuery {
  return {
    cypher: `
      MATCH (a:${ident(fromLabel)} {id: $from}), (b:${ident(toLabel)} {id: $to})
      CREATE (a)-[r:${ident(type)}]->(b)
      SET r = $props, r.createdAt = coalesce(datetime($createdAt), datetime())
      RETURN ${RETURN_REL}`,
    params: { from, to, props, createdAt },
  };
}

/** Replaces a relationship's properties by `props`; keeps createdAt. */
export function replaceRelationshipProps(
  type: string,
  id: string,
  props: Record<string, unknown>,
): CypherQuery {
  return {
    cypher: `
      MATCH ()-[r:${ident(type)} {id: $id}]->()
      WITH r, r.createdAt AS createdAt
      SET r = $props, r.id = $id, r.createdAt = createdAt, r.updatedAt = datetime()
      RETURN ${RETURN_REL}`,
    params: { id, props },
  };
}

export function deleteRelationshipById(type: string, id: string): CypherQuery {
  return {
    cypher: `MATCH ()-[r:${ident(type)} {id: $id}]->() DELETE r RETURN count(*) AS deleted`,
    params: { id },
  };
}
