import { type CypherQuery, ident } from "../../db/cypher.js";
import { projectNode } from "../node/node.record.js";

/** Every node of a label with its name, to score against a new name. */
export function namesOf(label: string, nameKey: string): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(label)}) WHERE n.${ident(nameKey)} IS NOT NULL RETURN n.id AS id, n.${ident(nameKey)} AS name`,
  };
}

export function nodesByIds(label: string, ids: string[]): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(label)}) WHERE n.id IN $ids RETURN ${projectNode("n")} AS node`,
    params: { ids },
  };
}
