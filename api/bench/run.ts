// `npm run bench`: starts its own Neo4j and the built API, loads synthetic networks of 1k, 10k
// and 100k nodes, measures every named query over HTTP (and the map in headless Chromium), and
// writes docs/benchmarks.md. Options: --only api|web, --sizes 1000,10000, --web-sizes 1000,2000,
// --import-size 10000 (the size whose CSV import is measured), --no-report, --report-only.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

import { Api } from "../drills/stack.js";
import { createDriver } from "../src/db/driver.js";
import { Executor } from "../src/db/executor.js";
import { startNeo4j } from "../src/db/local/neo4j-process.js";
import { migrate } from "../src/db/migrate.js";
import { benchSize, type SizeResult } from "./api.bench.js";
import { PRODUCTION_ENV } from "./production-env.js";
import { startReferenceServer } from "./reference.js";
import { type BenchReport, type MachineInfo, writeReport } from "./report.js";
import { benchWeb, type WebResult } from "./web.bench.js";

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const resultsDir = join(repoRoot, "test-results", "bench");

const { values } = parseArgs({
  options: {
    only: { type: "string" },
    sizes: { type: "string", default: "1000,10000,100000" },
    "web-sizes": { type: "string", default: "1000,2000,5000" },
    "import-size": { type: "string", default: "10000" },
    "no-report": { type: "boolean", default: false },
    "report-only": { type: "boolean", default: false },
  },
});
const parts = values.only ? [values.only] : ["api", "web"];
const sizes = values.sizes.split(",").map(Number);
const webSizes = values["web-sizes"].split(",").map(Number);

const started = Date.now();
const log = (line: string) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

function machine(neo4jVersion: string): MachineInfo {
  return {
    cpus: os.cpus().length,
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    memoryGb: os.totalmem() / 1024 ** 3,
    node: process.version,
    neo4j: neo4jVersion,
    platform: `${os.type()} ${os.release()}`,
    loadBefore: os.loadavg(),
    loadAfter: os.loadavg(),
    date: new Date().toISOString(),
  };
}

async function main() {
  const tmpDir = mkdtempSync(join(os.tmpdir(), "netwerkkaart-bench-"));
  mkdirSync(resultsDir, { recursive: true });
  log("starting Neo4j (heap 2 GB, page cache 1 GB)");
  const neo4j = await startNeo4j({ heap: "2g", pageCacheMb: 1024 });
  const driver = createDriver({ neo4jUser: "neo4j", neo4jPassword: "neo4j" }, neo4j.uri);
  const stopping: (() => Promise<unknown>)[] = [];
  let cleaned: Promise<void> | undefined;
  const cleanUp = () =>
    (cleaned ??= (async () => {
      for (const stop of stopping.reverse()) await stop().catch(() => undefined);
      await driver.close();
      await neo4j.stop();
      rmSync(tmpDir, { recursive: true, force: true });
    })());
  // Interrupted (Ctrl-C, or a signal to this process alone): stop the API, the reference server
  // and Neo4j too instead of leaving them running.
  const interrupted = () => void cleanUp().finally(() => process.exit(130));
  process.once("SIGINT", interrupted);
  process.once("SIGTERM", interrupted);
  try {
    await migrate(new Executor(driver, { timeoutMs: 120_000 }));
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD name, versions RETURN versions[0] AS v",
    );
    const info = machine(`${String(records[0]?.get("v"))} Community (embedded, local)`);
    log("starting the API (api/dist/main.js)");
    const api = await Api.start(neo4j.uri, { ...PRODUCTION_ENV, QUERY_TIMEOUT_MS: "180000" });
    stopping.push(() => api.stop());

    let web: WebResult[] | undefined;
    if (parts.includes("web")) {
      web = await benchWeb({ api, driver, log }, webSizes);
      writeFileSync(join(resultsDir, "web.json"), JSON.stringify(web, null, 2));
    }

    let api_: SizeResult[] | undefined;
    if (parts.includes("api")) {
      const reference = await startReferenceServer(neo4j.uri);
      stopping.push(() => reference.stop());
      api_ = [];
      for (const nodes of sizes) {
        api_.push(
          await benchSize(
            { api, driver, reference, tmpDir, repoRoot, neo4jUri: neo4j.uri, log },
            nodes,
            { measureImport: nodes === Number(values["import-size"]) },
          ),
        );
        writeFileSync(join(resultsDir, "api.json"), JSON.stringify(api_, null, 2));
      }
    }
    info.loadAfter = os.loadavg();
    const report: BenchReport = {
      machine: info,
      api: api_ ?? readPrevious<SizeResult[]>("api.json"),
      web: web ?? readPrevious<WebResult[]>("web.json"),
      seconds: (Date.now() - started) / 1000,
      parts,
    };
    writeFileSync(join(resultsDir, "report.json"), JSON.stringify(report, null, 2));
    if (!values["no-report"]) {
      const notes = readFileSync(join(repoRoot, "api", "bench", "notes.md"), "utf8");
      writeReport(join(repoRoot, "docs", "benchmarks.md"), report, notes);
      log("wrote docs/benchmarks.md");
    }
  } finally {
    process.off("SIGINT", interrupted);
    process.off("SIGTERM", interrupted);
    await cleanUp();
    log(`done in ${((Date.now() - started) / 60_000).toFixed(1)} min`);
  }
}

/** A part not run this time keeps its figures from the last run (marked as such in the report). */
function readPrevious<T>(file: string): T | undefined {
  try {
    return JSON.parse(readFileSync(join(resultsDir, file), "utf8")) as T;
  } catch {
    return undefined;
  }
}

if (values["report-only"]) {
  // Rewrites docs/benchmarks.md from the last run's figures (e.g. after editing notes.md).
  const report = JSON.parse(readFileSync(join(resultsDir, "report.json"), "utf8")) as BenchReport;
  const notes = readFileSync(join(repoRoot, "api", "bench", "notes.md"), "utf8");
  writeReport(join(repoRoot, "docs", "benchmarks.md"), report, notes);
} else {
  await main();
}
