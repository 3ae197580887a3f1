import { Args, Authorized, Ctx, Query, Resolver } from "type-graphql";

import { Role } from "../auth/roles.js";
import type { Context } from "../context.js";
import { AuditEntry, AuditLogArgs } from "./audit.type.js";

@Resolver()
export class AuditResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [AuditEntry], { description: "The audit log, newest first (admins)." })
  auditLog(@Args(() => AuditLogArgs) args: AuditLogArgs, @Ctx() ctx: Context) {
    return ctx.services.audit.list(args);
  }
}
