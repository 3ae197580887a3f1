// Emits the GraphQL SDL to schema/schema.graphql; with --check, fails when the file is stale.
import { readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import { lexicographicSortSchema, printSchema } from "graphql";

import { createSchema } from "../schema.js";

const file = resolve(dirname(fileURLToPath(import.meta.url)), "../../../schema/schema.graphql");
const header = "# Generated from the API code by `npm run schema:emit`. Do not edit.\n\n";
const sdl = header + printSchema(lexicographicSortSchema(await createSchema())) + "\n";

if (process.argv.includes("--check")) {
  let current = "";
  try {
    current = readFileSync(file, "utf8");
  } catch {
    // A missing file is stale too.
  }
  if (current !== sdl) {
    console.error(
      "schema/schema.graphql differs from the API code: run `npm run schema:emit` and commit it.",
    );
    process.exit(1);
  }
  console.log("schema/schema.graphql matches the API code.");
} else {
  writeFileSync(file, sdl);
  console.log(`Wrote ${file}`);
}
