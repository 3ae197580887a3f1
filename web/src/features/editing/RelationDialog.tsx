import { useQuery } from "@apollo/client/react";
import type { FormEvent, ReactNode } from "react";
import { useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/StateMessage";
import type { NodeType, RelationshipType } from "../../graphql/__generated__/graphql";
import { SearchBox } from "../explorer/SearchBox";
import { readApiError } from "./apiErrors";
import { Dialog } from "./Dialog";
import type { RelationChoice } from "./model";
import { relationChoices, relationSpec } from "./model";
import { useRelationshipMutations } from "./mutations";
import { focusFirstProblem, problemText } from "./NodeFields";
import { EditableRelationshipQuery, ThemeOptionsQuery } from "./queries";
import type { RelationValues } from "./relationForm";
import {
  EMPTY_RELATION,
  formField,
  toCreateInput,
  toUpdateInput,
  validateRelation,
  valuesFromRelationship,
} from "./relationForm";
import { announce } from "./status";
import type { Problem } from "./validation";

export interface RelationNode {
  id: string;
  name: string;
  type: NodeType;
}

function Field({
  id,
  label,
  problem,
  children,
}: {
  id: string;
  label: string;
  problem?: Problem;
  children: (aria: {
    id: string;
    "data-field": string;
    "aria-invalid"?: boolean;
    "aria-describedby"?: string;
  }) => ReactNode;
}) {
  const { t } = useTranslation();
  const field = id.split("-").pop() ?? id;
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        "data-field": field,
        "aria-invalid": problem ? true : undefined,
        "aria-describedby": problem ? `${id}-error` : undefined,
      })}
      {problem && (
        <p id={`${id}-error`} className="form-field__error">
          {problemText(t, problem)}
        </p>
      )}
    </div>
  );
}

