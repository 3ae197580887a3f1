/**
 * Are two names the same party? Names are normalised (lowercase, no diacritics or punctuation)
 * and compared three ways; the best score counts. Pure, unit-tested.
 *
 * - spelling: 1 − Levenshtein distance / length of the longer name ("Twelo" ~ "Twello": 0.94);
 * - trigrams: Dice coefficient of character trigrams (robust to swapped words);
 * - containment: every word of the shorter name (at least two words) occurs in the longer one,
 *   allowing one typo in words of 5+ letters ("Bibliotheek Twello" in "Bibliotheek Voorst –
 *   Twello"): scores 0.9.
 *
 * Names scoring at least SIMILARITY_THRESHOLD (0.8) are offered as possible duplicates.
 */

export const SIMILARITY_THRESHOLD = 0.8;
const CONTAINMENT_SCORE = 0.9;

export type SimilarityReason = "SAME" | "SPELLING" | "TRIGRAMS" | "CONTAINS";

export function normaliseName(name: string): string {
  return name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

export function levenshtein(a: string, b: string): number {
  if (a === b) return 0;
  if (!a.length) return b.length;
  if (!b.length) return a.length;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

function trigrams(text: string): Map<string, number> {
  const padded = `  ${text} `;
  const grams = new Map<string, number>();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const gram = padded.slice(i, i + 3);
    grams.set(gram, (grams.get(gram) ?? 0) + 1);
  }
  return grams;
}

export function trigramDice(a: string, b: string): number {
  const ga = trigrams(a);
  const gb = trigrams(b);
  let shared = 0;
  let total = 0;
  for (const [gram, n] of ga) {
    shared += Math.min(n, gb.get(gram) ?? 0);
    total += n;
  }
  for (const n of gb.values()) total += n;
  return total ? (2 * shared) / total : 0;
}

function tokenMatches(token: string, others: string[]): boolean {
  return others.some(
    (other) =>
      other === token ||
      (Math.min(token.length, other.length) >= 5 && levenshtein(token, other) <= 1),
  );
}

/** Every word of the shorter name (two or more words) is found in the longer name. */
export function contains(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const shortTokens = short.split(" ").filter(Boolean);
  const longTokens = long.split(" ").filter(Boolean);
  return (
    shortTokens.length >= 2 &&
    longTokens.length > shortTokens.length &&
    shortTokens.every((token) => tokenMatches(token, longTokens))
  );
}

export function similarity(a: string, b: string): { score: number; reason: SimilarityReason } {
  const na = normaliseName(a);
  const nb = normaliseName(b);
  if (!na || !nb) return { score: 0, reason: "SPELLING" };
  if (na === nb) return { score: 1, reason: "SAME" };
  const candidates: [number, SimilarityReason][] = [
    [1 - levenshtein(na, nb) / Math.max(na.length, nb.length), "SPELLING"],
    [trigramDice(na, nb), "TRIGRAMS"],
    [contains(na, nb) ? CONTAINMENT_SCORE : 0, "CONTAINS"],
  ];
  const [score, reason] = candidates.reduce((best, c) => (c[0] > best[0] ? c : best));
  return { score: Math.round(score * 1000) / 1000, reason };
}
