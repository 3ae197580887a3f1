import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import { Action } from "../action/action.type.js";
import { Meeting } from "../meeting/meeting.type.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Theme } from "../theme/theme.type.js";
import { Vindplaats } from "../vindplaats/vindplaats.type.js";
import { PersonCreateInput, PersonUpdateInput } from "./person.input.js";
import { Person } from "./person.type.js";

@Resolver(() => Person)
export class PersonResolver extends createNodeResolver({
  type: NodeType.PERSON,
  objectType: Person,
  createInput: PersonCreateInput,
  updateInput: PersonUpdateInput,
  listName: "persons",
}) {
  @FieldResolver(() => [Organisation], { description: "Organisations this person works for." })
  organisations(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(person, R.WORKS_FOR, "OUT"));
  }

  @FieldResolver(() => [Person], { description: "People this person knows." })
  knows(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(person, R.KNOWS, "BOTH"));
  }

  @FieldResolver(() => [Theme], { description: "Themes this person is trekker of." })
  async trekkerOfThemes(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    const led = await nodesOf(ctx.loaders.related(person, R.TREKKER_OF, "OUT"));
    return led.filter((node) => node.type === NodeType.THEME);
  }

  @FieldResolver(() => [Action], { description: "Actions this person is trekker of." })
  async trekkerOfActions(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    const led = await nodesOf(ctx.loaders.related(person, R.TREKKER_OF, "OUT"));
    return led.filter((node) => node.type === NodeType.ACTION);
  }

  @FieldResolver(() => [Theme], { description: "Themes this person signals early." })
  signals(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(person, R.SIGNALS, "OUT"));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen this person is active at." })
  activeAt(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(person, R.ACTIVE_AT, "OUT"));
  }

  @FieldResolver(() => [Meeting], { description: "Network meetings this person attended." })
  attended(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.related(person, R.ATTENDED, "OUT"));
  }
}
