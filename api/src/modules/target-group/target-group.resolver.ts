import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { relationFields } from "../node/relation-fields.js";
import { Theme } from "../theme/theme.type.js";
import { Vindplaats } from "../vindplaats/vindplaats.type.js";
import { TargetGroupCreateInput, TargetGroupUpdateInput } from "./target-group.input.js";
import { TargetGroup } from "./target-group.type.js";

/** The relation fields of TargetGroup (read ahead by prefetch.ts). */
const FIELDS = relationFields("TargetGroup", {
  themes: { type: R.CONCERNS, way: "IN" },
  reachedAt: { type: R.REACHES, way: "IN" },
});

@Resolver(() => TargetGroup)
export class TargetGroupResolver extends createNodeResolver({
  type: NodeType.TARGET_GROUP,
  objectType: TargetGroup,
  createInput: TargetGroupCreateInput,
  updateInput: TargetGroupUpdateInput,
  listName: "targetGroups",
}) {
  @FieldResolver(() => [Theme], { description: "Themes concerning this group." })
  themes(@Root() group: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(group, FIELDS.themes));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen where this group is found." })
  reachedAt(@Root() group: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(group, FIELDS.reachedAt));
  }
}
