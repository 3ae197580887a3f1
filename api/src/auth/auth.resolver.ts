import { Arg, Args, Authorized, Ctx, Mutation, Query, Resolver } from "type-graphql";

import type { Context } from "../context.js";
import {
  ChangePasswordInput,
  InviteUserInput,
  SignInInput,
  UserIdArgs,
  UserPageArgs,
} from "./auth.input.js";
import { Role } from "./roles.js";
import { InviteResult, Me, SignInResult, User } from "./user.type.js";

/** Signing in and out: open to everyone (that is how one becomes someone). */
@Resolver()
export class AuthResolver {
  @Query(() => Me, { nullable: true, description: "The signed-in user, or null." })
  me(@Ctx() ctx: Context): Me | null {
    return ctx.user ?? null;
  }

  @Mutation(() => SignInResult, {
    description:
      "Signs in with email and password and sets the session cookie. Wrong email or password give the same UNAUTHENTICATED error; repeated failures give RATE_LIMITED.",
  })
  async signIn(@Arg("input", () => SignInInput) input: SignInInput, @Ctx() ctx: Context) {
    const { user, token, expiresAt } = await ctx.services.auth.signIn(
      input.email,
      input.password,
      ctx.ip,
    );
    ctx.session.set(token, expiresAt);
    ctx.user = user;
    return { user, expiresAt };
  }

  @Mutation(() => Boolean, { description: "Ends this session and clears the cookie." })
  async signOut(@Ctx() ctx: Context) {
    await ctx.services.auth.signOut(ctx.session.token);
    ctx.session.clear();
    return true;
  }

  @Authorized()
  @Mutation(() => Boolean, { description: "Changes your password; your other sessions end." })
  async changePassword(
    @Arg("input", () => ChangePasswordInput) input: ChangePasswordInput,
    @Ctx() ctx: Context,
  ) {
    await ctx.services.auth.changePassword(
      ctx.user!.id,
      input.currentPassword,
      input.newPassword,
      ctx.session.token,
    );
    return true;
  }
}

/** User management: admins only. */
@Resolver()
export class UserAdminResolver {
  @Authorized(Role.ADMIN)
  @Query(() => [User], { description: "All users, by email." })
  users(@Args(() => UserPageArgs) { skip, take }: UserPageArgs, @Ctx() ctx: Context) {
    return ctx.services.auth.users(skip, take);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => InviteResult, {
    description: "Creates a user with a generated one-time password (shown once).",
  })
  async inviteUser(
    @Arg("input", () => InviteUserInput) input: InviteUserInput,
    @Ctx() ctx: Context,
  ) {
    const { user, password } = await ctx.services.auth.createUser(input);
    return { user, oneTimePassword: password };
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Changes a user's role; the last admin stays admin." })
  setUserRole(
    @Args(() => UserIdArgs) { id }: UserIdArgs,
    @Arg("role", () => Role) role: Role,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.auth.setRole(ctx.user!.id, id, role);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Disables a user: sign-in refused, sessions end at once." })
  disableUser(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: Context) {
    return ctx.services.auth.setDisabled(ctx.user!.id, id, true);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => User, { description: "Enables a disabled user again." })
  enableUser(@Args(() => UserIdArgs) { id }: UserIdArgs, @Ctx() ctx: Context) {
    return ctx.services.auth.setDisabled(ctx.user!.id, id, false);
  }
}
