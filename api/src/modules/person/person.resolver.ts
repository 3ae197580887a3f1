import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import { Action } from "../action/action.type.js";
import { Meeting } from "../meeting/meeting.type.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { relationFields } from "../node/relation-fields.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Theme } from "../theme/theme.type.js";
import { Vindplaats } from "../vindplaats/vindplaats.type.js";
import { PersonCreateInput, PersonUpdateInput } from "./person.input.js";
import { Person } from "./person.type.js";

/** The relation fields of Person (read ahead by prefetch.ts). */
const FIELDS = relationFields("Person", {
  organisations: { type: R.WORKS_FOR, way: "OUT" },
  knows: { type: R.KNOWS, way: "BOTH" },
  trekkerOfThemes: { type: R.TREKKER_OF, way: "OUT" },
  trekkerOfActions: { type: R.TREKKER_OF, way: "OUT" },
  signals: { type: R.SIGNALS, way: "OUT" },
  activeAt: { type: R.ACTIVE_AT, way: "OUT" },
  attended: { type: R.ATTENDED, way: "OUT" },
});

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
    return nodesOf(ctx.loaders.via(person, FIELDS.organisations));
  }

  @FieldResolver(() => [Person], { description: "People this person knows." })
  knows(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(person, FIELDS.knows));
  }

  @FieldResolver(() => [Theme], { description: "Themes this person is trekker of." })
  async trekkerOfThemes(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    const led = await nodesOf(ctx.loaders.via(person, FIELDS.trekkerOfThemes));
    return led.filter((node) => node.type === NodeType.THEME);
  }

  @FieldResolver(() => [Action], { description: "Actions this person is trekker of." })
  async trekkerOfActions(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    const led = await nodesOf(ctx.loaders.via(person, FIELDS.trekkerOfActions));
    return led.filter((node) => node.type === NodeType.ACTION);
  }

  @FieldResolver(() => [Theme], { description: "Themes this person signals early." })
  signals(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(person, FIELDS.signals));
  }

  @FieldResolver(() => [Vindplaats], { description: "Vindplaatsen this person is active at." })
  activeAt(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(person, FIELDS.activeAt));
  }

  @FieldResolver(() => [Meeting], { description: "Network meetings this person attended." })
  attended(@Root() person: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(person, FIELDS.attended));
  }
}
