import type { GraphQLResolveInfo } from "graphql";
import { Arg, Authorized, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import { Direction } from "../common/enums.js";
import type { NodeRecord } from "./node.record.js";
import { Node, Relation } from "./node.type.js";
import { Prefetch } from "./prefetch.js";

@Resolver(() => Node)
export class NodeResolver {
  @Authorized(Role.VIEWER)
  @Query(() => Node, { nullable: true, description: "Any node by its id." })
  async node(
    @Arg("id", () => ID) id: string,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): Promise<NodeRecord | null> {
    return ctx.services.nodes.get(id, Prefetch.of(info, ctx.loaders));
  }

  @FieldResolver(() => [Relation], {
    description: "All relationships of this node, with the node at the other end.",
  })
  async relations(@Root() node: NodeRecord, @Ctx() ctx: Context): Promise<Relation[]> {
    const items = await ctx.loaders.relations(node);
    return items.map(({ node: other, rel, type, outgoing, themeName }) => ({
      ...(rel as Partial<Relation>),
      id: String(rel.id),
      type,
      direction: outgoing ? Direction.OUTGOING : Direction.INCOMING,
      other,
      themeName,
    }));
  }
}
