/** Typed errors the client may see; everything else is masked (see `maskError`). */
import { randomUUID } from "node:crypto";

import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";

import { logger } from "./logger.js";

export const PUBLIC_CODES = new Set([
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "CONFLICT",
  "SERVICE_UNAVAILABLE",
  "TIMEOUT",
  "TOO_LARGE",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "RATE_LIMITED",
  "GRAPHQL_VALIDATION_FAILED",
  "GRAPHQL_PARSE_FAILED",
  "BAD_REQUEST",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
]);

/** Bad input: names the field and the rule that was broken. Nothing was written. */
export function badInput(field: string, message: string, rule = "invalid"): GraphQLError {
  return new GraphQLError(`${field}: ${message}`, {
    extensions: { code: "BAD_USER_INPUT", field, rule },
  });
}

export function notFound(field: string, id: string): GraphQLError {
  return new GraphQLError(`${field}: no node with id "${id}"`, {
    extensions: { code: "NOT_FOUND", field, id },
  });
}

export function conflict(message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: "CONFLICT", ...extra } });
}

/** Driver codes meaning "no connection to Neo4j" (the executor then fails fast until it is back). */
export const CONNECTION_CODES = new Set(["ServiceUnavailable", "SessionExpired"]);

export function unavailableError(): GraphQLError {
  return new GraphQLError("De database is tijdelijk niet bereikbaar; probeer het zo opnieuw.", {
    extensions: { code: "SERVICE_UNAVAILABLE" },
  });
}

/** Maps a driver error to a typed GraphQL error, or returns the error unchanged. */
export function mapDatabaseError(error: unknown): unknown {
  if (!(error instanceof Neo4jError)) return error;
  if (CONNECTION_CODES.has(error.code)) return unavailableError();
  // Every pooled connection is busy: the database is overloaded, not gone.
  if (/Connection acquisition timed out/i.test(error.message)) {
    return new GraphQLError("Het is nu erg druk; probeer het zo opnieuw.", {
      extensions: { code: "SERVICE_UNAVAILABLE" },
    });
  }
  if (error.code === "Neo.ClientError.Schema.ConstraintValidationFailed") {
    return conflict("A node with this id exists already.", { field: "id", rule: "unique" });
  }
  if (/TransactionTimedOut|LockClientStopped|Transaction\.Terminated/.test(error.code)) {
    return new GraphQLError("De vraag duurde te lang en is afgebroken; probeer het zo opnieuw.", {
      extensions: { code: "TIMEOUT" },
    });
  }
  if (/MemoryPoolOutOfMemory|TransactionMemoryLimit|OutOfMemory/.test(error.code)) {
    return new GraphQLError(
      "Deze wijziging is te groot voor het geheugen van de database: splits de import, of geef Neo4j meer geheugen.",
      { extensions: { code: "TOO_LARGE" } },
    );
  }
  if (error.code.includes("DeadlockDetected")) {
    return conflict(
      "Te veel gelijktijdige wijzigingen aan dezelfde gegevens; probeer het opnieuw.",
    );
  }
  if (error.retriable) return unavailableError();
  return error;
}

/** Apollo `formatError`: typed errors pass; anything else is logged once and masked. */
export function maskError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === "string" && PUBLIC_CODES.has(code)) {
    return fieldNamed(formatted);
  }
  const requestId = randomUUID();
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  // Log the error class and message only: values in input may be personal data.
  logger.error(
    {
      requestId,
      err:
        original instanceof Error
          ? { name: original.name, message: original.message }
          : String(original),
      path: formatted.path,
    },
    "unexpected error",
  );
  return {
    message: `Er ging iets mis. Meld dit met code ${requestId}.`,
    path: formatted.path,
    extensions: { code: "INTERNAL_SERVER_ERROR", requestId },
  };
}

interface ValidationErrorShape {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationErrorShape[];
}

function flatten(
  errors: ValidationErrorShape[],
  prefix = "",
): { field: string; rules: Record<string, string> }[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, rules: e.constraints }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator errors from type-graphql: put the field and rule at the top of the error. */
function fieldNamed(formatted: GraphQLFormattedError): GraphQLFormattedError {
  const { extensions } = formatted;
  const validationErrors = extensions?.validationErrors as ValidationErrorShape[] | undefined;
  if (!validationErrors?.length) {
    const { stacktrace: _stack, ...rest } = extensions ?? {};
    return { ...formatted, extensions: rest };
  }
  const problems = flatten(validationErrors).map(({ field, rules }) => ({
    field,
    rule: Object.keys(rules)[0] ?? "invalid",
    message: Object.values(rules)[0] ?? "is invalid",
  }));
  const first = problems[0];
  return {
    message: problems.map((p) => p.message).join("; "),
    path: formatted.path,
    locations: formatted.locations,
    extensions: {
      code: "BAD_USER_INPUT",
      field: first?.field,
      rule: first?.rule,
      problems,
    },
  };
}
