import { useQuery } from "@apollo/client/react";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { ErrorState, LoadingState } from "../../components/StateMessage";
import type { HealthScope, NetworkFilter } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { communityColour } from "../analytics/colours";
import { ChartPngButton, CsvButton } from "../analytics/ExportButtons";
import { useFormat, useLocalized, useParams } from "../analytics/hooks";
import { SelectField } from "../analytics/SelectField";
import { useFilterOptions } from "../analytics/useFilterOptions";
import { BrokerChart } from "./BrokerChart";
import { toCommunities } from "./communities";
import { NetworkHealthQuery } from "./queries";

const MEMBERS_SHOWN = 5;

/** Network health: headline figures explained, top brokers, communities coloured on the map. */
export function HealthPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("health.title"));
  const format = useFormat();
  const localized = useLocalized();
  const { get, set } = useParams();
  const options = useFilterOptions();
  const themeId = get("theme");
  // One scope at a time: a theme wins over a village.
  const village = themeId ? null : get("village");
  const shownCommunity = get("community");

  const scope = useMemo<HealthScope>(
    () => (themeId ? { themeId } : village ? { village } : {}),
    [themeId, village],
  );
  const { data, previousData, loading, error, refetch } = useQuery(NetworkHealthQuery, {
    variables: { scope },
  });
  const health = (data ?? previousData)?.networkHealth;
  const communities = useMemo(() => toCommunities(health?.nodeMetrics ?? []), [health]);
  const colours = useMemo(
    () => new Map((health?.nodeMetrics ?? []).map((m) => [m.id, communityColour(m.community)])),
    [health],
  );
  const mapFilter = useMemo<NetworkFilter>(
    () => ({
      nodeTypes: ["PERSON", "ORGANISATION"],
      ...(themeId ? { themeIds: [themeId] } : {}),
      ...(village ? { villages: [village] } : {}),
    }),
    [themeId, village],
  );
  const shown = communities.find((c) => String(c.community) === shownCommunity) ?? null;
  const emphasis = useMemo(
    () => (shown ? { nodeIds: shown.members.map((m) => m.id), edgeIds: [] } : null),
    [shown],
  );
  const chart = useRef<HTMLDivElement>(null);
  const scopeName = themeId
    ? t("health.scopeTheme", { name: options.themeName.get(themeId) ?? themeId })
    : village
      ? t("health.scopeVillage", { name: village })
      : t("health.scopeAll");

  const figures = health
    ? ([
        {
          key: "size",
          value: t("health.sizeValue", {
            nodes: health.nodes,
            relationships: health.relationships,
          }),
        },
        { key: "density", value: format(health.density, 3) },
        {
          key: "components",
          value: t("health.componentsValue", {
            count: health.components,
            largest: health.largestComponent,
          }),
        },
        { key: "centralisation", value: format(health.degreeCentralisation, 3) },
        {
          key: "communities",
          value: t("health.communitiesValue", {
            count: health.communities,
            modularity: format(health.modularity, 2),
          }),
        },
        { key: "pathLength", value: format(health.averagePathLength, 2) },
      ] as const)
    : [];

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("health.title")}</h1>
        <p className="analytics__intro">{t("health.intro")}</p>
        <form
          className="filters"
          aria-label={t("analytics.filters")}
          onSubmit={(e) => e.preventDefault()}
        >
          <SelectField
            label={t("filters.theme")}
            value={themeId}
            options={options.themes}
            allLabel={t("health.wholeNetwork")}
            onChange={(value) => set({ theme: value, village: null, community: null })}
          />
          <SelectField
            label={t("filters.village")}
            value={village}
            options={options.villages}
            allLabel={t("health.wholeNetwork")}
            onChange={(value) => set({ village: value, theme: null, community: null })}
          />
        </form>

        {loading && !health && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}

        {health && (
          <>
            <h2>{scopeName}</h2>
            <p role="status" className="analytics__summary" data-testid="health-summary">
              {localized(health.explanation)}
            </p>
            {health.sampled && <p className="notice">{t("health.sampled")}</p>}
            <dl className="figures" data-testid="health-figures">
              {figures.map((figure) => (
                <div key={figure.key} className="figure" data-figure={figure.key}>
                  <dt>{t(`health.figure.${figure.key}`)}</dt>
                  <dd className="figure__value">{figure.value}</dd>
                  <dd className="figure__help">{t(`health.help.${figure.key}`)}</dd>
                </div>
              ))}
            </dl>

            <section aria-labelledby="health-brokers">
              <h2 id="health-brokers">{t("health.brokers")}</h2>
              <p className="muted">{t("health.brokersHelp")}</p>
              <div className="table-scroll">
                <table className="table" data-testid="broker-table">
                  <caption className="visually-hidden">
                    {t("health.brokersCaption", { scope: scopeName })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("partners.candidate")}</th>
                      <th scope="col">{t("partners.type")}</th>
                      <th scope="col" className="table__number">
                        {t("health.betweenness")}
                      </th>
                      <th scope="col" className="table__number">
                        {t("health.closeness")}
                      </th>
                      <th scope="col" className="table__number">
                        {t("health.degree")}
                      </th>
                      <th scope="col">{t("health.community")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {health.topBrokers.map((b) => (
                      <tr key={b.id}>
                        <th scope="row">{b.name}</th>
                        <td>{t(`nodeType.${b.type}`)}</td>
                        <td className="table__number">{format(b.betweenness, 3)}</td>
                        <td className="table__number">{format(b.closeness, 3)}</td>
                        <td className="table__number">{b.degree}</td>
                        <td>
                          <span
                            className="status-dot"
                            style={{ background: communityColour(b.community) }}
                            aria-hidden="true"
                          />
                          {b.community}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <figure className="chart" ref={chart}>
                <figcaption className="muted">{t("health.chartCaption")}</figcaption>
                <div className="chart__scroll">
                  <BrokerChart rows={health.topBrokers} />
                </div>
              </figure>
              <div className="actions">
                <CsvButton
                  fileName="makelaars"
                  what={t("health.brokers")}
                  header={[
                    t("partners.candidate"),
                    t("partners.type"),
                    t("health.betweenness"),
                    t("health.closeness"),
                    t("health.degree"),
                    t("health.community"),
                  ]}
                  rows={() =>
                    health.topBrokers.map((b) => [
                      b.name,
                      t(`nodeType.${b.type}`),
                      b.betweenness,
                      b.closeness,
                      b.degree,
                      b.community,
                    ])
                  }
                />
                <ChartPngButton target={chart} fileName="makelaars" what={t("health.brokers")} />
              </div>
            </section>

            <section aria-labelledby="health-communities">
              <h2 id="health-communities">{t("health.communitiesTitle")}</h2>
              <p className="muted">{t("health.communitiesHelp")}</p>
              <ul className="community-list" data-testid="community-list">
                {communities.map((c) => {
                  const active = shown?.community === c.community;
                  return (
                    <li key={c.community}>
                      <span
                        className="community-swatch"
                        style={{ background: communityColour(c.community) }}
                        aria-hidden="true"
                      />
                      <span>
                        <strong>{t("health.communityName", { number: c.community })}</strong>{" "}
                        {t("health.members", { count: c.members.length })}:{" "}
                        {c.members
                          .slice(0, MEMBERS_SHOWN)
                          .map((m) => m.name)
                          .join(", ")}
                        {c.members.length > MEMBERS_SHOWN ? " …" : ""}
                      </span>
                      <button
                        type="button"
                        className="button button--secondary button--small"
                        aria-pressed={active}
                        onClick={() => set({ community: active ? null : String(c.community) })}
                      >
                        {t("gaps.showOnMap")}
                        <span className="visually-hidden">
                          : {t("health.communityName", { number: c.community })}
                        </span>
                      </button>
                    </li>
                  );
                })}
              </ul>
              <div className="actions">
                <CsvButton
                  fileName="gemeenschappen"
                  what={t("health.communitiesTitle")}
                  header={[t("health.community"), t("health.size"), t("health.memberNames")]}
                  rows={() =>
                    communities.map((c) => [
                      c.community,
                      c.members.length,
                      c.members.map((m) => m.name).join("; "),
                    ])
                  }
                />
              </div>
            </section>
          </>
        )}
      </div>
      <AnalyticsMap
        pngName="gemeenschappen-kaart"
        filter={mapFilter}
        nodeColours={colours}
        emphasis={emphasis}
        legend={<p className="muted">{t("health.mapLegend")}</p>}
      />
    </div>
  );
}
