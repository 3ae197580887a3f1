import { Authorized, Field, ObjectType, UseMiddleware } from "type-graphql";

import { AuditContactRead } from "../../audit/contact-read.middleware.js";
import { Role } from "../../auth/roles.js";
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

  @Authorized(Role.EDITOR)
  @UseMiddleware(AuditContactRead)
  @Field(() => String, {
    nullable: true,
    description:
      "Contact detail (personal data): editors and admins only (null for others); reads are audited.",
  })
  email?: string | null;

  @Authorized(Role.EDITOR)
  @UseMiddleware(AuditContactRead)
  @Field(() => String, {
    nullable: true,
    description:
      "Contact detail (personal data): editors and admins only (null for others); reads are audited.",
  })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  village?: string | null;
}
