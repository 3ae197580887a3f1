import { type CypherQuery, ident } from "../../db/cypher.js";
import type { RelationshipType } from "../../model/relationship-types.js";
import { projectNode } from "./node.record.js";

export type Way = "OUT" | "IN" | "BOTH";

export function pattern(type: string, way: Way, n = "n", r = "r", m = "m"): string {
  const rel = `[${r}:${ident(type)}]`;
  if (way === "OUT") return `(${n})-${rel}->(${m})`;
  if (way === "IN") return `(${n})<-${rel}-(${m})`;
  return `(${n})-${rel}-(${m})`;
}

/**
 * Neighbours of many nodes over one relationship type and direction, in one statement, in the
 * database's order (the loader puts each node's neighbours in name order: `byName`).
 */
export function relatedNodes(
  label: string,
  type: RelationshipType,
  way: Way,
  ids: readonly string[],
): CypherQuery {
  return {
    cypher: `
      MATCH (n:${ident(label)}) WHERE n.id IN $ids
      MATCH ${pattern(type, way)}
      RETURN n.id AS id, r {.*} AS rel, ${projectNode("m")} AS node`,
    params: { ids },
  };
}

/** Every relationship of many nodes, with the node at the other end (for detail panels). */
export function allRelations(label: string, ids: readonly string[]): CypherQuery {
  return {
    cypher: `
      MATCH (n:${ident(label)}) WHERE n.id IN $ids
      MATCH (n)-[r]-(m) WHERE NOT m:GraphVersion
      OPTIONAL MATCH (t:Theme {id: r.themeId})
      RETURN n.id AS id, type(r) AS type, startNode(r) = n AS outgoing, r {.*} AS rel,
             ${projectNode("m")} AS node, t.name AS themeName
      ORDER BY type(r), toLower(coalesce(m.name, m.title)), m.id`,
    params: { ids },
  };
}
