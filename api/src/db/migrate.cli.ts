// `npm run db:migrate`: applies schema/constraints.cypher to NEO4J_URI (or the local Neo4j on 7687).
import { loadConfig } from "../config.js";
import { createDriver } from "./driver.js";
import { Executor } from "./executor.js";
import { migrate } from "./migrate.js";

const config = loadConfig();
const driver = createDriver(config, config.neo4jUri ?? "bolt://127.0.0.1:7687");
try {
  const count = await migrate(new Executor(driver, { database: config.neo4jDatabase }));
  console.log(`Schema up to date (${count} statements).`);
} catch (error) {
  console.error(
    `Migration failed: ${error instanceof Error ? error.message : String(error)}. Is Neo4j running (npm run db:start)?`,
  );
  process.exitCode = 1;
} finally {
  await driver.close();
}
