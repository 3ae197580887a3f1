import type { CodegenConfig } from "@graphql-codegen/cli";

// The schema is emitted by the API (schema/schema.graphql); the web never keeps its own copy.
const config: CodegenConfig = {
  schema: "../schema/schema.graphql",
  documents: ["src/**/*.{ts,tsx}", "!src/graphql/__generated__/**"],
  ignoreNoDocuments: false,
  generates: {
    "src/graphql/__generated__/": {
      preset: "client",
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { DateTimeISO: "string", JSONObject: "Record<string, unknown>" },
      },
    },
  },
};

export default config;
