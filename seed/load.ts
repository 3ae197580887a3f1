// `npm run seed`: loads the Voorst demo network into NEO4J_URI, or into the local Neo4j (started
// when needed). Idempotent: running it twice gives the same graph.
import { loadConfig } from "../api/src/config.js";
import { createDriver } from "../api/src/db/driver.js";
import { Executor } from "../api/src/db/executor.js";
import { ensureLocalNeo4j } from "../api/src/db/local/persistent.js";
import { migrate } from "../api/src/db/migrate.js";
import { seedDemo } from "../api/src/seed/demo.js";

const config = loadConfig();
const uri = config.neo4jUri ?? (await ensureLocalNeo4j(true)).uri;
const driver = createDriver(config, uri);
try {
  const executor = new Executor(driver, { database: config.neo4jDatabase });
  await migrate(executor);
  const result = await seedDemo(executor);
  console.log(
    `Voorst demo network loaded: ${result.nodesChanged} nodes and ${result.relationshipsChanged} relationships new or changed.`,
  );
} catch (error) {
  console.error(`Seeding failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await driver.close();
}
