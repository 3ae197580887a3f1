import { useQuery } from "@apollo/client/react";
import type { FormEvent } from "react";
import { useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/StateMessage";
import { readApiError } from "./apiErrors";
import { valueText } from "./describeChange";
import { Dialog } from "./Dialog";
import type { FieldSpec } from "./model";
import { useNodeMutations, useRefreshActive } from "./mutations";
import {
  fieldLabel,
  focusFirstProblem,
  NodeFields,
  optionLabel,
  OtherProblems,
  useNodeForm,
} from "./NodeFields";
import type { EditableNode } from "./nodeValues";
import { valuesFromNode, valuesFromRecord } from "./nodeValues";
import { EditableNodeQuery, ThemeOptionsQuery } from "./queries";
import { announce } from "./status";
import { toInput } from "./validation";

/** The values someone else saved, as a list the user can compare with their own. */
function CurrentValues({
  fields,
  current,
}: {
  fields: readonly FieldSpec[];
  current: Record<string, unknown>;
}) {
  const { t } = useTranslation();
  return (
    <dl data-testid="conflict-current">
      {fields.map((spec) => {
        const raw = current[spec.name];
        const value =
          spec.options && typeof raw === "string" && raw !== ""
            ? optionLabel(t, spec, raw)
            : valueText(t, raw);
        return (
          <div key={spec.name} style={{ display: "contents" }}>
            <dt>{fieldLabel(t, spec.name)}</dt>
            <dd>{value}</dd>
          </div>
        );
      })}
    </dl>
  );
}

function EditForm({ node, onClose }: { node: EditableNode; onClose: () => void }) {
  const { t } = useTranslation();
  const form = useNodeForm(node.type, valuesFromNode(node));
  const [version, setVersion] = useState(node.version);
  const [conflict, setConflict] = useState<Record<string, unknown> | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const { updateNode } = useNodeMutations();
  const refresh = useRefreshActive();
  const { data: options } = useQuery(ThemeOptionsQuery);
  const ref = useRef<HTMLFormElement>(null);

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
      const saved = await updateNode(
        node.type,
        node.id,
        toInput(form.fields, form.values, { keepEmpty: true }),
        version,
      );
      announce(t("editing.saved", { name: saved.name }));
      onClose();
    } catch (error) {
      const result = readApiError(error);
      if (result.kind === "conflict" && result.current) {
        setConflict(result.current);
        // The panel and the map behind the dialog show the stored values too.
        void refresh();
      } else if (result.problems.length > 0) {
        form.setProblems(result.problems);
        focusFirstProblem(ref.current, result.problems);
      } else {
        setFailure(t(`editing.failure.${result.kind}`));
      }
    } finally {
      setSaving(false);
    }
  };

  const reload = () => {
    if (!conflict) return;
    form.reset(valuesFromRecord(node.type, conflict));
    if (typeof conflict.version === "number") setVersion(conflict.version);
    setConflict(null);
    announce(t("editing.conflict.reloaded"));
  };

  return (
    <form ref={ref} className="form" noValidate onSubmit={(event) => void submit(event)}>
      {conflict && (
        <div className="conflict" role="alert" data-testid="conflict-message">
          <p>
            <strong>{t("editing.conflict.title")}</strong>
          </p>
          <p>{t("editing.conflict.body")}</p>
          <CurrentValues fields={form.fields} current={conflict} />
          <button type="button" className="button button--primary" onClick={reload}>
            {t("editing.conflict.reload")}
          </button>
        </div>
      )}
      <NodeFields
        fields={form.fields}
        values={form.values}
        problems={form.problems}
        onChange={form.setValue}
        villages={options?.villages}
      />
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
        <button type="submit" className="button button--primary" disabled={saving || !!conflict}>
          {saving ? t("editing.saving") : t("editing.save")}
        </button>
      </div>
    </form>
  );
}

/** "Bewerken": the node's fields, read fresh, saved with the version they were read at. */
export function NodeEditDialog({ id, onClose }: { id: string; onClose: () => void }) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(EditableNodeQuery, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const node = data?.node;
  return (
    <Dialog
      title={node ? t("editing.editTitle", { name: node.name }) : t("editing.edit")}
      onClose={onClose}
      testId="edit-dialog"
    >
      {loading && !node && <LoadingState />}
      {error && !node && (
        <p role="alert" className="form__summary">
          {t(`editing.failure.${readApiError(error).kind}`)}
        </p>
      )}
      {node && <EditForm node={node} onClose={onClose} />}
    </Dialog>
  );
}
