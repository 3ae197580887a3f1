import { IsEmail, Length, Max, MaxLength, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

import { Role } from "./roles.js";

@InputType()
export class SignInInput {
  @Field()
  @MaxLength(200)
  email: string;

  // Long inputs cost argon2 time: bounded here rather than hashed.
  @Field()
  @Length(1, 200)
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field()
  @Length(1, 200)
  currentPassword: string;

  @Field({ description: "At least 12 characters." })
  @Length(12, 200)
  newPassword: string;
}

@InputType()
export class InviteUserInput {
  @Field()
  @MaxLength(200)
  @IsEmail()
  email: string;

  @Field(() => Role)
  role: Role;
}

@ArgsType()
export class UserPageArgs {
  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  @Max(1_000_000)
  skip: number = 0;

  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(200)
  take: number = 50;
}

@ArgsType()
export class UserIdArgs {
  @Field(() => ID)
  @MaxLength(100)
  id: string;
}
