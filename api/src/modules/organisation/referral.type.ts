import { Field, ID, Int, ObjectType } from "type-graphql";

import type { NodeRecord } from "../node/node.record.js";
import { Organisation } from "./organisation.type.js";

@ObjectType({
  description: "A referral route (verwijsroute): `from` sends people on to `to` for a theme.",
})
export class Referral {
  @Field(() => ID)
  id: string;

  @Field(() => Organisation)
  from: NodeRecord;

  @Field(() => Organisation)
  to: NodeRecord;

  @Field(() => ID)
  themeId: string;

  @Field({ description: "true: an agreed route; false: informal (used, but not agreed)." })
  agreed: boolean;

  @Field(() => Int, { nullable: true, description: "Referrals per year, when known." })
  perYear?: number | null;

  @Field(() => String, { nullable: true })
  since?: string | null;

  @Field(() => String, { nullable: true })
  until?: string | null;

  @Field(() => String, { nullable: true })
  confirmedAt?: string | null;
}
