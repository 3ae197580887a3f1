import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";

import { kindLabel } from "../../app/labels";
import { ErrorState, LoadingState } from "../../components/StateMessage";
import { NODE_LOOKS } from "../../graph/palette";
import type { NodeDetailsQuery as NodeDetailsResult } from "../../graphql/__generated__/graphql";
import { NodeEditingActions, RelationActions } from "../editing/NodeEditingActions";
import { NodeHistory } from "../editing/NodeHistory";
import { NodeDetailsQuery } from "./detail.queries";
import type { ExplorerState } from "./urlState";
import { decodeState, encodeState, MAX_HOPS, MIN_HOPS } from "./urlState";

type DetailNode = NonNullable<NodeDetailsResult["node"]>;
type Relation = DetailNode["relations"][number];

export interface DetailPanelProps {
  id: string;
  state: ExplorerState;
  /** Whether the node is on the map with the current filters. */
  onMap: boolean;
  onChange: (change: Partial<ExplorerState>) => void;
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  if (children === null || children === undefined || children === "") return null;
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** Type-specific properties; each branch shows the fields of its fragment in detail.queries.ts. */
function Properties({ node }: { node: DetailNode }) {
  const { t } = useTranslation();
  switch (node.__typename) {
    case "Person":
      return (
        <>
          <Field label={t("detail.field.role")}>{node.role}</Field>
          <Field label={t("detail.field.village")}>{node.village}</Field>
          <Field label={t("detail.field.email")}>
            {node.email && <a href={`mailto:${node.email}`}>{node.email}</a>}
          </Field>
          <Field label={t("detail.field.phone")}>
            {node.phone && <a href={`tel:${node.phone}`}>{node.phone}</a>}
          </Field>
        </>
      );
    case "Organisation":
      return (
        <>
          <Field label={t("detail.field.kind")}>{kindLabel(t, node.organisationKind)}</Field>
          <Field label={t("detail.field.village")}>{node.village}</Field>
          <Field label={t("detail.field.website")}>
            {node.website && (
              <a href={node.website} rel="noreferrer noopener" target="_blank">
                {node.website}
              </a>
            )}
          </Field>
        </>
      );
    case "Theme":
      return (
        <>
          <Field label={t("detail.field.description")}>{node.description}</Field>
          <Field label={t("detail.field.programme")}>{node.programme}</Field>
          <Field label={t("detail.field.domain")}>{t(`domain.${node.domain}`)}</Field>
          <Field label={t("detail.field.trekker")}>
            {node.trekker ? (
              <NodeLink id={node.trekker.id} testId="theme-trekker">
                {node.trekker.name}
              </NodeLink>
            ) : (
              <span data-testid="theme-trekker">{t("detail.field.noTrekker")}</span>
            )}
          </Field>
        </>
      );
    case "Vindplaats":
      return (
        <>
          <Field label={t("detail.field.kind")}>{kindLabel(t, node.vindplaatsKind)}</Field>
          <Field label={t("detail.field.village")}>{node.vindplaatsVillage}</Field>
          <Field label={t("detail.field.capacity")}>{node.capacity}</Field>
        </>
      );
    case "TargetGroup":
      return <Field label={t("detail.field.description")}>{node.description}</Field>;
    case "Action":
      return (
        <>
          <Field label={t("detail.field.status")}>{t(`actionStatus.${node.status}`)}</Field>
          <Field label={t("detail.field.goal")}>{node.goal}</Field>
        </>
      );
    case "Meeting":
      return (
        <>
          <Field label={t("detail.field.date")}>{node.date}</Field>
          <Field label={t("detail.field.village")}>{node.village}</Field>
        </>
      );
    default:
      return null;
  }
}

/** A link that selects another node: same view, other selection, so it can also be shared. */
function NodeLink({ id, children, testId }: { id: string; children: ReactNode; testId?: string }) {
  const [params] = useSearchParams();
  const state = decodeState(params);
  return (
    <Link
      to={{ search: `?${encodeState({ ...state, selectedId: id }).toString()}` }}
      data-testid={testId}
    >
      {children}
    </Link>
  );
}

function relationExtras(relation: Relation, t: ReturnType<typeof useTranslation>["t"]): string[] {
  const extras: string[] = [];
  if (relation.themeName) extras.push(t("detail.theme", { name: relation.themeName }));
  if (relation.type === "REFERS_TO" && relation.agreed === false) extras.push(t("detail.informal"));
  if (relation.role) extras.push(t("detail.role", { role: relation.role }));
  if (relation.perYear != null) extras.push(t("detail.perYear", { count: relation.perYear }));
  if (relation.strength != null) extras.push(t("detail.strength", { value: relation.strength }));
  return extras;
}

function Relations({ relations, nodeName }: { relations: readonly Relation[]; nodeName: string }) {
  const { t } = useTranslation();
  if (relations.length === 0) return <p className="muted">{t("detail.noRelations")}</p>;
  // Group by how the relation reads from this node ("werkt voor", "heeft als trekker", …).
  const groups = new Map<string, Relation[]>();
  for (const relation of relations) {
    const phrase =
      relation.direction === "OUTGOING"
        ? t(`relType.${relation.type}`)
        : t(`relTypeIncoming.${relation.type}`);
    groups.set(phrase, [...(groups.get(phrase) ?? []), relation]);
  }
  return (
    <div className="relations" data-testid="detail-relations">
      {[...groups.entries()].map(([phrase, members]) => (
        <section key={phrase} className="relations__group">
          <h4>{phrase}</h4>
          <ul>
            {[...members]
              .sort((a, b) => a.other.name.localeCompare(b.other.name, "nl"))
              .map((relation) => {
                const extras = relationExtras(relation, t);
                const words = `${nodeName} ${phrase} ${relation.other.name}`;
                return (
                  <li key={relation.id}>
                    <span
                      className="type-dot"
                      style={{ background: NODE_LOOKS[relation.other.type].color }}
                      aria-hidden="true"
                    />
                    <NodeLink id={relation.other.id}>{relation.other.name}</NodeLink>{" "}
                    <span className="muted">
                      ({t(`nodeType.${relation.other.type}`)}
                      {extras.length > 0 ? `; ${extras.join("; ")}` : ""})
                    </span>
                    <RelationActions
                      relation={relation}
                      description={extras.length > 0 ? `${words} (${extras.join("; ")})` : words}
                    />
                  </li>
                );
              })}
          </ul>
        </section>
      ))}
    </div>
  );
}

/** Details of the selected node: its properties, its relations as links, and map actions. */
export function DetailPanel({ id, state, onMap, onChange }: DetailPanelProps) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(NodeDetailsQuery, { variables: { id } });
  const [hops, setHops] = useState(state.focusId === id ? state.hops : 1);

