/**
 * Starts and stops the local Neo4j (the embedded DBMS with Bolt, built from `neo4j-local/`).
 * Used by `npm start` when NEO4J_URI is unset, by `npm run db:start`, and by test/bench setups.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import neo4j from "neo4j-driver";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../../../..");
export const launcherDir = join(repoRoot, "neo4j-local");

export interface LocalNeo4j {
  uri: string;
  port: number;
  dataDir: string;
  pid: number;
  stop(): Promise<void>;
}

export interface StartOptions {
  /** Bolt port; a free port when omitted. */
  port?: number;
  /** Data directory; a temporary one (removed on stop) when omitted. */
  dataDir?: string;
  /** JVM heap, e.g. "768m". */
  heap?: string;
  pageCacheMb?: number;
  /** Keep running after this Node process exits (used by `npm run db:start`). */
  detached?: boolean;
  log?: (line: string) => void;
}

/** One clear sentence when a prerequisite is missing, instead of a stack trace. */
export function checkPrerequisites(): void {
  const java = spawnSync("java", ["-version"], { stdio: "ignore" });
  if (java.error) {
    throw new Error(
      "The local Neo4j needs Java 17 or newer: install it (e.g. `apt-get install openjdk-17-jdk-headless`) or set NEO4J_URI to an existing Neo4j.",
    );
  }
  if (!existsSync(join(launcherDir, "target", "neo4j-local.jar"))) {
    const mvn = spawnSync("mvn", ["-version"], { stdio: "ignore" });
    if (mvn.error) {
      throw new Error(
        "The local Neo4j is built with Apache Maven: install it (e.g. `apt-get install maven`) and run `npm install` again, or set NEO4J_URI to an existing Neo4j.",
      );
    }
    const build = spawnSync("node", [join(launcherDir, "build.mjs")], { stdio: "inherit" });
    if (build.status !== 0)
      throw new Error("Building the local Neo4j launcher failed (see above).");
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

/** Resolves once a Bolt session can run a query, or rejects after `timeoutMs`. */
export async function waitForBolt(uri: string, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const driver = neo4j.driver(uri, neo4j.auth.basic("neo4j", "neo4j"), {
    connectionAcquisitionTimeout: 2_000,
    logging: { level: "error", logger: () => undefined },
  });
  try {
    for (;;) {
      try {
        await driver.executeQuery("RETURN 1");
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((r) => setTimeout(r, 300));
      }
    }
  } finally {
    await driver.close();
  }
}

export async function startNeo4j(options: StartOptions = {}): Promise<LocalNeo4j> {
  checkPrerequisites();
  const port = options.port ?? (await freePort());
  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), "netwerkkaart-neo4j-"));
  const classpath = [
    join(launcherDir, "target", "neo4j-local.jar"),
    join(launcherDir, "target", "lib", "*"),
  ].join(":");
  const child: ChildProcess = spawn(
    "java",
    [
      `-Xmx${options.heap ?? "1536m"}`,
      "-XX:+UseSerialGC",
      "-cp",
      classpath,
      "nl.netwerkkaart.neo4j.LocalNeo4j",
      String(port),
      dataDir,
      String(options.pageCacheMb ?? 128),
    ],
    {
      detached: options.detached ?? false,
      stdio: options.detached ? "ignore" : ["ignore", "pipe", "pipe"],
    },
  );
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString();
    output.push(text);
    if (output.length > 50) output.shift();
    options.log?.(text);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<number | null>((r) => child.once("exit", (code) => r(code)));

  const uri = `bolt://127.0.0.1:${port}`;
  const ready = waitForBolt(uri).then(() => "ready" as const);
  const outcome = await Promise.race([ready, exited.then(() => "exited" as const)]);
  if (outcome === "exited") {
    throw new Error(`The local Neo4j stopped during start-up:\n${output.join("").slice(-2000)}`);
  }
  if (options.detached) child.unref();

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 30_000);
      await exited;
      clearTimeout(timer);
    }
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };
  return { uri, port, dataDir, pid: child.pid ?? -1, stop };
}
