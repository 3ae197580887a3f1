import { InputType } from "type-graphql";

import { OptionalId, OptionalText, RequiredText, UpdateText } from "../common/fields.js";

@InputType()
export class TargetGroupCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  name: string;

  @OptionalText(2000)
  description?: string | null;
}

@InputType()
export class TargetGroupUpdateInput {
  @UpdateText(200)
  name?: string;

  @OptionalText(2000)
  description?: string | null;
}
