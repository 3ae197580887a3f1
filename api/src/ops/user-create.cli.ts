// `npm run user:create -- --email you@example.org --role admin [--password-stdin]`: creates a
// user. Without --password-stdin it asks for a password on a terminal (empty: generate one) and
// otherwise generates one; a generated password is printed once and stored only as a hash.
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";

import { AuthService } from "../auth/auth.service.js";
import { MIN_PASSWORD_LENGTH } from "../auth/password.js";
import { isRole } from "../auth/roles.js";
import { loadConfig } from "../config.js";
import { createDriver } from "../db/driver.js";
import { Executor } from "../db/executor.js";
import { localUri } from "../db/local/persistent.js";
import { migrate } from "../db/migrate.js";

const usage =
  "Usage: npm run user:create -- --email you@example.org --role viewer|editor|admin [--password-stdin]";

async function readStdin(): Promise<string> {
  let data = "";
  for await (const chunk of process.stdin) data += String(chunk);
  return data.replace(/\r?\n$/, "");
}

/** Asks without echoing what is typed. */
async function prompt(question: string): Promise<string> {
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  let asked = false;
  output._writeToOutput = (s: string) => {
    if (!asked) {
      process.stdout.write(s);
      asked = true;
    }
  };
  return new Promise((resolve) =>
    rl.question(question, (answer) => {
      rl.close();
      process.stdout.write("\n");
      resolve(answer);
    }),
  );
}

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string" },
    "password-stdin": { type: "boolean", default: false },
  },
});
const email = values.email?.trim();
const role = values.role;
if (!email || !/^[^@\s]+@[^@\s]+$/.test(email) || !isRole(role)) {
  console.error(usage);
  process.exit(2);
}

let password: string | undefined;
if (values["password-stdin"]) password = await readStdin();
else if (process.stdin.isTTY) {
  password =
    (await prompt(`Password (${MIN_PASSWORD_LENGTH}+ characters; empty: generate one): `)) ||
    undefined;
}

const config = loadConfig();
const driver = createDriver(config, config.neo4jUri ?? localUri);
try {
  const executor = new Executor(driver, { database: config.neo4jDatabase });
  await migrate(executor);
  const created = await new AuthService(executor).createUser({ email, role, password });
  console.log(`User created: ${created.user.email} (${created.user.role}).`);
  if (!password) console.log(`Password (shown once): ${created.password}`);
} catch (error) {
  console.error(
    `Could not create the user: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await driver.close();
}
