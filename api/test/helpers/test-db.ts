/**
 * Owns the database for integration tests: a lazy driver on the run's Neo4j, `executeCypher` to
 * arrange and inspect, `executeGraphQL` to act through the real schema, and a reset.
 */
import "reflect-metadata";

import { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";

import { type Context, createContext, createServices, type Services } from "../../src/context.js";
import { createDriver } from "../../src/db/driver.js";
import { Executor, type Row } from "../../src/db/executor.js";
import { maskError } from "../../src/errors.js";
import { createSchema } from "../../src/schema.js";

let driver: Driver | undefined;
let executor: Executor | undefined;
let services: Services | undefined;
let apollo: ApolloServer<Context> | undefined;

export function testExecutor(): Executor {
  driver ??= createDriver(
    {
      neo4jUser: process.env.NEO4J_USER ?? "neo4j",
      neo4jPassword: process.env.NEO4J_PASSWORD ?? "neo4j",
    },
    inject("neo4jUri"),
  );
  executor ??= new Executor(driver);
  return executor;
}

export function testServices(): Services {
  services ??= createServices(testExecutor());
  return services;
}

/** Runs Cypher directly (arrange and assert), with plain JavaScript values back. */
export async function executeCypher(
  cypher: string,
  params: Record<string, unknown> = {},
): Promise<Row[]> {
  return testExecutor().write({ cypher, params });
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: {
    message: string;
    path?: readonly (string | number)[];
    extensions?: Record<string, unknown>;
  }[];
}

/** Runs an operation through the real schema, validation and error masking. */
export async function executeGraphQL<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GraphQLResponse<T>> {
  if (!apollo) {
    apollo = new ApolloServer<Context>({ schema: await createSchema(), formatError: maskError });
    await apollo.start();
  }
  const response = await apollo.executeOperation(
    { query, variables },
    { contextValue: createContext(testServices(), "test") },
  );
  if (response.body.kind !== "single") throw new Error("Expected a single result");
  return response.body.singleResult as GraphQLResponse<T>;
}

/** Removes every node and relationship (the schema stays). */
export async function resetDatabase(): Promise<void> {
  await executeCypher("MATCH (n) WHERE NOT n:GraphVersion DETACH DELETE n");
}

/** A fingerprint of the whole graph (every property), to assert that a rejected request changed nothing. */
export async function graphFingerprint(): Promise<string> {
  const [row] = await testExecutor().read({
    cypher: `
      CALL () { MATCH (n) WHERE NOT n:GraphVersion RETURN collect(n {.*, labels: labels(n)}) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN collect(r {.*, type: type(r)}) AS rels }
      RETURN nodes, rels`,
  });
  const canonical = (items: unknown) =>
    (items as Record<string, unknown>[])
      .map((item) =>
        JSON.stringify(
          Object.keys(item)
            .sort()
            .map((key) => [key, item[key]]),
        ),
      )
      .sort();
  return JSON.stringify({ nodes: canonical(row?.nodes), rels: canonical(row?.rels) });
}

afterAll(async () => {
  await apollo?.stop();
  await driver?.close();
  apollo = undefined;
  driver = undefined;
  executor = undefined;
  services = undefined;
});
