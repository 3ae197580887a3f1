/**
 * Idempotent bulk writes: MERGE on id, and a node's version only moves when a value changed.
 *
 * Built for large imports in one transaction: few query shapes (each new shape costs Neo4j query
 * planning, and a fresh import replans them as the statistics move), and small results. Rows that
 * cannot exist yet are created by one shape for every label or type (`createNodes`,
 * `createRelationships`: labels and types come from the model, never from the file's text). A row
 * that is created comes back as its position only (the caller knows what it wrote, and gets the
 * statement's `datetime()` as `at`); a row that changed an existing element comes back with its
 * state before and after, for the change log.
 */
import { type CypherQuery, ident } from "../../db/cypher.js";
import { NODE_LABELS } from "../../model/node-types.js";

/**
 * Merges nodes of one label. Returns `at` (the statement's `datetime()`, which is what
 * `createdAt`/`updatedAt` of created nodes hold), `refs` (`[row, elementId, created]` for every
 * row, to attach relationships in the same transaction) and `changes` (existing nodes whose
 * values changed: `before` and `after`).
 */
export function upsertNodes(
  label: string,
  rows: { i: number; id: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      MERGE (n:${ident(label)} {id: row.id})
      ON CREATE SET n.createdAt = datetime(), n.version = 0
      WITH n, row, n.version = 0 AS created
      WITH n, row, created,
           CASE WHEN created THEN null ELSE properties(n) END AS before,
           created OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k]) AS changed
      CALL (n, row, changed) {
        WITH n, row WHERE changed
        SET n += row.props, n.updatedAt = datetime(), n.version = n.version + 1
      }
      RETURN datetime() AS at,
             collect([row.i, elementId(n), created]) AS refs,
             collect(CASE WHEN changed AND NOT created
                          THEN {i: row.i, before: before, after: properties(n)} END) AS changes`,
    params: { rows },
  };
}

/** Element ids and labels of existing nodes (relationship ends that are not in the document). */
export function nodeRefs(ids: string[]): CypherQuery {
  const branches = NODE_LABELS.map(
    (label) =>
      `MATCH (n:${ident(label)}) WHERE n.id IN $ids RETURN n.id AS id, '${label}' AS label, elementId(n) AS ref`,
  ).join(" UNION ALL ");
  return { cypher: `CALL () { ${branches} } RETURN id, label, ref`, params: { ids } };
}

/** A relationship row: its id, its ends by element id (`a`, `b`) and its properties. */
export interface RelationshipRow {
  i: number;
  id: string;
  a: string;
  b: string;
  props: Record<string, unknown>;
}

/**
 * Merges relationships of one type between nodes given by element id (`a`, `b`): one statement
 * shape per type, whatever the labels of the ends. The type stays literal so MERGE finds an
 * existing relationship through the type's index on `id` (a dynamic type would leave the planner
 * a scan of every relationship, which it picks while the database is still empty).
 * Undirected types MERGE without direction, so b→a is found for an a→b row. Returns `at`,
 * `written` (rows whose ends exist), `created` (`[row, stored a→b]` per created relationship) and
 * `changes` (existing relationships whose values changed).
 */
export function upsertRelationships(
  type: string,
  undirected: boolean,
  rows: RelationshipRow[],
): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      MATCH (a) WHERE elementId(a) = row.a
      MATCH (b) WHERE elementId(b) = row.b
      MERGE (a)-[r:${ident(type)} {id: row.id}]-${undirected ? "" : ">"}(b)
      ON CREATE SET r.createdAt = datetime(), r.__created = true
      WITH a, r, row, r.__created IS NOT NULL AS created
      WITH a, r, row, created, CASE WHEN created THEN null ELSE properties(r) END AS before,
           created OR any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
      CALL (r, row, changed) {
        WITH r, row WHERE changed
        SET r += row.props
        REMOVE r.__created
      }
      RETURN datetime() AS at,
             count(r) AS written,
             collect(CASE WHEN created THEN [row.i, startNode(r) = a] END) AS created,
             collect(CASE WHEN changed AND NOT created THEN {
               i: row.i,
               before: before,
               after: r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}
             } END) AS changes`,
    params: { rows },
  };
}

/**
 * Creates nodes that do not exist yet (no node of any label has their id; checked in the same
 * transaction, under the graph lock). One statement shape for every label: a fresh import is
 * planned once instead of once per label. Stores what `upsertNodes` stores for a created node
 * and returns the same shape (`refs` with `created` true, no `changes`).
 */
export function createNodes(
  rows: { i: number; id: string; label: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      CREATE (n:$(row.label))
      SET n = row.props, n.id = row.id, n.createdAt = datetime(), n.updatedAt = datetime(),
          n.version = 1
      RETURN datetime() AS at,
             collect([row.i, elementId(n), true]) AS refs,
             [] AS changes`,
    params: { rows },
  };
}

/**
 * Creates relationships that cannot exist yet: an end was created in the same transaction, and
 * the row's id occurs once in the document (so no MERGE has to look for it). One statement shape
 * for every type (no look-up needs the type's index). Returns the same shape as
 * `upsertRelationships`: every row is created, stored a→b.
 */
export function createRelationships(rows: (RelationshipRow & { type: string })[]): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      MATCH (a) WHERE elementId(a) = row.a
      MATCH (b) WHERE elementId(b) = row.b
      CREATE (a)-[r:$(row.type)]->(b)
      SET r = row.props, r.id = row.id, r.createdAt = datetime()
      RETURN datetime() AS at,
             count(r) AS written,
             collect([row.i, true]) AS created,
             [] AS changes`,
    params: { rows },
  };
}
