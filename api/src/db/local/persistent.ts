/** The persistent local Neo4j under `.data/` used by `npm start`, `db:start`, `seed` and `db:migrate`. */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import { launcherDir, type LocalNeo4j, startNeo4j, waitForBolt } from "./neo4j-process.js";

export const dataRoot = join(launcherDir, "..", ".data");
const pidFile = join(dataRoot, "neo4j.pid");
export const localPort = Number(process.env.NEO4J_LOCAL_PORT ?? 7687);
export const localUri = `bolt://127.0.0.1:${localPort}`;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of a local Neo4j started by `npm run db:start` that still runs, if any. */
export function runningPid(): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, "utf8"));
  return Number.isInteger(pid) && alive(pid) ? pid : undefined;
}

/**
 * Reuses a running local Neo4j, or starts one. `detached` keeps it running after this process
 * ends (db:start); otherwise the caller stops it with the returned `stop`.
 */
export async function ensureLocalNeo4j(
  detached: boolean,
): Promise<{ uri: string; started?: LocalNeo4j }> {
  if (runningPid() !== undefined) {
    await waitForBolt(localUri);
    return { uri: localUri };
  }
  mkdirSync(dataRoot, { recursive: true });
  const started = await startNeo4j({ port: localPort, dataDir: join(dataRoot, "neo4j"), detached });
  writeFileSync(pidFile, String(started.pid));
  return { uri: started.uri, started };
}

export async function stopLocalNeo4j(): Promise<boolean> {
  const pid = runningPid();
  if (pid !== undefined) {
    process.kill(pid, "SIGTERM");
    const deadline = Date.now() + 30_000;
    while (alive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    if (alive(pid)) process.kill(pid, "SIGKILL");
  }
  rmSync(pidFile, { force: true });
  return pid !== undefined;
}

export function forgetPid(): void {
  rmSync(pidFile, { force: true });
}
