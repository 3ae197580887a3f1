/** First start of the local demo: an admin to sign in with, printed once (as self-hosted tools do). */
import type { AuthService } from "./auth.service.js";
import { Role } from "./roles.js";

export const DEMO_ADMIN_EMAIL = "admin@netwerkkaart.local";

/** Creates the demo admin when there is no user at all; returns its password, or null. */
export async function ensureDemoAdmin(auth: AuthService): Promise<string | null> {
  if ((await auth.countUsers()) > 0) return null;
  const { password } = await auth.createUser({ email: DEMO_ADMIN_EMAIL, role: Role.ADMIN });
  return password;
}

/** Printed to stdout on purpose, not to the structured log: logs are kept and shipped. */
export function printDemoCredentials(password: string): void {
  const lines = [
    "",
    "  ┌─ Demo admin created (shown only this once) ───────────────",
    `  │ email:    ${DEMO_ADMIN_EMAIL}`,
    `  │ password: ${password}`,
    "  │ More users: npm run user:create -- --email you@example.org --role editor",
    "  └────────────────────────────────────────────────────────────",
    "",
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
}
