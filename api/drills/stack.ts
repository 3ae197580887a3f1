/** The real stack for drills: a local Neo4j that can be killed and restarted, and the built API. */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { freePort, type LocalNeo4j, startNeo4j } from "../src/db/local/neo4j-process.js";

export const apiMain = resolve(dirname(fileURLToPath(import.meta.url)), "../dist/main.js");
const userCreate = resolve(
  dirname(fileURLToPath(import.meta.url)),
  "../dist/ops/user-create.cli.js",
);

/** The editor the drills act as (the API answers nothing to anonymous requests). */
const DRILL_USER = { email: "drill-editor@test.invalid", password: "drill-editor-password" };

export class Database {
  private current: LocalNeo4j | undefined;
  readonly dataDir = mkdtempSync(join(tmpdir(), "netwerkkaart-drill-"));

  private constructor(readonly port: number) {}

  static async start(): Promise<Database> {
    const db = new Database(await freePort());
    await db.restart();
    return db;
  }

  get uri(): string {
    return `bolt://127.0.0.1:${this.port}`;
  }

  async restart(): Promise<void> {
    this.current = await startNeo4j({ port: this.port, dataDir: this.dataDir, heap: "2g" });
  }

  /** Kills the JVM without a chance to shut down cleanly. */
  kill(): void {
    if (this.current) process.kill(this.current.pid, "SIGKILL");
    this.current = undefined;
  }

  async stop(): Promise<void> {
    await this.current?.stop();
    rmSync(this.dataDir, { recursive: true, force: true });
  }
}

export class Api {
  exited: Promise<number | null>;
  private cookie: string | undefined;

  private constructor(
    readonly process: ChildProcess,
    readonly port: number,
  ) {
    this.exited = new Promise((r) => process.once("exit", (code) => r(code)));
  }

  static async start(neo4jUri: string, env: Record<string, string> = {}): Promise<Api> {
    const port = await freePort();
    const child = spawn("node", ["--max-old-space-size=768", "--max-semi-space-size=32", apiMain], {
      env: {
        ...process.env,
        NEO4J_URI: neo4jUri,
        PORT: String(port),
        SEED_DEMO: "false",
        LOG_LEVEL: "warn",
        ...env,
      },
      stdio: ["ignore", "inherit", "inherit"],
    });
    const api = new Api(child, port);
    const deadline = Date.now() + 60_000;
    while (!(await api.ready())) {
      if (Date.now() > deadline || child.exitCode !== null)
        throw new Error("The API did not become ready");
      await sleep(200);
    }
    await api.signIn(neo4jUri, env);
    return api;
  }

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async ready(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/readyz`)).ok;
    } catch {
      return false;
    }
  }

  async healthy(): Promise<boolean> {
    try {
      return (await fetch(`${this.url}/healthz`)).ok;
    } catch {
      return false;
    }
  }

  /** Creates the drill editor (once per database) and signs in; later requests carry the cookie. */
  private async signIn(neo4jUri: string, env: Record<string, string>): Promise<void> {
    // The same environment as the API (production mode, for one, asks for a Neo4j password).
    spawnSync(
      process.execPath,
      [userCreate, "--email", DRILL_USER.email, "--role", "editor", "--password-stdin"],
      {
        input: DRILL_USER.password,
        env: { ...process.env, ...env, NEO4J_URI: neo4jUri },
        stdio: "pipe",
      },
    );
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: "mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }",
        variables: { input: DRILL_USER },
      }),
    });
    this.cookie = response.headers.get("set-cookie")?.split(";")[0];
    if (!this.cookie)
      throw new Error(`The drill editor could not sign in: ${await response.text()}`);
  }

  async graphql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        ...(this.cookie ? { cookie: this.cookie } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return {
      status: response.status,
      ...((await response.json()) as Omit<GraphQLResult<T>, "status">),
    };
  }

  async stop(): Promise<void> {
    if (this.process.exitCode === null) this.process.kill("SIGTERM");
    await this.exited;
  }
}

export interface GraphQLResult<T> {
  status: number;
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function say(line: string): void {
  console.log(`  ${line}`);
}

/** Collects failed checks; a drill fails loudly with all of them. */
export class Findings {
  readonly problems: string[] = [];

  check(ok: boolean, description: string): void {
    say(`${ok ? "ok  " : "FAIL"} ${description}`);
    if (!ok) this.problems.push(description);
  }
}
