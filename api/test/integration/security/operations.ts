/**
 * Every root field of the schema with placeholder arguments, generated from the schema itself,
 * so an operation added later is covered by the authorisation tests without anyone listing it.
 */
import {
  getNamedType,
  getNullableType,
  GraphQLEnumType,
  type GraphQLField,
  GraphQLInputObjectType,
  type GraphQLInputType,
  GraphQLInterfaceType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLUnionType,
} from "graphql";

import { createSchema } from "../../../src/schema.js";

function literal(type: GraphQLInputType, depth = 0): string {
  const inner = getNullableType(type);
  if (inner instanceof GraphQLList) return `[${literal(inner.ofType, depth)}]`;
  if (inner instanceof GraphQLEnumType) return inner.getValues()[0]!.name;
  if (inner instanceof GraphQLInputObjectType) {
    const fields = Object.values(inner.getFields()).filter(
      (f) => f.type instanceof GraphQLNonNull && f.defaultValue === undefined,
    );
    return `{${fields.map((f) => `${f.name}: ${literal(f.type, depth + 1)}`).join(", ")}}`;
  }
  switch ((inner as { name: string }).name) {
    case "Int":
    case "Float":
      return "1";
    case "Boolean":
      return "true";
    case "DateTimeISO":
      return '"2024-01-01T00:00:00.000Z"';
    case "JSONObject":
      return "{}";
    default:
      return '"placeholder-id"';
  }
}

function selection(field: GraphQLField<unknown, unknown>): string {
  const named = getNamedType(field.type);
  const composite =
    named instanceof GraphQLObjectType ||
    named instanceof GraphQLInterfaceType ||
    named instanceof GraphQLUnionType;
  return composite ? " { __typename }" : "";
}

export interface RootOperation {
  kind: "query" | "mutation";
  name: string;
  document: string;
}

function operation(
  kind: RootOperation["kind"],
  field: GraphQLField<unknown, unknown>,
): RootOperation {
  const args = field.args
    .filter((a) => a.type instanceof GraphQLNonNull && a.defaultValue === undefined)
    .map((a) => `${a.name}: ${literal(a.type)}`);
  const call = args.length ? `${field.name}(${args.join(", ")})` : field.name;
  return { kind, name: field.name, document: `${kind} { ${call}${selection(field)} }` };
}

export async function rootOperations(): Promise<RootOperation[]> {
  const schema = await createSchema();
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((f) => operation("query", f)),
    ...Object.values(schema.getMutationType()!.getFields()).map((f) => operation("mutation", f)),
  ];
}

/** Operations anyone may call: how one signs in, and who one is. */
export const OPEN_OPERATIONS = new Set(["signIn", "signOut", "me"]);

/** Operations on one's own account: every signed-in user. */
export const SELF_OPERATIONS = new Set(["changePassword"]);

/** Operations for admins only. */
export const ADMIN_OPERATIONS = new Set([
  "users",
  "inviteUser",
  "setUserRole",
  "disableUser",
  "enableUser",
  "auditLog",
  "exportPerson",
  "erasePerson",
]);

/** Queries that hand out contact fields in bulk or history values: editors and admins. */
export const EDITOR_QUERIES = new Set([
  "history",
  "recentChanges",
  "exportNetwork",
  "importPreview",
]);
