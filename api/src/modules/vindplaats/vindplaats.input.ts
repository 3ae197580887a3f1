import { InputType } from "type-graphql";

import { VindplaatsKind } from "../common/enums.js";
import { EnumField, IntField, OptionalId, OptionalText, RequiredText } from "../common/fields.js";

@InputType()
export class VindplaatsCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  name: string;

  @EnumField(VindplaatsKind, false)
  kind: VindplaatsKind;

  @RequiredText(100)
  village: string;

  @IntField(1, 10_000, { description: "How many parties it can host (at least 1)." })
  capacity: number;
}

@InputType()
export class VindplaatsUpdateInput {
  @OptionalText(200)
  name?: string;

  @EnumField(VindplaatsKind, true)
  kind?: VindplaatsKind;

  @OptionalText(100)
  village?: string;

  @IntField(1, 10_000, { nullable: true })
  capacity?: number;
}
