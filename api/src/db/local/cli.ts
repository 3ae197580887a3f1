// `npm run db:start` / `npm run db:stop`: a persistent local Neo4j under .data/, in the background.
import { ensureLocalNeo4j, runningPid, stopLocalNeo4j } from "./persistent.js";

const command = process.argv[2];
try {
  if (command === "start") {
    const already = runningPid();
    const { uri } = await ensureLocalNeo4j(true);
    console.log(
      already === undefined
        ? `Local Neo4j runs on ${uri}; stop it with \`npm run db:stop\`.`
        : `Local Neo4j already runs on ${uri}.`,
    );
  } else if (command === "stop") {
    console.log((await stopLocalNeo4j()) ? "Local Neo4j stopped." : "No local Neo4j was running.");
  } else {
    throw new Error("Usage: cli.ts start|stop");
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
