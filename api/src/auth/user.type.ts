import { Field, ID, ObjectType } from "type-graphql";

import { Role } from "./roles.js";

@ObjectType({ description: "An account of the app (not a person in the network)." })
export class User {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;

  @Field({ description: "A disabled user cannot sign in; their sessions ended when disabled." })
  disabled: boolean;

  @Field()
  createdAt: Date;
}

@ObjectType({ description: "The signed-in user." })
export class Me {
  @Field(() => ID)
  id: string;

  @Field()
  email: string;

  @Field(() => Role)
  role: Role;
}

@ObjectType()
export class SignInResult {
  @Field(() => Me)
  user: Me;

  @Field({ description: "When the session ends unless used before (it slides with use)." })
  expiresAt: Date;
}

@ObjectType()
export class InviteResult {
  @Field(() => User)
  user: User;

  @Field({
    description:
      "The new user's password, shown once and never stored in plain text: hand it over in person or by phone; they change it after signing in.",
  })
  oneTimePassword: string;
}