/** The properties of one relationship type, and the dates every relationship may carry. */
function PropertyFields({
  type,
  values,
  problems,
  onChange,
  creating,
}: {
  type: RelationshipType;
  values: RelationValues;
  problems: readonly Problem[];
  onChange: (change: Partial<RelationValues>) => void;
  creating: boolean;
}) {
  const { t } = useTranslation();
  const base = useId().replace(/:/g, "");
  const id = (name: string) => `${base}-${name}`;
  const problem = (field: string) => problems.find((p) => p.field === field);
  const { data } = useQuery(ThemeOptionsQuery);
  const themes = data?.themes ?? [];
  const spec = relationSpec(type);
  const has = (p: string) => spec.properties.includes(p as never);

  return (
    <>
      {has("themeId") && (
        <Field id={id("themeId")} label={t("editing.relation.theme")} problem={problem("themeId")}>
          {(aria) => (
            <select
              {...aria}
              className="select"
              value={values.themeId}
              required
              // The theme is part of a referral route's identity: a new route, not an edit.
              disabled={!creating}
              onChange={(event) => onChange({ themeId: event.target.value })}
            >
              <option value="">{t("editing.choose")}</option>
              {themes.map((theme) => (
                <option key={theme.id} value={theme.id}>
                  {theme.name}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {has("agreed") && (
        <fieldset className="form-field">
          <legend>{t("editing.relation.agreed")}</legend>
          {(["true", "false"] as const).map((value) => (
            <label key={value} className="checkbox">
              <input
                type="radio"
                name={id("agreed")}
                value={value}
                checked={values.agreed === value}
                onChange={() => onChange({ agreed: value })}
              />
              {value === "true" ? t("editing.relation.agreedYes") : t("editing.relation.agreedNo")}
            </label>
          ))}
        </fieldset>
      )}
      {has("perYear") && (
        <Field
          id={id("perYear")}
          label={t("editing.relation.perYear")}
          problem={problem("perYear")}
        >
          {(aria) => (
            <input
              {...aria}
              className="input"
              inputMode="numeric"
              value={values.perYear}
              onChange={(event) => onChange({ perYear: event.target.value })}
            />
          )}
        </Field>
      )}
      {has("strength") && (
        <Field
          id={id("strength")}
          label={t("editing.relation.strength")}
          problem={problem("strength")}
        >
          {(aria) => (
            <select
              {...aria}
              className="select"
              value={values.strength}
              onChange={(event) => onChange({ strength: event.target.value })}
            >
              {["1", "2", "3"].map((value) => (
                <option key={value} value={value}>
                  {t(`editing.relation.strength${value}` as "editing.relation.strength1")}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      {has("role") && (
        <Field id={id("role")} label={t("editing.relation.role")} problem={problem("role")}>
          {(aria) => (
            <input
              {...aria}
              className="input"
              value={values.role}
              onChange={(event) => onChange({ role: event.target.value })}
            />
          )}
        </Field>
      )}
      {has("themeIds") && (
        <fieldset className="form-field">
          <legend>{t("editing.relation.themes")}</legend>
          <div className="checkbox-group">
            {themes.map((theme) => (
              <label key={theme.id} className="checkbox">
                <input
                  type="checkbox"
                  checked={values.themeIds.includes(theme.id)}
                  onChange={(event) =>
                    onChange({
                      themeIds: event.target.checked
                        ? [...values.themeIds, theme.id]
                        : values.themeIds.filter((themeId) => themeId !== theme.id),
                    })
                  }
                />
                {theme.name}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {(["since", "until", "confirmedAt"] as const).map((field) => (
        <Field
          key={field}
          id={id(field)}
          label={`${t(`editing.relation.${field}`)} ${t("editing.optional")}`}
          problem={problem(field)}
        >
          {(aria) => (
            <input
              {...aria}
              className="input"
              type="date"
              value={values[field]}
              onChange={(event) => onChange({ [field]: event.target.value })}
            />
          )}
        </Field>
      ))}
    </>
  );
}

/** How a relationship type reads from this node ("verwijst naar", "heeft als trekker", …). */
export function choiceLabel(t: ReturnType<typeof useTranslation>["t"], choice: RelationChoice) {
  const phrase = choice.outgoing
    ? t(`relType.${choice.type}`)
    : t(`relTypeIncoming.${choice.type}`);
  const others = choice.otherTypes.map((type) => t(`nodeType.${type}`).toLowerCase()).join(" / ");
  return `${phrase} (${others})`;
}

function useRelationForm(initial: RelationValues) {
  const [values, setValues] = useState(initial);
  const [problems, setProblems] = useState<Problem[]>([]);
  return {
    values,
    problems,
    setProblems,
    change: (change: Partial<RelationValues>) => {
      setValues((current) => ({ ...current, ...change }));
      const fields = Object.keys(change).map((key) => (key === "other" ? "other" : key));
      setProblems((current) => current.filter((p) => !fields.includes(p.field)));
    },
  };
}

/** Problems from the API, put next to the form's fields. */
function apiProblems(error: unknown): { problems: Problem[]; kind: string } {
  const result = readApiError(error);
  return {
    kind: result.kind,
    problems: result.problems.map((p) => ({ ...p, field: formField(p.field) })),
  };
}

/** "Relatie toevoegen": type (only those valid for this node), the other node, its properties. */
export function NewRelationDialog({ node, onClose }: { node: RelationNode; onClose: () => void }) {
  const { t } = useTranslation();
  const base = useId().replace(/:/g, "");
  const choices = relationChoices(node.type);
  const [choiceKey, setChoiceKey] = useState(choices[0]?.key ?? "");
  const choice = choices.find((c) => c.key === choiceKey) ?? choices[0]!;
  const form = useRelationForm(EMPTY_RELATION);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { createRelationship } = useRelationshipMutations();
  const ref = useRef<HTMLFormElement>(null);
  const otherProblem = form.problems.find((p) => p.field === "other");

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const problems = validateRelation(choice.type, form.values, { creating: true });
    form.setProblems(problems);
    if (problems.length > 0) {
      focusFirstProblem(ref.current, problems);
      return;
    }
    setSaving(true);
    try {
      await createRelationship(toCreateInput(node.id, choice, form.values));
      announce(
        t("editing.relation.created", {
          from: node.name,
          phrase: choice.outgoing
            ? t(`relType.${choice.type}`)
            : t(`relTypeIncoming.${choice.type}`),
          to: form.values.other?.name ?? "",
        }),
      );
      onClose();
    } catch (error) {
      const { problems: found, kind } = apiProblems(error);
      if (found.length > 0) {
        form.setProblems(found);
        focusFirstProblem(ref.current, found);
      } else {
        setFailure(t(`editing.failure.${kind}` as "editing.failure.other"));
      }
      setSaving(false);
    }
  };

  return (
    <Dialog
      title={t("editing.relation.addTitle", { name: node.name })}
      onClose={onClose}
      testId="relation-dialog"
    >
      <form ref={ref} className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="form-field">
          <label htmlFor={`${base}-type`}>{t("editing.relation.type")}</label>
          <select
            id={`${base}-type`}
            className="select"
            value={choice.key}
            data-autofocus
            onChange={(event) => {
              setChoiceKey(event.target.value);
              form.change({ other: null });
            }}
          >
            {choices.map((c) => (
              <option key={c.key} value={c.key}>
                {choiceLabel(t, c)}
              </option>
            ))}
          </select>
        </div>
        <div className="form-field" data-field="other">
          <SearchBox
            key={choice.key}
            types={choice.otherTypes}
            label={t("editing.relation.other")}
            hint={t("editing.relation.otherHint", {
              types: choice.otherTypes
                .map((type) => t(`nodeType.${type}`).toLowerCase())
                .join(" / "),
            })}
            placeholder={t("editing.relation.otherPlaceholder")}
            onChoose={() => undefined}
            onChooseHit={(hit) => form.change({ other: hit })}
            errorId={otherProblem ? `${base}-other-error` : undefined}
          />
          {form.values.other && (
            <p className="muted" data-testid="relation-other">
              {t("editing.relation.chosen", {
                name: form.values.other.name,
                type: t(`nodeType.${form.values.other.type}`),
              })}
            </p>
          )}
          {otherProblem && (
            <p id={`${base}-other-error`} className="form-field__error">
              {problemText(t, otherProblem)}
            </p>
          )}
        </div>
        <PropertyFields
          key={choice.type}
          type={choice.type}
          values={form.values}
          problems={form.problems}
          onChange={form.change}
          creating
        />
        {failure && (
          <p className="form__summary" role="alert">
            {failure}
          </p>
        )}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("editing.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={saving}>
            {saving ? t("editing.saving") : t("editing.relation.add")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function EditRelationForm({
  id,
  type,
  initial,
  onClose,
}: {
  id: string;
  type: RelationshipType;
  initial: RelationValues;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const form = useRelationForm(initial);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { updateRelationship } = useRelationshipMutations();
  const ref = useRef<HTMLFormElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const problems = validateRelation(type, form.values, { creating: false });
    form.setProblems(problems);
    if (problems.length > 0) {
      focusFirstProblem(ref.current, problems);
      return;
    }
    setSaving(true);
    try {
      await updateRelationship(id, toUpdateInput(type, form.values));
      announce(t("editing.relation.saved"));
      onClose();
    } catch (error) {
      const { problems: found, kind } = apiProblems(error);
      if (found.length > 0) {
        form.setProblems(found);
        focusFirstProblem(ref.current, found);
      } else {
        setFailure(t(`editing.failure.${kind}` as "editing.failure.other"));
      }
      setSaving(false);
    }
  };

  return (
    <form ref={ref} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <PropertyFields
        type={type}
        values={form.values}
        problems={form.problems}
        onChange={form.change}
        creating={false}
      />
      {failure && (
        <p className="form__summary" role="alert">
          {failure}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t("editing.cancel")}
        </button>
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t("editing.saving") : t("editing.save")}
        </button>
      </div>
    </form>
  );
}

/** Edits the properties of a relationship (its type and ends stay; delete and add to change). */
export function EditRelationDialog({
  id,
  description,
  onClose,
}: {
  id: string;
  /** The relationship in words, e.g. "Welzijn verwijst naar GGD". */
  description: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(EditableRelationshipQuery, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const relationship = data?.relationship;
  return (
    <Dialog
      title={t("editing.relation.editTitle")}
      description={description}
      onClose={onClose}
      testId="relation-edit-dialog"
    >
      {loading && !relationship && <LoadingState />}
      {error && !relationship && (
        <p role="alert" className="form__summary">
          {t(`editing.failure.${readApiError(error).kind}` as "editing.failure.other")}
        </p>
      )}
      {!loading && !error && !relationship && <p>{t("editing.relation.gone")}</p>}
      {relationship && (
        <EditRelationForm
          id={relationship.id}
          type={relationship.type}
          initial={valuesFromRelationship(relationship)}
          onClose={onClose}
        />
      )}
    </Dialog>
  );
}

/** Confirms and deletes one relationship. */
export function DeleteRelationDialog({
  id,
  description,
  onClose,
}: {
  id: string;
  description: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { deleteRelationship } = useRelationshipMutations();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await deleteRelationship(id);
      announce(t("editing.relation.deleted", { description }));
      onClose();
    } catch (error) {
      setFailure(t(`editing.failure.${readApiError(error).kind}` as "editing.failure.other"));
      setBusy(false);
    }
  };
  return (
    <Dialog
      title={t("editing.relation.deleteTitle")}
      onClose={onClose}
      testId="relation-delete-dialog"
    >
      <p>{t("editing.relation.deleteBody", { description })}</p>
      <p className="muted">{t("editing.deleteUndoHint")}</p>
      {failure && (
        <p className="form__summary" role="alert">
          {failure}
        </p>
      )}
      <div className="form__actions">
        <button type="button" className="button button--secondary" onClick={onClose} data-autofocus>
          {t("editing.cancel")}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={busy}
          onClick={() => void confirm()}
        >
          {t("editing.deleteConfirm")}
        </button>
      </div>
    </Dialog>
  );
}
