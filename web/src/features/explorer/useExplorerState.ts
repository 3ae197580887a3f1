import { useCallback, useMemo } from "react";
import { useSearchParams } from "react-router";

import type { ExplorerState } from "./urlState";
import { decodeState, encodeState } from "./urlState";

export type UpdateExplorerState = (
  change: Partial<ExplorerState> | ((state: ExplorerState) => Partial<ExplorerState>),
) => void;

/** The current view, read from and written to the URL (so back/forward and sharing work). */
export function useExplorerState(): [ExplorerState, UpdateExplorerState] {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => decodeState(params), [params]);
  const update = useCallback<UpdateExplorerState>(
    (change) => {
      setParams(
        (current) => {
          const previous = decodeState(current);
          const next = {
            ...previous,
            ...(typeof change === "function" ? change(previous) : change),
          };
          return encodeState(next);
        },
        // Synchronously, not in a transition: a ticked checkbox must show as ticked at once.
        { flushSync: true },
      );
    },
    [setParams],
  );
  return [state, update];
}
