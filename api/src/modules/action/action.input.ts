import { InputType } from "type-graphql";

import { ActionStatus } from "../common/enums.js";
import { EnumField, OptionalId, OptionalText, RequiredText } from "../common/fields.js";

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
  @OptionalText(200)
  title?: string;

  @EnumField(ActionStatus, true)
  status?: ActionStatus;

  @OptionalText(2000)
  goal?: string | null;
}
