/**
 * The real app over real HTTP for the security tests: `createApp` from src/server.ts on a free
 * loopback port, on the run's Neo4j, with users and sessions made through the real services.
 */
import type { Server } from "node:http";

import type { Role } from "../../src/auth/roles.js";
import type { AnswerCacheOptions } from "../../src/modules/network/network.answer-cache.js";
import type { App } from "../../src/server.js";
import { createApp, listen } from "../../src/server.js";
import { testServices } from "./test-db.js";

export interface HttpResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed body when it is JSON. */
  json: { data?: Record<string, unknown> | null; errors?: HttpError[] } | undefined;
}

export interface HttpError {
  message: string;
  extensions?: Record<string, unknown>;
}

export class TestApp {
  private constructor(
    private readonly app: App,
    readonly url: string,
  ) {}

  static async start(
    options: { production?: boolean; publicRead?: boolean; answerCache?: AnswerCacheOptions } = {},
  ) {
    const app = await createApp({
      services: testServices(),
      webDir: "/nonexistent",
      production: options.production ?? false,
      publicRead: options.publicRead ?? false,
      // The tests speak plain HTTP.
      cookieSecure: false,
      answerCache: options.answerCache ?? null,
    });
    const port = await listen(app.httpServer, 0, "127.0.0.1");
    return new TestApp(app, `http://127.0.0.1:${port}`);
  }

  async stop(): Promise<void> {
    await this.app.apollo.stop();
    const server: Server = this.app.httpServer;
    if (server.listening) await new Promise((resolve) => server.close(resolve));
  }

  /** Any request to /graphql (or another path). */
  async raw(init: RequestInit & { path?: string } = {}): Promise<HttpResponse> {
    const response = await fetch(`${this.url}${init.path ?? "/graphql"}`, init);
    const text = await response.text();
    let json: HttpResponse["json"];
    try {
      json = JSON.parse(text) as HttpResponse["json"];
    } catch {
      json = undefined;
    }
    return { status: response.status, headers: response.headers, text, json };
  }

  /** A GraphQL POST as the browser app sends it, optionally with a session cookie. */
  async graphql(
    query: string,
    variables: Record<string, unknown> = {},
    cookie?: string,
  ): Promise<HttpResponse> {
    return this.raw({
      method: "POST",
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: JSON.stringify({ query, variables }),
    });
  }

  /** Signs in over HTTP and returns the session cookie ("name=value"). */
  async signIn(email: string, password: string): Promise<string> {
    const response = await this.graphql(
      `mutation($input: SignInInput!) { signIn(input: $input) { user { id role } } }`,
      { input: { email, password } },
    );
    const setCookie = response.headers.get("set-cookie");
    if (!setCookie) throw new Error(`Sign-in failed: ${response.text}`);
    return setCookie.split(";")[0]!;
  }

  /** Creates a user in Neo4j and signs in; returns its id and session cookie. */
  async userWithSession(
    role: Role,
    email = `${role}-${Math.random().toString(36).slice(2, 8)}@test.invalid`,
  ) {
    const password = "correct horse battery staple";
    const { user } = await testServices().auth.createUser({ email, role, password });
    return { id: user.id, email, password, cookie: await this.signIn(email, password) };
  }
}
