import { useApolloClient } from "@apollo/client/react";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { EmptyState, ErrorState, LoadingState } from "../../components/StateMessage";
import type { GraphElements } from "../../graph/elements";
import { toElements } from "../../graph/elements";
import type { GraphHandle } from "../../graph/GraphView";
import { GraphView } from "../../graph/GraphView";
import type { LayoutName } from "../../graph/layouts";
import { LAYOUT_NAMES } from "../../graph/layouts";
import { LARGE_GRAPH } from "../../graph/thresholds";
import type { GraphCounts } from "../../graph/useGraphState";
import { EditingToolbar } from "../editing/EditingToolbar";
import { DetailPanel } from "./DetailPanel";
import { FilterPanel } from "./FilterPanel";
import { Legend } from "./Legend";
import { SearchBox } from "./SearchBox";
import { useExplorerState } from "./useExplorerState";
import { useNetwork } from "./useNetwork";

const NO_ELEMENTS: GraphElements = { groups: [], nodes: [], edges: [] };

/** The graph explorer: search and filters, the map, and details of the selected node. */
export function ExplorerPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("explorer.title"));
  const [state, update] = useExplorerState();
  const { network, loading, error, refetch } = useNetwork(state);
  const client = useApolloClient();
  // After an outage everything on the page failed, not only the map: ask again for all of it.
  const retryAll = () => void client.refetchQueries({ include: "active" });
  const graph = useRef<GraphHandle>(null);
  const [counts, setCounts] = useState<GraphCounts | null>(null);

  const groupByVillage = state.layout === "village";
  const noVillageLabel = t("layout.noVillage");
  const elements = useMemo(
    () => (network ? toElements(network, { groupByVillage, noVillageLabel }) : NO_ELEMENTS),
    [network, groupByVillage, noVillageLabel],
  );
  const nodeNames = useMemo(
    () => new Map(elements.nodes.map((n) => [n.data.id, n.data.label])),
    [elements],
  );

  // A selection made on the map is already in view; one made elsewhere (a relation link, a
  // shared URL) is zoomed to, once, when the node is on the map.
  const tapped = useRef<string | null>(null);
  const zoomedFor = useRef<string | null>(null);
  const onSelect = useCallback(
    (id: string | null) => {
      tapped.current = id;
      update({ selectedId: id });
    },
    [update],
  );
  useEffect(() => {
    const id = state.selectedId;
    if (!id || id === tapped.current || id === zoomedFor.current) return;
    if (graph.current?.zoomTo(id)) zoomedFor.current = id;
  }, [state.selectedId, elements]);

  const onSearchChoose = (id: string) => {
    tapped.current = null;
    zoomedFor.current = id;
    update({ selectedId: id });
    graph.current?.zoomTo(id);
  };

  const exportPng = () => {
    const uri = graph.current?.toPng();
    if (!uri) return;
    const link = document.createElement("a");
    link.href = uri;
    link.download = t("toolbar.exportFileName");
    link.click();
  };

  const summary = counts
    ? t("status.summary", {
        nodes: t("status.nodes", { count: counts.nodes }),
        edges: t("status.edges", { count: counts.edges }),
      })
    : "";
  const hiddenOnMap = state.hiddenIds.filter((id) => nodeNames.has(id));

  return (
    <div className="explorer">
      <div className="explorer__sidebar">
        <SearchBox onChoose={onSearchChoose} />
        <FilterPanel state={state} onChange={update} />
        <Legend />
      </div>

      <section className="explorer__map" aria-labelledby="map-heading">
        <div className="toolbar">
          <h1 id="map-heading">{t("explorer.title")}</h1>
          <div className="inline-field">
            <label htmlFor="layout-select">{t("toolbar.layout")}</label>
            <select
              id="layout-select"
              className="select"
              value={state.layout}
              onChange={(event) => update({ layout: event.target.value as LayoutName })}
            >
              {LAYOUT_NAMES.map((name) => (
                <option key={name} value={name}>
                  {t(`layout.${name}`)}
                </option>
              ))}
            </select>
          </div>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => graph.current?.fit()}
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
          </button>
        </div>

        <EditingToolbar
          onSelect={(id) => {
            // Zoomed to once it is on the map (a new or restored node arrives with the refetch).
            tapped.current = null;
            update({ selectedId: id });
          }}
          nameOf={(id) => nodeNames.get(id) ?? id}
        />
        <div className="map-status">
          {/* One line whatever it says: a line appearing with the data would shrink the map and
              make it draw twice. */}
          <div className="map-status__line">
            <p role="status" data-testid="graph-status" className="map-status__counts">
              {loading && !network ? t("states.loading") : summary}
            </p>
            {elements.nodes.length > LARGE_GRAPH && (
              <p className="muted">{t("status.largeGraph")}</p>
            )}
          </div>
          {state.focusId && (
            <div className="banner" data-testid="focus-banner">
              <span>
                {t("focus.banner", {
                  name: nodeNames.get(state.focusId) ?? state.focusId,
                  hops: state.hops,
                })}
              </span>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => update({ focusId: null })}
              >
                {t("focus.back")}
              </button>
            </div>
          )}
          {hiddenOnMap.length > 0 && (
            <div className="banner">
              <span>{t("hidden.summary", { count: hiddenOnMap.length })}</span>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => update({ hiddenIds: [] })}
              >
                {t("hidden.showAll")}
              </button>
            </div>
          )}
          {error && network && (
            <div className="banner banner--error" role="alert">
              <span>{t("states.partialError")}</span>
              <button
                type="button"
                className="button button--secondary"
                onClick={() => void refetch()}
              >
                {t("states.retry")}
              </button>
            </div>
          )}
        </div>

        <div className="graph-area" aria-busy={loading}>
          {network && (
            <GraphView
              ref={graph}
              elements={elements}
              layout={state.layout}
              selectedId={state.selectedId}
              focusId={state.focusId}
              hiddenIds={state.hiddenIds}
              onSelect={onSelect}
              onCounts={setCounts}
              label={t("status.graphLabel", { summary })}
            />
          )}
          {!network && loading && <LoadingState />}
          {!network && error && <ErrorState onRetry={retryAll} />}
          {network && elements.nodes.length === 0 && (
            <div className="graph-area__overlay">
              <EmptyState>
                <button
                  type="button"
                  className="button button--primary"
                  onClick={() =>
                    update({
                      nodeTypes: [],
                      relationshipTypes: [],
                      themeIds: [],
                      villages: [],
                      focusId: null,
                    })
                  }
                >
                  {t("filters.clear")}
                </button>
              </EmptyState>
            </div>
          )}
        </div>
      </section>

      {state.selectedId && (
        <DetailPanel
          key={state.selectedId}
          id={state.selectedId}
          state={state}
          onMap={nodeNames.has(state.selectedId) && !state.hiddenIds.includes(state.selectedId)}
          onChange={update}
        />
      )}
    </div>
  );
}
