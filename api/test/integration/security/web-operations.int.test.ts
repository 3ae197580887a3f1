/**
 * The web app's own operations stay inside the GraphQL limits (depth, aliases, directives,
 * tokens, cost), so hardening never breaks the app. Read from the generated documents.
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { parse, validate } from "graphql";
import { describe, expect, it } from "vitest";

import { GRAPHQL_LIMITS, graphqlArmor } from "../../../src/auth/hardening.js";
import { createSchema } from "../../../src/schema.js";

const gql = fileURLToPath(
  new URL("../../../../web/src/graphql/__generated__/gql.ts", import.meta.url),
);

function webDocuments(): string[] {
  const source = readFileSync(gql, "utf8");
  const start = source.indexOf("const documents");
  const end = source.indexOf("};", start);
  const block = source.slice(start, end);
  return [...block.matchAll(/^\s+("(?:[^"\\]|\\.)*"): /gm)].map((m) => JSON.parse(m[1]!) as string);
}

const documents = webDocuments();

describe("the web app's operations", () => {
  it("are found", () => {
    expect(documents.length).toBeGreaterThan(5);
  });

  it.each(documents.map((d) => [/(query|mutation) (\w+)/.exec(d)?.[2] ?? d.slice(0, 40), d]))(
    "%s is within the limits",
    async (_name, document) => {
      const ast = parse(document, { maxTokens: GRAPHQL_LIMITS.maxTokens });
      const errors = validate(await createSchema(), ast, graphqlArmor(true).validationRules);
      expect(errors.map((e) => e.message)).toEqual([]);
    },
  );
});
