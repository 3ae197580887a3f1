import { Field, ObjectType } from "type-graphql";

import { OrganisationKind } from "../common/enums.js";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  description:
    "A municipality team, welfare organisation, school, GP practice, library, club, company or residents' initiative.",
})
export class Organisation extends Node {
  @Field(() => OrganisationKind)
  kind: OrganisationKind;

  @Field(() => String, { nullable: true, description: "The village (kern) it is based in." })
  village?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;
}
