// `npm run bench:serve -- --nodes 10000`: a Neo4j of its own with a synthetic network of that size
// and the built API in front of it (anonymous reading on), kept running until Ctrl-C. For looking
// at a slow query by hand (PROFILE in the driver, timings with curl) on the bench's data.
import { parseArgs } from "node:util";

import { generateNetwork } from "../../seed/synthetic.js";
import { Api } from "../drills/stack.js";
import { createDriver } from "../src/db/driver.js";
import { Executor } from "../src/db/executor.js";
import { startNeo4j } from "../src/db/local/neo4j-process.js";
import { migrate } from "../src/db/migrate.js";
import { bulkLoad, wipe } from "./load.js";

const { values } = parseArgs({
  options: { nodes: { type: "string", default: "10000" }, seed: { type: "string", default: "42" } },
});

const neo4j = await startNeo4j({ heap: "2g", pageCacheMb: 1024 });
const driver = createDriver({ neo4jUser: "neo4j", neo4jPassword: "neo4j" }, neo4j.uri);
await migrate(new Executor(driver, { timeoutMs: 120_000 }));
await wipe(driver);
const document = generateNetwork({ nodes: Number(values.nodes), seed: Number(values.seed) });
await bulkLoad(driver, document);
const api = await Api.start(neo4j.uri, { QUERY_TIMEOUT_MS: "180000", PUBLIC_READ: "true" });
console.log(
  `Neo4j ${neo4j.uri} and API ${api.url}/graphql with ${document.nodes.length} nodes, ` +
    `${document.edges.length} relationships. Ctrl-C stops both.`,
);

const stop = async () => {
  await api.stop();
  await driver.close();
  await neo4j.stop();
  process.exit(0);
};
process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
