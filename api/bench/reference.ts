/**
 * The reference implementations of the nested entity read: @neo4j/graphql serving a minimal
 * schema over the same database (a second Apollo server in the bench process), and the bare
 * driver with one hand-written Cypher using pattern comprehensions (the lower bound).
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import type { Driver } from "neo4j-driver";

import { freePort } from "../src/db/local/neo4j-process.js";

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

export async function startReferenceServer(driver: Driver): Promise<ReferenceServer> {
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const server = new ApolloServer({ schema });
  const port = await freePort();
  const { url } = await startStandaloneServer(server, { listen: { port, host: "127.0.0.1" } });
  return { url, stop: () => server.stop() };
}

/** The same answer as the nested read, in one statement: what a hand-tuned resolver could reach. */
export const bareNestedCypher = `
  MATCH (o:Organisation)
  WITH o ORDER BY toLower(o.name), o.id LIMIT 50
  RETURN o.name AS name,
         [(o)<-[:WORKS_FOR]-(p:Person) | p {.name, signals: [(p)-[:SIGNALS]->(t:Theme) | t {.name}]}] AS people,
         [(o)-[:WORKS_ON]->(t:Theme) | t {.name}] AS worksOn`;
