import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { EmptyState, ErrorState, LoadingState } from "../../components/StateMessage";
import type { CoverageFilter } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { CsvButton } from "../analytics/ExportButtons";
import { useLocalized, useParams } from "../analytics/hooks";
import { SelectField } from "../analytics/SelectField";
import { useFilterOptions } from "../analytics/useFilterOptions";
import { cellKey, toMatrix, unreachedGapId } from "./matrix";
import { CoverageQuery } from "./queries";

/** Coverage: for every theme and the target groups it concerns, who reaches them where. */
export function CoveragePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("coverage.title"));
  const localized = useLocalized();
  const { get, set } = useParams();
  const options = useFilterOptions();
  const themeId = get("theme");
  const village = get("village");
  const selectedKey = get("cell");

  const filter = useMemo<CoverageFilter>(
    () => ({ ...(themeId ? { themeId } : {}), ...(village ? { village } : {}) }),
    [themeId, village],
  );
  const { data, previousData, loading, error, refetch } = useQuery(CoverageQuery, {
    variables: { filter },
  });
  const rows = useMemo(() => (data ?? previousData)?.coverage ?? [], [data, previousData]);
  const matrix = useMemo(() => toMatrix(rows), [rows]);
  const selected =
    rows.find((row) => cellKey(row.theme.id, row.targetGroup.id) === selectedKey) ?? null;
  const emphasis = useMemo(
    () => (selected ? { nodeIds: selected.nodeIds, edgeIds: selected.edgeIds } : null),
    [selected],
  );
  const uncovered = rows.filter((row) => !row.covered).length;
  const reaching = (row: (typeof rows)[number]) => row.cells.filter((c) => c.actors.length > 0);

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("coverage.title")}</h1>
        <p className="analytics__intro">{t("coverage.intro")}</p>
        <form className="filters" aria-label={t("analytics.filters")} onSubmit={(e) => e.preventDefault()}>
          <SelectField
            label={t("filters.theme")}
            value={themeId}
            options={options.themes}
            allLabel={t("filters.allThemes")}
            onChange={(value) => set({ theme: value, cell: null })}
          />
          <SelectField
            label={t("filters.village")}
            value={village}
            options={options.villages}
            allLabel={t("filters.allVillages")}
            onChange={(value) => set({ village: value, cell: null })}
          />
        </form>

        {loading && !data && !previousData && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {!loading && !error && rows.length === 0 && <EmptyState />}

        {rows.length > 0 && (
          <>
            <p role="status" className="analytics__summary" data-testid="coverage-summary">
              {t("coverage.summary", { count: rows.length, uncovered })}
            </p>
            <div className="table-scroll">
              <table className="table matrix" data-testid="coverage-matrix">
                <caption>{t("coverage.caption")}</caption>
                <thead>
                  <tr>
                    <td />
                    {matrix.groups.map((group) => (
                      <th scope="col" key={group.id}>
                        {group.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {matrix.themes.map((theme) => (
                    <tr key={theme.id}>
                      <th scope="row">{theme.name}</th>
                      {matrix.groups.map((group) => {
                        const row = matrix.cell(theme.id, group.id);
                        if (!row) {
                          return (
                            <td key={group.id} className="matrix__na">
                              <span aria-hidden="true">·</span>
                              <span className="visually-hidden">{t("coverage.notConcerned")}</span>
                            </td>
                          );
                        }
                        const key = cellKey(theme.id, group.id);
                        const active = key === selectedKey;
                        const count = reaching(row).length;
                        return (
                          <td
                            key={group.id}
                            className={`matrix__cell ${row.covered ? "matrix__cell--covered" : "matrix__cell--gap"}${active ? " matrix__cell--active" : ""}`}
                            data-testid="coverage-cell"
                            data-covered={row.covered}
                            data-theme-id={theme.id}
                            data-group-id={group.id}
                          >
                            <button
                              type="button"
                              className="button--link matrix__button"
                              aria-pressed={active}
                              aria-label={t("coverage.cellLabel", {
                                theme: theme.name,
                                group: group.name,
                                state: row.covered
                                  ? t("coverage.reachedAt", { count })
                                  : t("coverage.notReached"),
                              })}
                              onClick={() => set({ cell: active ? null : key })}
                            >
                              {row.covered ? t("coverage.reachedShort", { count }) : t("coverage.notReached")}
                            </button>
                            {!row.covered && (
                              <Link
                                className="matrix__gap-link"
                                to={{
                                  pathname: "/gaten",
                                  search: `?gap=${encodeURIComponent(unreachedGapId(theme.id, group.id))}`,
                                }}
                              >
                                {t("coverage.toGap")}
                                <span className="visually-hidden">
                                  {" "}
                                  {t("coverage.toGapFor", { theme: theme.name, group: group.name })}
                                </span>
                              </Link>
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <div className="actions">
              <CsvButton
                fileName="dekking"
                what={t("coverage.title")}
                header={[
                  t("filters.theme"),
                  t("coverage.targetGroup"),
                  t("coverage.covered"),
                  t("coverage.reachingVindplaatsen"),
                  t("coverage.otherVindplaatsen"),
                ]}
                rows={() =>
                  rows.map((row) => [
                    row.theme.name,
                    row.targetGroup.name,
                    row.covered ? t("coverage.yes") : t("coverage.no"),
                    reaching(row)
                      .map((c) => c.vindplaats.name)
                      .join("; "),
                    row.cells
                      .filter((c) => c.actors.length === 0)
                      .map((c) => c.vindplaats.name)
                      .join("; "),
                  ])
                }
              />
            </div>

            {selected && (
              <section aria-labelledby="coverage-detail" className="detail-box" data-testid="coverage-detail">
                <h2 id="coverage-detail">
                  {t("coverage.detailTitle", {
                    theme: selected.theme.name,
                    group: selected.targetGroup.name,
                  })}
                </h2>
                <p>{localized(selected.explanation)}</p>
                <ul>
                  {selected.cells.map((cell) => (
                    <li key={cell.vindplaats.id}>
                      <strong>{cell.vindplaats.name}</strong>
                      {cell.vindplaats.village ? ` (${cell.vindplaats.village})` : ""}:{" "}
                      {cell.actors.length > 0
                        ? cell.actors.map((a) => a.name).join(", ")
                        : t("coverage.nobody")}
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </>
        )}
      </div>
      <AnalyticsMap pngName="dekking-kaart" emphasis={emphasis} />
    </div>
  );
}
