import { InputType } from "type-graphql";

import {
  OptionalEmail,
  OptionalId,
  OptionalPhone,
  OptionalText,
  RequiredText,
  UpdateText,
} from "../common/fields.js";

@InputType()
export class PersonCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  name: string;

  @OptionalText(200)
  role?: string | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @OptionalText(100)
  village?: string | null;
}

@InputType()
export class PersonUpdateInput {
  @UpdateText(200)
  name?: string;

  @OptionalText(200)
  role?: string | null;

  @OptionalEmail()
  email?: string | null;

  @OptionalPhone()
  phone?: string | null;

  @OptionalText(100)
  village?: string | null;
}
