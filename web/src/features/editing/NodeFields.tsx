import type { TFunction } from "i18next";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import type { NodeType } from "../../graphql/__generated__/graphql";
import type { FieldSpec } from "./model";
import { NODE_FIELDS } from "./model";
import type { FormValues, Problem } from "./validation";
import { validateFields } from "./validation";

/** The Dutch (or English) text for a problem: ours per rule, else the API's own words. */
export function problemText(t: TFunction, problem: Problem): string {
  const key = `editing.rule.${problem.rule}` as "editing.rule.required";
  return t(key, {
    ...problem.params,
    defaultValue: problem.message ?? t("editing.rule.invalid"),
  });
}

export function fieldLabel(t: TFunction, name: string): string {
  return t(`editing.field.${name}` as "editing.field.name", { defaultValue: name });
}

export function optionLabel(t: TFunction, spec: FieldSpec, value: string): string {
  const key = `${spec.optionLabels ?? "kind"}.${value}` as "kind.WELZIJN";
  return t(key, { defaultValue: value });
}

/** Values, problems and checks of one node form. */
export function useNodeForm(type: NodeType, initial: FormValues) {
  const [values, setValues] = useState<FormValues>(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  const fields = NODE_FIELDS[type];
  return {
    fields,
    values,
    problems,
    setProblems,
    setValue: (name: string, value: string) => {
      setValues((current) => ({ ...current, [name]: value }));
      // The message goes when the field is changed; it is checked again on saving.
      setProblems((current) => current.filter((p) => p.field !== name));
    },
    reset: (next: FormValues) => {
      setValues(next);
      setProblems([]);
    },
    /** Checks as the API does; shows and returns the problems. */
    validate: () => {
      const found = validateFields(fields, values);
      setProblems(found);
      return found;
    },
  };
}

/** Moves focus to the first field with a problem, so a keyboard user lands on it. */
export function focusFirstProblem(container: HTMLElement | null, problems: readonly Problem[]) {
  for (const problem of problems) {
    const marked = container?.querySelector<HTMLElement>(`[data-field="${problem.field}"]`);
    // The mark may sit on a wrapper (the picker of the other node): focus the input inside.
    const input = marked?.matches("input, select, textarea")
      ? marked
      : marked?.querySelector<HTMLElement>("input, select, textarea");
    if (input) {
      input.focus();
      return;
    }
  }
}

export interface NodeFieldsProps {
  fields: readonly FieldSpec[];
  values: FormValues;
  problems: readonly Problem[];
  onChange: (name: string, value: string) => void;
  villages?: readonly string[];
}

/** The inputs of a node form, each with its label and, when wrong, its message right below. */
export function NodeFields({ fields, values, problems, onChange, villages = [] }: NodeFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <>
      {fields.map((spec) => {
        const inputId = `${id}-${spec.name}`;
        const errorId = `${inputId}-error`;
        const problem = problems.find((p) => p.field === spec.name);
        const common = {
          id: inputId,
          name: spec.name,
          "data-field": spec.name,
          value: values[spec.name] ?? "",
          required: spec.required,
          "aria-invalid": problem ? true : undefined,
          "aria-describedby": problem ? errorId : undefined,
        };
        let control;
        if (spec.kind === "select") {
          control = (
            <select
              {...common}
              className="select"
              onChange={(event) => onChange(spec.name, event.target.value)}
            >
              <option value="">{t("editing.choose")}</option>
              {(spec.options ?? []).map((option) => (
                <option key={option} value={option}>
                  {optionLabel(t, spec, option)}
                </option>
              ))}
            </select>
          );
        } else if (spec.kind === "textarea") {
          control = (
            <textarea {...common} onChange={(event) => onChange(spec.name, event.target.value)} />
          );
        } else {
          control = (
            <input
              {...common}
              className="input"
              // A number as text: our rules (and messages) decide, not the browser's parsing.
              type={spec.kind === "number" ? "text" : spec.kind}
              inputMode={spec.kind === "number" ? "numeric" : undefined}
              list={spec.villages && villages.length > 0 ? `${id}-villages` : undefined}
              autoComplete="off"
              onChange={(event) => onChange(spec.name, event.target.value)}
            />
          );
        }
        return (
          <div className="form-field" key={spec.name}>
            <label htmlFor={inputId}>
              {fieldLabel(t, spec.name)}
              {spec.required ? "" : ` ${t("editing.optional")}`}
            </label>
            {control}
            {problem && (
              <p id={errorId} className="form-field__error">
                {problemText(t, problem)}
              </p>
            )}
          </div>
        );
      })}
      {villages.length > 0 && (
        <datalist id={`${id}-villages`}>
          {villages.map((village) => (
            <option key={village} value={village} />
          ))}
        </datalist>
      )}
    </>
  );
}

/** Problems the form cannot put next to a field (e.g. the id): shown above the buttons. */
export function OtherProblems({
  fields,
  problems,
}: {
  fields: readonly { name: string }[];
  problems: readonly Problem[];
}) {
  const { t } = useTranslation();
  const others = problems.filter((p) => !fields.some((f) => f.name === p.field));
  if (others.length === 0) return null;
  return (
    <div className="form__summary" role="alert">
      <ul>
        {others.map((p) => (
          <li key={`${p.field}-${p.rule}`}>
            {p.field ? `${fieldLabel(t, p.field)}: ` : ""}
            {problemText(t, p)}
          </li>
        ))}
      </ul>
    </div>
  );
}
