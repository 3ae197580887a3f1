import { Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";

@ObjectType({
  description:
    "One audited action: who (user id), when, what (the operation) and on which node. Never holds names, emails or other values.",
})
export class AuditEntry {
  @Field(() => ID)
  id: string;

  @Field()
  at: Date;

  @Field(() => ID, { description: 'The user id, or "anonymous" (a failed sign-in).' })
  actorId: string;

  @Field({ description: "The operation, e.g. updatePerson, readContactDetails, erasePerson." })
  action: string;

  @Field(() => ID, { nullable: true, description: "The node, relationship or user acted on." })
  targetId: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Person, Organisation, …, Relationship, User.",
  })
  targetKind: string | null;

  @Field(() => String, {
    nullable: true,
    description: "The x-request-id, to find the request in the logs.",
  })
  requestId: string | null;
}

@ArgsType()
export class AuditLogArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  take: number = 50;

  @Field(() => ID, { nullable: true })
  @MaxLength(200)
  actorId?: string | null;

  @Field(() => ID, { nullable: true })
  @MaxLength(200)
  targetId?: string | null;

  @Field(() => String, { nullable: true })
  @MaxLength(100)
  action?: string | null;
}
