import { InputType } from "type-graphql";

import { OrganisationKind } from "../common/enums.js";
import {
  EnumField,
  OptionalId,
  OptionalUrl,
  RequiredText,
  UpdateEnum,
  UpdateText,
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
  @UpdateText(200)
  name?: string;

  @UpdateEnum(OrganisationKind)
  kind?: OrganisationKind;

  @UpdateText(100)
  village?: string;

  @OptionalUrl()
  website?: string | null;
}
