import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";

import { ConfigError, loadConfig } from "../../src/config.js";
import { badInput, maskError } from "../../src/errors.js";

describe("error masking", () => {
  it("hides unknown errors behind a request id", () => {
    const formatted = maskError(
      {
        message:
          "Neo.ClientError.Statement.SyntaxError: MATCH (n:Person {email: 'anna@example.nl'})",
      },
      new Error("boom"),
    );
    expect(formatted.message).toMatch(/^Er ging iets mis\. Meld dit met code [0-9a-f-]{36}\.$/);
    expect(formatted.extensions).toMatchObject({ code: "INTERNAL_SERVER_ERROR" });
    expect(JSON.stringify(formatted)).not.toContain("anna@example.nl");
  });

  it("passes typed errors through with their field and rule", () => {
    const error = badInput("capacity", "must be at least 1", "min");
    const formatted = maskError({ message: error.message, extensions: error.extensions }, error);
    expect(formatted).toMatchObject({
      message: "capacity: must be at least 1",
      extensions: { code: "BAD_USER_INPUT", field: "capacity", rule: "min" },
    });
  });

  it("names the first invalid field of a validation error", () => {
    const error = new GraphQLError("Argument Validation Error", {
      extensions: {
        code: "BAD_USER_INPUT",
        validationErrors: [
          {
            property: "name",
            constraints: { isLength: "name must be longer than or equal to 1 characters" },
          },
        ],
      },
    });
    const formatted = maskError({ message: error.message, extensions: error.extensions }, error);
    expect(formatted.extensions).toMatchObject({ field: "name", rule: "isLength" });
    expect(formatted.message).toContain("name must be");
  });
});

describe("configuration", () => {
  it("has working defaults", () => {
    const saved = { ...process.env };
    delete process.env.NEO4J_URI;
    delete process.env.PORT;
    try {
      expect(loadConfig()).toMatchObject({ neo4jUri: undefined, port: 4000, seedDemo: true });
    } finally {
      process.env = saved;
    }
  });

  it("says how to fix a bad value", () => {
    const saved = { ...process.env };
    process.env.PORT = "eighty";
    try {
      expect(() => loadConfig()).toThrow(ConfigError);
      expect(() => loadConfig()).toThrow(/PORT must be a whole number from 0 to 65535/);
    } finally {
      process.env = saved;
    }
  });
});
