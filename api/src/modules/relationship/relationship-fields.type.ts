import { Field, ID, Int, ObjectType } from "type-graphql";

import { RelationshipType } from "../../model/relationship-types.js";

/** The properties every view of a relationship shares (as stored, or seen from one end). */
@ObjectType()
export abstract class RelationshipFields {
  @Field(() => ID, { description: "Stable id: TYPE:from:to (and :theme for referral routes)." })
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => ID, { nullable: true, description: "REFERS_TO: the theme of the route." })
  themeId?: string | null;

  @Field(() => [ID], {
    nullable: true,
    description: "ACTIVE_AT: the themes it is active there for.",
  })
  themeIds?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: "REFERS_TO: false is an informal route." })
  agreed?: boolean | null;

  @Field(() => Int, { nullable: true, description: "KNOWS: 1 (weak) to 3 (strong)." })
  strength?: number | null;

  @Field(() => String, { nullable: true, description: "WORKS_FOR: the role." })
  role?: string | null;

  @Field(() => Int, { nullable: true, description: "REFERS_TO: referrals per year." })
  perYear?: number | null;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  confirmedAt?: string | null;
}
