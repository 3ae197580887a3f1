/**
 * The API's input rules (api/src/modules/common/fields.ts), checked in the browser so a form can
 * say what is wrong next to the field before anything is sent. The API checks again.
 */
import type { FieldSpec } from "./model";

/** One thing wrong with one field; `rule` names the message (editing.rule.<rule>). */
export interface Problem {
  field: string;
  rule: string;
  /** The API's own (English) text, shown when the rule has no message of its own. */
  message?: string;
  params?: Record<string, number | string>;
}

export type FormValues = Record<string, string>;

const PHONE_PATTERN = /^\+?[0-9][0-9 ()-]{5,19}$/;
const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD that exists (no 2024-02-31). */
export function isCalendarDate(value: string): boolean {
  if (!DATE_PATTERN.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && url.hostname.includes(".");
  } catch {
    return false;
  }
}

/** Checks a whole number against its bounds; undefined when it is fine. */
export function checkWholeNumber(
  field: string,
  raw: string,
  min: number,
  max: number,
): Problem | undefined {
  if (!/^-?\d+$/.test(raw.trim())) return { field, rule: "wholeNumber" };
  const value = Number(raw);
  if (value < min) return { field, rule: "tooSmall", params: { min } };
  if (value > max) return { field, rule: "tooLarge", params: { max } };
  return undefined;
}

/** Every problem with the values of a node form, in field order. */
export function validateFields(fields: readonly FieldSpec[], values: FormValues): Problem[] {
  const problems: Problem[] = [];
  for (const spec of fields) {
    const raw = values[spec.name] ?? "";
    const value = raw.trim();
    if (value === "") {
      if (spec.required) problems.push({ field: spec.name, rule: "required" });
      continue;
    }
    if (spec.max !== undefined && value.length > spec.max) {
      problems.push({ field: spec.name, rule: "tooLong", params: { max: spec.max } });
      continue;
    }
    let problem: Problem | undefined;
    switch (spec.kind) {
      case "email":
        if (!EMAIL_PATTERN.test(value)) problem = { field: spec.name, rule: "isEmail" };
        break;
      case "tel":
        if (!PHONE_PATTERN.test(value)) problem = { field: spec.name, rule: "matches" };
        break;
      case "url":
        if (!isWebAddress(value)) problem = { field: spec.name, rule: "isUrl" };
        break;
      case "date":
        if (!isCalendarDate(value)) problem = { field: spec.name, rule: "isCalendarDate" };
        break;
      case "number":
        problem = checkWholeNumber(
          spec.name,
          value,
          spec.minValue ?? Number.MIN_SAFE_INTEGER,
          spec.maxValue ?? Number.MAX_SAFE_INTEGER,
        );
        break;
      case "select":
        if (spec.options && !spec.options.includes(value)) {
          problem = { field: spec.name, rule: "isEnum" };
        }
        break;
      default:
        break;
    }
    if (problem) problems.push(problem);
  }
  return problems;
}

/** The values as API input: trimmed text, numbers as numbers; empty optional values as given. */
export function toInput(
  fields: readonly FieldSpec[],
  values: FormValues,
  { keepEmpty }: { keepEmpty: boolean },
): Record<string, string | number | null> {
  const input: Record<string, string | number | null> = {};
  for (const spec of fields) {
    const value = (values[spec.name] ?? "").trim();
    if (value === "") {
      // On update an empty optional field clears it (the API takes "" as "clear").
      if (keepEmpty && !spec.required) input[spec.name] = "";
      continue;
    }
    input[spec.name] = spec.kind === "number" ? Number(value) : value;
  }
  return input;
}
