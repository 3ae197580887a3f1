import type { CypherQuery } from "../../db/cypher.js";
import { NODE_LABELS } from "../../model/node-types.js";
import { ALL_RELATIONSHIP_SPECS } from "../../model/relationship-types.js";

/** Every node of the model, ordered by id, with its labels. */
export const exportNodes: CypherQuery = {
  cypher: `
    MATCH (n) WHERE any(label IN labels(n) WHERE label IN $labels)
    RETURN n {.*, labels: labels(n)} AS node
    ORDER BY n.id`,
  params: { labels: NODE_LABELS },
};

/** Every relationship of the model, ordered by id. */
export const exportRelationships: CypherQuery = {
  cypher: `
    MATCH (a)-[r]->(b) WHERE type(r) IN $types
    RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to
    ORDER BY r.id`,
  params: { types: ALL_RELATIONSHIP_SPECS.map((spec) => spec.type) },
};
