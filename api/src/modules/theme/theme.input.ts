import { InputType } from "type-graphql";

import { Domain } from "../common/enums.js";
import {
  EnumField,
  OptionalId,
  OptionalText,
  RequiredText,
  UpdateEnum,
  UpdateText,
} from "../common/fields.js";

@InputType()
export class ThemeCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  name: string;

  @OptionalText(2000)
  description?: string | null;

  @OptionalText(200)
  programme?: string | null;

  @EnumField(Domain, false)
  domain: Domain;
}

@InputType()
export class ThemeUpdateInput {
  @UpdateText(200)
  name?: string;

  @OptionalText(2000)
  description?: string | null;

  @OptionalText(200)
  programme?: string | null;

  @UpdateEnum(Domain)
  domain?: Domain;
}
