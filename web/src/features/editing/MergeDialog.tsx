import type { FormEvent } from "react";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";

import { SearchBox } from "../explorer/SearchBox";
import { readApiError } from "./apiErrors";
import { Dialog } from "./Dialog";
import { useHistoryMutations } from "./mutations";
import type { RelationNode } from "./RelationDialog";
import { announce } from "./status";

/**
 * Merges two nodes of the same type: the user picks the other node and which of the two to keep.
 * The other's relationships move over and its empty fields fill the kept one; undoable.
 */
export function MergeDialog({
  node,
  onClose,
  onMerged,
}: {
  node: RelationNode;
  onClose: () => void;
  onMerged: (keptId: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [other, setOther] = useState<RelationNode | null>(null);
  const [keep, setKeep] = useState<"this" | "other">("this");
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const { mergeNodes } = useHistoryMutations();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!other) {
      setProblem(t("editing.merge.pickOther"));
      return;
    }
    if (other.id === node.id) {
      setProblem(t("editing.merge.same"));
      return;
    }
    const [kept, merged] = keep === "this" ? [node, other] : [other, node];
    setBusy(true);
    try {
      const result = await mergeNodes(kept.id, merged.id);
      announce(
        t("editing.merge.done", {
          kept: kept.name,
          merged: merged.name,
          relations: t("editing.relationCount", { count: result?.relationshipsMoved ?? 0 }),
        }),
      );
      onMerged(kept.id);
    } catch (error) {
      const result = readApiError(error);
      setProblem(
        result.problems[0]?.message ??
          t(`editing.failure.${result.kind}` as "editing.failure.other"),
      );
      setBusy(false);
    }
  };

  return (
    <Dialog
      title={t("editing.merge.title", { name: node.name })}
      description={t("editing.merge.explain")}
      onClose={onClose}
      testId="merge-dialog"
    >
      <form className="form" noValidate onSubmit={(event) => void submit(event)}>
        <div className="form-field">
          <SearchBox
            types={[node.type]}
            label={t("editing.merge.other", { type: t(`nodeType.${node.type}`).toLowerCase() })}
            hint={t("editing.merge.otherHint")}
            onChoose={() => undefined}
            onChooseHit={(hit) => {
              setOther(hit);
              setProblem(null);
            }}
            errorId={problem ? `${id}-error` : undefined}
          />
          {problem && (
            <p id={`${id}-error`} className="form-field__error">
              {problem}
            </p>
          )}
        </div>
        {other && (
          <fieldset className="form-field">
            <legend>{t("editing.merge.keep")}</legend>
            <label className="checkbox">
              <input
                type="radio"
                name={`${id}-keep`}
                checked={keep === "this"}
                onChange={() => setKeep("this")}
              />
              {t("editing.merge.keepOne", { name: node.name })}
            </label>
            <label className="checkbox">
              <input
                type="radio"
                name={`${id}-keep`}
                checked={keep === "other"}
                onChange={() => setKeep("other")}
              />
              {t("editing.merge.keepOne", { name: other.name })}
            </label>
          </fieldset>
        )}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t("editing.cancel")}
          </button>
          <button type="submit" className="button button--primary" disabled={busy}>
            {t("editing.merge.confirm")}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
