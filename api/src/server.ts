/** The HTTP server: GraphQL at /graphql, health at /healthz, the built web at /. */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express from "express";

import { type Context, createContext, type Services } from "./context.js";
import { maskError } from "./errors.js";
import { createSchema } from "./schema.js";

export const defaultWebDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface AppOptions {
  services: Services;
  webDir?: string;
  production?: boolean;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

export async function createApp({
  services,
  webDir = defaultWebDir,
  production = false,
}: AppOptions): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  const httpServer = createServer(app);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: maskError,
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer })],
  });
  await apollo.start();

  app.get("/healthz", async (_req, res) => {
    const ok = await services.executor.ping();
    res.status(ok ? 200 : 503).json({ status: ok ? "ok" : "database unavailable" });
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext(
          services,
          (req.headers["x-request-id"] as string | undefined) ?? randomUUID(),
        ),
    }),
  );

  if (existsSync(join(webDir, "index.html"))) {
    app.use(express.static(webDir, { index: "index.html", maxAge: "1h" }));
    // Client-side routes: every other GET returns the app.
    app.get(/^\/(?!graphql|healthz).*/, (_req, res) => res.sendFile(join(webDir, "index.html")));
  } else {
    app.get("/", (_req, res) =>
      res
        .type("text/plain")
        .send("Netwerkkaart API. The web app is not built: run `npm run build`."),
    );
  }
  return { httpServer, apollo };
}

export async function listen(httpServer: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((ready) => httpServer.listen(port, host, ready));
  const address = httpServer.address();
  return typeof address === "object" && address ? address.port : port;
}
