import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import { Action } from "../action/action.type.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Person } from "../person/person.type.js";
import { TargetGroup } from "../target-group/target-group.type.js";
import { ThemeCreateInput, ThemeUpdateInput } from "./theme.input.js";
import { Party, Theme } from "./theme.type.js";

@Resolver(() => Theme)
export class ThemeResolver extends createNodeResolver({
  type: NodeType.THEME,
  objectType: Theme,
  createInput: ThemeCreateInput,
  updateInput: ThemeUpdateInput,
  listName: "themes",
}) {
  @FieldResolver(() => Person, {
    nullable: true,
    description: "The person who leads this theme; null is a gap.",
  })
  async trekker(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    const [first] = await nodesOf(ctx.loaders.related(theme, R.TREKKER_OF, "IN"));
    return first ?? null;
  }

  @FieldResolver(() => [Party], {
    description: "People and organisations that notice this problem early.",
  })
  signallers(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(theme, R.SIGNALS, "IN"));
  }

  @FieldResolver(() => [Organisation], {
    description: "Organisations that provide help for this theme.",
  })
  providers(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(theme, R.WORKS_ON, "IN"));
  }

  @FieldResolver(() => [TargetGroup], { description: "Target groups this theme concerns." })
  targetGroups(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(theme, R.CONCERNS, "OUT"));
  }

  @FieldResolver(() => [Action], { description: "Actions contributing to this theme." })
  actions(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(theme, R.CONTRIBUTES_TO, "IN"));
  }
}
