import { createRequire } from "node:module";

import { defineConfig } from "vitest/config";

// One copy of graphql for the schema and the tests ("from another module or realm" otherwise).
const graphql = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphql }] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["test/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["test/integration/**/*.int.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          // Neo4j Community has one database: files that write run one after another.
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 120_000,
          env: { NODE_ENV: "test" },
        },
      },
    ],
  },
});
