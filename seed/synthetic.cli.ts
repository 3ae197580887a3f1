// `npm run seed:synthetic -- --nodes 10000 [--seed 42] [--out file.json]`: generates a synthetic
// network and loads it into NEO4J_URI (or the local Neo4j), or writes it to a JSON file.
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

import { loadConfig } from "../api/src/config.js";
import { createDriver } from "../api/src/db/driver.js";
import { Executor } from "../api/src/db/executor.js";
import { ensureLocalNeo4j } from "../api/src/db/local/persistent.js";
import { migrate } from "../api/src/db/migrate.js";
import { UpsertService } from "../api/src/modules/import-export/upsert.service.js";
import { generateNetwork } from "./synthetic.js";

const { values } = parseArgs({
  options: {
    nodes: { type: "string", default: "10000" },
    seed: { type: "string", default: "42" },
    out: { type: "string" },
  },
});
const nodes = Number(values.nodes);
if (!Number.isInteger(nodes) || nodes < 50 || nodes > 1_000_000) {
  console.error("--nodes must be a whole number from 50 to 1000000");
  process.exit(2);
}
const document = generateNetwork({ nodes, seed: Number(values.seed) });
if (values.out) {
  writeFileSync(values.out, JSON.stringify({ format: "netwerkkaart/1", ...document }));
  console.log(
    `Wrote ${values.out}: ${document.nodes.length} nodes, ${document.edges.length} relationships.`,
  );
} else {
  const config = loadConfig();
  const driver = createDriver(config, config.neo4jUri ?? (await ensureLocalNeo4j(true)).uri);
  try {
    const executor = new Executor(driver, { database: config.neo4jDatabase, timeoutMs: 600_000 });
    await migrate(executor);
    const started = Date.now();
    await new UpsertService(executor).upsert(document, { recordHistory: false });
    console.log(
      `Loaded ${document.nodes.length} nodes and ${document.edges.length} relationships in ${((Date.now() - started) / 1000).toFixed(1)} s.`,
    );
  } finally {
    await driver.close();
  }
}
