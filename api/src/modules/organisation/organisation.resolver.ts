import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import { Action } from "../action/action.type.js";
import type { RelatedItem } from "../node/node.loaders.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
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
    return nodesOf(ctx.loaders.related(organisation, R.WORKS_FOR, "IN"));
  }

  @FieldResolver(() => [Theme], { description: "Themes it provides help for." })
  worksOn(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(organisation, R.WORKS_ON, "OUT"));
  }

  @FieldResolver(() => [Theme], { description: "Themes it signals early." })
  signals(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(organisation, R.SIGNALS, "OUT"));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen it is active at or relies on." })
  activeAt(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(organisation, R.ACTIVE_AT, "OUT"));
  }

  @FieldResolver(() => [Referral], { description: "Referral routes from this organisation." })
  async refersTo(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    const items = await ctx.loaders.related(organisation, R.REFERS_TO, "OUT");
    return items.map((item) => toReferral(organisation, item, true));
  }

  @FieldResolver(() => [Referral], { description: "Referral routes to this organisation." })
  async referredFrom(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    const items = await ctx.loaders.related(organisation, R.REFERS_TO, "IN");
    return items.map((item) => toReferral(organisation, item, false));
  }

  @FieldResolver(() => [Organisation], { description: "Organisations it works together with." })
  collaboratesWith(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(organisation, R.COLLABORATES_WITH, "BOTH"));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen it runs." })
  runs(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(organisation, R.RUN_BY, "IN"));
  }

  @FieldResolver(() => [Action], { description: "Actions it takes part in." })
  actions(@Root() organisation: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(organisation, R.TAKES_PART_IN, "OUT"));
  }
}

@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => Theme, { nullable: true, description: "The theme this route is for." })
  theme(@Root() referral: Referral, @Ctx() ctx: Context) {
    return ctx.loaders.nodes.load(referral.themeId);
  }
}
