import {
  Arg,
  Authorized,
  Ctx,
  FieldResolver,
  ID,
  Mutation,
  Query,
  Resolver,
  Root,
} from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import { actorOf } from "../history/history.record.js";
import { Node } from "../node/node.type.js";
import { RelationshipCreateInput, RelationshipUpdateInput } from "./relationship.input.js";
import type { RelationshipRecord } from "./relationship.service.js";
import { Relationship } from "./relationship.type.js";

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Authorized(Role.VIEWER)
  @Query(() => Relationship, { nullable: true, description: "A relationship by its id." })
  relationship(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.relationships.get(id);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Relationship, {
    description:
      "Creates a relationship of any type; endpoints must exist and have the labels the type allows.",
  })
  createRelationship(
    @Arg("input", () => RelationshipCreateInput) input: RelationshipCreateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.relationships.create(input, actorOf(ctx));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Relationship, {
    description: "Changes the properties of a relationship; null leaves one as it is.",
  })
  updateRelationship(
    @Arg("id", () => ID) id: string,
    @Arg("input", () => RelationshipUpdateInput) input: RelationshipUpdateInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.relationships.update(id, input, actorOf(ctx));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => Relationship, { description: "Deletes a relationship and returns it as it was." })
  deleteRelationship(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.relationships.delete(id, actorOf(ctx));
  }

  @FieldResolver(() => Node, { nullable: true })
  from(@Root() rel: RelationshipRecord, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.load(rel.fromId);
  }

  @FieldResolver(() => Node, { nullable: true })
  to(@Root() rel: RelationshipRecord, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.load(rel.toId);
  }
}
