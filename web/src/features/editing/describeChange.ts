import type { TFunction } from "i18next";

import type { ChangeEntryFragment, NodeType } from "../../graphql/__generated__/graphql";
import { fieldLabel } from "./NodeFields";

const LABEL_TYPES: Record<string, NodeType> = {
  Person: "PERSON",
  Organisation: "ORGANISATION",
  Theme: "THEME",
  Vindplaats: "VINDPLAATS",
  TargetGroup: "TARGET_GROUP",
  Action: "ACTION",
  Meeting: "MEETING",
};

// Bookkeeping the user did not write: not worth a line in the history.
const HIDDEN_KEYS = new Set(["createdAt", "updatedAt", "version", "id", "type", "fromId", "toId"]);

export interface ChangeWords {
  summary: string;
  /** One line per changed property: "Naam: oud → nieuw". */
  details: string[];
}

/** A stored value in words: empty, yes/no, a list, or the value itself. */
export function valueText(t: TFunction, value: unknown): string {
  if (value === null || value === undefined || value === "") return t("editing.empty");
  if (typeof value === "boolean") return value ? t("editing.yes") : t("editing.no");
  if (typeof value === "string" || typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map((v) => valueText(t, v)).join(", ");
  return JSON.stringify(value);
}

/** The name a snapshot gives its node: name, or title for actions and meetings. */
export function snapshotName(snapshot: Record<string, unknown> | null | undefined): string | null {
  const name = snapshot?.name ?? snapshot?.title;
  return typeof name === "string" ? name : null;
}

/** A change in words: who did what to which node or relationship, and what changed. */
export function describeChange(
  t: TFunction,
  change: ChangeEntryFragment,
  nameOf: (id: string) => string,
): ChangeWords {
  const before = change.before ?? null;
  const after = change.after ?? null;
  const details = change.changedKeys
    .filter((key) => !HIDDEN_KEYS.has(key))
    .map(
      (key) =>
        `${fieldLabel(t, key)}: ${valueText(t, before?.[key])} → ${valueText(t, after?.[key])}`,
    );
  const op = change.op;
  if (change.targetKind === "NODE") {
    const type = LABEL_TYPES[change.targetType];
    const name = snapshotName(after) ?? snapshotName(before) ?? nameOf(change.targetId);
    const summary = t(`editing.history.node.${op}` as "editing.history.node.CREATE", {
      type: type ? t(`nodeType.${type}`) : change.targetType,
      name,
    });
    // A creation or deletion lists no before → after lines: the summary says it all.
    return { summary, details: op === "UPDATE" || op === "UNDO" ? details : [] };
  }
  const snapshot = after ?? before ?? {};
  const fromId = typeof snapshot.fromId === "string" ? snapshot.fromId : change.nodeIds[0];
  const toId = typeof snapshot.toId === "string" ? snapshot.toId : change.nodeIds[1];
  const phrase = t(`relType.${change.targetType}` as "relType.KNOWS", {
    defaultValue: change.targetType,
  });
  const what = op === "UNDO" || op === "RESTORE" ? (after ? "back" : "removed") : op;
  const summary = t(
    `editing.history.relationship.${what}` as "editing.history.relationship.CREATE",
    {
      from: fromId ? nameOf(fromId) : "?",
      phrase,
      to: toId ? nameOf(toId) : "?",
    },
  );
  return { summary, details: op === "UPDATE" ? details : [] };
}
