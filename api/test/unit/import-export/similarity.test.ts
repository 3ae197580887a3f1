import { describe, expect, it } from "vitest";

import {
  levenshtein,
  normaliseName,
  similarity,
  SIMILARITY_THRESHOLD,
  trigramDice,
} from "../../../src/modules/import-export/similarity.js";

describe("similarity", () => {
  it("normalises case, diacritics and punctuation", () => {
    expect(normaliseName("  Bibliotheek Voorst – Twello ")).toBe("bibliotheek voorst twello");
    expect(normaliseName("Zoë's Café")).toBe("zoe s cafe");
  });

  it("computes edit distance and trigram overlap", () => {
    expect(levenshtein("twelo", "twello")).toBe(1);
    expect(levenshtein("kitten", "sitting")).toBe(3);
    expect(trigramDice("abc", "abc")).toBe(1);
    expect(trigramDice("abc", "xyz")).toBe(0);
  });

  it("finds a typo, a missing diacritic and a longer official name", () => {
    expect(similarity("Bibliotheek Twelo", "Bibliotheek Twello")).toMatchObject({
      reason: "SPELLING",
    });
    expect(similarity("Bibliotheek Twelo", "Bibliotheek Twello").score).toBeGreaterThanOrEqual(0.9);
    expect(similarity("Zoe Jansen", "Zoë Jansen")).toEqual({ score: 1, reason: "SAME" });
    expect(similarity("Bibliotheek Twello", "Bibliotheek Voorst – Twello")).toEqual({
      score: 0.9,
      reason: "CONTAINS",
    });
  });

  it("keeps different parties apart", () => {
    for (const [a, b] of [
      ["Stichting Welzijn Voorst", "Stichting Sport Voorst"],
      ["Jan de Vries", "Jan de Vos"],
      ["Twello", "Bibliotheek Twello"],
      ["Huisartsenpraktijk Wilp", "Huisartsenpraktijk Teuge"],
    ] as const) {
      expect(similarity(a, b).score, `${a} ~ ${b}`).toBeLessThan(SIMILARITY_THRESHOLD);
    }
  });
});
