import { Field, ObjectType } from "type-graphql";

import { Node } from "../node/node.type.js";

@ObjectType({ implements: Node, description: "A network meeting (netwerkbijeenkomst)." })
export class Meeting extends Node {
  @Field()
  title: string;

  @Field({ description: "The day, as YYYY-MM-DD." })
  date: string;

  @Field(() => String, { nullable: true })
  village?: string | null;
}
