import { useQuery } from "@apollo/client/react";
import { useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { EmptyState, ErrorState, LoadingState } from "../../components/StateMessage";
import type { LoadFilter, NetworkFilter } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { heatColour, STATUS_COLOURS } from "../analytics/colours";
import { ChartPngButton, CsvButton } from "../analytics/ExportButtons";
import { useFormat, useParams } from "../analytics/hooks";
import { SelectField } from "../analytics/SelectField";
import { useFilterOptions } from "../analytics/useFilterOptions";
import { LoadChart } from "./LoadChart";
import { VindplaatsLoadQuery } from "./queries";

/** Vindplaats load: who relies on which vindplaats, against its capacity, as table, chart and heat map. */
export function VindplaatsenPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("vindplaatsen.title"));
  const format = useFormat();
  const { get, set } = useParams();
  const options = useFilterOptions();
  const themeId = get("theme");
  const village = get("village");
  const selectedId = get("vp");

  const filter = useMemo<LoadFilter>(
    () => ({ ...(themeId ? { themeId } : {}), ...(village ? { village } : {}) }),
    [themeId, village],
  );
  const { data, previousData, loading, error, refetch } = useQuery(VindplaatsLoadQuery, {
    variables: { filter },
  });
  const rows = useMemo(() => (data ?? previousData)?.vindplaatsLoad ?? [], [data, previousData]);
  const selected = rows.find((row) => row.vindplaats.id === selectedId) ?? null;
  const mostLoaded = rows[0] ?? null;

  const mapFilter = useMemo<NetworkFilter>(
    () => ({
      nodeTypes: ["VINDPLAATS", "ORGANISATION"],
      ...(village ? { villages: [village] } : {}),
    }),
    [village],
  );
  const colours = useMemo(
    () =>
      new Map(
        rows.flatMap((row) =>
          row.load === null || row.load === undefined
            ? []
            : [[row.vindplaats.id, heatColour(row.load)] as const],
        ),
      ),
    [rows],
  );
  const overloaded = useMemo(
    () => rows.filter((row) => row.status === "OVERLOADED").map((row) => row.vindplaats.id),
    [rows],
  );
  const emphasis = useMemo(
    () => (selected ? { nodeIds: selected.nodeIds, edgeIds: selected.edgeIds } : null),
    [selected],
  );
  const chart = useRef<HTMLDivElement>(null);
  const statusLabel = (status: string) => t(`loadStatus.${status as "OK"}`);

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("vindplaatsen.title")}</h1>
        <p className="analytics__intro">{t("vindplaatsen.intro")}</p>
        <form
          className="filters"
          aria-label={t("analytics.filters")}
          onSubmit={(e) => e.preventDefault()}
        >
          <SelectField
            label={t("filters.village")}
            value={village}
            options={options.villages}
            allLabel={t("filters.allVillages")}
            onChange={(value) => set({ village: value, vp: null })}
          />
          <SelectField
            label={t("filters.theme")}
            value={themeId}
            options={options.themes}
            allLabel={t("filters.allThemes")}
            onChange={(value) => set({ theme: value, vp: null })}
          />
        </form>

        {loading && !data && !previousData && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {!loading && !error && rows.length === 0 && <EmptyState />}

        {mostLoaded && (
          <p role="status" className="analytics__summary" data-testid="load-summary">
            {t("vindplaatsen.summary", {
              count: rows.length,
              overloaded: overloaded.length,
              name: mostLoaded.vindplaats.name,
              load: format(mostLoaded.load),
              status: statusLabel(mostLoaded.status),
            })}
          </p>
        )}

        {rows.length > 0 && (
          <>
            <section aria-labelledby="load-table-title">
              <h2 id="load-table-title">{t("vindplaatsen.tableTitle")}</h2>
              <div className="table-scroll">
                <table className="table" data-testid="load-table">
                  <caption>{t("vindplaatsen.caption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("vindplaatsen.name")}</th>
                      <th scope="col">{t("filters.village")}</th>
                      <th scope="col" className="table__number">
                        {t("vindplaatsen.capacity")}
                      </th>
                      <th scope="col" className="table__number">
                        {t("vindplaatsen.parties")}
                      </th>
                      <th scope="col" className="table__number">
                        {t("vindplaatsen.load")}
                      </th>
                      <th scope="col">{t("vindplaatsen.status")}</th>
                      <th scope="col">{t("vindplaatsen.unique")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {rows.map((row) => {
                      const active = row.vindplaats.id === selectedId;
                      return (
                        <tr
                          key={row.vindplaats.id}
                          data-vindplaats-id={row.vindplaats.id}
                          className={active ? "table__row--active" : undefined}
                        >
                          <th scope="row">
                            <button
                              type="button"
                              className="button--link table__button"
                              aria-pressed={active}
                              onClick={() => set({ vp: active ? null : row.vindplaats.id })}
                            >
                              {row.vindplaats.name}
                            </button>
                          </th>
                          <td>{row.vindplaats.village ?? ""}</td>
                          <td className="table__number">{row.capacity ?? "—"}</td>
                          <td className="table__number">{row.partyCount}</td>
                          <td className="table__number">{format(row.load)}</td>
                          <td data-testid="load-status">
                            <span
                              className="status-dot"
                              style={{ background: STATUS_COLOURS[row.status] }}
                              aria-hidden="true"
                            />
                            {statusLabel(row.status)}
                          </td>
                          <td>{row.uniqueTargetGroups.map((g) => g.name).join(", ")}</td>
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </div>
              <div className="actions">
                <CsvButton
                  fileName="vindplaatsen-belasting"
                  what={t("vindplaatsen.tableTitle")}
                  header={[
                    t("vindplaatsen.name"),
                    t("filters.village"),
                    t("vindplaatsen.capacity"),
                    t("vindplaatsen.parties"),
                    t("vindplaatsen.load"),
                    t("vindplaatsen.status"),
                    t("vindplaatsen.unique"),
                  ]}
                  rows={() =>
                    rows.map((row) => [
                      row.vindplaats.name,
                      row.vindplaats.village ?? "",
                      row.capacity ?? "",
                      row.partyCount,
                      row.load === null || row.load === undefined
                        ? ""
                        : Number(row.load.toFixed(3)),
                      statusLabel(row.status),
                      row.uniqueTargetGroups.map((g) => g.name).join(", "),
                    ])
                  }
                />
              </div>
            </section>

            {selected && (
              <section
                aria-labelledby="load-detail-title"
                className="detail-box"
                data-testid="load-detail"
              >
                <h2 id="load-detail-title">{selected.vindplaats.name}</h2>
                <p>
                  {t("vindplaatsen.detailSummary", {
                    parties: selected.partyCount,
                    capacity: selected.capacity ?? "—",
                    load: format(selected.load),
                    status: statusLabel(selected.status),
                  })}
                </p>
                <h3>{t("vindplaatsen.partiesTitle")}</h3>
                <ul>
                  {selected.parties.map((party) => (
                    <li key={party.id}>
                      {party.name}{" "}
                      <span className="muted">
                        {party.direct
                          ? party.viaPersonIds.length > 0
                            ? t("vindplaatsen.directAndVia", { count: party.viaPersonIds.length })
                            : t("vindplaatsen.direct")
                          : t("vindplaatsen.via", { count: party.viaPersonIds.length })}
                      </span>
                    </li>
                  ))}
                </ul>
                <h3>{t("vindplaatsen.asksTitle")}</h3>
                <table className="table" data-testid="asks-table">
                  <caption className="visually-hidden">
                    {t("vindplaatsen.asksCaption", { name: selected.vindplaats.name })}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("filters.theme")}</th>
                      <th scope="col" className="table__number">
                        {t("vindplaatsen.asks")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {selected.asks.map((ask) => (
                      <tr key={ask.themeId}>
                        <th scope="row">{ask.themeName}</th>
                        <td className="table__number">{ask.count}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
                <div className="actions">
                  <CsvButton
                    fileName={`vraag-${selected.vindplaats.id}`}
                    what={t("vindplaatsen.asksTitle")}
                    header={[t("filters.theme"), t("vindplaatsen.asks")]}
                    rows={() => selected.asks.map((ask) => [ask.themeName, ask.count])}
                  />
                </div>
              </section>
            )}

            <section aria-labelledby="load-chart-title">
              <h2 id="load-chart-title">{t("vindplaatsen.chartTitle")}</h2>
              <figure className="chart" ref={chart}>
                <figcaption className="muted">{t("vindplaatsen.chartCaption")}</figcaption>
                <div className="chart__scroll">
                  <LoadChart
                    rows={rows.map((row) => ({
                      id: row.vindplaats.id,
                      name: row.vindplaats.name,
                      partyCount: row.partyCount,
                      capacity: row.capacity ?? null,
                      status: row.status,
                    }))}
                  />
                </div>
              </figure>
              <div className="actions">
                <ChartPngButton
                  target={chart}
                  fileName="vindplaatsen-belasting"
                  what={t("vindplaatsen.chartTitle")}
                />
              </div>
            </section>
          </>
        )}
      </div>
      <AnalyticsMap
        pngName="vindplaatsen-kaart"
        filter={mapFilter}
        emphasis={emphasis}
        nodeColours={colours}
        markedIds={overloaded}
        legend={<HeatLegend />}
      />
    </div>
  );
}

function HeatLegend() {
  const { t } = useTranslation();
  const format = useFormat();
  const stops = [0, 0.4, 0.8, 1, 1.5];
  return (
    <div className="heat-legend">
      <span className="muted">{t("vindplaatsen.heatLegend")}</span>
      <ul className="heat-legend__scale">
        {stops.map((value) => (
          <li key={value}>
            <span
              className="heat-legend__swatch"
              style={{ background: heatColour(value) }}
              aria-hidden="true"
            />
            {value === 1.5 ? `≥ ${format(value)}` : format(value)}
          </li>
        ))}
        <li>
          <span className="heat-legend__swatch heat-legend__swatch--marked" aria-hidden="true" />
          {t("vindplaatsen.markedLegend")}
        </li>
      </ul>
    </div>
  );
}
