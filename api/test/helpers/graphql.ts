/** Assertions over GraphQL responses shared by the integration tests. */
import { expect } from "vitest";

import { type ActAs, executeGraphQL, type GraphQLResponse } from "./test-db.js";

type Variables = Record<string, unknown>;
type GraphQLError = NonNullable<GraphQLResponse["errors"]>[number];

/** Runs an operation that must succeed and returns its data. */
export async function queryData<T = Record<string, unknown>>(
  query: string,
  variables: Variables = {},
  options: ActAs = {},
): Promise<T> {
  const result = await executeGraphQL<T>(query, variables, options);
  expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
  return result.data as T;
}

/** Runs an operation that must fail and returns its first error. */
export async function queryError(
  query: string,
  variables: Variables = {},
  options: ActAs = {},
): Promise<GraphQLError> {
  const result = await executeGraphQL(query, variables, options);
  expect(result.errors?.length, JSON.stringify(result.data)).toBeGreaterThan(0);
  return result.errors![0]!;
}
