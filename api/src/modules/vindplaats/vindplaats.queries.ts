import type { CypherQuery } from "../../db/cypher.js";
import { projectNode } from "../node/node.record.js";

/**
 * The parties relying on each vindplaats: distinct organisations active there directly or
 * through a person who works for them (DESIGN.md §5).
 */
export function partiesOf(ids: readonly string[]): CypherQuery {
  return {
    cypher: `
      MATCH (v:Vindplaats) WHERE v.id IN $ids
      CALL (v) {
        MATCH (o:Organisation)-[:ACTIVE_AT]->(v) RETURN o
        UNION
        MATCH (o:Organisation)<-[:WORKS_FOR]-(:Person)-[:ACTIVE_AT]->(v) RETURN o
      }
      RETURN v.id AS id, ${projectNode("o")} AS node
      ORDER BY toLower(o.name), o.id`,
    params: { ids },
  };
}
