import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";

import { NetworkQuery } from "./queries";
import type { ExplorerState } from "./urlState";
import { toNetworkFilter } from "./urlState";

/**
 * The network for the current view. While a new filter loads, the previous result stays on
 * screen (no flash of an empty map).
 *
 * The answer bypasses Apollo's cache (`no-cache`): at a few thousand nodes writing it into the
 * cache and reading it back took longer than asking the API again, and nothing else on the page
 * reads map nodes from the cache. Writes refresh it with the other active queries.
 */
export const NETWORK_FETCH_POLICY = "no-cache";

/** The variables of the map's query for a view (`preloadMap` asks with the same). */
export const networkVariables = (state: ExplorerState) => ({ filter: toNetworkFilter(state) });

export function useNetwork(state: ExplorerState) {
  const variablesKey = JSON.stringify(networkVariables(state));
  const variables = useMemo(
    () => JSON.parse(variablesKey) as ReturnType<typeof networkVariables>,
    [variablesKey],
  );
  const result = useQuery(NetworkQuery, { variables, fetchPolicy: NETWORK_FETCH_POLICY });
  const network = result.data?.network ?? result.previousData?.network;
  return {
    network,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
