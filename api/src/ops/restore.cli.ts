// `npm run restore -- file.json`: loads a backup (a JSON export) in one transaction: all of it
// lands or nothing does. Existing nodes with the same ids are updated; nothing else is removed.
import { readFileSync } from "node:fs";

import { loadConfig } from "../config.js";
import { createDriver } from "../db/driver.js";
import { Executor } from "../db/executor.js";
import { localUri } from "../db/local/persistent.js";
import { migrate } from "../db/migrate.js";
import { parseDocument } from "../modules/import-export/document.js";
import { UpsertService } from "../modules/import-export/upsert.service.js";

const file = process.argv[2];
if (!file) {
  console.error("Usage: npm run restore -- backups/netwerkkaart-….json");
  process.exit(2);
}
const config = loadConfig();
const driver = createDriver(config, config.neo4jUri ?? localUri);
try {
  const document = parseDocument(readFileSync(file, "utf8"));
  const executor = new Executor(driver, { database: config.neo4jDatabase });
  await migrate(executor);
  const result = await new UpsertService(executor).upsert(document);
  console.log(
    `Restored ${document.nodes.length} nodes and ${document.edges.length} relationships (${result.nodesChanged} nodes new or changed).`,
  );
} catch (error) {
  console.error(
    `Restore failed, nothing was written: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await driver.close();
}
