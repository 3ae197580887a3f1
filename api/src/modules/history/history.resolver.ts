import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import { actorOf } from "./history.record.js";
import { Change, RestoreResult, TakeArgs, UndoResult } from "./history.type.js";

@Resolver()
export class HistoryResolver {
  @Authorized(Role.EDITOR)
  @Query(() => [Change], {
    description: "Changes of a node and of its relationships, newest first.",
  })
  history(
    @Arg("nodeId", () => ID) nodeId: string,
    @Args(() => TakeArgs) { take }: TakeArgs,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.history.history(nodeId, take);
  }

  @Authorized(Role.EDITOR)
  @Query(() => [Change], { description: "The latest changes in the whole network, newest first." })
  recentChanges(@Args(() => TakeArgs) { take }: TakeArgs, @Ctx() ctx: Context) {
    return ctx.services.history.recentChanges(take);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => UndoResult, {
    description:
      "Undoes the most recent change that is not undone yet (a whole import or merge at once). Restored nodes get a new version.",
  })
  undoLastChange(@Ctx() ctx: Context) {
    return ctx.services.history.undoLastChange(actorOf(ctx));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => UndoResult, {
    description:
      "Undoes one change (and the rest of its batch); CONFLICT when its node or relationship has changed since. Given an UNDO entry, redoes what it reversed.",
  })
  undoChange(@Arg("id", () => ID) id: string, @Ctx() ctx: Context) {
    return ctx.services.history.undoChange(id, actorOf(ctx));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => RestoreResult, {
    description:
      "Brings back a deleted or merged-away node, from its DELETE (or MERGE) change, with its relationships.",
  })
  restoreNode(@Arg("changeId", () => ID) changeId: string, @Ctx() ctx: Context) {
    return ctx.services.history.restoreNode(changeId, actorOf(ctx));
  }
}
