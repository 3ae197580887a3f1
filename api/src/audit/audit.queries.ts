/** Cypher for the audit log: `(:AuditEntry)` nodes, never connected to the network. */
import type { CypherQuery } from "../db/cypher.js";

/** What is stored: who, what, which node — never names, emails or other values. */
export interface AuditRecord {
  actorId: string;
  action: string;
  targetId: string | null;
  targetKind: string | null;
  requestId: string | null;
}

export function insertAuditEntries(entries: AuditRecord[]): CypherQuery {
  return {
    cypher: `
      UNWIND $entries AS e
      CREATE (a:AuditEntry)
      SET a = e, a.id = randomUUID(), a.at = datetime()
      RETURN count(a) AS written`,
    params: { entries },
  };
}

export function auditLog(
  skip: number,
  take: number,
  actorId: string | null,
  targetId: string | null,
  action: string | null,
): CypherQuery {
  return {
    cypher: `
      MATCH (a:AuditEntry)
      WHERE ($actorId IS NULL OR a.actorId = $actorId)
        AND ($targetId IS NULL OR a.targetId = $targetId)
        AND ($action IS NULL OR a.action = $action)
      RETURN a {.*} AS entry ORDER BY a.at DESC, a.id SKIP $skip LIMIT $take`,
    params: { skip, take, actorId, targetId, action },
  };
}
