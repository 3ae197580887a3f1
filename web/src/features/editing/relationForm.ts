/** Values, checks and API input of the relationship form (pure, so it is tested on its own). */
import type {
  EditableRelationshipQuery,
  NodeType,
  RelationshipCreateInput,
  RelationshipType,
  RelationshipUpdateInput,
} from "../../graphql/__generated__/graphql";
import type { RelationChoice } from "./model";
import { relationSpec } from "./model";
import type { Problem } from "./validation";
import { checkWholeNumber, isCalendarDate } from "./validation";

export interface OtherNode {
  id: string;
  name: string;
  type: NodeType;
}

export interface RelationValues {
  other: OtherNode | null;
  themeId: string;
  agreed: "true" | "false";
  perYear: string;
  strength: string;
  role: string;
  themeIds: string[];
  since: string;
  until: string;
  confirmedAt: string;
}

export const EMPTY_RELATION: RelationValues = {
  other: null,
  themeId: "",
  agreed: "true",
  perYear: "",
  strength: "2",
  role: "",
  themeIds: [],
  since: "",
  until: "",
  confirmedAt: "",
};

type Stored = NonNullable<EditableRelationshipQuery["relationship"]>;

export function valuesFromRelationship(rel: Stored): RelationValues {
  return {
    other: null,
    themeId: rel.themeId ?? "",
    agreed: rel.agreed === false ? "false" : "true",
    perYear: rel.perYear == null ? "" : String(rel.perYear),
    strength: rel.strength == null ? "2" : String(rel.strength),
    role: rel.role ?? "",
    themeIds: [...(rel.themeIds ?? [])],
    since: rel.since ?? "",
    until: rel.until ?? "",
    confirmedAt: rel.confirmedAt ?? "",
  };
}

/** The relationship's rules as the API checks them (relationship.input.ts and .service.ts). */
export function validateRelation(
  type: RelationshipType,
  values: RelationValues,
  { creating }: { creating: boolean },
): Problem[] {
  const spec = relationSpec(type);
  const has = (p: string) => spec.properties.includes(p as never);
  const problems: Problem[] = [];
  if (creating && !values.other) problems.push({ field: "other", rule: "required" });
  if (creating && has("themeId") && !values.themeId) {
    problems.push({ field: "themeId", rule: "required" });
  }
  if (has("perYear") && values.perYear.trim() !== "") {
    const problem = checkWholeNumber("perYear", values.perYear, 0, 100_000);
    if (problem) problems.push(problem);
  }
  if (has("strength")) {
    const problem = checkWholeNumber("strength", values.strength, 1, 3);
    if (problem) problems.push(problem);
  }
  if (has("role") && values.role.trim().length > 200) {
    problems.push({ field: "role", rule: "tooLong", params: { max: 200 } });
  }
  for (const field of ["since", "until", "confirmedAt"] as const) {
    const value = values[field].trim();
    if (value !== "" && !isCalendarDate(value)) problems.push({ field, rule: "isCalendarDate" });
  }
  const since = values.since.trim();
  const until = values.until.trim();
  if (
    since &&
    until &&
    isCalendarDate(since) &&
    isCalendarDate(until) &&
    until < since &&
    !problems.some((p) => p.field === "until")
  ) {
    problems.push({ field: "until", rule: "order" });
  }
  return problems;
}

/** The type's own properties and the common dates, as API input (empty ones left out). */
function properties(type: RelationshipType, values: RelationValues): RelationshipUpdateInput {
  const spec = relationSpec(type);
  const input: RelationshipUpdateInput = {};
  if (spec.properties.includes("agreed")) input.agreed = values.agreed === "true";
  if (spec.properties.includes("perYear") && values.perYear.trim() !== "") {
    input.perYear = Number(values.perYear);
  }
  if (spec.properties.includes("strength")) input.strength = Number(values.strength);
  if (spec.properties.includes("role") && values.role.trim() !== "")
    input.role = values.role.trim();
  if (spec.properties.includes("themeIds")) input.themeIds = values.themeIds;
  for (const field of ["since", "until", "confirmedAt"] as const) {
    if (values[field].trim() !== "") input[field] = values[field].trim();
  }
  return input;
}

export function toCreateInput(
  nodeId: string,
  choice: RelationChoice,
  values: RelationValues,
): RelationshipCreateInput {
  const otherId = values.other?.id ?? "";
  const input: RelationshipCreateInput = {
    type: choice.type,
    from: choice.outgoing ? nodeId : otherId,
    to: choice.outgoing ? otherId : nodeId,
    ...properties(choice.type, values),
  };
  if (relationSpec(choice.type).properties.includes("themeId")) input.themeId = values.themeId;
  return input;
}

export function toUpdateInput(
  type: RelationshipType,
  values: RelationValues,
): RelationshipUpdateInput {
  return properties(type, values);
}

/** The API names the ends `from` and `to`; in the form the other end is one picker. */
export function formField(field: string): string {
  return field === "from" || field === "to" ? "other" : field;
}
