import { describe, expect, it } from "vitest";

import { loadOf, LoadStatus, loadStatus } from "../../../src/modules/analytics/load.math.js";
import {
  adamicAdar,
  partnerScore,
  rankCandidates,
  WEIGHTS,
} from "../../../src/modules/analytics/partners.scoring.js";

describe("partner scoring", () => {
  it("weighs the parts: 3·themes + 2·vindplaatsen + 1·target groups + 2·Adamic–Adar + 4·complementarity", () => {
    expect(WEIGHTS).toEqual({
      sharedThemes: 3,
      sharedVindplaatsen: 2,
      sharedTargetGroups: 1,
      commonContacts: 2,
      complementarity: 4,
    });
    const parts = {
      sharedThemes: 1,
      sharedVindplaatsen: 2,
      sharedTargetGroups: 3,
      commonContacts: 0.5,
      commonContactCount: 1,
      complementarity: 1,
    };
    expect(partnerScore(parts)).toBe(3 + 4 + 3 + 1 + 4);
  });

  it("Adamic–Adar sums 1/ln(degree) of common contacts; degree 1 adds nothing", () => {
    expect(adamicAdar([Math.E, Math.E ** 2])).toBeCloseTo(1.5, 10);
    expect(adamicAdar([2])).toBeCloseTo(1 / Math.log(2), 10);
    expect(adamicAdar([1])).toBe(0);
    expect(adamicAdar([])).toBe(0);
  });

  it("ranks by score, then name, then id; drops zero scores; keeps the limit", () => {
    const ranked = rankCandidates(
      [
        { id: "b", name: "Beta", score: 2 },
        { id: "a2", name: "Alfa", score: 2 },
        { id: "a1", name: "Alfa", score: 2 },
        { id: "z", name: "Zeta", score: 5 },
        { id: "n", name: "Nul", score: 0 },
      ],
      3,
    );
    expect(ranked.map((c) => c.id)).toEqual(["z", "a1", "a2"]);
  });
});

describe("vindplaats load", () => {
  it("load = parties / capacity, null without capacity", () => {
    expect(loadOf(6, 3)).toBe(2);
    expect(loadOf(1, 0)).toBeNull();
    expect(loadOf(1, null)).toBeNull();
  });

  it("status: OK below 0.8, BUSY from 0.8 to 1, OVERLOADED above 1", () => {
    expect(loadStatus(0.79)).toBe(LoadStatus.OK);
    expect(loadStatus(0.8)).toBe(LoadStatus.BUSY);
    expect(loadStatus(1)).toBe(LoadStatus.BUSY);
    expect(loadStatus(1.01)).toBe(LoadStatus.OVERLOADED);
    expect(loadStatus(null)).toBe(LoadStatus.UNKNOWN);
  });
});
