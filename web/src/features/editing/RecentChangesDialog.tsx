import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import { LoadingState } from "../../components/StateMessage";
import type { ChangeEntryFragment } from "../../graphql/__generated__/graphql";
import { readApiError } from "./apiErrors";
import { snapshotName } from "./describeChange";
import { Dialog } from "./Dialog";
import { useHistoryMutations } from "./mutations";
import { ChangeItem } from "./NodeHistory";
import { RecentChangesQuery } from "./queries";
import { announce } from "./status";

/** A deleted or merged-away node comes back from its change. */
function restorable(change: ChangeEntryFragment) {
  return (
    change.targetKind === "NODE" &&
    (change.op === "DELETE" || change.op === "MERGE") &&
    !change.undone &&
    change.after == null
  );
}

/** The latest changes in the whole network; a deleted node can be restored from here. */
export function RecentChangesDialog({
  onClose,
  nameOf,
  onRestored,
}: {
  onClose: () => void;
  nameOf: (id: string) => string;
  onRestored: (id: string) => void;
}) {
  const { t } = useTranslation();
  const { data, loading, error } = useQuery(RecentChangesQuery, { fetchPolicy: "network-only" });
  const { restoreNode } = useHistoryMutations();
  const [busy, setBusy] = useState<string | null>(null);
  const changes = data?.recentChanges ?? [];

  const restore = async (change: ChangeEntryFragment) => {
    setBusy(change.id);
    try {
      const result = await restoreNode(change.id);
      if (result) {
        announce(
          t("editing.restored", {
            name: result.node.name,
            relations: t("editing.relationCount", { count: result.relationshipsRestored }),
          }),
        );
        onRestored(result.node.id);
      }
    } catch (failure) {
      const result = readApiError(failure);
      announce(t(`editing.failure.${result.kind}` as "editing.failure.other"));
    } finally {
      setBusy(null);
    }
  };

  return (
    <Dialog title={t("editing.recent.title")} onClose={onClose} testId="recent-changes" wide>
      {loading && changes.length === 0 && <LoadingState />}
      {error && changes.length === 0 && (
        <p role="alert" className="form__summary">
          {t(`editing.failure.${readApiError(error).kind}` as "editing.failure.other")}
        </p>
      )}
      {!loading && !error && changes.length === 0 && <p>{t("editing.history.empty")}</p>}
      <ol className="history">
        {changes.map((change) => (
          <ChangeItem key={change.id} change={change} nameOf={nameOf}>
            {restorable(change) && (
              <button
                type="button"
                className="button button--secondary button--small"
                disabled={busy !== null}
                onClick={() => void restore(change)}
              >
                {t("editing.restore", { name: snapshotName(change.before) ?? change.targetId })}
              </button>
            )}
          </ChangeItem>
        ))}
      </ol>
    </Dialog>
  );
}
