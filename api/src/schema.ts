import "reflect-metadata";

import type { GraphQLSchema } from "graphql";
import { buildSchema } from "type-graphql";

import { ActionResolver } from "./modules/action/action.resolver.js";
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
] as const;

let cached: GraphQLSchema | undefined;

export async function createSchema(): Promise<GraphQLSchema> {
  cached ??= await buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    // Every type implementing Node must be in the schema even if no field returns it directly.
    orphanedTypes: [],
  });
  return cached;
}
