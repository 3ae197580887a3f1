/** Session tokens: random, sent only in an httpOnly cookie; the database keeps their SHA-256. */
import { createHash, randomBytes } from "node:crypto";

export function newSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

export function hashToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** A token as we issue it: 43 base64url characters. Anything else is not looked up. */
export function isWellFormedToken(token: unknown): token is string {
  return typeof token === "string" && /^[A-Za-z0-9_-]{43}$/.test(token);
}

/** `__Host-` cookies must be Secure with Path=/ and no Domain: the browser then refuses them from subdomains. */
export function sessionCookieName(secure: boolean): string {
  return secure ? "__Host-netwerkkaart_session" : "netwerkkaart_session";
}

/** How the request's session cookie is written or cleared (HTTP in the server, a stub in tests). */
export interface SessionCookies {
  /** The token from the request's cookie, if any. */
  token: string | undefined;
  set(token: string, expiresAt: Date): void;
  clear(): void;
}

export function noCookies(): SessionCookies {
  return { token: undefined, set: () => undefined, clear: () => undefined };
}
