import { CombinedGraphQLErrors } from "@apollo/client/errors";

import type { Problem } from "./validation";

/** What went wrong with a change, as a form needs it. */
export interface ApiFailure {
  kind: "invalid" | "conflict" | "notFound" | "forbidden" | "unavailable" | "other";
  /** Problems per field (BAD_USER_INPUT), with the input prefix removed. */
  problems: Problem[];
  /** CONFLICT on a stale version: the values as they are now. */
  current?: Record<string, unknown>;
  /** The API's message, for a failure that names no field. */
  message: string;
}

interface ProblemShape {
  field?: unknown;
  rule?: unknown;
  message?: unknown;
}

/** `input.name` and `name` are the same form field. */
function fieldName(raw: unknown): string {
  const field = typeof raw === "string" ? raw : "";
  return field.replace(/^(input|files)\./, "");
}

function problemsOf(extensions: Record<string, unknown>, message: string): Problem[] {
  const listed = Array.isArray(extensions.problems) ? (extensions.problems as ProblemShape[]) : [];
  if (listed.length > 0) {
    return listed.map((p) => ({
      field: fieldName(p.field),
      rule: typeof p.rule === "string" ? p.rule : "invalid",
      message: typeof p.message === "string" ? p.message : message,
    }));
  }
  if (extensions.field === undefined) return [];
  return [
    {
      field: fieldName(extensions.field),
      rule: typeof extensions.rule === "string" ? extensions.rule : "invalid",
      message,
    },
  ];
}

/** Reads an error of a mutation or query into what a form shows. */
export function readApiError(error: unknown): ApiFailure {
  if (CombinedGraphQLErrors.is(error) && error.errors.length > 0) {
    const first = error.errors[0]!;
    const extensions = (first.extensions ?? {}) as Record<string, unknown>;
    const code = extensions.code;
    const problems = error.errors.flatMap((e) =>
      problemsOf((e.extensions ?? {}) as Record<string, unknown>, e.message),
    );
    if (code === "CONFLICT") {
      const current =
        extensions.current && typeof extensions.current === "object"
          ? (extensions.current as Record<string, unknown>)
          : undefined;
      return {
        kind: "conflict",
        problems: current ? [] : problems,
        current,
        message: first.message,
      };
    }
    if (code === "BAD_USER_INPUT") return { kind: "invalid", problems, message: first.message };
    if (code === "NOT_FOUND") return { kind: "notFound", problems: [], message: first.message };
    if (code === "FORBIDDEN" || code === "UNAUTHENTICATED") {
      return { kind: "forbidden", problems: [], message: first.message };
    }
    if (code === "SERVICE_UNAVAILABLE" || code === "TIMEOUT") {
      return { kind: "unavailable", problems: [], message: first.message };
    }
    return { kind: "other", problems, message: first.message };
  }
  return {
    kind: "unavailable",
    problems: [],
    message: error instanceof Error ? error.message : String(error),
  };
}
