import { registerEnumType } from "type-graphql";

/** What a user may do; each role includes the ones before it. */
export enum Role {
  VIEWER = "viewer",
  EDITOR = "editor",
  ADMIN = "admin",
}

registerEnumType(Role, {
  name: "Role",
  description:
    "viewer: reads everything except contact fields; editor: also contact fields, changes and import; admin: also users, audit log, export and erasure of a person.",
});

const RANK: Record<Role, number> = { [Role.VIEWER]: 1, [Role.EDITOR]: 2, [Role.ADMIN]: 3 };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && value in RANK;
}

/** True when `role` includes `required`. */
export function hasRole(role: Role, required: Role): boolean {
  return RANK[role] >= RANK[required];
}

/** The least role among `roles` (an operation listing several accepts the weakest). */
export function weakestRole(roles: readonly Role[]): Role | undefined {
  return [...roles].sort((a, b) => RANK[a] - RANK[b])[0];
}
