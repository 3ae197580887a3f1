import { preloadQuery } from "../../app/preload";
import { NetworkQuery } from "./queries";
import { decodeState } from "./urlState";
import { networkVariables } from "./useNetwork";

/** The path of the map (the explorer is the start page). */
export const MAP_PATH = "/";

/**
 * On the map's own address, asks for the map now, with the filters in the address: the same
 * operation and variables `useNetwork` will ask for, so the answer is waiting when it does.
 */
export function preloadMap(location: Pick<Location, "pathname" | "search">, send?: typeof fetch) {
  if (location.pathname !== MAP_PATH) return;
  const state = decodeState(new URLSearchParams(location.search));
  preloadQuery(NetworkQuery, networkVariables(state), { send });
}
