import { useTranslation } from "react-i18next";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import { EmptyState, ErrorState, LoadingState } from "../../components/StateMessage";
import { FilterPanel } from "../explorer/FilterPanel";
import { useExplorerState } from "../explorer/useExplorerState";
import { useNetwork } from "../explorer/useNetwork";
import { NodeTable } from "./NodeTable";

/** The same filtered nodes as the map, as an accessible, sortable table. */
export function ListPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("list.title"));
  const [state, update] = useExplorerState();
  const { network, loading, error, refetch } = useNetwork(state);

  // Nodes hidden on the map are hidden here too: both views show the same set.
  const hidden = new Set(state.hiddenIds);
  const nodes = (network?.nodes ?? []).filter((node) => !hidden.has(node.id));
  const ids = new Set(nodes.map((node) => node.id));
  const edges = (network?.edges ?? []).filter((e) => ids.has(e.source) && ids.has(e.target));
  const summary = t("status.summary", {
    nodes: t("status.nodes", { count: nodes.length }),
    edges: t("status.edges", { count: edges.length }),
  });

  return (
    <div className="list-page">
      <div className="list-page__sidebar">
        <FilterPanel state={state} onChange={update} />
      </div>
      <section className="list-page__main" aria-labelledby="list-heading">
        <h1 id="list-heading">{t("list.title")}</h1>
        <p role="status" data-testid="list-status">
          {network ? summary : loading ? t("states.loading") : ""}
        </p>
        {!network && loading && <LoadingState />}
        {error && <ErrorState onRetry={() => void refetch()} />}
        {network && nodes.length === 0 && <EmptyState />}
        {network && nodes.length > 0 && (
          <NodeTable nodes={nodes} state={state} caption={t("list.caption", { summary })} />
        )}
      </section>
    </div>
  );
}
