import { createRequire } from "node:module";

import react from "@vitejs/plugin-react";
import { defineConfig } from "vitest/config";

// Two graphql copies (ESM and CJS) break `instanceof` checks inside Apollo; pin one.
const graphqlPath = createRequire(import.meta.url).resolve("graphql");

export default defineConfig({
  plugins: [react()],
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlPath }] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "jsdom",
          include: ["test/unit/**/*.test.{ts,tsx}"],
          setupFiles: ["test/unit/setup.ts"],
        },
      },
      {
        extends: true,
        test: {
          name: "e2e",
          environment: "node",
          include: ["test/e2e/**/*.test.ts"],
          globalSetup: ["test/e2e/global-setup.ts"],
          // One browser and one stack: files run one after another.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // A real browser on a real stack: give polled expectations time to settle.
          expect: { poll: { timeout: 15_000, interval: 100 } },
        },
      },
    ],
  },
});
