/** Cypher for exporting and erasing everything held about one person (AVG/GDPR art. 15 and 17). */
import type { CypherQuery } from "../db/cypher.js";

export function personWithRelationships(id: string): CypherQuery {
  return {
    cypher: `
      MATCH (p:Person {id: $id})
      OPTIONAL MATCH (p)-[r]-(other)
      WITH p, collect(CASE WHEN r IS NULL THEN null ELSE {
        type: type(r),
        direction: CASE WHEN startNode(r) = p THEN 'OUT' ELSE 'IN' END,
        properties: properties(r),
        other: {id: other.id, labels: labels(other), name: coalesce(other.name, other.title)}
      } END) AS relationships
      RETURN properties(p) AS person, relationships`,
    params: { id },
  };
}

/** Change entries that mention the person: as target, as an end of a relationship, or in a deleted node's ties. */
export function changesMentioning(id: string): CypherQuery {
  return {
    cypher: `
      MATCH (c:Change) WHERE $id IN c.nodeIds OR c.targetId = $id
      RETURN c {.*} AS change ORDER BY c.seq`,
    params: { id },
  };
}

export function auditEntriesAbout(id: string): CypherQuery {
  return {
    cypher: `
      MATCH (a:AuditEntry) WHERE a.targetId = $id OR $id IN split(a.targetId, ':')
      RETURN a {.*} AS entry ORDER BY a.at`,
    params: { id },
  };
}

/**
 * A change-log entry rewritten by an erasure: the properties to set (null removes one) and whether
 * it now holds erased rows. One shape for single and packed entries (see `StoredPack` in
 * history.queries.ts); an entry once marked erased stays so.
 */
export interface ChangeRewrite {
  id: string;
  set: Record<string, string | string[] | null>;
  erased: boolean;
}

export function rewriteChanges(rewrites: ChangeRewrite[]): CypherQuery {
  return {
    cypher: `
      UNWIND $rewrites AS w
      MATCH (c:Change {id: w.id})
      SET c += w.set, c.erased = coalesce(c.erased, false) OR w.erased
      RETURN count(c) AS rewritten`,
    params: { rewrites },
  };
}

/** Audit entries keep who did what, but the target becomes the pseudonym (ids may hold names). */
export function pseudonymiseAudit(id: string, pseudonym: string): CypherQuery {
  return {
    cypher: `
      MATCH (a:AuditEntry) WHERE a.targetId = $id OR $id IN split(a.targetId, ':')
      SET a.targetId = reduce(s = '', part IN split(a.targetId, ':') |
        s + CASE WHEN s = '' THEN '' ELSE ':' END + CASE WHEN part = $id THEN $pseudonym ELSE part END)
      RETURN count(a) AS rewritten`,
    params: { id, pseudonym },
  };
}

export function deletePerson(id: string): CypherQuery {
  return {
    cypher: `
      MATCH (p:Person {id: $id})
      OPTIONAL MATCH (p)-[r]-()
      WITH p, count(r) AS relationships
      DETACH DELETE p
      RETURN relationships`,
    params: { id },
  };
}
