/** Cypher for relationships; labels and types come from the model's whitelist, values are parameters. */
import { type CypherQuery, ident } from "../../db/cypher.js";
import type { RelationshipType } from "../../model/relationship-types.js";

const RETURN_REL = "r {.*, type: type(r), fromId: startNode(r).id, toId: endNode(r).id} AS rel";

export function findRelationship(type: RelationshipType, id: string): CypherQuery {
  return {
    cypher: `MATCH ()-[r:${ident(type)} {id: $id}]->() RETURN ${RETURN_REL}`,
    params: { id },
  };
}

export function createRelationship(
  type: RelationshipType,
  fromLabel: string,
  toLabel: string,
  from: string,
  to: string,
  id: string,
  props: Record<string, unknown>,
): CypherQuery {
  return {
    cypher: `
      MATCH (a:${ident(fromLabel)} {id: $from}), (b:${ident(toLabel)} {id: $to})
      CREATE (a)-[r:${ident(type)}]->(b)
      SET r = $props, r.id = $id, r.createdAt = datetime()
      RETURN ${RETURN_REL}`,
    params: { from, to, id, props },
  };
}

export function updateRelationship(
  type: RelationshipType,
  id: string,
  set: Record<string, unknown>,
): CypherQuery {
  return {
    cypher: `MATCH ()-[r:${ident(type)} {id: $id}]->() SET r += $set, r.updatedAt = datetime() RETURN ${RETURN_REL}`,
    params: { id, set },
  };
}

export function deleteRelationship(type: RelationshipType, id: string): CypherQuery {
  return {
    cypher: `MATCH ()-[r:${ident(type)} {id: $id}]->() DELETE r RETURN count(*) AS deleted`,
    params: { id },
  };
}
