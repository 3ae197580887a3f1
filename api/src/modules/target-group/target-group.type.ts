import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  description: "A target group (doelgroep), e.g. ouderen or mantelzorgers.",
})
export class TargetGroup extends Node {
  @Field(() => String, { nullable: true })
  description?: string | null;
}
