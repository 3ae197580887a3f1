import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { relationFields } from "../node/relation-fields.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Person } from "../person/person.type.js";
import { Theme } from "../theme/theme.type.js";
import { ActionCreateInput, ActionUpdateInput } from "./action.input.js";
import { Action } from "./action.type.js";

/** The relation fields of Action (read ahead by prefetch.ts). */
const FIELDS = relationFields("Action", {
  trekker: { type: R.TREKKER_OF, way: "IN" },
  organisations: { type: R.TAKES_PART_IN, way: "IN" },
  themes: { type: R.CONTRIBUTES_TO, way: "OUT" },
});

@Resolver(() => Action)
export class ActionResolver extends createNodeResolver({
  type: NodeType.ACTION,
  objectType: Action,
  createInput: ActionCreateInput,
  updateInput: ActionUpdateInput,
  listName: "actions",
}) {
  @FieldResolver(() => Person, { nullable: true, description: "The person who leads this action." })
  async trekker(@Root() action: NodeRecord, @Ctx() ctx: Context) {
    const [first] = await nodesOf(ctx.loaders.via(action, FIELDS.trekker));
    return first ?? null;
  }

  @FieldResolver(() => [Organisation], { description: "Organisations taking part." })
  organisations(@Root() action: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(action, FIELDS.organisations));
  }

  @FieldResolver(() => [Theme], { description: "Themes it contributes to." })
  themes(@Root() action: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(action, FIELDS.themes));
  }
}
