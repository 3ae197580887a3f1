import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";

import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType as R } from "../../model/relationship-types.js";
import type { NodeRecord } from "../node/node.record.js";
import { createNodeResolver } from "../node/node.resolver-factory.js";
import { nodesOf } from "../node/related.js";
import { relationFields } from "../node/relation-fields.js";
import { Person } from "../person/person.type.js";
import { MeetingCreateInput, MeetingUpdateInput } from "./meeting.input.js";
import { Meeting } from "./meeting.type.js";

/** The relation fields of Meeting (read ahead by prefetch.ts). */
const FIELDS = relationFields("Meeting", {
  attendees: { type: R.ATTENDED, way: "IN" },
});

@Resolver(() => Meeting)
export class MeetingResolver extends createNodeResolver({
  type: NodeType.MEETING,
  objectType: Meeting,
  createInput: MeetingCreateInput,
  updateInput: MeetingUpdateInput,
  listName: "meetings",
}) {
  @FieldResolver(() => [Person], { description: "People who attended." })
  attendees(@Root() meeting: NodeRecord, @Ctx() ctx: Context) {
    return nodesOf(ctx.loaders.via(meeting, FIELDS.attendees));
  }
}
