import type { ChildProcess } from "node:child_process";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    /** The demo admin the API creates on an empty database (for tests that sign in). */
    adminCredentials: { email: string; password: string };
    /** A session of the demo admin, signed in once; `openPage` contexts carry its cookie. */
    session: { name: string; value: string };
  }
}

interface LocalNeo4j {
  uri: string;
  stop(): Promise<void>;
}

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const apiMain = `${repoRoot}api/dist/main.js`;
const webIndex = `${repoRoot}web/dist/index.html`;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

async function waitForHealth(url: string, server: ChildProcess, output: string[]): Promise<void> {
  const deadline = Date.now() + 150_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) {
      throw new Error(`The API exited during start-up:\n${output.join("").slice(-3000)}`);
    }
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not become healthy in time:\n${output.join("").slice(-3000)}`);
}

/** Reads the demo admin's email and password from the API's start-up output. */
async function demoAdminCredentials(output: string[]) {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    const text = output.join("");
    const email = /email:\s+(\S+@\S+)/.exec(text)?.[1];
    const password = /password:\s+(\S+)/.exec(text)?.[1];
    if (email && password) return { email, password };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`The API printed no demo admin credentials:\n${output.join("").slice(-3000)}`);
}

/**
 * The real stack for the browser tests: a throwaway Neo4j, the built API serving the built web
 * app, loaded with the Voorst demo network. One per run; every test file shares it.
 */
export default async function setup(project: TestProject) {
  for (const file of [apiMain, webIndex]) {
    if (!existsSync(file)) {
      throw new Error(`${file} is missing: run \`npm run build\` first (npm run test:e2e does).`);
    }
  }
  // Imported at run time: the API's sources are type-checked by the API, not by the web.
  const { startNeo4j } = (await import(`${repoRoot}api/src/db/local/neo4j-process.ts`)) as {
    startNeo4j: () => Promise<LocalNeo4j>;
  };
  const neo4j = await startNeo4j();

  const port = await freePort();
  const output: string[] = [];
  const server = spawn(process.execPath, [apiMain], {
    cwd: repoRoot,
    env: {
      ...process.env,
      NODE_ENV: "test",
      NEO4J_URI: neo4j.uri,
      PORT: String(port),
      HOST: "127.0.0.1",
      SEED_DEMO: "true",
      // A first user to sign in with: the API prints its one-time password once, on stdout.
      DEMO_ADMIN: "true",
      // The pages read anonymously (viewer role) until the web app has a sign-in page.
      PUBLIC_READ: "true",
      // Shared CI machines can be busy; a slow first seed must not abort the run.
      QUERY_TIMEOUT_MS: "60000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 200) output.shift();
  };
  server.stdout?.on("data", keep);
  server.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));

  const baseUrl = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(`${baseUrl}/healthz`, server, output);
  } catch (error) {
    server.kill("SIGKILL");
    await neo4j.stop();
    throw error;
  }
  project.provide("baseUrl", baseUrl);
  const admin = await demoAdminCredentials(output);
  project.provide("adminCredentials", admin);
  const signIn = await fetch(`${baseUrl}/graphql`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: "mutation($input: SignInInput!) { signIn(input: $input) { user { id } } }",
      variables: { input: admin },
    }),
  });
  const [name, value] = (signIn.headers.get("set-cookie") ?? "").split(";")[0]!.split("=");
  if (!name || !value) throw new Error(`Signing in the demo admin failed: ${await signIn.text()}`);
  project.provide("session", { name, value });

  return async () => {
    if (server.exitCode === null) {
      server.kill("SIGTERM");
      const timer = setTimeout(() => server.kill("SIGKILL"), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await neo4j.stop();
  };
}
