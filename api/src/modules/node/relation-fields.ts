/**
 * Which GraphQL fields of a node type follow one relationship type in one direction. The field
 * resolvers read them through the loaders; the prefetch (prefetch.ts) reads the same table to fetch
 * a whole nested selection in one statement.
 */
import type { RelationshipType } from "../../model/relationship-types.js";
import type { Way } from "./related.queries.js";

export interface RelationField {
  type: RelationshipType;
  way: Way;
  /** The resolver reads the relationship's own properties (e.g. a referral's theme). */
  withRel?: boolean;
}

const registry = new Map<string, Readonly<Record<string, RelationField>>>();

/** Declares the relation fields of a GraphQL object type (its name is the node label). */
export function relationFields<T extends Record<string, RelationField>>(
  typeName: string,
  fields: T,
): T {
  registry.set(typeName, fields);
  return fields;
}

export function relationFieldOf(typeName: string, field: string): RelationField | undefined {
  return registry.get(typeName)?.[field];
}
