import { describe, expect, it } from "vitest";

import type { ExplorerState } from "../../src/features/explorer/urlState";
import {
  activeFilterCount,
  decodeState,
  DEFAULT_STATE,
  encodeState,
  toNetworkFilter,
} from "../../src/features/explorer/urlState";

const full: ExplorerState = {
  nodeTypes: ["ORGANISATION", "THEME"],
  relationshipTypes: ["WORKS_ON"],
  themeIds: ["thema-eenzaamheid"],
  villages: ["De Vecht", "Twello"],
  focusId: "org-1",
  hops: 2,
  selectedId: "per-1",
  hiddenIds: ["per-9"],
  layout: "village",
};

describe("URL state", () => {
  it("survives a round trip through the URL unchanged", () => {
    const url = `?${encodeState(full).toString()}`;
    expect(decodeState(new URLSearchParams(url))).toEqual(full);
  });

  it("writes nothing for the default view, so the plain address shows the whole network", () => {
    expect(encodeState(DEFAULT_STATE).toString()).toBe("");
    expect(decodeState(new URLSearchParams(""))).toEqual(DEFAULT_STATE);
  });

  it("gives the same URL for the same view, whatever order filters were ticked in", () => {
    const a = encodeState({ ...full, villages: ["Twello", "De Vecht"] }).toString();
    const b = encodeState({ ...full, villages: ["De Vecht", "Twello", "Twello"] }).toString();
    expect(a).toBe(b);
  });

  it("reads a readable, shareable URL", () => {
    const state = decodeState(
      new URLSearchParams(
        "type=ORGANISATION&theme=thema-eenzaamheid&village=Twello&selected=org-1",
      ),
    );
    expect(state).toMatchObject({
      nodeTypes: ["ORGANISATION"],
      themeIds: ["thema-eenzaamheid"],
      villages: ["Twello"],
      selectedId: "org-1",
    });
  });

  it("ignores unknown types and layouts and keeps hops within 1–3 (hand-edited links)", () => {
    const state = decodeState(
      new URLSearchParams("type=PERSON&type=ALIEN&rel=LIKES&layout=spiral&focus=x&hops=9"),
    );
    expect(state.nodeTypes).toEqual(["PERSON"]);
    expect(state.relationshipTypes).toEqual([]);
    expect(state.layout).toBe("fcose");
    expect(state.hops).toBe(3);
    expect(decodeState(new URLSearchParams("focus=x&hops=0")).hops).toBe(1);
    expect(decodeState(new URLSearchParams("focus=x&hops=abc")).hops).toBe(1);
  });

  it("only writes hops together with a focus node", () => {
    expect(encodeState({ ...DEFAULT_STATE, hops: 3 }).toString()).toBe("");
    expect(encodeState({ ...DEFAULT_STATE, focusId: "a", hops: 3 }).toString()).toBe(
      "focus=a&hops=3",
    );
  });
});

describe("toNetworkFilter", () => {
  it("passes the filters and the neighbourhood to the API, and no selection or hidden nodes", () => {
    expect(toNetworkFilter(full)).toEqual({
      nodeTypes: ["ORGANISATION", "THEME"],
      relationshipTypes: ["WORKS_ON"],
      themeIds: ["thema-eenzaamheid"],
      villages: ["De Vecht", "Twello"],
      focusId: "org-1",
      hops: 2,
    });
  });

  it("asks for the whole network when nothing is filtered", () => {
    expect(toNetworkFilter(DEFAULT_STATE)).toEqual({});
    expect(activeFilterCount(DEFAULT_STATE)).toBe(0);
    expect(activeFilterCount(full)).toBe(6);
  });
});
