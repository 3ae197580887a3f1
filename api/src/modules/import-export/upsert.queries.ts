/** Idempotent bulk writes: MERGE on id, and a node's version only moves when a value changed. */
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
      WITH n, row
      WHERE n.version = 0 OR any(k IN keys(row.props) WHERE n[k] IS NULL OR n[k] <> row.props[k])
      SET n += row.props, n.updatedAt = datetime(), n.version = n.version + 1
      RETURN count(n) AS changed`,
    params: { rows },
  };
}

export function upsertRelationships(
  type: string,
  fromLabel: string,
  toLabel: string,
  rows: { id: string; from: string; to: string; props: Record<string, unknown> }[],
): CypherQuery {
  return {
    cypher: `
      UNWIND $rows AS row
      MATCH (a:${ident(fromLabel)} {id: row.from}), (b:${ident(toLabel)} {id: row.to})
      MERGE (a)-[r:${ident(type)} {id: row.id}]->(b)
      ON CREATE SET r.createdAt = datetime(), r.__created = true
      WITH r, row, r.__created IS NOT NULL
                   OR any(k IN keys(row.props) WHERE r[k] IS NULL OR r[k] <> row.props[k]) AS changed
      SET r += row.props
      REMOVE r.__created
      RETURN count(r) AS written, sum(CASE WHEN changed THEN 1 ELSE 0 END) AS changed`,
    params: { rows },
  };
}
