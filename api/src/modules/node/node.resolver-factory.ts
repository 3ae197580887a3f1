/**
 * The list, create, update and delete operations every node type shares, generated once per type
 * (type-graphql resolver inheritance). Each type's resolver extends it with its own relations.
 */
import type { GraphQLResolveInfo } from "graphql";
import {
  Arg,
  Args,
  Authorized,
  type ClassType,
  Ctx,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
} from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import { NODE_SPECS, type NodeType } from "../../model/node-types.js";
import { PageArgs } from "../common/pagination.js";
import { actorOf } from "../history/history.record.js";
import { DeletedNode, NodeFilter } from "./node.type.js";
import { Prefetch } from "./prefetch.js";

export interface NodeResolverOptions {
  type: NodeType;
  objectType: ClassType;
  createInput: ClassType;
  updateInput: ClassType;
  /** Name of the list query, e.g. "persons". */
  listName: string;
}

export function createNodeResolver(options: NodeResolverOptions) {
  const { type, objectType, createInput, updateInput, listName } = options;
  const label = NODE_SPECS[type].label;

  @Resolver()
  abstract class NodeResolver {
    @Authorized(Role.VIEWER)
    @Query(() => [objectType], {
      name: listName,
      description: `${label} nodes, filtered and paged, by name.`,
    })
    async list(
      @Arg("filter", () => NodeFilter, { nullable: true }) filter: NodeFilter | null,
      @Args(() => PageArgs) page: PageArgs,
      @Ctx() ctx: Context,
      @Info() info: GraphQLResolveInfo,
    ) {
      const prefetch = Prefetch.of(info, ctx.loaders);
      return ctx.services.nodes.list(type, filter ?? {}, page.skip, page.take, prefetch);
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => objectType, { name: `create${label}` })
    async create(@Arg("input", () => createInput) input: object, @Ctx() ctx: Context) {
      return ctx.services.nodes.create(type, input, actorOf(ctx));
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => objectType, {
      name: `update${label}`,
      description: "Changes the given fields; null or an empty string clears an optional field.",
    })
    async update(
      @Arg("id", () => ID) id: string,
      // Validators see null too (type-graphql skips null by default), so required fields
      // cannot be cleared; optional fields opt out with IsOptional.
      @Arg("input", () => updateInput, { validate: { skipMissingProperties: false } })
      input: object,
      @Arg("expectedVersion", () => Int, {
        nullable: true,
        description: "The version you edited; a newer version in the database gives CONFLICT.",
      })
      expectedVersion: number | null,
      @Ctx() ctx: Context,
    ) {
      return ctx.services.nodes.update(type, id, input, expectedVersion, actorOf(ctx));
    }

    @Authorized(Role.EDITOR)
    @Mutation(() => DeletedNode, {
      name: `delete${label}`,
      description: "Deletes the node and its relationships.",
    })
    async delete(
      @Arg("id", () => ID) id: string,
      @Arg("expectedVersion", () => Int, { nullable: true }) expectedVersion: number | null,
      @Ctx() ctx: Context,
    ) {
      return ctx.services.nodes.delete(type, id, expectedVersion, actorOf(ctx));
    }
  }
  return NodeResolver;
}
