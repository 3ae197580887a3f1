import { Field, ID, ObjectType } from "type-graphql";

import type { NodeRecord } from "../node/node.record.js";
import { Node } from "../node/node.type.js";
import { RelationshipFields } from "./relationship-fields.type.js";

@ObjectType({
  description: "A relationship between two nodes, as stored (direction as in the graph model).",
})
export class Relationship extends RelationshipFields {
  @Field(() => ID)
  fromId: string;

  @Field(() => ID)
  toId: string;

  @Field(() => Node, { nullable: true })
  from?: NodeRecord | null;

  @Field(() => Node, { nullable: true })
  to?: NodeRecord | null;

  @Field({ nullable: true })
  createdAt?: Date;
}
