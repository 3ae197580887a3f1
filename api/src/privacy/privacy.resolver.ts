import { GraphQLJSONObject } from "graphql-scalars";
import { Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";

import { Role } from "../auth/roles.js";
import type { Context } from "../context.js";
import { ErasureResult, PersonIdArgs } from "./privacy.type.js";

/** AVG/GDPR requests about one person: admins only, and audited. */
@Resolver()
export class PrivacyResolver {
  @Authorized(Role.ADMIN)
  @Query(() => GraphQLJSONObject, {
    description:
      "Everything held about one person as JSON: properties, relationships, history entries and audit entries (AVG/GDPR access request).",
  })
  exportPerson(@Args(() => PersonIdArgs) { id }: PersonIdArgs, @Ctx() ctx: Context) {
    return ctx.services.privacy.exportPerson(id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => ErasureResult, {
    description:
      "Erases a person completely: the node, its relationships and their values in the history (which cannot be undone). The audit log keeps the erasure under a pseudonym.",
  })
  erasePerson(@Args(() => PersonIdArgs) { id }: PersonIdArgs, @Ctx() ctx: Context) {
    return ctx.services.privacy.erasePerson(id);
  }
}
