import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { ErrorState, LoadingState } from "../../components/StateMessage";
import type { NodeType } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { CsvButton } from "../analytics/ExportButtons";
import { useParams } from "../analytics/hooks";
import { NodePicker } from "../analytics/NodePicker";
import { SelectField } from "../analytics/SelectField";
import { usePickedNode } from "../analytics/usePickedNode";
import { IntroductionPathsQuery } from "./queries";

const K_OPTIONS = ["1", "2", "3", "4", "5"];
const HOP_OPTIONS = ["2", "3", "4", "5", "6"];
const PERSON: NodeType[] = ["PERSON"];
const PEOPLE_AND_ORGANISATIONS = { nodeTypes: ["PERSON", "ORGANISATION"] as NodeType[] };

const pick = (value: string | null, allowed: string[], fallback: number) =>
  allowed.includes(value ?? "") ? Number(value) : fallback;

/** Route: the shortest introduction paths between two people, listed and drawn on the map. */
export function RoutePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("route.title"));
  const { get, set } = useParams();
  const fromId = get("from");
  const toId = get("to");
  const k = pick(get("k"), K_OPTIONS, 3);
  const maxHops = pick(get("hops"), HOP_OPTIONS, 6);
  const shownParam = get("path");
  const from = usePickedNode(fromId);
  const to = usePickedNode(toId);

  const ready = fromId && toId && fromId !== toId;
  const { data, loading, error, refetch } = useQuery(
    IntroductionPathsQuery,
    ready ? { variables: { from: fromId, to: toId, k, maxHops } } : skipToken,
  );
  const paths = useMemo(() => data?.introductionPaths ?? [], [data]);
  // All paths together by default; one when the user picks it.
  const shownIndex = shownParam === null ? null : Number(shownParam);
  const emphasis = useMemo(() => {
    const chosen = shownIndex === null ? paths : paths.slice(shownIndex, shownIndex + 1);
    if (chosen.length === 0) return null;
    return {
      nodeIds: [...new Set(chosen.flatMap((p) => p.nodeIds))],
      edgeIds: [...new Set(chosen.flatMap((p) => p.edgeIds))],
    };
  }, [paths, shownIndex]);

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("route.title")}</h1>
        <p className="analytics__intro">{t("route.intro")}</p>
        <form
          className="filters filters--stacked"
          aria-label={t("route.form")}
          onSubmit={(e) => e.preventDefault()}
        >
          <NodePicker
            label={t("route.from")}
            types={PERSON}
            value={from}
            onChange={(node) => set({ from: node.id, path: null })}
          />
          <NodePicker
            label={t("route.to")}
            types={PERSON}
            value={to}
            onChange={(node) => set({ to: node.id, path: null })}
          />
          <div className="filters">
            <SelectField
              label={t("route.k")}
              value={String(k)}
              options={K_OPTIONS.map((value) => ({ value, label: value }))}
              onChange={(value) => set({ k: value, path: null })}
            />
            <SelectField
              label={t("route.maxHops")}
              value={String(maxHops)}
              options={HOP_OPTIONS.map((value) => ({ value, label: value }))}
              onChange={(value) => set({ hops: value, path: null })}
            />
          </div>
        </form>

        {!ready && (
          <p className="notice">{fromId && fromId === toId ? t("route.same") : t("route.start")}</p>
        )}
        {loading && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {data && paths.length === 0 && (
          <p role="status" className="notice" data-testid="route-none">
            {t("route.none", { hops: maxHops })}
          </p>
        )}
        {paths.length > 0 && (
          <section aria-labelledby="route-results">
            <h2 id="route-results">
              {t("route.resultsTitle", { from: from?.name ?? "", to: to?.name ?? "" })}
            </h2>
            <p role="status" className="analytics__summary" data-testid="route-summary">
              {t("route.summary", { count: paths.length, hops: paths[0]?.hops ?? 0 })}
            </p>
            <div className="actions">
              <button
                type="button"
                className="button button--secondary"
                aria-pressed={shownIndex === null}
                onClick={() => set({ path: null })}
              >
                {t("route.showAll")}
              </button>
              <CsvButton
                fileName="introductieroutes"
                what={t("route.title")}
                header={[t("route.number"), t("route.hopsLabel"), t("route.via")]}
                rows={() =>
                  paths.map((p, i) => [i + 1, p.hops, p.nodes.map((n) => n.name).join(" → ")])
                }
              />
            </div>
            <ol className="card-list" data-testid="route-list">
              {paths.map((path, index) => (
                <li key={path.nodeIds.join(">")} className="card" data-testid="route-path">
                  <h3 className="card__title">
                    {t("route.pathTitle", { number: index + 1 })}{" "}
                    <span className="muted">{t("route.hops", { count: path.hops })}</span>
                  </h3>
                  <ol className="path">
                    {path.nodes.map((node) => (
                      <li key={node.id}>
                        {node.name}
                        <span className="visually-hidden"> ({t(`nodeType.${node.type}`)})</span>
                      </li>
                    ))}
                  </ol>
                  <button
                    type="button"
                    className="button button--secondary"
                    aria-pressed={shownIndex === index}
                    onClick={() => set({ path: String(index) })}
                  >
                    {t("route.showOne", { number: index + 1 })}
                  </button>
                </li>
              ))}
            </ol>
          </section>
        )}
      </div>
      <AnalyticsMap pngName="route-kaart" filter={PEOPLE_AND_ORGANISATIONS} emphasis={emphasis} />
    </div>
  );
}
