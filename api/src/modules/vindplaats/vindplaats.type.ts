import { Field, Int, ObjectType } from "type-graphql";

import { VindplaatsKind } from "../common/enums.js";
import { Node } from "../node/node.type.js";

@ObjectType({
  implements: Node,
  description:
    "A setting where a target group is found and problems are first noticed (school, GP practice, library…).",
})
export class Vindplaats extends Node {
  @Field(() => VindplaatsKind)
  kind: VindplaatsKind;

  @Field()
  village: string;

  @Field(() => Int, { description: "How many parties it can host before it is overloaded." })
  capacity: number;
}
