import { useQuery } from "@apollo/client/react";
import { useMemo } from "react";

import { NetworkQuery } from "./queries";
import type { ExplorerState } from "./urlState";
import { toNetworkFilter } from "./urlState";

/**
 * The network for the current view. While a new filter loads, the previous result stays on
 * screen (no flash of an empty map).
 */
export function useNetwork(state: ExplorerState) {
  const filterKey = JSON.stringify(toNetworkFilter(state));
  const filter = useMemo(
    () => JSON.parse(filterKey) as ReturnType<typeof toNetworkFilter>,
    [filterKey],
  );
  const result = useQuery(NetworkQuery, { variables: { filter } });
  const network = result.data?.network ?? result.previousData?.network;
  return {
    network,
    loading: result.loading,
    error: result.error,
    refetch: result.refetch,
  };
}
