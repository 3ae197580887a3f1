/** The HTTP server: GraphQL at /graphql, health at /healthz, the built web at /. */
import { randomUUID } from "node:crypto";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:http";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import cookieParser from "cookie-parser";
import express from "express";

import {
  bodyErrorResponse,
  GRAPHQL_LIMITS,
  graphqlArmor,
  hideLimits,
  rejectUnsafeBody,
  securityHeaders,
} from "./auth/hardening.js";
import { requestAuth } from "./auth/http.js";
import { type Context, createContext, type Services } from "./context.js";
import { maskError } from "./errors.js";
import { logger } from "./logger.js";
import {
  type AnswerCacheOptions,
  answerCachePlugin,
} from "./modules/network/network.answer-cache.js";
import { createSchema } from "./schema.js";

export const defaultWebDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../web/dist");

export interface AppOptions {
  services: Services;
  webDir?: string;
  production?: boolean;
  /** True once the schema is migrated (the API starts even while Neo4j is away). */
  isReady?: () => boolean;
  /** Anonymous visitors may read (not contact fields). */
  publicRead?: boolean;
  /** Session cookie only over HTTPS; defaults to `production`. */
  cookieSecure?: boolean;
  /** Express `trust proxy` (whose X-Forwarded-For to believe for the client's IP). */
  trustProxy?: boolean | number | string;
  /** Keep the map's answers per graph version (network.answer-cache.ts); off when null. */
  answerCache?: AnswerCacheOptions | null;
}

export interface App {
  httpServer: Server;
  apollo: ApolloServer<Context>;
}

export async function createApp({
  services,
  webDir = defaultWebDir,
  production = false,
  isReady = () => true,
  publicRead = false,
  cookieSecure = production,
  trustProxy = false,
  answerCache = null,
}: AppOptions): Promise<App> {
  const app = express();
  app.disable("x-powered-by");
  app.set("trust proxy", trustProxy);
  const httpServer = createServer(app);
  const armor = graphqlArmor(production);
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    formatError: (formatted, error) => maskError(hideLimits(formatted), error),
    includeStacktraceInErrorResponses: false,
    introspection: !production,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // Depth, alias, directive, token and cost limits (GraphQL Armor).
    validationRules: armor.validationRules,
    // main.ts owns SIGTERM/SIGINT: drain, close the driver, then exit.
    stopOnTerminationSignals: false,
    plugins: [
      // Armor ships CommonJS typings of Apollo's plugin type: same shape, other declaration.
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: 20_000 }),
      // No HTTP caching of answers (they depend on who asks); without it no field is instrumented.
      ApolloServerPluginCacheControlDisabled(),
      ...(answerCache ? [answerCachePlugin(services.snapshots, answerCache)] : []),
    ],
  });
  await apollo.start();

  // Request ids and one log line per request: method, path, status, time; never bodies.
  app.use((req, res, next) => {
    const header = req.headers["x-request-id"];
    const requestId =
      typeof header === "string" && /^[\w.-]{1,100}$/.test(header) ? header : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader("x-request-id", requestId);
    const started = process.hrtime.bigint();
    res.on("finish", () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
      // Health probes run every few seconds: only their failures are worth a line.
      const probe = /^\/(livez|healthz|readyz)$/.test(req.path);
      if (probe && res.statusCode < 400) return;
      logger.info(
        { requestId, method: req.method, path: req.path, status: res.statusCode, ms },
        "request",
      );
    });
    next();
  });

  // Security headers everywhere; in development the GraphQL landing page (Apollo Sandbox, from
  // its CDN) is left without a CSP. No CORS middleware: the API answers its own origin only.
  const headers = securityHeaders(production);
  const graphqlHeaders = production ? headers : securityHeaders(production, false);
  app.use((req, res, next) => (req.path === "/graphql" ? graphqlHeaders : headers)(req, res, next));

  // Liveness: the process answers. Health: Neo4j answers. Readiness: Neo4j answers and the schema is in place.
  app.get("/livez", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/healthz", async (_req, res) => {
    const database = await services.executor.ping();
    res
      .status(database ? 200 : 503)
      .json({ status: database ? "ok" : "unavailable", database: database ? "up" : "down" });
  });
  app.get("/readyz", async (_req, res) => {
    const database = await services.executor.ping();
    const ready = database && isReady();
    res.status(ready ? 200 : 503).json({
      status: ready ? "ready" : "not ready",
      database: database ? "up" : "down",
      schema: isReady() ? "migrated" : "pending",
    });
  });

  app.use(
    "/graphql",
    express.json({ limit: "1mb", verify: rejectUnsafeBody }),
    cookieParser(),
    expressMiddleware(apollo, {
      context: async ({ req, res }) =>
        createContext(
          services,
          (res.locals.requestId as string | undefined) ?? randomUUID(),
          await requestAuth(services, req, res, { publicRead, cookieSecure }),
        ),
    }),
  );

  if (existsSync(join(webDir, "index.html"))) {
    app.use(express.static(webDir, { index: "index.html", maxAge: "1h" }));
    // Client-side routes: every other GET returns the app.
    app.get(/^\/(?!graphql|healthz|readyz|livez).*/, (_req, res) =>
      res.sendFile(join(webDir, "index.html")),
    );
  } else {
    app.get("/", (_req, res) =>
      res
        .type("text/plain")
        .send("Netwerkkaart API. The web app is not built: run `npm run build`."),
    );
  }
  // Last: errors before GraphQL (body too large, malformed JSON) as JSON, never Express's HTML page.
  app.use(
    (error: unknown, _req: express.Request, res: express.Response, _next: express.NextFunction) => {
      const { status, body } = bodyErrorResponse(error);
      if (status >= 500) {
        logger.error(
          { requestId: res.locals.requestId as string, err: (error as Error)?.name },
          "request failed",
        );
      }
      res.status(status).json(body);
    },
  );
  return { httpServer, apollo };
}

export async function listen(httpServer: Server, port: number, host: string): Promise<number> {
  await new Promise<void>((ready) => httpServer.listen(port, host, ready));
  const address = httpServer.address();
  return typeof address === "object" && address ? address.port : port;
}
