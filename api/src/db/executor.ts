/**
 * The one place that runs Cypher: owns sessions, read/write routing, retries (managed
 * transactions), timeouts, conversion of driver values and the mapping of driver errors.
 */
import neo4j, {
  type Driver,
  isRetryableError,
  type ManagedTransaction,
  Neo4jError,
  type QueryResult,
  type RecordShape,
} from "neo4j-driver";

import { CONNECTION_CODES, mapDatabaseError, unavailableError } from "../errors.js";
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
  /** Set while Neo4j is unreachable: requests fail at once instead of waiting for time-outs. */
  private down = false;
  private probe: Promise<void> | undefined;

  constructor(
    readonly driver: Driver,
    private readonly options: ExecutorOptions = {},
  ) {}

  get available(): boolean {
    return !this.down;
  }

  /**
   * One read statement as an auto-commit transaction: RUN and PULL in one round trip, no BEGIN or
   * COMMIT (a managed transaction adds a round trip and Neo4j's commit work to every read). A
   * retryable failure goes on as a managed transaction, so reads are retried as before.
   */
  async read(query: CypherQuery): Promise<Row[]> {
    if (this.down) return this.transaction("READ", (tx) => tx.run(query));
    const session = this.session("READ");
    try {
      this.statements += 1;
      const result = await session.run(query.cypher, driverParams(query), {
        timeout: this.options.timeoutMs,
      });
      return rowsOf(result);
    } catch (error) {
      if (!isRetryableError(error)) throw this.failed(error);
      this.statements -= 1;
    } finally {
      await session.close().catch(() => undefined);
    }
    return this.transaction("READ", (tx) => tx.run(query));
  }

  async write(query: CypherQuery): Promise<Row[]> {
    return this.transaction("WRITE", (tx) => tx.run(query));
  }

  /** Runs `work` in one managed transaction; it may be retried, so it must be idempotent. */
  async transaction<T>(mode: "READ" | "WRITE", work: (tx: Tx) => Promise<T>): Promise<T> {
    if (this.down) {
      this.startProbe();
      throw unavailableError();
    }
    const session = this.session(mode);
    const config = { timeout: this.options.timeoutMs };
    const fn = (tx: ManagedTransaction) =>
      work({
        run: async (query) => {
          this.statements += 1;
          return rowsOf(await tx.run(query.cypher, driverParams(query)));
        },
      });
    try {
      return mode === "READ"
        ? await session.executeRead(fn, config)
        : await session.executeWrite(fn, config);
    } catch (error) {
      throw this.failed(error);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private session(mode: "READ" | "WRITE") {
    return this.driver.session({
      database: this.options.database,
      defaultAccessMode: mode === "READ" ? neo4j.session.READ : neo4j.session.WRITE,
    });
  }

  /** The API's error for a driver error; a lost connection switches to failing fast. */
  private failed(error: unknown): unknown {
    if (error instanceof Neo4jError && CONNECTION_CODES.has(error.code)) {
      this.down = true;
      this.startProbe();
    }
    return mapDatabaseError(error);
  }

  /** Whether Neo4j answers now (bypasses the fail-fast state; used by /healthz and the probe). */
  async ping(): Promise<boolean> {
    const session = this.session("READ");
    try {
      await session.run("RETURN 1", {}, { timeout: 2_000 });
      this.down = false;
      return true;
    } catch {
      return false;
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Checks every second until Neo4j answers again; then requests go through. */
  private startProbe(): void {
    this.probe ??= (async () => {
      while (!(await this.ping())) await new Promise((r) => setTimeout(r, 1_000));
      this.probe = undefined;
    })();
  }
}

function driverParams(query: CypherQuery): Record<string, unknown> {
  return toDriverParams(query.params ?? {}) as Record<string, unknown>;
}

function rowsOf(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
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

/**
 * Converts driver values (Integer, temporal types, nodes) to plain JavaScript. Lists and maps are
 * converted in place: the driver decodes every answer into new objects that only this request
 * holds, and a copy of each would double the garbage of a large answer.
 */
export function toPlain(value: unknown): unknown {
  // Most values are strings, numbers, lists and maps: those first (the driver's type checks
  // cost a property lookup each, on every value of every row).
  if (value === null || value === undefined) return null;
  if (typeof value !== "object") return value;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (item === undefined || (item !== null && typeof item === "object"))
        value[i] = toPlain(item);
    }
    return value;
  }
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const map = value as Record<string, unknown>;
    for (const key in map) {
      const item = map[key];
      if (item === undefined || (item !== null && typeof item === "object"))
        map[key] = toPlain(item);
    }
    return map;
  }
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
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) out[key] = toPlain(v);
  return out;
}
