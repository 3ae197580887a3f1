/**
 * The one authorisation rule of the API (type-graphql `authChecker`). `@Authorized()` without
 * roles means "signed in"; with roles, the weakest listed role or more. Anonymous requests may
 * read (role viewer) only when PUBLIC_READ is on.
 *
 * Root fields (queries, mutations) that are denied fail with UNAUTHENTICATED or FORBIDDEN.
 * Nested fields that are denied (the contact fields Person.email and Person.phone) resolve to
 * null without an error (`authMode: "null"` in the schema), so a viewer's map still loads.
 */
import type { AuthChecker } from "type-graphql";

import type { Context } from "../context.js";
import { forbidden, unauthenticated } from "./auth.errors.js";
import { hasRole, Role, weakestRole } from "./roles.js";

export const authChecker: AuthChecker<Context, Role> = ({ context, info }, roles) => {
  const required = weakestRole(roles);
  const user = context.user;
  const root = info.parentType.name === "Query" || info.parentType.name === "Mutation";
  const allowed = user
    ? required === undefined || hasRole(user.role, required)
    : required === Role.VIEWER && context.publicRead === true;
  if (allowed) return true;
  if (!root) return false;
  throw user ? forbidden() : unauthenticated();
};
