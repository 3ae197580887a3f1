import type { CypherQuery } from "../../db/cypher.js";
import { NODE_LABELS } from "../../model/node-types.js";
import { ALL_RELATIONSHIP_SPECS } from "../../model/relationship-types.js";

/** Every node of the model (or those with the given ids), ordered by id, with its labels. */
export function exportNodesQuery(ids: string[] | null = null): CypherQuery {
  return {
    cypher: `
      MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
        AND ($ids IS NULL OR n.id IN $ids)
      RETURN n {.*, labels: labels(n)} AS node
      ORDER BY n.id`,
    params: { labels: NODE_LABELS, ids },
  };
}

/** Every relationship of the model (or those with the given ids), ordered by id. */
export function exportRelationshipsQuery(ids: string[] | null = null): CypherQuery {
  return {
    cypher: `
      MATCH (a)-[r]->(b) WHERE type(r) IN $types AND ($ids IS NULL OR r.id IN $ids)
      RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to
      ORDER BY r.id`,
    params: { types: ALL_RELATIONSHIP_SPECS.map((spec) => spec.type), ids },
  };
}
