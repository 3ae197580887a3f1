import { Max, Min } from "class-validator";
import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import { ArgsType, Field } from "type-graphql";
import { Args } from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import { RequiredText } from "../common/fields.js";
import { MapNode } from "../node/node.type.js";
import { mapPositions, type Network, POSITIONS_UP_TO } from "./network.service.js";
import { NetworkFilter, NetworkGraph, NodePosition } from "./network.type.js";
import { QUICK_LAYOUT_ABOVE } from "./quick-layout.js";

@ArgsType()
class SearchArgs {
  @RequiredText(200, "Part of a name; case is ignored.")
  text: string;

  @Field(() => Int, { defaultValue: 10, description: "At most this many suggestions (1–50)." })
  @Min(1)
  @Max(50)
  limit: number = 10;
}

@Resolver(() => NetworkGraph)
export class NetworkResolver {
  @Authorized(Role.VIEWER)
  @Query(() => NetworkGraph, { description: "Nodes and edges for the map, filtered." })
  network(
    @Arg("filter", () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.network.network(filter ?? {});
  }

  @FieldResolver(() => [NodePosition], {
    nullable: true,
    description:
      `Where the quick layout places each node, for maps of ${QUICK_LAYOUT_ABOVE + 1} to ` +
      `${POSITIONS_UP_TO} nodes, in the order of \`nodes\`; null for other maps (the page lays ` +
      "those out itself).",
  })
  positions(@Root() network: Network) {
    return mapPositions(network);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [MapNode], {
    description: "Nodes whose name contains the text, for search suggestions.",
  })
  search(@Args(() => SearchArgs) { text, limit }: SearchArgs, @Ctx() ctx: Context) {
    return ctx.services.network.search(text, limit);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [String], { description: "The villages (kernen) that occur in the network." })
  villages(@Ctx() ctx: Context) {
    return ctx.services.network.villages();
  }
}
