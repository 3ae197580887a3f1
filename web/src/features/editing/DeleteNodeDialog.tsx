import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/StateMessage";
import { readApiError } from "./apiErrors";
import { Dialog } from "./Dialog";
import { useNodeMutations } from "./mutations";
import { EditableNodeQuery } from "./queries";
import { announce } from "./status";

/** "Verwijderen": says how many relationships go with the node, and that it can be undone. */
export function DeleteNodeDialog({
  id,
  onClose,
  onDeleted,
}: {
  id: string;
  onClose: () => void;
  onDeleted: () => void;
}) {
  const { t } = useTranslation();
  const { data, loading, refetch } = useQuery(EditableNodeQuery, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const { deleteNode } = useNodeMutations();
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const node = data?.node;

  const confirm = async () => {
    if (!node) return;
    setBusy(true);
    setFailure(null);
    try {
      const result = await deleteNode(node.type, node.id, node.version);
      announce(
        t("editing.deleted", {
          name: node.name,
          relations: t("editing.relationCount", { count: result.relationshipsRemoved }),
        }),
      );
      onDeleted();
    } catch (error) {
      const result = readApiError(error);
      setFailure(
        result.kind === "conflict"
          ? t("editing.deleteConflict")
          : t(`editing.failure.${result.kind}`),
      );
      setBusy(false);
      // The counts shown must be those of the node as it is now.
      void refetch();
    }
  };

  return (
    <Dialog
      title={node ? t("editing.deleteTitle", { name: node.name }) : t("editing.delete")}
      onClose={onClose}
      testId="delete-dialog"
    >
      {loading && !node && <LoadingState />}
      {node && (
        <>
          <p data-testid="delete-consequence">
            {t("editing.deleteBody", {
              name: node.name,
              relations: t("editing.relationCount", { count: node.relations.length }),
            })}
          </p>
          <p className="muted">{t("editing.deleteUndoHint")}</p>
          {failure && (
            <p className="form__summary" role="alert">
              {failure}
            </p>
          )}
          <div className="form__actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={onClose}
              data-autofocus
            >
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
        </>
      )}
    </Dialog>
  );
}
