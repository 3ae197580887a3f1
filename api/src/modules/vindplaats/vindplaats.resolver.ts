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
import { TargetGroup } from "../target-group/target-group.type.js";
import { VindplaatsCreateInput, VindplaatsUpdateInput } from "./vindplaats.input.js";
import { Vindplaats } from "./vindplaats.type.js";

/** The relation fields of Vindplaats (read ahead by prefetch.ts). */
const FIELDS = relationFields("Vindplaats", {
  runBy: { type: R.RUN_BY, way: "OUT" },
  reaches: { type: R.REACHES, way: "OUT" },
  activePeople: { type: R.ACTIVE_AT, way: "IN" },
});

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
    const [first] = await nodesOf(ctx.loaders.via(vindplaats, FIELDS.runBy));
    return first ?? null;
  }

  @FieldResolver(() => [TargetGroup], { description: "Target groups found here." })
  reaches(@Root() vindplaats: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(vindplaats, FIELDS.reaches));
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
    const active = await nodesOf(ctx.loaders.via(vindplaats, FIELDS.activePeople));
    return active.filter((node) => node.type === NodeType.PERSON);
  }
}
