import "reflect-metadata";

import { type GraphQLSchema, isAbstractType } from "graphql";
import { buildSchema } from "type-graphql";

import { auditOperations } from "./audit/audit.operations.js";
import { AuditResolver } from "./audit/audit.resolver.js";
import { authChecker } from "./auth/auth.checker.js";
import { AuthResolver, UserAdminResolver } from "./auth/auth.resolver.js";
import { specForLabel } from "./model/node-types.js";
import { ActionResolver } from "./modules/action/action.resolver.js";
import { AnalyticsResolver } from "./modules/analytics/analytics.resolver.js";
import { HistoryResolver } from "./modules/history/history.resolver.js";
import { ImportExportResolver } from "./modules/import-export/import-export.resolver.js";
import { MeetingResolver } from "./modules/meeting/meeting.resolver.js";
import { NetworkResolver } from "./modules/network/network.resolver.js";
import type { NodeRecord } from "./modules/node/node.record.js";
import { NodeResolver } from "./modules/node/node.resolver.js";
import { nodeTypeName } from "./modules/node/node.type.js";
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

/**
 * type-graphql wraps every `resolveType` in an async function: a promise, and a later turn of the
 * event loop, for every node behind an interface or union (every `other` of a node's relations).
 * Abstract types whose members are all node types are answered synchronously by the node's label.
 */
function resolveNodeTypesSynchronously(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isAbstractType(type)) continue;
    if (schema.getPossibleTypes(type).every((member) => specForLabel(member.name))) {
      type.resolveType = (value) => nodeTypeName(value as NodeRecord);
    }
  }
  return schema;
}

export async function createSchema(): Promise<GraphQLSchema> {
  cached ??= resolveNodeTypesSynchronously(
    auditOperations(
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
    ),
  );
  return cached;
}
