import { Max, Min } from "class-validator";
import { GraphQLJSONObject } from "graphql-scalars";
import { ArgsType, Field, ID, Int, ObjectType } from "type-graphql";

import { Node } from "../node/node.type.js";
import { ChangeOp, ChangeTargetKind } from "./history.record.js";
import type { ChangeRecord } from "./history.service.js";

@ObjectType({
  description:
    "One recorded change of a node or relationship: who, when, what, and the state before and after.",
})
export class Change {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: "Position in the log; higher is later." })
  seq: number;

  @Field(() => ID, {
    description: "Changes made by one action (an import, a merge) share a batch.",
  })
  batch: string;

  @Field()
  at: Date;

  @Field({ description: 'Who made it ("anonymous" until sign-in exists).' })
  actor: string;

  @Field(() => ChangeOp)
  op: ChangeOp;

  @Field(() => ChangeTargetKind)
  targetKind: ChangeTargetKind;

  @Field(() => ID, { description: "Id of the node or relationship." })
  targetId: string;

  @Field({ description: "Label of the node (Person, …) or type of the relationship (KNOWS, …)." })
  targetType: string;

  @Field(() => [ID], {
    description: "The nodes this change concerns (both ends of a relationship).",
  })
  nodeIds: string[];

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Properties before; null when it was created.",
  })
  before: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject, {
    nullable: true,
    description: "Properties after; null when it was deleted.",
  })
  after: Record<string, unknown> | null;

  @Field(() => [GraphQLJSONObject], {
    nullable: true,
    description: "For a deleted node: the relationships it had (restoreNode brings them back).",
  })
  relationships: Record<string, unknown>[] | null;

  @Field(() => [String], {
    description: "Properties whose value differs between before and after.",
  })
  changedKeys(): string[] {
    const self = this as unknown as ChangeRecord;
    const keys = new Set([...Object.keys(self.before ?? {}), ...Object.keys(self.after ?? {})]);
    return [...keys]
      .filter((key) => !["updatedAt", "version"].includes(key))
      .filter((key) => JSON.stringify(self.before?.[key]) !== JSON.stringify(self.after?.[key]))
      .sort();
  }

  @Field({
    description: "Holds a person's data (email, phone): removed when that person is erased.",
  })
  personal: boolean;

  @Field()
  undone: boolean;

  @Field(() => ID, { nullable: true, description: "The change this entry undoes." })
  undoOf: string | null;
}

@ObjectType()
export class UndoResult {
  @Field(() => [Change], { description: "The changes that were undone." })
  undone: ChangeRecord[];

  @Field(() => [Change], { description: "The new entries that record the undo." })
  applied: ChangeRecord[];
}

@ObjectType()
export class RestoreResult {
  @Field(() => Node)
  node: object;

  @Field(() => Int)
  relationshipsRestored: number;

  @Field(() => Int, { description: "Relationships whose other end no longer exists." })
  relationshipsSkipped: number;

  @Field(() => Change)
  change: ChangeRecord;
}

@ArgsType()
export class TakeArgs {
  @Field(() => Int, { defaultValue: 50 })
  @Min(1)
  @Max(500)
  take = 50;
}
