/** Cypher for reading and writing nodes of any label; pure functions returning `{ cypher, params }`. */
import { type CypherQuery, ident } from "../../db/cypher.js";
import { NODE_LABELS, type NodeSpec } from "../../model/node-types.js";
import { projectNode } from "./node.record.js";

export interface NodeListFilter {
  nameContains?: string | null;
  village?: string | null;
  kind?: string | null;
  themeId?: string | null;
}

/**
 * The first statement of every graph write (see `writeGraph` in graph-write.ts, which runs it):
 * the GraphVersion node's write lock, taken at once, so
 * writers queue in commit order instead of deadlocking (a MERGE first takes a shared lock, and two
 * writers upgrading theirs deadlock). Creates the node in a database that lacks it.
 */
export const lockGraph: CypherQuery = {
  cypher: `
    OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
    SET v.__lock = true REMOVE v.__lock
    WITH v WHERE v IS NULL
    MERGE (created:GraphVersion {id: 'graph'}) ON CREATE SET created.value = 0`,
};

/** Bumps the graph version inside a write transaction (analytics are cached per version). */
export const bumpGraphVersion: CypherQuery = {
  cypher: "MERGE (v:GraphVersion {id: 'graph'}) SET v.value = coalesce(v.value, 0) + 1",
};

export function listNodes(
  spec: NodeSpec,
  filter: NodeListFilter,
  skip: number,
  take: number,
  project: (alias: string) => string = projectNode,
): CypherQuery {
  const label = ident(spec.label);
  const nameKey = ident(spec.nameKey);
  // Only the conditions of the filters given: Neo4j tests every `$x IS NULL OR …` per node.
  const conditions = [
    filter.nameContains != null && `toLower(n.${nameKey}) CONTAINS toLower($nameContains)`,
    filter.village != null && "n.village = $village",
    filter.kind != null && "n.kind = $kind",
    filter.themeId != null &&
      `(n.id = $themeId
        OR EXISTS { MATCH (n)--(:Theme {id: $themeId}) }
        OR EXISTS { MATCH (n)-[r:ACTIVE_AT|REFERS_TO]-()
                    WHERE r.themeId = $themeId OR $themeId IN coalesce(r.themeIds, []) })`,
  ].filter((c): c is string => Boolean(c));
  return {
    cypher: `
      MATCH (n:${label})
      ${conditions.length ? `WHERE ${conditions.join("\n        AND ")}` : ""}
      WITH n ORDER BY toLower(n.${nameKey}), n.id
      SKIP $skip LIMIT $take
      RETURN ${project("n")} AS node`,
    params: {
      nameContains: filter.nameContains ?? null,
      village: filter.village ?? null,
      kind: filter.kind ?? null,
      themeId: filter.themeId ?? null,
      skip,
      take,
    },
  };
}

/** Nodes by id whatever their label; one index lookup per label. */
export function getNodesById(
  ids: readonly string[],
  project: (alias: string) => string = projectNode,
): CypherQuery {
  const branches = NODE_LABELS.map(
    (label) => `MATCH (n:${ident(label)}) WHERE n.id IN $ids RETURN n`,
  ).join(" UNION ALL ");
  return {
    cypher: `CALL () { ${branches} } RETURN ${project("n")} AS node`,
    params: { ids },
  };
}

export function createNode(
  spec: NodeSpec,
  id: string,
  props: Record<string, unknown>,
): CypherQuery {
  return {
    cypher: `
      CREATE (n:${ident(spec.label)})
      SET n = $props, n.id = $id, n.createdAt = datetime(), n.updatedAt = datetime(), n.version = 1
      RETURN ${projectNode("n")} AS node`,
    params: { id, props },
  };
}

/**
 * Takes the node's write lock before its version is read, so two concurrent updates cannot
 * both pass the version check (a plain MATCH … WHERE n.version = $v reads without a lock).
 */
export function lockNode(spec: NodeSpec, id: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(spec.label)} {id: $id}) SET n.__lock = true REMOVE n.__lock`,
    params: { id },
  };
}

export function readLockedNode(spec: NodeSpec, id: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(spec.label)} {id: $id}) RETURN ${projectNode("n")} AS node`,
    params: { id },
  };
}

/** `set` holds the changed properties; a null value removes the property. */
export function updateNode(spec: NodeSpec, id: string, set: Record<string, unknown>): CypherQuery {
  return {
    cypher: `
      MATCH (n:${ident(spec.label)} {id: $id})
      SET n += $set, n.version = n.version + 1, n.updatedAt = datetime()
      RETURN ${projectNode("n")} AS node`,
    params: { id, set },
  };
}

export function deleteNode(spec: NodeSpec, id: string): CypherQuery {
  return {
    cypher: `
      MATCH (n:${ident(spec.label)} {id: $id})
      OPTIONAL MATCH (n)-[r]-()
      WITH n, count(r) AS relationshipsRemoved
      DETACH DELETE n
      RETURN relationshipsRemoved`,
    params: { id },
  };
}

/** Which of `ids` exist with one of `labels`, and with which label. */
export function findLabels(ids: readonly string[]): CypherQuery {
  const branches = NODE_LABELS.map(
    (label) =>
      `MATCH (n:${ident(label)}) WHERE n.id IN $ids RETURN n.id AS id, '${label}' AS label`,
  ).join(" UNION ALL ");
  return { cypher: `CALL () { ${branches} } RETURN id, label`, params: { ids } };
}
