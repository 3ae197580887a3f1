import { Field, ObjectType } from "type-graphql";

import { ActionStatus } from "../common/enums.js";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  description: "A concrete action from the Actieboek contributing to a theme.",
})
export class Action extends Node {
  @Field()
  title: string;

  @Field(() => ActionStatus)
  status: ActionStatus;

  @Field(() => String, { nullable: true })
  goal?: string | null;
}