  const node = data?.node;
  return (
    <aside
      className="panel detail-panel"
      aria-labelledby="detail-heading"
      data-testid="detail-panel"
    >
      <div className="panel__header">
        <h2 id="detail-heading">{node?.name ?? t("detail.title")}</h2>
        <button
          type="button"
          className="button button--icon"
          aria-label={t("detail.close")}
          title={t("detail.close")}
          onClick={() => onChange({ selectedId: null })}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      {loading && !node && <LoadingState label={t("detail.loading")} />}
      {error && !node && <ErrorState onRetry={() => void refetch()} />}
      {!loading && !error && !node && <p>{t("detail.notFound")}</p>}
      {node && (
        <>
          <p className="detail-panel__type">
            <span
              className="type-dot"
              style={{ background: NODE_LOOKS[node.type].color }}
              aria-hidden="true"
            />
            {t(`nodeType.${node.type}`)}
          </p>
          {!onMap && (
            <div className="notice" role="note">
              <p>{t("detail.notOnMap")}</p>
              <button
                type="button"
                className="button button--secondary"
                onClick={() =>
                  onChange({
                    nodeTypes: [],
                    relationshipTypes: [],
                    themeIds: [],
                    villages: [],
                    focusId: null,
                    hiddenIds: state.hiddenIds.filter((hidden) => hidden !== id),
                  })
                }
              >
                {t("detail.showOnMap")}
              </button>
            </div>
          )}
          <h3>{t("detail.properties")}</h3>
          <dl className="properties">
            <Properties node={node} />
          </dl>
          <NodeEditingActions
            node={{ id: node.id, name: node.name, type: node.type }}
            onSelect={(selectedId) => onChange({ selectedId })}
          />
          <div className="detail-panel__actions">
            <div className="inline-field">
              <label htmlFor="detail-hops">{t("detail.hops")}</label>
              <select
                id="detail-hops"
                className="select"
                value={hops}
                onChange={(event) => setHops(Number(event.target.value))}
              >
                {Array.from({ length: MAX_HOPS - MIN_HOPS + 1 }, (_, i) => i + MIN_HOPS).map(
                  (n) => (
                    <option key={n} value={n}>
                      {n}
                    </option>
                  ),
                )}
              </select>
              <button
                type="button"
                className="button button--primary"
                onClick={() => onChange({ focusId: id, hops })}
              >
                {t("detail.showNeighbourhood")}
              </button>
            </div>
            {onMap && (
              <button
                type="button"
                className="button button--secondary"
                onClick={() => onChange({ hiddenIds: [...state.hiddenIds, id], selectedId: null })}
              >
                {t("detail.hide")}
              </button>
            )}
          </div>
          <h3>{t("detail.relations")}</h3>
          <Relations relations={node.relations} nodeName={node.name} />
          <NodeHistory
            nodeId={node.id}
            names={
              new Map([
                [node.id, node.name],
                ...node.relations.map((r): [string, string] => [r.other.id, r.other.name]),
              ])
            }
          />
        </>
      )}
    </aside>
  );
}
