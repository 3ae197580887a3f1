/**
 * Owns the database for integration tests: a lazy driver on the run's Neo4j, `executeCypher` to
 * arrange and inspect, `executeGraphQL` to act through the real schema, and a reset.
 */
import "reflect-metadata";

import { ApolloServer } from "@apollo/server";
import type { Driver } from "neo4j-driver";
import { afterAll, inject } from "vitest";

import type { SessionUser } from "../../src/auth/auth.service.js";
import { Role } from "../../src/auth/roles.js";
import type { SessionCookies } from "../../src/auth/session.js";
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

/** The users `executeGraphQL` acts as; they exist only in the request context, not in Neo4j. */
export const TEST_USERS: Record<Role, SessionUser> = {
  [Role.VIEWER]: { id: "test-viewer", email: "viewer@test.invalid", role: Role.VIEWER },
  [Role.EDITOR]: { id: "test-editor", email: "editor@test.invalid", role: Role.EDITOR },
  [Role.ADMIN]: { id: "test-admin", email: "admin@test.invalid", role: Role.ADMIN },
};

export interface ActAs {
  /** A role (default editor), "anonymous", or a user of your own. */
  as?: Role | `${Role}` | "anonymous" | SessionUser;
  /** PUBLIC_READ for this request. */
  publicRead?: boolean;
  /** The session cookie as the request would carry it (for sign-in and sign-out tests). */
  session?: SessionCookies;
  ip?: string;
}

function userFor(as: ActAs["as"]): SessionUser | null {
  if (as === "anonymous") return null;
  if (typeof as === "object") return as;
  return TEST_USERS[(as ?? Role.EDITOR) as Role];
}

/**
 * Runs an operation through the real schema, validation, authorisation and error masking, as an
 * editor unless `options.as` says otherwise.
 */
export async function executeGraphQL<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  options: ActAs = {},
): Promise<GraphQLResponse<T>> {
  if (!apollo) {
    apollo = new ApolloServer<Context>({ schema: await createSchema(), formatError: maskError });
    await apollo.start();
  }
  const response = await apollo.executeOperation(
    { query, variables },
    {
      contextValue: createContext(testServices(), "test", {
        user: userFor(options.as),
        publicRead: options.publicRead ?? false,
        session: options.session,
        ip: options.ip ?? "127.0.0.1",
      }),
    },
  );
  if (response.body.kind !== "single") throw new Error("Expected a single result");
  return response.body.singleResult as GraphQLResponse<T>;
}

/** Removes every node and relationship (the schema stays). */
export async function resetDatabase(): Promise<void> {
  await executeCypher("MATCH (n) WHERE NOT n:GraphVersion DETACH DELETE n");
}

/**
 * A fingerprint of the whole graph (every property), to assert that a rejected request changed
 * nothing. The audit log, sessions and sign-in throttling are bookkeeping and left out.
 */
export async function graphFingerprint(): Promise<string> {
  const [row] = await testExecutor().read({
    cypher: `
      CALL () {
        MATCH (n) WHERE NOT (n:GraphVersion OR n:AuditEntry OR n:Session OR n:LoginThrottle)
        RETURN collect(n {.*, labels: labels(n)}) AS nodes
      }
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
