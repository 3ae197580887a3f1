import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Person } from "../person/person.type.js";
import { TargetGroup } from "../target-group/target-group.type.js";
import { VindplaatsCreateInput, VindplaatsUpdateInput } from "./vindplaats.input.js";
import { Vindplaats } from "./vindplaats.type.js";

@Resolver(() => Vindplaats)
export class VindplaatsResolver extends createNodeResolver({
  type: NodeType.VINDPLAATS,
  objectType: Vindplaats,
  createInput: VindplaatsCreateInput,
  updateInput: VindplaatsUpdateInput,
  listName: "vindplaatsen",
}) {
  @FieldResolver(() => Organisation, {
    nullable: true,
    description: "The organisation that runs it.",
  })
  async runBy(@Root() vindplaats: NodeRecord, @Ctx() ctx: Context) {
    const [first] = await nodesOf(ctx.loaders.related(vindplaats, R.RUN_BY, "OUT"));
    return first ?? null;
  }

  @FieldResolver(() => [TargetGroup], { description: "Target groups found here." })
  reaches(@Root() vindplaats: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(vindplaats, R.REACHES, "OUT"));
  }

  @FieldResolver(() => [Organisation], {
    description:
      "Parties relying on it: distinct organisations active here directly or through their people.",
  })
  parties(@Root() vindplaats: NodeRecord, @Ctx() ctx: Context) {
    return ctx.loaders.parties.load(vindplaats.id);
  }

  @FieldResolver(() => [Person], { description: "People active here." })
  async activePeople(@Root() vindplaats: NodeRecord, @Ctx() ctx: Context) {
    const active = await nodesOf(ctx.loaders.related(vindplaats, R.ACTIVE_AT, "IN"));
    return active.filter((node) => node.type === NodeType.PERSON);
  }
}
