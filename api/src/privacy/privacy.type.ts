import { MaxLength } from "class-validator";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";

@ArgsType()
export class PersonIdArgs {
  @Field(() => ID)
  @MaxLength(100)
  id: string;
}

@ObjectType({
  description: "What an erasure removed. The person is now only a pseudonym in the logs.",
})
export class ErasureResult {
  @Field({ description: "Stands for the person in the audit log and the history from now on." })
  pseudonym: string;

  @Field(() => Int)
  relationshipsDeleted: number;

  @Field(() => Int, { description: "History entries of the person or their ties: values removed." })
  historyEntriesErased: number;

  @Field(() => Int, {
    description: "Other nodes' history entries from which the person's ties were removed.",
  })
  historyEntriesTrimmed: number;

  @Field(() => Int)
  auditEntriesPseudonymised: number;
}
