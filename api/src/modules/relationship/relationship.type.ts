import { Field, ID, Int, ObjectType } from "type-graphql";

import { RelationshipType } from "../../model/relationship-types.js";
import type { NodeRecord } from "../node/node.record.js";
import { Node } from "../node/node.type.js";

@ObjectType({
  description: "A relationship between two nodes, as stored (direction as in the graph model).",
})
export class Relationship {
  @Field(() => ID, { description: "Stable id: TYPE:from:to (and :theme for referral routes)." })
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => ID)
  fromId: string;

  @Field(() => ID)
  toId: string;

  @Field(() => Node, { nullable: true })
  from?: NodeRecord | null;

  @Field(() => Node, { nullable: true })
  to?: NodeRecord | null;

  @Field(() => String, { nullable: true })
  role?: string | null;

  @Field(() => Int, { nullable: true })
  strength?: number | null;

  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => [ID], { nullable: true })
  themeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true })
  agreed?: boolean | null;

  @Field(() => Int, { nullable: true })
  perYear?: number | null;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  confirmedAt?: string | null;

  @Field({ nullable: true })
  createdAt?: Date;
}
