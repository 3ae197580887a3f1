import { InputType } from "type-graphql";

import { DateField, OptionalId, OptionalText, RequiredText } from "../common/fields.js";

@InputType()
export class MeetingCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  title: string;

  @DateField(false, "The day, as YYYY-MM-DD.")
  date: string;

  @OptionalText(100)
  village?: string | null;
}

@InputType()
export class MeetingUpdateInput {
  @OptionalText(200)
  title?: string;

  @DateField(true, "The day, as YYYY-MM-DD.")
  date?: string;

  @OptionalText(100)
  village?: string | null;
}
