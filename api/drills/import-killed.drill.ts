// Drill 2: an import (`npm run import` of a JSON export) is killed halfway, then run again.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { generateNetwork } from "../../seed/synthetic.js";
import { type Database, Findings, say, sleep } from "./stack.js";
import { runCypher } from "./verify.js";

const here = dirname(fileURLToPath(import.meta.url));
const importCli = resolve(here, "../src/ops/import.cli.ts");

interface ImportRun {
  done: Promise<number | null>;
  /** Resolves when the import reports that it is writing (past the checks). */
  writing: Promise<void>;
  kill(): void;
}

function runImport(uri: string, file: string): ImportRun {
  // The tsx loader in this very process (not the tsx CLI, which would run the import in a child
  // process that survives the SIGKILL).
  const child = spawn(process.execPath, ["--import", "tsx", importCli, file], {
    env: {
      ...process.env,
      NEO4J_URI: uri,
      LOG_LEVEL: "warn",
      TSX_TSCONFIG_PATH: resolve(here, "../tsconfig.json"),
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout.on("data", (chunk: Buffer) => say(`import: ${chunk.toString().trim()}`));
  const writing = new Promise<void>((r) =>
    child.stderr.on("data", (chunk: Buffer) => {
      if (/\b([1-9]\d?)% (schrijven|writing)/.test(chunk.toString())) r();
    }),
  );
  return {
    done: new Promise((r) => child.once("exit", (code) => r(code))),
    writing,
    kill: () => child.kill("SIGKILL"),
  };
}

async function counts(uri: string) {
  const [row] = await runCypher(
    uri,
    `CALL () { MATCH (n) WHERE n.id STARTS WITH 'syn-' RETURN count(n) AS nodes, count(DISTINCT n.id) AS ids }
     CALL () { MATCH (:Organisation|Person|Theme|Vindplaats|TargetGroup|Action|Meeting)-[r]->() WHERE r.id CONTAINS 'syn-'
               RETURN count(r) AS rels, count(DISTINCT r.id) AS relIds }
     RETURN nodes, ids, rels, relIds`,
  );
  return {
    nodes: Number(row?.nodes),
    ids: Number(row?.ids),
    rels: Number(row?.rels),
    relIds: Number(row?.relIds),
  };
}

export async function importKilledDrill(db: Database): Promise<Findings> {
  const findings = new Findings();
  const dir = mkdtempSync(join(tmpdir(), "netwerkkaart-import-"));
  const network = generateNetwork({ nodes: 10_000, seed: 3 });
  // Prefix ids so the drill's nodes are told apart from anything else in the database.
  const rename = (id: string) => `syn-${id}`;
  const document = {
    nodes: network.nodes.map((n) => ({ ...n, id: rename(n.id) })),
    edges: network.edges.map((e) => ({
      ...e,
      from: rename(e.from),
      to: rename(e.to),
      ...(typeof e.themeId === "string" ? { themeId: rename(e.themeId) } : {}),
      ...(Array.isArray(e.themeIds) ? { themeIds: (e.themeIds as string[]).map(rename) } : {}),
    })),
  };
  const file = join(dir, "network.json");
  writeFileSync(file, JSON.stringify(document));
  say(`import file: ${document.nodes.length} nodes, ${document.edges.length} relationships`);

  const first = runImport(db.uri, file);
  // Kill it once it is writing, before it can commit.
  await Promise.race([first.writing, first.done]);
  await sleep(500);
  first.kill();
  const killedCode = await first.done;
  // Give a process that survived the kill time to commit, so the check below would see it.
  await sleep(5_000);
  const afterKill = await counts(db.uri);
  say(`killed (exit ${killedCode}); graph then holds ${afterKill.nodes} of its nodes`);
  findings.check(killedCode === null, "the first import was killed while writing");
  findings.check(
    afterKill.nodes === 0 && afterKill.rels === 0,
    "a killed import leaves nothing behind",
  );

  const second = await runImport(db.uri, file).done;
  const afterRun = await counts(db.uri);
  const third = await runImport(db.uri, file).done;
  const afterRerun = await counts(db.uri);
  rmSync(dir, { recursive: true, force: true });
  say(
    `after re-run: ${JSON.stringify(afterRun)}; after another run: ${JSON.stringify(afterRerun)}`,
  );
  findings.check(second === 0 && third === 0, "the re-runs complete");
  findings.check(
    afterRun.nodes === document.nodes.length && afterRun.rels === document.edges.length,
    "exact node and relationship counts",
  );
  findings.check(
    afterRun.ids === afterRun.nodes && afterRun.relIds === afterRun.rels,
    "no duplicates",
  );
  findings.check(
    JSON.stringify(afterRerun) === JSON.stringify(afterRun),
    "running it again changes nothing",
  );
  return findings;
}
