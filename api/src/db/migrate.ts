import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import type { Executor } from "./executor.js";

const schemaDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../schema");

/** The statements of `schema/constraints.cypher`, comments stripped. */
export function migrationStatements(file = join(schemaDir, "constraints.cypher")): string[] {
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => !line.trim().startsWith("//"))
    .join("\n")
    .split(";")
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/** Applies constraints and indexes; every statement is idempotent, so this runs at every start. */
export async function migrate(executor: Executor): Promise<number> {
  const statements = migrationStatements();
  // Schema statements cannot share a transaction with writes: one transaction each.
  for (const cypher of statements) await executor.write({ cypher });
  await executor.write({ cypher: "CALL db.awaitIndexes(60)" });
  return statements.length;
}
