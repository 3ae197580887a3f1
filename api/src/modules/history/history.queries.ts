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

const RETURN_CHANGE = "c {.*} AS change";

export function nodeHistory(nodeId: string, take: number): CypherQuery {
  return {
    cypher: `
      MATCH (c:Change) WHERE $nodeId IN c.nodeIds
      RETURN ${RETURN_CHANGE} ORDER BY c.seq DESC LIMIT $take`,
    params: { nodeId, take },
  };
}

export function recentChanges(take: number): CypherQuery {
  return {
    cypher: `MATCH (c:Change) RETURN ${RETURN_CHANGE} ORDER BY c.seq DESC LIMIT $take`,
    params: { take },
  };
}

export function changeById(id: string): CypherQuery {
  return { cypher: `MATCH (c:Change {id: $id}) RETURN ${RETURN_CHANGE}`, params: { id } };
}

/** The not-undone entries of the most recent user change (undo and restore entries excluded). */
export const latestUndoableBatch: CypherQuery = {
  cypher: `
    MATCH (c:Change) WHERE NOT c.undone AND c.undoOf IS NULL
    WITH c ORDER BY c.seq DESC LIMIT 1
    MATCH (b:Change {batch: c.batch}) WHERE NOT b.undone
    RETURN b {.*} AS change ORDER BY b.seq DESC`,
};

export function batchEntries(batch: string): CypherQuery {
  return {
    cypher: `MATCH (c:Change {batch: $batch}) WHERE NOT c.undone RETURN ${RETURN_CHANGE} ORDER BY c.seq DESC`,
    params: { batch },
  };
}

/** Later, still effective user changes of the same targets (which make an undo unsafe). */
export function laterChanges(targetIds: string[], seq: number, batch: string): CypherQuery {
  return {
    cypher: `
      MATCH (c:Change) WHERE c.targetId IN $targetIds AND c.seq > $seq AND c.batch <> $batch
        AND NOT c.undone AND c.undoOf IS NULL
      RETURN c.id AS id, c.targetId AS targetId ORDER BY c.seq LIMIT 5`,
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
