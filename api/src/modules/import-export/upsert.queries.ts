/**
 * Idempotent bulk writes: MERGE on id, and a node's version only moves when a value changed.
 * Each returns the rows it changed with their state before and after, for the change log.
 */
import { type CypherQuery, ident } from "../../db/cypher.js";

export function upsertNodes(
  label: string,
  rows: { id: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      MERGE (n:${ident(label)} {id: row.id})
      ON CREATE SET n.createdAt = datetime(), n.version = 0
      WITH n, row, n.version = 0 AS created, properties(n) AS before
      WHERE created OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
      SET n += row.props, n.updatedAt = datetime(), n.version = n.version + 1
      RETURN collect({id: n.id, before: CASE WHEN created THEN null ELSE before END,
                      after: properties(n)}) AS changes`,
    params: { rows },
  };
}

/** Undirected types MERGE without direction, so b→a is found for an a→b row. */
export function upsertRelationships(
  type: string,
  fromLabel: string,
  toLabel: string,
  undirected: boolean,
  rows: { id: string; from: string; to: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      MATCH (a:${ident(fromLabel)} {id: row.from}), (b:${ident(toLabel)} {id: row.to})
      MERGE (a)-[r:${ident(type)} {id: row.id}]-${undirected ? "" : ">"}(b)
      ON CREATE SET r.createdAt = datetime(), r.__created = true
      WITH r, row, r.__created IS NOT NULL AS created
      WITH r, row, created, properties(r) AS before,
           created OR any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
      SET r += row.props
      REMOVE r.__created
      RETURN count(r) AS written,
             collect(CASE WHEN changed THEN {
               before: CASE WHEN created THEN null ELSE before END,
               after: r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id}
             } END) AS changes`,
    params: { rows },
  };
}
