// Starts one throwaway Neo4j for the whole integration run (unless NEO4J_URI is set) and
// applies the schema; the test files share it one after another.
import type { TestProject } from "vitest/node";

import { createDriver } from "../src/db/driver.js";
import { Executor } from "../src/db/executor.js";
import { type LocalNeo4j, startNeo4j } from "../src/db/local/neo4j-process.js";
import { migrate } from "../src/db/migrate.js";

let local: LocalNeo4j | undefined;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    local = await startNeo4j({ heap: "1g" });
    uri = local.uri;
  }
  const driver = createDriver(
    {
      neo4jUser: process.env.NEO4J_USER ?? "neo4j",
      neo4jPassword: process.env.NEO4J_PASSWORD ?? "neo4j",
    },
    uri,
  );
  try {
    await migrate(new Executor(driver));
  } finally {
    await driver.close();
  }
  project.provide("neo4jUri", uri);
}

export async function teardown(): Promise<void> {
  await local?.stop();
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4jUri: string;
  }
}
