import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import { Action } from "../action/action.type.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { relationFields } from "../node/relation-fields.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Person } from "../person/person.type.js";
import { TargetGroup } from "../target-group/target-group.type.js";
import { ThemeCreateInput, ThemeUpdateInput } from "./theme.input.js";
import { Party, Theme } from "./theme.type.js";

/** The relation fields of Theme (read ahead by prefetch.ts). */
const FIELDS = relationFields("Theme", {
  trekker: { type: R.TREKKER_OF, way: "IN" },
  signallers: { type: R.SIGNALS, way: "IN" },
  providers: { type: R.WORKS_ON, way: "IN" },
  targetGroups: { type: R.CONCERNS, way: "OUT" },
  actions: { type: R.CONTRIBUTES_TO, way: "IN" },
});

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
    const [first] = await nodesOf(ctx.loaders.via(theme, FIELDS.trekker));
    return first ?? null;
  }

  @FieldResolver(() => [Party], {
    description: "People and organisations that notice this problem early.",
  })
  signallers(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(theme, FIELDS.signallers));
  }

  @FieldResolver(() => [Organisation], {
    description: "Organisations that provide help for this theme.",
  })
  providers(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(theme, FIELDS.providers));
  }

  @FieldResolver(() => [TargetGroup], { description: "Target groups this theme concerns." })
  targetGroups(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(theme, FIELDS.targetGroups));
  }

  @FieldResolver(() => [Action], { description: "Actions contributing to this theme." })
  actions(@Root() theme: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(theme, FIELDS.actions));
  }
}
