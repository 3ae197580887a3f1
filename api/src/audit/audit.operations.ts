/**
 * Audits operations at the schema's edge: every mutation, and the queries that hand out personal
 * data in bulk, write an audit entry once they succeed. Wrapping the root fields of the built
 * schema (instead of a middleware on every field) costs nothing on ordinary reads and cannot be
 * forgotten when someone adds a mutation.
 */
import type { GraphQLFieldResolver, GraphQLSchema } from "graphql";
import { defaultFieldResolver } from "graphql";

import type { Context } from "../context.js";
import { ALL_NODE_SPECS, NODE_SPECS, type NodeType } from "../model/node-types.js";

/** Queries that read contact fields of many people at once. */
export const AUDITED_QUERIES = new Set(["exportNetwork", "exportPerson"]);

type Args = Record<string, unknown>;

function text(value: unknown): string | null {
  return typeof value === "string" || typeof value === "number" ? String(value) : null;
}

/** Which node, relationship or user an operation acted on, from its arguments or its result. */
export function auditTarget(
  fieldName: string,
  args: Args,
  result: unknown,
): { targetId: string | null; targetKind: string | null } {
  const input = (args.input ?? {}) as Args;
  // Results may be scalars (signOut answers true).
  const out = (typeof result === "object" && result !== null ? result : {}) as Args;
  const nested = (key: string) => (out[key] as Args | undefined)?.id;
  // An erasure reports the pseudonym to log instead of the erased id.
  const targetId =
    text(out.auditTargetId) ??
    text(args.id) ??
    text(args.keepId) ??
    text(args.changeId) ??
    text(input.id) ??
    text(out.id) ??
    text(nested("user")) ??
    text(nested("node"));

  let targetKind: string | null = null;
  const labelInName = ALL_NODE_SPECS.map((s) => s.label)
    .sort((a, b) => b.length - a.length)
    .find((label) => fieldName.endsWith(label));
  if ("fromId" in out && "toId" in out) targetKind = "Relationship";
  else if (typeof out.type === "string" && out.type in NODE_SPECS) {
    targetKind = NODE_SPECS[out.type as NodeType].label;
  } else if (labelInName) targetKind = labelInName;
  else if (/Relationship$/.test(fieldName)) targetKind = "Relationship";
  else if (/User|signIn|signOut|Password/.test(fieldName)) targetKind = "User";
  else if (/^(undo|restore)/.test(fieldName)) targetKind = "Change";
  return { targetId, targetKind };
}

export function auditOperations(schema: GraphQLSchema): GraphQLSchema {
  const fields = [
    ...Object.values(schema.getMutationType()?.getFields() ?? {}),
    ...Object.values(schema.getQueryType()?.getFields() ?? {}).filter((f) =>
      AUDITED_QUERIES.has(f.name),
    ),
  ];
  for (const field of fields) {
    const resolve: GraphQLFieldResolver<unknown, Context> = field.resolve ?? defaultFieldResolver;
    field.resolve = async (source, args: Args, ctx: Context, info) => {
      const result: unknown = await resolve(source, args, ctx, info);
      const { targetId, targetKind } = auditTarget(field.name, args, result);
      await ctx.services.audit.record([
        {
          actorId: ctx.user?.id ?? "anonymous",
          action: field.name,
          targetId,
          targetKind,
          requestId: ctx.requestId,
        },
      ]);
      return result;
    };
  }
  return schema;
}
