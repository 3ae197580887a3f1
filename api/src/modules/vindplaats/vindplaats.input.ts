import { InputType } from "type-graphql";

import { VindplaatsKind } from "../common/enums.js";
import {
  EnumField,
  IntField,
  OptionalId,
  RequiredText,
  UpdateEnum,
  UpdateInt,
  UpdateText,
} from "../common/fields.js";

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
  @UpdateText(200)
  name?: string;

  @UpdateEnum(VindplaatsKind)
  kind?: VindplaatsKind;

  @UpdateText(100)
  village?: string;

  @UpdateInt(1, 10_000)
  capacity?: number;
}
