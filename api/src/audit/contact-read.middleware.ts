import type { MiddlewareFn } from "type-graphql";

import type { Context } from "../context.js";

/**
 * On Person.email and Person.phone, after the role check: a value handed out is recorded as
 * `readContactDetails` of that person (who and when, never the value). Empty fields reveal
 * nothing and are not recorded.
 */
export const AuditContactRead: MiddlewareFn<Context> = async ({ root, context }, next) => {
  const value: unknown = await next();
  if (value !== null && value !== undefined && value !== "") {
    await context.audit.contactRead(String((root as { id: unknown }).id));
  }
  return value;
};
