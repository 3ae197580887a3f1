import "./analytics.css";

import { useQuery } from "@apollo/client/react";
import type { ReactNode } from "react";
import { useEffect, useId, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";

import { EmptyState, ErrorState, LoadingState } from "../../components/StateMessage";
import type { GraphElements } from "../../graph/elements";
import { toElements } from "../../graph/elements";
import type { GraphHandle } from "../../graph/GraphView";
import { GraphView } from "../../graph/GraphView";
import type { Emphasis } from "../../graph/useEmphasis";
import type { GraphCounts } from "../../graph/useGraphState";
import type { NetworkFilter } from "../../graphql/__generated__/graphql";
import { NetworkQuery } from "../explorer/queries";
import { NETWORK_FETCH_POLICY } from "../explorer/useNetwork";
import { downloadUrl } from "./csv";

const NO_ELEMENTS: GraphElements = { groups: [], nodes: [], edges: [] };
const NO_IDS: readonly string[] = [];

export interface AnalyticsMapProps {
  /** Which part of the network to draw (all of it by default). */
  filter?: NetworkFilter;
  /** What the answer is about: emphasised, the rest dimmed, the view fitted to it. */
  emphasis?: Emphasis | null;
  nodeColours?: ReadonlyMap<string, string> | null;
  markedIds?: readonly string[] | null;
  /** File name of the PNG export, without extension. */
  pngName: string;
  /** A legend for the colours or marks this page uses. */
  legend?: ReactNode;
}

/**
 * The map beside an analytics answer: the network (one GraphView, one Cytoscape instance), with
 * what the answer is about emphasised, plus fit and PNG export, and the emphasised names as text
 * for people who cannot see the canvas.
 */
export function AnalyticsMap({
  filter,
  emphasis,
  nodeColours,
  markedIds,
  pngName,
  legend,
}: AnalyticsMapProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const variables = useMemo(() => ({ filter: filter ?? {} }), [filter]);
  const { data, previousData, loading, error, refetch } = useQuery(NetworkQuery, {
    variables,
    fetchPolicy: NETWORK_FETCH_POLICY,
  });
  const network = data?.network ?? previousData?.network;
  const elements = useMemo(() => (network ? toElements(network) : NO_ELEMENTS), [network]);
  const names = useMemo(
    () => new Map(elements.nodes.map((n) => [n.data.id, n.data.label])),
    [elements],
  );
  const graph = useRef<GraphHandle>(null);
  const [counts, setCounts] = useState<GraphCounts | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);

  // Bring what the answer is about into view whenever it changes.
  const emphasisedNodes = emphasis?.nodeIds ?? NO_IDS;
  useEffect(() => {
    graph.current?.fitTo(emphasisedNodes);
  }, [emphasisedNodes, elements]);

  const shown = emphasisedNodes.filter((id) => names.has(id));
  const summary = counts
    ? t("status.summary", {
        nodes: t("status.nodes", { count: counts.nodes }),
        edges: t("status.edges", { count: counts.edges }),
      })
    : "";

  const exportPng = () => {
    const uri = graph.current?.toPng();
    if (uri) downloadUrl(uri, `${pngName}.png`);
  };

  return (
    <section className="analytics__map" aria-labelledby={headingId}>
      <div className="toolbar">
        <h2 id={headingId}>{t("analytics.map")}</h2>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => graph.current?.fitTo(emphasisedNodes)}
        >
          {t("toolbar.fit")}
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={exportPng}
          disabled={elements.nodes.length === 0}
        >
          {t("toolbar.exportPng")}
          <span className="visually-hidden">: {t("export.theMap")}</span>
        </button>
      </div>
      <div className="map-status">
        <p role="status" className="map-status__counts" data-testid="graph-status">
          {loading && !network ? t("states.loading") : summary}
        </p>
        <p className="analytics__emphasis" data-testid="map-emphasis" aria-live="polite">
          {emphasis
            ? shown.length > 0
              ? t("analytics.onMap", {
                  count: shown.length,
                  names: shown.map((id) => names.get(id)).join(", "),
                })
              : t("analytics.notOnMap")
            : ""}
        </p>
        {selectedId && names.has(selectedId) && (
          <p className="analytics__selected">
            {t("analytics.selected", { name: names.get(selectedId) })}{" "}
            <Link to={{ pathname: "/", search: `?selected=${encodeURIComponent(selectedId)}` }}>
              {t("analytics.openInExplorer")}
            </Link>
          </p>
        )}
        {legend}
      </div>
      <div className="graph-area" aria-busy={loading}>
        {network && (
          <GraphView
            ref={graph}
            elements={elements}
            layout="fcose"
            selectedId={selectedId}
            focusId={null}
            hiddenIds={NO_IDS}
            onSelect={setSelectedId}
            onCounts={setCounts}
            emphasis={emphasis}
            nodeColours={nodeColours}
            markedIds={markedIds}
            label={t("analytics.mapLabel", { summary })}
          />
        )}
        {!network && loading && <LoadingState />}
        {!network && error && <ErrorState onRetry={() => void refetch()} />}
        {network && elements.nodes.length === 0 && (
          <div className="graph-area__overlay">
            <EmptyState />
          </div>
        )}
      </div>
    </section>
  );
}
