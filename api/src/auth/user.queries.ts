/** Cypher for accounts, sessions and sign-in throttling. Users are not part of the network. */
import type { CypherQuery } from "../db/cypher.js";

const RETURN_USER = "u {.id, .email, .role, .disabled, .createdAt} AS user";

export interface NewUser {
  id: string;
  email: string;
  passwordHash: string;
  role: string;
}

export function createUser(user: NewUser): CypherQuery {
  return {
    cypher: `
      CREATE (u:User)
      SET u = $user, u.disabled = false, u.createdAt = datetime()
      RETURN ${RETURN_USER}`,
    params: { user },
  };
}

export function userById(id: string): CypherQuery {
  return { cypher: `MATCH (u:User {id: $id}) RETURN ${RETURN_USER}`, params: { id } };
}

/** The user with this email and its hash (for sign-in only). */
export function credentialsByEmail(email: string): CypherQuery {
  return {
    cypher: `MATCH (u:User {email: $email}) RETURN ${RETURN_USER}, u.passwordHash AS passwordHash`,
    params: { email },
  };
}

export function passwordHashById(id: string): CypherQuery {
  return {
    cypher: "MATCH (u:User {id: $id}) RETURN u.passwordHash AS passwordHash",
    params: { id },
  };
}

export function listUsers(skip: number, take: number): CypherQuery {
  return {
    cypher: `MATCH (u:User) RETURN ${RETURN_USER} ORDER BY u.email SKIP $skip LIMIT $take`,
    params: { skip, take },
  };
}

export const countUsers: CypherQuery = {
  cypher: "MATCH (u:User) RETURN count(u) AS count",
};

export function setRole(id: string, role: string): CypherQuery {
  return {
    cypher: `MATCH (u:User {id: $id}) SET u.role = $role RETURN ${RETURN_USER}`,
    params: { id, role },
  };
}

/** Enables or disables a user; disabling ends every session at once. */
export function setDisabled(id: string, disabled: boolean): CypherQuery {
  return {
    cypher: `
      MATCH (u:User {id: $id}) SET u.disabled = $disabled
      WITH u
      CALL (u) { MATCH (s:Session {userId: u.id}) WHERE $disabled DELETE s }
      RETURN ${RETURN_USER}`,
    params: { id, disabled },
  };
}

/** Sets a new password and ends every other session of the user. */
export function setPassword(
  id: string,
  passwordHash: string,
  keepTokenHash: string | null,
): CypherQuery {
  return {
    cypher: `
      MATCH (u:User {id: $id}) SET u.passwordHash = $passwordHash
      WITH u
      CALL (u) { MATCH (s:Session {userId: u.id}) WHERE s.tokenHash <> $keep DELETE s }
      RETURN ${RETURN_USER}`,
    params: { id, passwordHash, keep: keepTokenHash ?? "" },
  };
}

export function activeAdminCount(): CypherQuery {
  return {
    cypher:
      "MATCH (u:User {role: 'admin'}) WHERE NOT coalesce(u.disabled, false) RETURN count(u) AS count",
  };
}

// Sessions: only the SHA-256 of the cookie's token is stored.

export function createSession(tokenHash: string, userId: string, ttlMs: number): CypherQuery {
  return {
    cypher: `
      CREATE (s:Session {tokenHash: $tokenHash, userId: $userId})
      SET s.createdAt = datetime(), s.refreshedAt = datetime(),
          s.expiresAt = datetime() + duration({milliseconds: $ttlMs})
      RETURN s.expiresAt AS expiresAt`,
    params: { tokenHash, userId, ttlMs },
  };
}

/** The user behind a live session of an enabled user (one indexed lookup). */
export function sessionUser(tokenHash: string): CypherQuery {
  return {
    cypher: `
      MATCH (s:Session {tokenHash: $tokenHash}) WHERE s.expiresAt > datetime()
      MATCH (u:User {id: s.userId}) WHERE NOT coalesce(u.disabled, false)
      RETURN u {.id, .email, .role} AS user, s.refreshedAt AS refreshedAt, s.createdAt AS createdAt`,
    params: { tokenHash },
  };
}

/** Sliding expiry, capped at an absolute lifetime from sign-in. */
export function refreshSession(tokenHash: string, ttlMs: number, maxMs: number): CypherQuery {
  return {
    cypher: `
      MATCH (s:Session {tokenHash: $tokenHash})
      WITH s, s.createdAt + duration({milliseconds: $maxMs}) AS hardEnd,
           datetime() + duration({milliseconds: $ttlMs}) AS next
      SET s.refreshedAt = datetime(),
          s.expiresAt = CASE WHEN next < hardEnd THEN next ELSE hardEnd END
      RETURN s.expiresAt AS expiresAt`,
    params: { tokenHash, ttlMs, maxMs },
  };
}

export function deleteSession(tokenHash: string): CypherQuery {
  return {
    cypher: "MATCH (s:Session {tokenHash: $tokenHash}) DELETE s RETURN count(*) AS deleted",
    params: { tokenHash },
  };
}

export const deleteExpiredSessions: CypherQuery = {
  cypher: "MATCH (s:Session) WHERE s.expiresAt <= datetime() DELETE s RETURN count(*) AS deleted",
};

// Sign-in throttling per (email, IP), kept in Neo4j so every replica sees it.

/**
 * Starts a sign-in attempt. While the key is locked it answers the seconds to wait and counts
 * nothing. Otherwise it counts the attempt as a failure up front (so parallel guesses queue on
 * this node's lock and cannot slip past the limit) and, from `free` failures on, locks further
 * attempts for base·2^(failures−free) seconds, at most `maxSeconds`; a success clears the key.
 * Failures older than a day are forgotten.
 */
export function beginAttempt(
  key: string,
  free: number,
  baseSeconds: number,
  maxSeconds: number,
): CypherQuery {
  return {
    cypher: `
      MERGE (t:LoginThrottle {key: $key})
      WITH t, coalesce(t.lockedUntil > datetime(), false) AS locked
      WITH t, locked,
           CASE WHEN locked THEN t.failures
                WHEN t.lastFailureAt < datetime() - duration('P1D') THEN 1
                ELSE coalesce(t.failures, 0) + 1 END AS failures
      WITH t, locked, failures,
           CASE WHEN failures < $free THEN 0
                ELSE toInteger(CASE WHEN $baseSeconds * 2.0 ^ (failures - $free) > $maxSeconds
                                    THEN $maxSeconds
                                    ELSE $baseSeconds * 2.0 ^ (failures - $free) END)
           END AS lockSeconds
      FOREACH (_ IN CASE WHEN locked THEN [] ELSE [1] END |
        SET t.failures = failures, t.lastFailureAt = datetime(),
            t.lockedUntil = datetime() + duration({seconds: lockSeconds}))
      RETURN CASE WHEN locked
                  THEN duration.inSeconds(datetime(), t.lockedUntil).seconds + 1 ELSE 0 END AS waitSeconds`,
    params: { key, free, baseSeconds, maxSeconds },
  };
}

export function clearThrottle(key: string): CypherQuery {
  return { cypher: "MATCH (t:LoginThrottle {key: $key}) DELETE t", params: { key } };
}
