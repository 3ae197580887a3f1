import { skipToken, useQuery } from "@apollo/client/react";
import type { FormEvent } from "react";
import { useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { NODE_TYPES } from "../../graph/palette";
import type { NodeType } from "../../graphql/__generated__/graphql";
import { readApiError } from "./apiErrors";
import { Dialog } from "./Dialog";
import { useNodeMutations } from "./mutations";
import { focusFirstProblem, NodeFields, OtherProblems, useNodeForm } from "./NodeFields";
import { emptyValues } from "./nodeValues";
import { SimilarNodesQuery, ThemeOptionsQuery } from "./queries";
import { announce } from "./status";
import { toInput } from "./validation";

const DUPLICATE_TYPES: readonly NodeType[] = ["PERSON", "ORGANISATION"];
const SIMILAR_MIN_LENGTH = 3;

/** Existing people or organisations with a name like this one: maybe it is there already. */
function SimilarNames({
  type,
  name,
  onOpen,
}: {
  type: NodeType;
  name: string;
  onOpen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const [debounced, setDebounced] = useState(name.trim());
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(name.trim()), 300);
    return () => clearTimeout(timer);
  }, [name]);
  const enabled = DUPLICATE_TYPES.includes(type) && debounced.length >= SIMILAR_MIN_LENGTH;
  const { data } = useQuery(
    SimilarNodesQuery,
    enabled ? { variables: { type, name: debounced } } : skipToken,
  );
  const similar = enabled ? (data?.similarNodes ?? []) : [];
  return (
    <div aria-live="polite">
      {similar.length > 0 && (
        <div className="suggestions" data-testid="similar-nodes">
          <p>
            <strong>{t("editing.similar.title")}</strong> {t("editing.similar.hint")}
          </p>
          <ul>
            {similar.map(({ node, reason }) => (
              <li key={node.id}>
                {node.name} <span className="muted">({t(`editing.similar.reason.${reason}`)})</span>{" "}
                <button
                  type="button"
                  className="button button--link"
                  onClick={() => onOpen(node.id)}
                >
                  {t("editing.similar.open", { name: node.name })}
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

function CreateForm({
  type,
  onClose,
  onCreated,
}: {
  type: NodeType;
  onClose: () => void;
  onCreated: (id: string) => void;
}) {
  const { t } = useTranslation();
  const form = useNodeForm(type, emptyValues(type));
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { createNode } = useNodeMutations();
  const { data: options } = useQuery(ThemeOptionsQuery);
  const ref = useRef<HTMLFormElement>(null);
  const nameField = form.fields[0]!.name;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const problems = form.validate();
    if (problems.length > 0) {
      focusFirstProblem(ref.current, problems);
      return;
    }
    setSaving(true);
    try {
      const saved = await createNode(type, toInput(form.fields, form.values, { keepEmpty: false }));
      announce(t("editing.created", { name: saved.name, type: t(`nodeType.${type}`) }));
      onCreated(saved.id);
    } catch (error) {
      const result = readApiError(error);
      if (result.problems.length > 0) {
        form.setProblems(result.problems);
        focusFirstProblem(ref.current, result.problems);
      } else {
        setFailure(t(`editing.failure.${result.kind}`));
      }
      setSaving(false);
    }
  };

  return (
    <form ref={ref} className="form" noValidate onSubmit={(event) => void submit(event)}>
      <NodeFields
        fields={form.fields}
        values={form.values}
        problems={form.problems}
        onChange={form.setValue}
        villages={options?.villages}
      />
      <SimilarNames type={type} name={form.values[nameField] ?? ""} onOpen={onCreated} />
      <OtherProblems fields={form.fields} problems={form.problems} />
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
          {saving ? t("editing.saving") : t("editing.create")}
        </button>
      </div>
    </form>
  );
}

/** "Nieuw knooppunt": pick a type, fill in its fields; similar names are suggested first. */
export function NewNodeDialog({
  onClose,
  onCreated,
  initialType = "ORGANISATION",
}: {
  onClose: () => void;
  /** Called with the new node's id (or an existing one the user chose to open instead). */
  onCreated: (id: string) => void;
  initialType?: NodeType;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [type, setType] = useState<NodeType>(initialType);
  return (
    <Dialog title={t("editing.newNode")} onClose={onClose} testId="new-node-dialog">
      <div className="form">
        <div className="form-field">
          <label htmlFor={`${id}-type`}>{t("editing.nodeType")}</label>
          <select
            id={`${id}-type`}
            className="select"
            value={type}
            data-autofocus
            onChange={(event) => setType(event.target.value as NodeType)}
          >
            {NODE_TYPES.map((nodeType) => (
              <option key={nodeType} value={nodeType}>
                {t(`nodeType.${nodeType}`)}
              </option>
            ))}
          </select>
        </div>
        {/* A new form per type: fields and checks differ. */}
        <CreateForm key={type} type={type} onClose={onClose} onCreated={onCreated} />
      </div>
    </Dialog>
  );
}
