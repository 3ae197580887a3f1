import { createUnionType, Field, ObjectType } from "type-graphql";

import { Domain } from "../common/enums.js";
import type { NodeRecord } from "../node/node.record.js";
import { Node, nodeTypeName } from "../node/node.type.js";
import { Organisation } from "../organisation/organisation.type.js";
import { Person } from "../person/person.type.js";

@ObjectType({
  implements: Node,
  description: "A societal task (opgave), e.g. eenzaamheid or schulden.",
})
export class Theme extends Node {
  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The policy programme it comes from, e.g. the Kadernota.",
  })
  programme?: string | null;

  @Field(() => Domain)
  domain: Domain;
}

export const Party = createUnionType({
  name: "Party",
  description: "A person or an organisation.",
  types: () => [Person, Organisation] as const,
  resolveType: (value) => nodeTypeName(value as unknown as NodeRecord),
});
