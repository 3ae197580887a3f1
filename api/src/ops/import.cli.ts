// `npm run import -- nodes.csv [edges.csv] [--dry-run]` or `npm run import -- network.json`:
// checks the whole file first and lists every problem (exit code 1, nothing written); then writes
// it in one transaction, with progress on stderr. Killed halfway, the graph stays as it was.
import "reflect-metadata";

import { readFileSync } from "node:fs";
import { basename } from "node:path";

import { loadConfig } from "../config.js";
import { createDriver } from "../db/driver.js";
import { Executor } from "../db/executor.js";
import { localUri } from "../db/local/persistent.js";
import { migrate } from "../db/migrate.js";
import { decodeUtf8 } from "../modules/import-export/encoding.js";
import {
  describeProblem,
  type ImportProblem,
  problem,
} from "../modules/import-export/import.problems.js";
import type { ImportFiles } from "../modules/import-export/import.rows.js";
import { type ImportReport, ImportService } from "../modules/import-export/import.service.js";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const paths = args.filter((a) => !a.startsWith("--"));
if (!paths.length || paths.length > 2) {
  console.error(
    "Gebruik / usage: npm run import -- nodes.csv [edges.csv] [--dry-run]\n" +
      "                 npm run import -- network.json [--dry-run]",
  );
  process.exit(2);
}

// Step 1: read the files as bytes and decode them, reporting files that are not UTF-8.
const files: ImportFiles = {};
const problems: ImportProblem[] = [];
for (const path of paths) {
  const decoded = decodeUtf8(readFileSync(path));
  const isJson = path.toLowerCase().endsWith(".json");
  const text = "text" in decoded ? decoded.text : "";
  // An edges sheet starts with the column "from"; anything else is the nodes sheet.
  const isEdges = !isJson && /^\uFEFF?"?from"?\s*[,;\t]/i.test(text);
  const file = isJson ? "network.json" : isEdges ? "edges.csv" : "nodes.csv";
  if ("problem" in decoded) problems.push(problem(file, null, null, decoded.problem));
  if (isJson) files.json = text;
  else if (isEdges) files.edgesCsv = text;
  else files.nodesCsv = text;
}

// Step 2: a plain-text progress bar on stderr.
let lastLine = "";
function progress(phase: "check" | "write", done: number, total: number): void {
  const share = total ? done / total : 1;
  const filled = Math.round(share * 20);
  const label = phase === "check" ? "controleren / checking" : "schrijven / writing";
  const line = `[${"#".repeat(filled)}${"-".repeat(20 - filled)}] ${Math.round(share * 100)}% ${label}`;
  if (line === lastLine) return;
  lastLine = line;
  process.stderr.write(process.stderr.isTTY ? `\r${line}` : `${line}\n`);
}

function summary(report: ImportReport): string {
  const c = (x: ImportReport["nodes"]) =>
    `${x.new} nieuw, ${x.changed} gewijzigd, ${x.unchanged} ongewijzigd`;
  return `knopen: ${c(report.nodes)}; relaties: ${c(report.relationships)}`;
}

// Step 3: check, then write (or only check with --dry-run).
const config = loadConfig();
const driver = createDriver(config, config.neo4jUri ?? localUri);
const started = Date.now();
try {
  const executor = new Executor(driver, { database: config.neo4jDatabase });
  await migrate(executor);
  const service = new ImportService(executor);
  const options = {
    problems,
    maxChars: Number.POSITIVE_INFINITY,
    actor: "cli",
    onProgress: progress,
  };
  const report = dryRun
    ? await service.preview(files, options)
    : await service.import(files, options).catch((error: unknown) => {
        // An invalid file: the error carries every problem.
        const listed = (error as { extensions?: { problems?: ImportProblem[] } }).extensions
          ?.problems;
        if (!listed) throw error;
        return { valid: false, problems: listed } as ImportReport;
      });
  if (process.stderr.isTTY) process.stderr.write("\n");
  if (!report.valid) {
    console.error(
      `Import geweigerd, er is niets opgeslagen (${report.problems.length} problemen):`,
    );
    for (const p of report.problems) console.error(`  ${describeProblem(p)}`);
    process.exitCode = 1;
  } else if (dryRun) {
    console.log(`Proefimport (--dry-run), er is niets opgeslagen. ${summary(report)}`);
  } else {
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Import klaar in ${seconds} s (${basename(paths[0]!)}). ${summary(report)}`);
  }
} catch (error) {
  console.error(
    `Import mislukt, er is niets opgeslagen: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await driver.close();
  // The executor may still be probing an unreachable database: end the process now.
  process.exit(process.exitCode ?? 0);
}
