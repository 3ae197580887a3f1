import { InputType } from "type-graphql";

import { OrganisationKind } from "../common/enums.js";
import {
  EnumField,
  OptionalId,
  OptionalText,
  OptionalUrl,
  RequiredText,
} from "../common/fields.js";

@InputType()
export class OrganisationCreateInput {
  @OptionalId("Optional; generated when left out.")
  id?: string | null;

  @RequiredText(200)
  name: string;

  @EnumField(OrganisationKind, false)
  kind: OrganisationKind;

  @RequiredText(100)
  village: string;

  @OptionalUrl()
  website?: string | null;
}

@InputType()
export class OrganisationUpdateInput {
  @OptionalText(200)
  name?: string;

  @EnumField(OrganisationKind, true)
  kind?: OrganisationKind;

  @OptionalText(100)
  village?: string;

  @OptionalUrl()
  website?: string | null;
}
