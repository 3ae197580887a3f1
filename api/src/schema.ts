import "reflect-metadata";

import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";

import { auditOperations } from "./audit/audit.operations.js";
import { AuditResolver } from "./audit/audit.resolver.js";
import { authChecker } from "./auth/auth.checker.js";
import { AuthResolver, UserAdminResolver } from "./auth/auth.resolver.js";
import { ActionResolver } from "./modules/action/action.resolver.js";
import { AnalyticsResolver } from "./modules/analytics/analytics.resolver.js";
import { HistoryResolver } from "./modules/history/history.resolver.js";
import { ImportExportResolver } from "./modules/import-export/import-export.resolver.js";
import { MeetingResolver } from "./modules/meeting/meeting.resolver.js";
import { NetworkResolver } from "./modules/network/network.resolver.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import {
  OrganisationResolver,
  ReferralResolver,
} from "./modules/organisation/organisation.resolver.js";
import { PersonResolver } from "./modules/person/person.resolver.js";
import { RelationshipResolver } from "./modules/relationship/relationship.resolver.js";
import { TargetGroupResolver } from "./modules/target-group/target-group.resolver.js";
import { ThemeResolver } from "./modules/theme/theme.resolver.js";
import { VindplaatsResolver } from "./modules/vindplaats/vindplaats.resolver.js";
import { PrivacyResolver } from "./privacy/privacy.resolver.js";

export const resolvers = [
  NodeResolver,
  PersonResolver,
  OrganisationResolver,
  ReferralResolver,
  ThemeResolver,
  VindplaatsResolver,
  TargetGroupResolver,
  ActionResolver,
  MeetingResolver,
  RelationshipResolver,
  NetworkResolver,
  AnalyticsResolver,
  HistoryResolver,
  ImportExportResolver,
  AuthResolver,
  UserAdminResolver,
  AuditResolver,
  PrivacyResolver,
] as const;

let cached: GraphQLSchema | undefined;

export async function createSchema(): Promise<GraphQLSchema> {
  cached ??= auditOperations(
    await buildSchema({
      resolvers,
      validate: { forbidUnknownValues: false },
      // Every type implementing Node must be in the schema even if no field returns it directly.
      orphanedTypes: [],
      // Roles per operation: see auth/auth.checker.ts. Denied root fields throw
      // UNAUTHENTICATED/FORBIDDEN there; denied nested fields (contact fields) become null.
      authChecker,
      authMode: "null",
    }),
  );
  return cached;
}
