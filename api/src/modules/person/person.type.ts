import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  description: "A professional, volunteer or resident in the network (personal data).",
})
export class Person extends Node {
  @Field(() => String, {
    nullable: true,
    description: "What this person does, e.g. 'jongerenwerker'.",
  })
  role?: string | null;

  @Field(() => String, { nullable: true, description: "Contact detail (personal data)." })
  email?: string | null;

  @Field(() => String, { nullable: true, description: "Contact detail (personal data)." })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  village?: string | null;
}
