import { useState } from "react";
import { useTranslation } from "react-i18next";

import { useCanEdit } from "./mutations";
import { NewNodeDialog } from "./NewNodeDialog";
import { useUndo } from "./NodeHistory";
import { RecentChangesDialog } from "./RecentChangesDialog";
import { StatusRegion } from "./status";

/**
 * Above the map: "Nieuw knooppunt", undo of the last change in the network, recent changes
 * (where deleted nodes are restored), and the status line that reports every change's result.
 */
export function EditingToolbar({
  onSelect,
  nameOf,
}: {
  onSelect: (id: string) => void;
  nameOf: (id: string) => string;
}) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const [open, setOpen] = useState<"new" | "recent" | null>(null);
  const { busy, undoLast } = useUndo(nameOf);
  const close = () => setOpen(null);
  return (
    <>
      {canEdit && (
        <div className="editing-actions" data-testid="editing-toolbar">
          <button type="button" className="button button--primary" onClick={() => setOpen("new")}>
            {t("editing.newNode")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void undoLast()}
          >
            {t("editing.undo.last")}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setOpen("recent")}
          >
            {t("editing.recent.button")}
          </button>
        </div>
      )}
      <StatusRegion />
      {open === "new" && (
        <NewNodeDialog
          onClose={close}
          onCreated={(id) => {
            close();
            onSelect(id);
          }}
        />
      )}
      {open === "recent" && (
        <RecentChangesDialog
          onClose={close}
          nameOf={nameOf}
          onRestored={(id) => {
            close();
            onSelect(id);
          }}
        />
      )}
    </>
  );
}
