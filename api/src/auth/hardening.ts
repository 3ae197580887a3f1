/**
 * HTTP and GraphQL hardening: security headers (helmet) and GraphQL Armor's limits on depth,
 * aliases, directives, tokens and cost. Limits are not named in errors.
 */
import { ApolloArmor } from "@escape.tech/graphql-armor";
import helmet from "helmet";

/** The limits; the web app's own operations are checked against them in the tests. */
export const GRAPHQL_LIMITS = {
  maxDepth: 12,
  maxAliases: 15,
  maxDirectives: 10,
  maxTokens: 3_000,
  maxCost: 20_000,
} as const;

export function graphqlArmor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth, exposeLimits: false, flattenFragments: true },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases, exposeLimits: false },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives, exposeLimits: false },
    // Armor's token check throws inside Apollo's parsing hook, which answers 500: the parser's
    // own limit (parseOptions.maxTokens in server.ts) rejects with a 400 instead.
    maxTokens: { enabled: false },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost, exposeLimits: false },
    // "Did you mean …?" would reveal the schema that production hides from introspection.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

/**
 * Content Security Policy for the built web: its own scripts only; inline styles (Cytoscape and
 * React set style attributes); data:/blob: images (the PNG export); GraphQL on the same origin.
 */
export function securityHeaders(production: boolean, csp = true) {
  return helmet({
    contentSecurityPolicy: csp
      ? {
          useDefaults: true,
          directives: {
            "default-src": ["'self'"],
            "script-src": ["'self'"],
            "style-src": ["'self'", "'unsafe-inline'"],
            "img-src": ["'self'", "data:", "blob:"],
            "font-src": ["'self'", "data:"],
            "connect-src": ["'self'"],
            "object-src": ["'none'"],
            "frame-ancestors": ["'none'"],
            "base-uri": ["'self'"],
            "form-action": ["'self'"],
            "upgrade-insecure-requests": production ? [] : null,
          },
        }
      : false,
    // HSTS only where the app is served over HTTPS.
    strictTransportSecurity: production,
    referrerPolicy: { policy: "same-origin" },
  });
}

/** graphql-js names the token limit in its message; the client learns only that it failed. */
export function hideLimits<T extends { message: string }>(formatted: T): T {
  return /Document contains more \w+ \d+ tokens/.test(formatted.message)
    ? { ...formatted, message: "Syntax Error: Query validation error.", locations: undefined }
    : formatted;
}

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * `express.json` verify hook: a body that is not valid UTF-8, or that carries a NUL character
 * (raw or escaped as \u0000 in JSON or GraphQL), is refused before it reaches GraphQL.
 */
export function rejectUnsafeBody(_req: unknown, _res: unknown, buf: Buffer): void {
  utf8.decode(buf);
  if (buf.includes(0) || buf.includes("\\u0000")) throw new Error("NUL character in request");
}

interface HttpError {
  status?: unknown;
  type?: unknown;
}

/** Answers body errors (too large, malformed, refused) as JSON GraphQL errors: no HTML, no stack. */
export function bodyErrorResponse(error: unknown): { status: number; body: object } {
  const e = (error ?? {}) as HttpError;
  let status = typeof e.status === "number" && e.status >= 400 && e.status < 600 ? e.status : 500;
  if (e.type === "entity.verify.failed") status = 400;
  const [code, message] =
    status === 413
      ? ["PAYLOAD_TOO_LARGE", "Het verzoek is te groot (max. 1 MB). (Request too large.)"]
      : status < 500
        ? [
            "BAD_REQUEST",
            "Ongeldig verzoek: geen geldige JSON of UTF-8, of een NUL-teken. (Malformed request.)",
          ]
        : ["INTERNAL_SERVER_ERROR", "Er ging iets mis. (Something went wrong.)"];
  return { status, body: { errors: [{ message, extensions: { code } }] } };
}
