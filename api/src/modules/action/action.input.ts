import { InputType } from "type-graphql";

import { ActionStatus } from "../common/enums.js";
import {
  EnumField,
  OptionalId,
  OptionalText,
  RequiredText,
  UpdateEnum,
  UpdateText,
} from "../common/fields.js";

@InputType()
export class ActionCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  title: string;

  @EnumField(ActionStatus, false)
  status: ActionStatus;

  @OptionalText(2000)
  goal?: string | null;
}

@InputType()
export class ActionUpdateInput {
  @UpdateText(200)
  title?: string;

  @UpdateEnum(ActionStatus)
  status?: ActionStatus;

  @OptionalText(2000)
  goal?: string | null;
}
