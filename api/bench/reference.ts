/**
 * The reference implementations of the nested entity read: @neo4j/graphql serving a minimal
 * schema over the same database, and the bare driver with one hand-written Cypher using pattern
 * comprehensions (the lower bound).
 *
 * The reference server runs in a process of its own, started like the API (production mode, the
 * same heap flags): in the bench's own process it shared an event loop with the client and saved
 * the hop between processes that every request to the API pays, on a machine of two cores.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";

import { createDriver } from "../src/db/driver.js";
import { freePort } from "../src/db/local/neo4j-process.js";
import { PRODUCTION_ENV } from "./production-env.js";

const typeDefs = /* GraphQL */ `
  type Organisation @node {
    id: ID!
    name: String
    people: [Person!]! @relationship(type: "WORKS_FOR", direction: IN)
    worksOn: [Theme!]! @relationship(type: "WORKS_ON", direction: OUT)
  }
  type Person @node {
    id: ID!
    name: String
    signals: [Theme!]! @relationship(type: "SIGNALS", direction: OUT)
  }
  type Theme @node {
    id: ID!
    name: String
  }
`;

/** The nested read in @neo4j/graphql's dialect (same fields, same 50 organisations by name). */
export const referenceNestedQuery = `{
  organisations(limit: 50, sort: [{ name: ASC }]) {
    name people { name signals { name } } worksOn { name }
  }
}`;

export interface ReferenceServer {
  url: string;
  stop(): Promise<void>;
}

const READY = "reference server listening at ";

/** Starts the reference server in a child process (this module run as a script). */
export async function startReferenceServer(neo4jUri: string): Promise<ReferenceServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ["--max-semi-space-size=32", "--import", "tsx", fileURLToPath(import.meta.url), neo4jUri],
    { env: { ...process.env, ...PRODUCTION_ENV }, stdio: ["ignore", "pipe", "inherit"] },
  );
  const exited = new Promise<void>((done) => child.once("exit", () => done()));
  const url = await new Promise<string>((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`The reference server exited (${code})`)));
    createInterface({ input: child.stdout! }).on("line", (line) => {
      if (line.startsWith(READY)) resolve(line.slice(READY.length));
    });
  });
  return {
    url,
    stop: async () => {
      child.kill("SIGTERM");
      await exited;
    },
  };
}

async function serve(neo4jUri: string): Promise<void> {
  const driver = createDriver({ neo4jUser: "neo4j", neo4jPassword: "neo4j" }, neo4jUri);
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const port = await freePort();
  const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
  process.once("SIGTERM", () => {
    void server
      .stop()
      .then(() => driver.close())
      .finally(() => process.exit(0));
  });
  console.log(`${READY}${url}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await serve(process.argv[2]!);

/** The same answer as the nested read, in one statement: what a hand-tuned resolver could reach. */
export const bareNestedCypher = `
  MATCH (o:Organisation)
  WITH o ORDER BY toLower(o.name), o.id LIMIT 50
  RETURN o.name AS name,
         [(o)<-[:WORKS_FOR]-(p:Person) | p {.name, signals: [(p)-[:SIGNALS]->(t:Theme) | t {.name}]}] AS people,
         [(o)-[:WORKS_ON]->(t:Theme) | t {.name}] AS worksOn`;
