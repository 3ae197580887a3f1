/** The HTTP side of sessions: the cookie in, the signed-in user out, and the cookie written back. */
import type { Request, Response } from "express";
import { GraphQLError } from "graphql";

import type { RequestAuth, Services } from "../context.js";
import { sessionCookieName, type SessionCookies } from "./session.js";

export interface SessionHttpOptions {
  publicRead: boolean;
  cookieSecure: boolean;
}

function cookies(req: Request, res: Response, secure: boolean): SessionCookies {
  const name = sessionCookieName(secure);
  const jar = (req as { cookies?: Record<string, unknown> }).cookies ?? {};
  const raw = jar[name];
  const base = { httpOnly: true, sameSite: "strict" as const, secure, path: "/" };
  return {
    token: typeof raw === "string" ? raw : undefined,
    set: (token, expiresAt) => res.cookie(name, token, { ...base, expires: expiresAt }),
    clear: () => res.clearCookie(name, base),
  };
}

/** Resolves the request's session (one indexed lookup when a cookie is present, none otherwise). */
export async function requestAuth(
  services: Services,
  req: Request,
  res: Response,
  options: SessionHttpOptions,
): Promise<RequestAuth> {
  const session = cookies(req, res, options.cookieSecure);
  const base = { publicRead: options.publicRead, ip: req.ip ?? "unknown", session };
  if (!session.token) return base;
  try {
    const resolved = await services.auth.resolveSession(session.token);
    if (!resolved) {
      // Expired, signed out, disabled or forged: drop the stale cookie.
      session.clear();
      return base;
    }
    if (resolved.expiresAt) session.set(session.token, resolved.expiresAt);
    return { ...base, user: resolved.user };
  } catch (error) {
    // Neo4j away: answer 503 with the typed error instead of a 500.
    if (error instanceof GraphQLError) {
      throw new GraphQLError(error.message, {
        extensions: { ...error.extensions, http: { status: 503 } },
      });
    }
    throw error;
  }
}
