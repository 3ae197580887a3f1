/** Inputs of the analytics queries, with their bounds (validated by class-validator). */
import { ArrayMaxSize, ArrayMinSize, IsOptional, Matches, Max, Min } from "class-validator";
import { ArgsType, Field, ID, InputType, Int } from "type-graphql";

import { ID_PATTERN, OptionalId, OptionalText, RequiredId } from "../common/fields.js";
import { GapType, Severity } from "./gaps.rules.js";

/** A window on a long analytics list (the first `take` after `skip`); every row when `take` is left out. */
@ArgsType()
export class ListWindow {
  @Field(() => Int, { defaultValue: 0, description: "Rows to skip." })
  @Min(0)
  @Max(1_000_000)
  skip: number = 0;

  @Field(() => Int, {
    nullable: true,
    description: "At most this many rows (1–10 000); all rows when left out.",
  })
  @IsOptional()
  @Min(1)
  @Max(10_000)
  take?: number | null;
}

/** The rows of `rows` inside `window`. */
export function windowOf<T>(rows: readonly T[], window: ListWindow): T[] {
  const end = window.take == null ? undefined : window.skip + window.take;
  return rows.slice(window.skip, end);
}

@InputType({ description: "Which gaps to report; every given condition must hold." })
export class GapFilter {
  @Field(() => [GapType], { nullable: true, description: "Only these types (all when left out)." })
  @IsOptional()
  types?: GapType[] | null;

  @OptionalId("Only gaps about this theme (see Gap.themeIds).")
  themeId?: string | null;

  @OptionalText(100, "Only gaps involving a node in this village (kern).")
  village?: string | null;

  @Field(() => Severity, { nullable: true, description: "At least this severe." })
  @IsOptional()
  minSeverity?: Severity | null;
}

@InputType({ description: "Which vindplaatsen to show." })
export class LoadFilter {
  @OptionalText(100, "Only vindplaatsen in this village (kern).")
  village?: string | null;

  @OptionalId("Only vindplaatsen where this theme is asked (named in an ACTIVE_AT).")
  themeId?: string | null;
}

@InputType({ description: "Which part of the coverage matrix to show." })
export class CoverageFilter {
  @OptionalId("Only this theme.")
  themeId?: string | null;

  @OptionalId("Only this target group.")
  targetGroupId?: string | null;

  @OptionalText(100, "Only vindplaatsen in this village (kern).")
  village?: string | null;
}

@ArgsType()
export class PartnerArgs {
  @OptionalId("Suggest partners for this person (organisations and people).")
  forPerson?: string | null;

  @OptionalId("Suggest partner organisations for this organisation.")
  forOrganisation?: string | null;

  @OptionalId("Suggest organisations for this theme; introductions start at its trekker.")
  forTheme?: string | null;

  @Field(() => Int, { defaultValue: 10, description: "At most this many candidates (1–50)." })
  @Min(1)
  @Max(50)
  limit: number = 10;
}

@ArgsType()
export class PathArgs {
  @RequiredId("The person asking for an introduction.")
  from: string;

  @RequiredId("The person to be introduced to.")
  to: string;

  @Field(() => Int, { defaultValue: 3, description: "Number of paths (1–5)." })
  @Min(1)
  @Max(5)
  k: number = 3;

  @Field(() => Int, {
    defaultValue: 4,
    description: "At most this many relationships per path (1–6).",
  })
  @Min(1)
  @Max(6)
  maxHops: number = 4;
}

@InputType({ description: "The part of the network to measure: all of it, a theme or a village." })
export class HealthScope {
  @OptionalId("People and organisations tied to this theme, and the people of those organisations.")
  themeId?: string | null;

  @OptionalText(
    100,
    "People and organisations in this village, and the people of those organisations.",
  )
  village?: string | null;
}

@ArgsType()
export class WhatIfArgs {
  @Field(() => [ID], { description: "People, organisations or vindplaatsen to take out (1–50)." })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(ID_PATTERN, { each: true, message: "removeNodeIds must hold node ids" })
  removeNodeIds: string[];
}
