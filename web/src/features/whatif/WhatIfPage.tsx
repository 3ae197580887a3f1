import { skipToken, useQuery } from "@apollo/client/react";
import { useMemo } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { ErrorState, LoadingState } from "../../components/StateMessage";
import type { GapCard_GapFragment, NodeType } from "../../graphql/__generated__/graphql";
import { AnalyticsMap } from "../analytics/AnalyticsMap";
import { CsvButton } from "../analytics/ExportButtons";
import { useLocalized, useParams } from "../analytics/hooks";
import { NodePicker } from "../analytics/NodePicker";
import { usePickedNode } from "../analytics/usePickedNode";
import { WhatIfQuery } from "./queries";

const REMOVABLE: NodeType[] = ["PERSON", "ORGANISATION", "VINDPLAATS"];
const MAX_REMOVED = 50;

/** What if: take people, organisations or vindplaatsen out and see what the network would lose. */
export function WhatIfPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("whatIf.title"));
  const localized = useLocalized();
  const { get, set } = useParams();
  const removed = useMemo(
    () => (get("remove") ?? "").split(",").filter(Boolean).slice(0, MAX_REMOVED),
    [get],
  );
  const setRemoved = (ids: string[]) => set({ remove: ids.length > 0 ? ids.join(",") : null });

  const { data, previousData, loading, error, refetch } = useQuery(
    WhatIfQuery,
    removed.length > 0 ? { variables: { removeNodeIds: removed } } : skipToken,
  );
  const result = removed.length > 0 ? (data ?? previousData)?.whatIf : undefined;
  const emphasis = useMemo(
    () => (result ? { nodeIds: result.nodeIds, edgeIds: result.edgeIds } : null),
    [result],
  );

  const gapRows = (gaps: readonly GapCard_GapFragment[]) =>
    gaps.map((gap) => [
      t(`gapType.${gap.type}`),
      t(`severity.${gap.severity}`),
      localized(gap.explanation),
    ]);

  return (
    <div className="analytics">
      <div className="analytics__content">
        <h1>{t("whatIf.title")}</h1>
        <p className="analytics__intro">{t("whatIf.intro")}</p>
        <form
          className="filters filters--stacked"
          aria-label={t("whatIf.form")}
          onSubmit={(e) => e.preventDefault()}
        >
          <NodePicker
            label={t("whatIf.pick")}
            types={REMOVABLE}
            clearOnChoose
            onChange={(node) => {
              if (!removed.includes(node.id)) setRemoved([...removed, node.id]);
            }}
          />
          <div>
            <h2 className="h4" id="whatif-removed">
              {t("whatIf.removedTitle")}
            </h2>
            {removed.length === 0 ? (
              <p className="muted">{t("whatIf.noneRemoved")}</p>
            ) : (
              <ul className="chips" aria-labelledby="whatif-removed" data-testid="removed-list">
                {removed.map((id) => (
                  <RemovedChip
                    key={id}
                    id={id}
                    onRemove={() => setRemoved(removed.filter((other) => other !== id))}
                  />
                ))}
              </ul>
            )}
          </div>
        </form>

        {loading && !result && <LoadingState label={t("analytics.loading")} />}
        {error && <ErrorState onRetry={() => void refetch()} />}

        {result && (
          <section aria-labelledby="whatif-results" data-testid="whatif-results">
            <h2 id="whatif-results">{t("whatIf.resultsTitle")}</h2>
            <p role="status" className="analytics__summary" data-testid="whatif-summary">
              {localized(result.explanation)}
            </p>
            <dl className="figures">
              <div className="figure">
                <dt>{t("whatIf.newGaps")}</dt>
                <dd className="figure__value" data-testid="whatif-new-gaps">
                  {result.gapsAppearing.length}
                </dd>
              </div>
              <div className="figure">
                <dt>{t("whatIf.resolvedGaps")}</dt>
                <dd className="figure__value">{result.gapsResolved.length}</dd>
              </div>
              <div className="figure">
                <dt>{t("whatIf.components")}</dt>
                <dd className="figure__value">
                  {t("whatIf.componentsValue", {
                    before: result.componentsBefore,
                    after: result.componentsAfter,
                  })}
                </dd>
              </div>
            </dl>

            <NamedList
              title={t("whatIf.themesWithoutProvider")}
              items={result.themesWithoutProvider}
              testId="whatif-no-provider"
            />
            <NamedList title={t("whatIf.themesWithoutRoute")} items={result.themesWithoutRoute} />
            <NamedList
              title={t("whatIf.targetGroups")}
              items={result.targetGroupsNoLongerReached}
            />
            {result.splits.length > 0 && (
              <>
                <h3>{t("whatIf.splits")}</h3>
                <ul>
                  {result.splits.map((split, index) => (
                    <li key={index}>
                      {t("whatIf.split", {
                        before: split.sizeBefore,
                        parts: split.parts.map((p) => p.nodeIds.length).join(" + "),
                      })}
                    </li>
                  ))}
                </ul>
              </>
            )}

            <h3>{t("whatIf.newGapsTitle")}</h3>
            {result.gapsAppearing.length === 0 ? (
              <p className="muted">{t("whatIf.noNewGaps")}</p>
            ) : (
              <GapTable
                gaps={result.gapsAppearing}
                caption={t("whatIf.newGapsTitle")}
                testId="whatif-gaps"
              />
            )}
            <div className="actions">
              <CsvButton
                fileName="wat-als-nieuwe-gaten"
                what={t("whatIf.newGapsTitle")}
                header={[t("gaps.type"), t("gaps.severity"), t("gaps.explanation")]}
                rows={() => gapRows(result.gapsAppearing)}
                disabled={result.gapsAppearing.length === 0}
              />
            </div>
            <h3>{t("whatIf.resolvedTitle")}</h3>
            {result.gapsResolved.length === 0 ? (
              <p className="muted">{t("whatIf.noResolved")}</p>
            ) : (
              <GapTable gaps={result.gapsResolved} caption={t("whatIf.resolvedTitle")} />
            )}
          </section>
        )}
      </div>
      <AnalyticsMap
        pngName="wat-als-kaart"
        emphasis={emphasis}
        markedIds={removed}
        legend={<p className="muted">{t("whatIf.mapLegend")}</p>}
      />
    </div>
  );
}

