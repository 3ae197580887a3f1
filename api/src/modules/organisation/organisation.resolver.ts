import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import { Action } from "../action/action.type.js";
import type { RelatedItem } from "../node/node.loaders.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { relationFields } from "../node/relation-fields.js";
import { Person } from "../person/person.type.js";
import { Theme } from "../theme/theme.type.js";
import { Vindplaats } from "../vindplaats/vindplaats.type.js";
import { OrganisationCreateInput, OrganisationUpdateInput } from "./organisation.input.js";
import { Organisation } from "./organisation.type.js";
import { Referral } from "./referral.type.js";

function toReferral(organisation: NodeRecord, item: RelatedItem, outgoing: boolean): Referral {
  const rel = item.rel;
  return {
    ...(rel as Partial<Referral>),
    id: String(rel.id),
    from: outgoing ? organisation : item.node,
    to: outgoing ? item.node : organisation,
    themeId: String(rel.themeId),
    agreed: rel.agreed === true,
  };
}

/** The relation fields of Organisation (read ahead by prefetch.ts). */
const FIELDS = relationFields("Organisation", {
  people: { type: R.WORKS_FOR, way: "IN" },
  worksOn: { type: R.WORKS_ON, way: "OUT" },
  signals: { type: R.SIGNALS, way: "OUT" },
  activeAt: { type: R.ACTIVE_AT, way: "OUT" },
  refersTo: { type: R.REFERS_TO, way: "OUT", withRel: true },
  referredFrom: { type: R.REFERS_TO, way: "IN", withRel: true },
  collaboratesWith: { type: R.COLLABORATES_WITH, way: "BOTH" },
  runs: { type: R.RUN_BY, way: "IN" },
  actions: { type: R.TAKES_PART_IN, way: "OUT" },
});

@Resolver(() => Organisation)
export class OrganisationResolver extends createNodeResolver({
  type: NodeType.ORGANISATION,
  objectType: Organisation,
  createInput: OrganisationCreateInput,
  updateInput: OrganisationUpdateInput,
  listName: "organisations",
}) {
  @FieldResolver(() => [Person], { description: "People who work or volunteer here." })
  people(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.people));
  }

  @FieldResolver(() => [Theme], { description: "Themes it provides help for." })
  worksOn(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.worksOn));
  }

  @FieldResolver(() => [Theme], { description: "Themes it signals early." })
  signals(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.signals));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen it is active at or relies on." })
  activeAt(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.activeAt));
  }

  @FieldResolver(() => [Referral], { description: "Referral routes from this organisation." })
  async refersTo(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    const items = await ctx.loaders.via(organisation, FIELDS.refersTo);
    return items.map((item) => toReferral(organisation, item, true));
  }

  @FieldResolver(() => [Referral], { description: "Referral routes to this organisation." })
  async referredFrom(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    const items = await ctx.loaders.via(organisation, FIELDS.referredFrom);
    return items.map((item) => toReferral(organisation, item, false));
  }

  @FieldResolver(() => [Organisation], { description: "Organisations it works together with." })
  collaboratesWith(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.collaboratesWith));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen it runs." })
  runs(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.runs));
  }

  @FieldResolver(() => [Action], { description: "Actions it takes part in." })
  actions(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(organisation, FIELDS.actions));
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => Theme, { nullable: true, description: "The theme this route is for." })
  theme(@Root() referral: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.load(referral.themeId);
  }
}
