// `npm run backup [-- file.json]`: writes the whole network as a JSON export (default
// backups/netwerkkaart-<date>.json). Restore with `npm run restore -- file.json`.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";

import { loadConfig } from "../config.js";
import { createDriver } from "../db/driver.js";
import { Executor } from "../db/executor.js";
import { localUri } from "../db/local/persistent.js";
import { ExportService } from "../modules/import-export/export.service.js";

const config = loadConfig();
const stamp = new Date().toISOString().replace(/[:.]/g, "-");
const file = resolve(process.argv[2] ?? `backups/netwerkkaart-${stamp}.json`);
const driver = createDriver(config, config.neo4jUri ?? localUri);
try {
  const document = await new ExportService(
    new Executor(driver, { database: config.neo4jDatabase }),
  ).exportDocument();
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, JSON.stringify(document, null, 1));
  console.log(
    `Backup written: ${file} (${document.nodes.length} nodes, ${document.edges.length} relationships).`,
  );
} catch (error) {
  console.error(
    `Backup failed: ${error instanceof Error ? error.message : String(error)}. Is Neo4j running?`,
  );
  process.exitCode = 1;
} finally {
  await driver.close();
}
