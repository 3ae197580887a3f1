import { InputType } from "type-graphql";

import {
  DateField,
  OptionalId,
  OptionalText,
  RequiredText,
  UpdateDate,
  UpdateText,
} from "../common/fields.js";

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
  @UpdateText(200)
  title?: string;

  @UpdateDate("The day, as YYYY-MM-DD.")
  date?: string;

  @OptionalText(100)
  village?: string | null;
}
