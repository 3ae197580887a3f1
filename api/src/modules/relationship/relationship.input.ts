import { ArrayMaxSize, IsOptional, Matches } from "class-validator";
import { Field, ID, InputType } from "type-graphql";

import { RelationshipType } from "../../model/relationship-types.js";
import {
  DateField,
  EnumField,
  ID_PATTERN,
  IntField,
  OptionalId,
  OptionalText,
  RequiredId,
} from "../common/fields.js";

/** The properties a relationship may carry; which apply depends on its type. */
@InputType()
export class RelationshipPropertiesInput {
  @OptionalText(200, "WORKS_FOR: the role in the organisation.")
  role?: string | null;

  @IntField(1, 3, { nullable: true, description: "KNOWS: 1 (weak) to 3 (strong)." })
  strength?: number | null;

  @Field(() => [ID], {
    nullable: true,
    description: "ACTIVE_AT: the themes it is active there for.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: "themeIds must hold theme ids" })
  themeIds?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "REFERS_TO: true for an agreed route, false for informal.",
  })
  agreed?: boolean | null;

  @IntField(0, 100_000, {
    nullable: true,
    description: "REFERS_TO: referrals per year, when known.",
  })
  perYear?: number | null;

  @DateField(true, "When the tie started (YYYY-MM-DD).")
  since?: string | null;

  @DateField(true, "When the tie ended (YYYY-MM-DD).")
  until?: string | null;

  @DateField(true, "When a party last confirmed the tie is still true (YYYY-MM-DD).")
  confirmedAt?: string | null;
}

@InputType()
export class RelationshipCreateInput extends RelationshipPropertiesInput {
  @EnumField(RelationshipType, false)
  type: RelationshipType;

  @RequiredId("Id of the start node.")
  from: string;

  @RequiredId("Id of the end node.")
  to: string;

  @OptionalId("REFERS_TO: the theme of the referral route (required there).")
  themeId?: string | null;
}

@InputType()
export class RelationshipUpdateInput extends RelationshipPropertiesInput {}
