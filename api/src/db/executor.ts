/**
 * The one place that runs Cypher: owns sessions, read/write routing, retries (managed
 * transactions), timeouts, conversion of driver values and the mapping of driver errors.
 */
import neo4j, {
  type Driver,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";

import { mapDatabaseError } from "../errors.js";
import type { CypherQuery } from "./cypher.js";

export type Row = Record<string, unknown>;

/** A transaction handle for multi-statement writes: every statement in one transaction. */
export interface Tx {
  run(query: CypherQuery): Promise<Row[]>;
}

export interface ExecutorOptions {
  database?: string;
  timeoutMs?: number;
}

export class Executor {
  /** Number of statements sent to Neo4j; tests use it to count round trips. */
  statements = 0;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
  ) {}

  async read(query: CypherQuery): Promise<Row[]> {
    return this.transaction("READ", (tx) => tx.run(query));
  }

  async write(query: CypherQuery): Promise<Row[]> {
    return this.transaction("WRITE", (tx) => tx.run(query));
  }

  /** Runs `work` in one managed transaction; it may be retried, so it must be idempotent. */
  async transaction<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
    const config = { timeout: this.options.timeoutMs };
    const fn = (tx: ManagedTransaction) =>
      work({
        run: async (query) => {
          this.statements += 1;
          const params = toDriverParams(query.params ?? {}) as Record<string, unknown>;
          const result: QueryResult<RecordShape> = await tx.run(query.cypher, params);
          return result.records.map((record) => toPlain(record.toObject()) as Row);
        },
      });
    try {
      return mode === "READ"
        ? await session.executeRead(fn, config)
        : await session.executeWrite(fn, config);
    } catch (error) {
      throw mapDatabaseError(error);
    } finally {
      await session.close();
    }
  }

  async ping(): Promise<boolean> {
    try {
      await this.read({ cypher: "RETURN 1 AS ok" });
      return true;
    } catch {
      return false;
    }
  }
}

/** Whole numbers go to Neo4j as integers (the driver would send every number as a float). */
export function toDriverParams(value: unknown): unknown {
  if (typeof value === "number" && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(toDriverParams);
  if (value && typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = toDriverParams(v);
    return out;
  }
  return value;
}

/** Converts driver values (Integer, temporal types, nodes) to plain JavaScript. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return value ?? null;
  if (neo4j.isInt(value)) {
    return value.inSafeRange() ? value.toNumber() : value.toString();
  }
  if (neo4j.isDateTime(value)) return value.toStandardDate();
  if (neo4j.isDate(value)) return value.toString();
  if (neo4j.isLocalDateTime(value) || neo4j.isTime(value) || neo4j.isLocalTime(value)) {
    return value.toString();
  }
  if (neo4j.isDuration(value)) return value.toString();
  if (neo4j.isNode(value) || neo4j.isRelationship(value)) return toPlain(value.properties);
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) out[key] = toPlain(v);
    return out;
  }
  return value;
}
