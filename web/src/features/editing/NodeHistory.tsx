import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { ChangeEntryFragment } from "../../graphql/__generated__/graphql";
import { readApiError } from "./apiErrors";
import { describeChange } from "./describeChange";
import { useCanEdit, useHistoryMutations } from "./mutations";
import { NodeHistoryQuery } from "./queries";
import { announce } from "./status";

/** "Wie, wanneer": the actor and the time of a change, in the reader's language. */
export function ChangeMeta({ change }: { change: ChangeEntryFragment }) {
  const { t, i18n } = useTranslation();
  const when = new Date(change.at).toLocaleString(i18n.language === "en" ? "en-GB" : "nl-NL", {
    dateStyle: "medium",
    timeStyle: "short",
  });
  return (
    <span className="history__meta">
      {t("editing.history.meta", { when, who: change.actor })}
      {change.undone ? ` · ${t("editing.history.undone")}` : ""}
    </span>
  );
}

export function ChangeItem({
  change,
  nameOf,
  children,
}: {
  change: ChangeEntryFragment;
  nameOf: (id: string) => string;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const words = describeChange(t, change, nameOf);
  return (
    <li data-testid="history-entry">
      <span className={change.undone ? "history__undone" : undefined}>{words.summary}</span>
      {words.details.length > 0 && (
        <ul>
          {words.details.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <ChangeMeta change={change} />
      {children}
    </li>
  );
}

/** Undoes one change and says what was undone (or why not) in the status region. */
export function useUndo(nameOf: (id: string) => string) {
  const { t } = useTranslation();
  const { undoChange, undoLastChange } = useHistoryMutations();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<readonly ChangeEntryFragment[]>) => {
    setBusy(true);
    try {
      const undone = await action();
      const first = undone[0];
      announce(
        first
          ? t("editing.undo.done", {
              what: describeChange(t, first, nameOf).summary,
              count: undone.length,
            })
          : t("editing.undo.nothing"),
      );
    } catch (error) {
      const result = readApiError(error);
      announce(
        result.kind === "conflict"
          ? t("editing.undo.conflict")
          : t(`editing.failure.${result.kind}` as "editing.failure.other"),
      );
    } finally {
      setBusy(false);
    }
  };
  return {
    busy,
    undo: (id: string) => run(() => undoChange(id)),
    undoLast: () => run(() => undoLastChange()),
  };
}

/**
 * The node's history in words (who, when, what before → after), with "Ongedaan maken" for its
 * latest change. Only for editors: the history holds what viewers may not see.
 */
export function NodeHistory({ nodeId, names }: { nodeId: string; names: Map<string, string> }) {
  const { t } = useTranslation();
  const canEdit = useCanEdit();
  // Names seen once stay known: a relation that is undone still reads with its other end's name.
  const [known, setKnown] = useState(() => new Map(names));
  const missing = [...names].filter(([id, name]) => known.get(id) !== name);
  // Derived during render (React's pattern for "information from previous renders").
  if (missing.length > 0) setKnown(new Map([...known, ...missing]));
  const nameOf = (id: string) => names.get(id) ?? known.get(id) ?? id;
  const { data, loading, error } = useQuery(NodeHistoryQuery, {
    variables: { nodeId },
    skip: !canEdit,
    fetchPolicy: "cache-and-network",
  });
  const { busy, undo } = useUndo(nameOf);
  if (!canEdit) return null;
  const changes = data?.history ?? [];
  const latest = changes.find((change) => !change.undone && change.op !== "UNDO");

  return (
    <section aria-labelledby={`history-${nodeId}`} data-testid="node-history">
      <h3 id={`history-${nodeId}`}>{t("editing.history.title")}</h3>
      {latest && (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => void undo(latest.id)}
          aria-describedby={`history-latest-${nodeId}`}
        >
          {t("editing.undo.button")}
        </button>
      )}
      {latest && (
        <p id={`history-latest-${nodeId}`} className="visually-hidden">
          {t("editing.undo.describes", { what: describeChange(t, latest, nameOf).summary })}
        </p>
      )}
      {loading && changes.length === 0 && <p className="muted">{t("states.loading")}</p>}
      {error && changes.length === 0 && <p className="muted">{t("editing.history.error")}</p>}
      {!loading && !error && changes.length === 0 && (
        <p className="muted">{t("editing.history.empty")}</p>
      )}
      <ol className="history">
        {changes.map((change) => (
          <ChangeItem key={change.id} change={change} nameOf={nameOf} />
        ))}
      </ol>
    </section>
  );
}
