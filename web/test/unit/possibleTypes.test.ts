// @vitest-environment node
// (reads a file from disk; no DOM needed)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

import { buildSchema, isAbstractType } from "graphql";
import { describe, expect, it } from "vitest";

import { possibleTypes } from "../../src/app/possibleTypes";

describe("possibleTypes", () => {
  it("matches the interfaces and unions of the API schema (else node details lose fields)", () => {
    const sdl = readFileSync(
      fileURLToPath(new URL("../../../schema/schema.graphql", import.meta.url)),
      "utf8",
    );
    const schema = buildSchema(sdl);
    const fromSchema = Object.fromEntries(
      Object.values(schema.getTypeMap())
        .filter(isAbstractType)
        .map((type) => [
          type.name,
          schema
            .getPossibleTypes(type)
            .map((t) => t.name)
            .sort(),
        ]),
    );
    expect(possibleTypes).toEqual(fromSchema);
  });
});
