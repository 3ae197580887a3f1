/** All configuration, read once from the environment, with working defaults. */
export interface Config {
  /** Bolt URI of Neo4j; undefined means "start the local Neo4j". */
  neo4jUri: string | undefined;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string | undefined;
  port: number;
  host: string;
  /** Load the Voorst demo network when the database is empty. */
  seedDemo: boolean;
  /** Per-query timeout in milliseconds. */
  queryTimeoutMs: number;
  production: boolean;
  /** Anonymous visitors may read the network (not contact fields): for a public demo only. */
  publicRead: boolean;
  /** Send the session cookie only over HTTPS (`Secure`, `__Host-` name). */
  cookieSecure: boolean;
  /** Express `trust proxy`: which proxies may set X-Forwarded-For (the IP used to throttle sign-in). */
  trustProxy: boolean | number | string;
  /** Idle time after which a session ends (it slides with use). */
  sessionTtlHours: number;
  /** On first start with the local Neo4j: create a demo admin and print its password once. */
  demoAdmin: boolean;
  /**
   * Networks up to this many nodes are kept in memory once quiet and maps are drawn from there
   * (0: maps always ask Neo4j; the analytics load the copy when they need it).
   */
  mapMemoryMaxNodes: number;
}

export class ConfigError extends Error {}

function integer(name: string, fallback: number, min: number, max: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new ConfigError(`${name} must be a whole number from ${min} to ${max}; it is "${raw}".`);
  }
  return value;
}

function bool(name: string, fallback: boolean): boolean {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  if (raw === "true" || raw === "1") return true;
  if (raw === "false" || raw === "0") return false;
  throw new ConfigError(`${name} must be true or false; it is "${raw}".`);
}

function trustProxy(): boolean | number | string {
  const raw = process.env.TRUST_PROXY;
  if (raw === undefined || raw === "" || raw === "false") return false;
  if (raw === "true") return true;
  if (/^\d+$/.test(raw)) return Number(raw);
  // Addresses or names Express understands: loopback, linklocal, uniquelocal, CIDR ranges.
  if (/^[\w.:/, -]+$/.test(raw)) return raw;
  throw new ConfigError(
    `TRUST_PROXY must be false, true, a number of hops or a list of addresses; it is "${raw}".`,
  );
}

export function loadConfig(): Config {
  const neo4jUri = process.env.NEO4J_URI || undefined;
  if (neo4jUri && !/^(bolt|neo4j)(\+s|\+ssc)?:\/\//.test(neo4jUri)) {
    throw new ConfigError(
      `NEO4J_URI must start with bolt://, neo4j://, bolt+s:// or neo4j+s://; it is "${neo4jUri}".`,
    );
  }
  const production = process.env.NODE_ENV === "production";
  const password = process.env.NEO4J_PASSWORD || "neo4j";
  if (production && password.length < 8) {
    throw new ConfigError(
      "NEO4J_PASSWORD must be set to at least 8 characters in production (see .env.example).",
    );
  }
  return {
    neo4jUri,
    neo4jUser: process.env.NEO4J_USER || "neo4j",
    neo4jPassword: password,
    neo4jDatabase: process.env.NEO4J_DATABASE || undefined,
    port: integer("PORT", 4000, 0, 65535),
    host: process.env.HOST || (production ? "0.0.0.0" : "127.0.0.1"),
    seedDemo: bool("SEED_DEMO", neo4jUri === undefined),
    queryTimeoutMs: integer("QUERY_TIMEOUT_MS", 15_000, 100, 600_000),
    production,
    // The local demo (`npm start` with the embedded Neo4j) opens reading, so a new user sees the
    // map at once; contact fields and every change still need the printed demo admin.
    publicRead: bool("PUBLIC_READ", neo4jUri === undefined && !production),
    cookieSecure: bool("COOKIE_SECURE", production),
    trustProxy: trustProxy(),
    sessionTtlHours: integer("SESSION_TTL_HOURS", 8, 1, 24 * 30),
    demoAdmin: bool("DEMO_ADMIN", neo4jUri === undefined && !production),
    mapMemoryMaxNodes: integer("MAP_MEMORY_MAX_NODES", 20_000, 0, 1_000_000),
  };
}
