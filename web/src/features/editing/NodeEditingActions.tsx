import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { RelationshipType } from "../../graphql/__generated__/graphql";
import { DeleteNodeDialog } from "./DeleteNodeDialog";
import { MergeDialog } from "./MergeDialog";
import { useCanEdit } from "./mutations";
import { NodeEditDialog } from "./NodeEditDialog";
import type { RelationNode } from "./RelationDialog";
import { DeleteRelationDialog, EditRelationDialog, NewRelationDialog } from "./RelationDialog";

type Open = "edit" | "relation" | "merge" | "delete" | null;

/** Bewerken, Relatie toevoegen, Samenvoegen, Verwijderen: the detail panel's editing buttons. */
export function NodeEditingActions({
  node,
  onSelect,
}: {
  node: RelationNode;
  /** Select another node (or none, after a deletion). */
  onSelect: (id: string | null) => void;
}) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const [open, setOpen] = useState<Open>(null);
  if (!canEdit) return null;
  const close = () => setOpen(null);
  return (
    <div className="editing-actions" data-testid="editing-actions">
      <button type="button" className="button button--primary" onClick={() => setOpen("edit")}>
        {t("editing.edit")}
      </button>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => setOpen("relation")}
      >
        {t("editing.relation.add")}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setOpen("merge")}>
        {t("editing.merge.button")}
      </button>
      <button type="button" className="button button--secondary" onClick={() => setOpen("delete")}>
        {t("editing.delete")}
      </button>
      {open === "edit" && <NodeEditDialog id={node.id} onClose={close} />}
      {open === "relation" && <NewRelationDialog node={node} onClose={close} />}
      {open === "merge" && (
        <MergeDialog
          node={node}
          onClose={close}
          onMerged={(keptId) => {
            close();
            onSelect(keptId);
          }}
        />
      )}
      {open === "delete" && (
        <DeleteNodeDialog
          id={node.id}
          onClose={close}
          onDeleted={() => {
            close();
            onSelect(null);
          }}
        />
      )}
    </div>
  );
}

/** Bewerken and Verwijderen for one relationship in the detail panel's list. */
export function RelationActions({
  relation,
  description,
}: {
  relation: { id: string; type: RelationshipType };
  /** The relationship in words, e.g. "Welzijn Voorst verwijst naar GGD (thema Schulden)". */
  description: string;
}) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  const [open, setOpen] = useState<"edit" | "delete" | null>(null);
  if (!canEdit) return null;
  const close = () => setOpen(null);
  return (
    <span className="relation-actions">
      <button
        type="button"
        className="button button--link button--small"
        onClick={() => setOpen("edit")}
      >
        {t("editing.edit")}
        {/* The visible word starts the accessible name (WCAG 2.5.3); the rest says which one. */}
        <span className="visually-hidden"> {t("editing.relation.editLabel", { description })}</span>
      </button>
      <button
        type="button"
        className="button button--link button--small"
        onClick={() => setOpen("delete")}
      >
        {t("editing.delete")}
        {/* The visible word starts the accessible name (WCAG 2.5.3); the rest says which one. */}
        <span className="visually-hidden">
          {" "}
          {t("editing.relation.deleteLabel", { description })}
        </span>
      </button>
      {open === "edit" && (
        <EditRelationDialog id={relation.id} description={description} onClose={close} />
      )}
      {open === "delete" && (
        <DeleteRelationDialog id={relation.id} description={description} onClose={close} />
      )}
    </span>
  );
}
