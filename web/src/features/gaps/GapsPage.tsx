import { useQuery } from "@apollo/client/react";
import { useEffect, useMemo, useRef } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { EmptyState, ErrorState, LoadingState } from "../../components/StateMessage";
import type { GapFilter, GapSeverity } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { ChartPngButton, CsvButton } from "../analytics/ExportButtons";
import { useLocalized, useParams } from "../analytics/hooks";
import { SelectField } from "../analytics/SelectField";
import { useFilterOptions } from "../analytics/useFilterOptions";
import { GapCard } from "./GapCard";
import { GapChart } from "./GapChart";
import { countBySeverity, groupByType, largestGaps, SEVERITIES } from "./gapSummary";
import { GapsQuery } from "./queries";

const isSeverity = (value: string | null): value is GapSeverity =>
  (SEVERITIES as readonly string[]).includes(value ?? "");

/** The gap report: largest gaps first, counts per type and severity, every gap on the map. */
export function GapsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("gaps.title"));
  const localized = useLocalized();
  const { get, set } = useParams();
  const options = useFilterOptions();
  const themeId = get("theme");
  const village = get("village");
  const severity = get("severity");
  const shownId = get("gap");

  const filter = useMemo<GapFilter>(
    () => ({
      ...(themeId ? { themeId } : {}),
      ...(village ? { village } : {}),
      ...(isSeverity(severity) ? { minSeverity: severity } : {}),
    }),
    [themeId, village, severity],
  );
  const { data, previousData, loading, error, refetch } = useQuery(GapsQuery, {
    variables: { filter },
  });
  const gaps = useMemo(() => (data ?? previousData)?.gaps ?? [], [data, previousData]);
  const groups = useMemo(() => groupByType(gaps), [gaps]);
  const top = useMemo(() => largestGaps(gaps), [gaps]);
  const counts = countBySeverity(gaps);
  const shown = gaps.find((gap) => gap.id === shownId) ?? null;
  const emphasis = useMemo(
    () => (shown ? { nodeIds: shown.nodeIds, edgeIds: shown.edgeIds } : null),
    [shown],
  );
  const toggle = (id: string) => set({ gap: shownId === id ? null : id });
  const chart = useRef<HTMLDivElement>(null);

  // Arriving with a gap in the URL (a link from the coverage matrix): bring it into view.
  const scrolled = useRef(false);
  useEffect(() => {
    if (scrolled.current || !shownId || gaps.length === 0) return;
    scrolled.current = true;
    document
      .querySelector(`[data-gap-id="${CSS.escape(shownId)}"]`)
      ?.scrollIntoView({ block: "center" });
  }, [shownId, gaps]);

  const severityLabel = (s: GapSeverity) => t(`severity.${s}`);

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("gaps.title")}</h1>
        <p className="analytics__intro">{t("gaps.intro")}</p>
        <form
          className="filters"
          aria-label={t("analytics.filters")}
          onSubmit={(e) => e.preventDefault()}
        >
          <SelectField
            label={t("filters.theme")}
            value={themeId}
            options={options.themes}
            allLabel={t("filters.allThemes")}
            onChange={(value) => set({ theme: value, gap: null })}
          />
          <SelectField
            label={t("filters.village")}
            value={village}
            options={options.villages}
            allLabel={t("filters.allVillages")}
            onChange={(value) => set({ village: value, gap: null })}
          />
          <SelectField
            label={t("gaps.minSeverity")}
            value={isSeverity(severity) ? severity : null}
            options={SEVERITIES.map((s) => ({ value: s, label: t(`gaps.atLeast.${s}`) }))}
            allLabel={t("gaps.allSeverities")}
            onChange={(value) => set({ severity: value, gap: null })}
          />
        </form>

        {loading && !data && !previousData && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {!loading && !error && gaps.length === 0 && <EmptyState />}

        {gaps.length > 0 && (
          <>
            <p role="status" className="analytics__summary" data-testid="gaps-summary">
              {t("gaps.summary", {
                count: gaps.length,
                high: counts.HIGH,
                medium: counts.MEDIUM,
                low: counts.LOW,
              })}
            </p>

            <section aria-labelledby="gaps-top" data-testid="gaps-top">
              <h2 id="gaps-top">{t("gaps.largest")}</h2>
              <p className="muted">{t("gaps.largestHint")}</p>
              <ol className="card-list">
                {top.map((gap) => (
                  <li key={gap.id}>
                    <GapCard
                      gap={gap}
                      level={3}
                      shown={gap.id === shownId}
                      onToggle={() => toggle(gap.id)}
                    />
                  </li>
                ))}
              </ol>
            </section>

            <section aria-labelledby="gaps-counts">
              <h2 id="gaps-counts">{t("gaps.countsTitle")}</h2>
              <figure className="chart" ref={chart}>
                <figcaption className="muted">{t("gaps.chartCaption")}</figcaption>
                <div className="chart__scroll">
                  <GapChart rows={groups} />
                </div>
              </figure>
              <div className="table-scroll">
                <table className="table" data-testid="gap-counts">
                  <caption>{t("gaps.countsCaption")}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t("gaps.type")}</th>
                      {SEVERITIES.map((s) => (
                        <th scope="col" key={s} className="table__number">
                          {severityLabel(s)}
                        </th>
                      ))}
                      <th scope="col" className="table__number">
                        {t("gaps.total")}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {groups.map((group) => (
                      <tr key={group.type}>
                        <th scope="row">
                          <a href={`#gaps-${group.type}`}>{t(`gapType.${group.type}`)}</a>
                        </th>
                        {SEVERITIES.map((s) => (
                          <td key={s} className="table__number">
                            {group.counts[s]}
                          </td>
                        ))}
                        <td className="table__number">{group.gaps.length}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="actions">
                <ChartPngButton
                  target={chart}
                  fileName="gaten-per-soort"
                  what={t("gaps.countsTitle")}
                />
                <CsvButton
                  fileName="gaten-per-soort"
                  what={t("gaps.countsTitle")}
                  header={[t("gaps.type"), ...SEVERITIES.map(severityLabel), t("gaps.total")]}
                  rows={() =>
                    groups.map((g) => [
                      t(`gapType.${g.type}`),
                      ...SEVERITIES.map((s) => g.counts[s]),
                      g.gaps.length,
                    ])
                  }
                />
              </div>
            </section>

            <section aria-labelledby="gaps-all">
              <h2 id="gaps-all">{t("gaps.all")}</h2>
              <div className="actions">
                <CsvButton
                  fileName="gaten"
                  what={t("gaps.all")}
                  header={[
                    t("gaps.type"),
                    t("gaps.severity"),
                    t("gaps.explanation"),
                    t("gaps.suggestion"),
                    t("gaps.nodes"),
                  ]}
                  rows={() =>
                    gaps.map((gap) => [
                      t(`gapType.${gap.type}`),
                      severityLabel(gap.severity),
                      localized(gap.explanation),
                      localized(gap.suggestion),
                      gap.nodeIds.join(" "),
                    ])
                  }
                />
              </div>
              {groups.map((group) => (
                <section
                  key={group.type}
                  aria-labelledby={`gaps-${group.type}`}
                  className="gap-group"
                >
                  <h3 id={`gaps-${group.type}`} tabIndex={-1}>
                    {t("gaps.groupTitle", {
                      type: t(`gapType.${group.type}`),
                      count: group.gaps.length,
                    })}
                  </h3>
                  <p className="muted">{t(`gapTypeHelp.${group.type}`)}</p>
                  <ul className="card-list">
                    {group.gaps.map((gap) => (
                      <li key={gap.id}>
                        <GapCard
                          gap={gap}
                          level={4}
                          shown={gap.id === shownId}
                          onToggle={() => toggle(gap.id)}
                        />
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </section>
          </>
        )}
      </div>
      <AnalyticsMap
        pngName="gaten-kaart"
        emphasis={emphasis}
        legend={
          shown ? (
            <p className="muted">{t("gaps.mapShows", { type: t(`gapType.${shown.type}`) })}</p>
          ) : (
            <p className="muted">{t("gaps.mapHint")}</p>
          )
        }
      />
    </div>
  );
}