function RemovedChip({ id, onRemove }: { id: string; onRemove: () => void }) {
  const { t } = useTranslation();
  const node = usePickedNode(id);
  const name = node?.name ?? id;
  return (
    <li className="chip">
      <span>
        {name}
        {node ? <span className="muted"> ({t(`nodeType.${node.type}`)})</span> : null}
      </span>
      <button
        type="button"
        className="button button--link chip__remove"
        aria-label={t("whatIf.putBack", { name })}
        onClick={onRemove}
      >
        ×
      </button>
    </li>
  );
}

function NamedList({
  title,
  items,
  testId,
}: {
  title: string;
  items: readonly { id: string; name: string }[];
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <p data-testid={testId}>
      <strong>{title}:</strong>{" "}
      {items.length > 0 ? items.map((item) => item.name).join(", ") : t("whatIf.nothing")}
    </p>
  );
}

function GapTable({
  gaps,
  caption,
  testId,
}: {
  gaps: readonly GapCard_GapFragment[];
  caption: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const localized = useLocalized();
  return (
    <div className="table-scroll">
      <table className="table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t("gaps.type")}</th>
            <th scope="col">{t("gaps.severity")}</th>
            <th scope="col">{t("gaps.explanation")}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.map((gap) => (
            <tr key={gap.id}>
              <th scope="row">{t(`gapType.${gap.type}`)}</th>
              <td>
                <span className={`severity severity--${gap.severity}`}>
                  {t(`severity.${gap.severity}`)}
                </span>
              </td>
              <td>{localized(gap.explanation)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
