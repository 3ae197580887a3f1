/** Accounts, sign-in and sessions. Passwords are argon2id hashes; sessions are stored hashed. */
import { createHash, randomUUID } from "node:crypto";

import type { Executor } from "../db/executor.js";
import { badInput, conflict, notFound } from "../errors.js";
import { badCredentials, rateLimited } from "./auth.errors.js";
import { generatePassword, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from "./password.js";
import { isRole, Role } from "./roles.js";
import { hashToken, isWellFormedToken, newSessionToken } from "./session.js";
import * as q from "./user.queries.js";

/** The signed-in user as every request sees it. */
export interface SessionUser {
  id: string;
  email: string;
  role: Role;
}

export interface UserRecord extends SessionUser {
  disabled: boolean;
  createdAt: Date;
}

export interface AuthOptions {
  /** Idle time after which a session ends (sliding). */
  sessionTtlMs: number;
  /** Absolute lifetime of a session from sign-in. */
  sessionMaxMs: number;
}

export const DEFAULT_AUTH_OPTIONS: AuthOptions = {
  sessionTtlMs: 8 * 3600_000,
  sessionMaxMs: 7 * 24 * 3600_000,
};

/** A session's expiry is pushed forward at most this often (one write per user per 5 minutes). */
const REFRESH_AFTER_MS = 5 * 60_000;

/** Sign-in throttling: 5 free failures per (email, IP), then 2, 4, 8 … seconds, at most 15 minutes. */
const THROTTLE = { free: 5, baseSeconds: 2, maxSeconds: 900 };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

function toUser(row: Record<string, unknown> | undefined): UserRecord | null {
  const user = row?.user as Record<string, unknown> | undefined;
  if (!user) return null;
  return {
    id: String(user.id),
    email: String(user.email),
    role: isRole(user.role) ? user.role : Role.VIEWER,
    disabled: user.disabled === true,
    createdAt: user.createdAt as Date,
  };
}

export class AuthService {
  constructor(
    private readonly executor: Executor,
    readonly options: AuthOptions = DEFAULT_AUTH_OPTIONS,
  ) {}

  /**
   * The user behind a session token, or null. Pushes the expiry forward when it was last pushed
   * more than a few minutes ago; then `expiresAt` is set and the cookie must be renewed.
   */
  async resolveSession(
    token: string | undefined,
  ): Promise<{ user: SessionUser; expiresAt?: Date } | null> {
    if (!isWellFormedToken(token)) return null;
    const tokenHash = hashToken(token);
    const [row] = await this.executor.read(q.sessionUser(tokenHash));
    if (!row) return null;
    const raw = row.user as { id: string; email: string; role: unknown };
    const user: SessionUser = {
      id: raw.id,
      email: raw.email,
      role: isRole(raw.role) ? raw.role : Role.VIEWER,
    };
    const refreshedAt = row.refreshedAt as Date | null;
    if (refreshedAt && Date.now() - refreshedAt.getTime() < REFRESH_AFTER_MS) return { user };
    const [refreshed] = await this.executor.write(
      q.refreshSession(tokenHash, this.options.sessionTtlMs, this.options.sessionMaxMs),
    );
    return { user, expiresAt: refreshed?.expiresAt as Date | undefined };
  }

  /**
   * Checks email and password and opens a session. Unknown email, wrong password and disabled
   * user give the same error after about the same time; attempts per (email, IP) are throttled.
   */
  async signIn(
    email: string,
    password: string,
    ip: string,
  ): Promise<{ user: SessionUser; token: string; expiresAt: Date }> {
    const normalised = normaliseEmail(email);
    const key = createHash("sha256").update(`${normalised}|${ip}`).digest("hex");
    const [attempt] = await this.executor.write(
      q.beginAttempt(key, THROTTLE.free, THROTTLE.baseSeconds, THROTTLE.maxSeconds),
    );
    const wait = Number(attempt?.waitSeconds ?? 0);
    if (wait > 0) throw rateLimited(wait);

    const [row] = await this.executor.read(q.credentialsByEmail(normalised));
    const user = toUser(row);
    const hash = user && !user.disabled ? (row?.passwordHash as string) : null;
    const ok = await verifyPassword(hash, password);
    if (!ok || !user) throw badCredentials();

    await this.executor.write(q.clearThrottle(key));
    const token = newSessionToken();
    const [session] = await this.executor.write(
      q.createSession(hashToken(token), user.id, this.options.sessionTtlMs),
    );
    return {
      user: { id: user.id, email: user.email, role: user.role },
      token,
      expiresAt: session?.expiresAt as Date,
    };
  }

  async signOut(token: string | undefined): Promise<void> {
    if (isWellFormedToken(token)) await this.executor.write(q.deleteSession(hashToken(token)));
  }

  async countUsers(): Promise<number> {
    const [row] = await this.executor.read(q.countUsers);
    return Number(row?.count ?? 0);
  }

  /** Creates a user; without a password, generates one. The password is returned once, never stored. */
  async createUser(input: {
    email: string;
    role: Role;
    password?: string;
  }): Promise<{ user: UserRecord; password: string }> {
    const email = normaliseEmail(input.email);
    const password = input.password ?? generatePassword();
    if (password.length < MIN_PASSWORD_LENGTH) {
      throw badInput(
        "password",
        `must have at least ${MIN_PASSWORD_LENGTH} characters`,
        "minLength",
      );
    }
    const [existing] = await this.executor.read(q.credentialsByEmail(email));
    if (existing) throw conflict("A user with this email exists already.", { field: "email" });
    const passwordHash = await hashPassword(password);
    const [row] = await this.executor.write(
      q.createUser({ id: randomUUID(), email, passwordHash, role: input.role }),
    );
    return { user: toUser(row)!, password };
  }

  async user(id: string): Promise<UserRecord | null> {
    const [row] = await this.executor.read(q.userById(id));
    return toUser(row);
  }

  async users(skip: number, take: number): Promise<UserRecord[]> {
    const rows = await this.executor.read(q.listUsers(skip, take));
    return rows.map((row) => toUser(row)!);
  }

  async setRole(actorId: string, id: string, role: Role): Promise<UserRecord> {
    const current = await this.existing(id);
    if (current.role === Role.ADMIN && role !== Role.ADMIN) await this.keepAnAdmin(actorId, id);
    const [row] = await this.executor.write(q.setRole(id, role));
    return toUser(row)!;
  }

  async setDisabled(actorId: string, id: string, disabled: boolean): Promise<UserRecord> {
    const current = await this.existing(id);
    if (disabled && current.role === Role.ADMIN) await this.keepAnAdmin(actorId, id);
    const [row] = await this.executor.write(q.setDisabled(id, disabled));
    return toUser(row)!;
  }

  /** Changes the user's own password; other sessions of the user end. */
  async changePassword(
    userId: string,
    current: string,
    next: string,
    keepToken: string | undefined,
  ): Promise<void> {
    const [row] = await this.executor.read(q.passwordHashById(userId));
    const ok = await verifyPassword((row?.passwordHash as string | undefined) ?? null, current);
    if (!ok) throw badInput("currentPassword", "is incorrect", "incorrect");
    if (next.length < MIN_PASSWORD_LENGTH) {
      throw badInput(
        "newPassword",
        `must have at least ${MIN_PASSWORD_LENGTH} characters`,
        "minLength",
      );
    }
    const keep = isWellFormedToken(keepToken) ? hashToken(keepToken) : null;
    await this.executor.write(q.setPassword(userId, await hashPassword(next), keep));
  }

  private async existing(id: string): Promise<UserRecord> {
    const user = await this.user(id);
    if (!user) throw notFound("id", id);
    return user;
  }

  /** An admin cannot lock themselves out, and the last active admin stays. */
  private async keepAnAdmin(actorId: string, id: string): Promise<void> {
    if (actorId === id) throw conflict("You cannot remove your own admin access.", { field: "id" });
    const [row] = await this.executor.read(q.activeAdminCount());
    if (Number(row?.count ?? 0) <= 1) {
      throw conflict("This is the last active admin.", { field: "id" });
    }
  }
}
