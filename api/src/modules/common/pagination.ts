import { Max, Min } from "class-validator";
import { ArgsType, Field, Int } from "type-graphql";

/** Page arguments shared by every list query; page sizes are bounded. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: 0, description: "Number of items to skip." })
  @Min(0)
  @Max(1_000_000)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 50, description: "Number of items to return (1–200)." })
  @Min(1)
  @Max(200)
  take: number = 50;
}
