// Entry point of `npm start`: configuration, database (local when NEO4J_URI is unset),
// schema migration, demo data on first start, then the HTTP server.
import "reflect-metadata";

import { ensureDemoAdmin, printDemoCredentials } from "./auth/demo-admin.js";
import { ConfigError, loadConfig } from "./config.js";
import { createServices } from "./context.js";
import { createDriver } from "./db/driver.js";
import { Executor } from "./db/executor.js";
import type { LocalNeo4j } from "./db/local/neo4j-process.js";
import { ensureLocalNeo4j, forgetPid } from "./db/local/persistent.js";
import { migrate } from "./db/migrate.js";
import { logger } from "./logger.js";
import { seedDemoIfEmpty } from "./seed/demo.js";
import { createApp, listen } from "./server.js";

async function main(): Promise<void> {
  const config = loadConfig();

  // 1. The database: the configured one, or the local Neo4j under .data/.
  let local: LocalNeo4j | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    logger.info("NEO4J_URI is not set: starting the local Neo4j (data in .data/neo4j)");
    const ensured = await ensureLocalNeo4j(false);
    uri = ensured.uri;
    local = ensured.started;
  }
  const driver = createDriver(config, uri);
  const executor = new Executor(driver, {
    database: config.neo4jDatabase,
    timeoutMs: config.queryTimeoutMs,
  });

  // 2. Schema and, on an empty database, the demo network.
  await migrate(executor);
  if (config.seedDemo) {
    const seeded = await seedDemoIfEmpty(executor);
    if (seeded) logger.info(seeded, "loaded the Voorst demo network");
  }

  // 3. Accounts: the local demo gets an admin on first start; production starts with none.
  const services = createServices(
    executor,
    { sessionTtlMs: config.sessionTtlHours * 3600_000, sessionMaxMs: 7 * 24 * 3600_000 },
    config.mapMemoryMaxNodes > 0 ? { maxNodes: config.mapMemoryMaxNodes, quietMs: 1_000 } : null,
  );
  let demoPassword: string | null = null;
  if (config.demoAdmin) demoPassword = await ensureDemoAdmin(services.auth);

  // 4. The server.
  const { httpServer, apollo } = await createApp({
    services,
    production: config.production,
    publicRead: config.publicRead,
    cookieSecure: config.cookieSecure,
    trustProxy: config.trustProxy,
    answerCache: config.mapMemoryMaxNodes > 0 ? { maxNodes: config.mapMemoryMaxNodes } : null,
  });
  const port = await listen(httpServer, config.port, config.host);
  logger.info(
    `Netwerkkaart runs on http://localhost:${port}/ (GraphQL: http://localhost:${port}/graphql)`,
  );
  if (demoPassword) printDemoCredentials(demoPassword);

  // 5. Graceful shutdown: stop accepting, finish in-flight requests, close the driver and database.
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal}: shutting down`);
    // Never hang: in-flight requests get up to 20 s (the drain), then we leave anyway.
    setTimeout(() => process.exit(1), 30_000).unref();
    await apollo.stop();
    logger.info("HTTP server drained");
    services.snapshots.stopWarming();
    await driver.close();
    if (local) {
      await local.stop();
      forgetPid();
    }
    logger.info("stopped");
    process.exit(0);
  };
  process.on("SIGTERM", () => void shutdown("SIGTERM"));
  process.on("SIGINT", () => void shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    console.error(`Configuration error: ${error.message}`);
  } else {
    console.error(error instanceof Error ? error.message : error);
  }
  process.exit(1);
});
