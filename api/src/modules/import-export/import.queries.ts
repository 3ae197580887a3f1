/** Reads for an import preview: which of the file's nodes and relationships exist, as stored. */
import { type CypherQuery, ident } from "../../db/cypher.js";

export function existingNodes(label: string, ids: string[]): CypherQuery {
  return {
    cypher: `MATCH (n:${ident(label)}) WHERE n.id IN $ids RETURN n {.*} AS node`,
    params: { ids },
  };
}

export function existingRelationships(type: string, ids: string[]): CypherQuery {
  return {
    cypher: `MATCH ()-[r:${ident(type)}]->() WHERE r.id IN $ids RETURN r {.*} AS rel`,
    params: { ids },
  };
}
