/**
 * Zachary's karate club (W. W. Zachary, "An information flow model for conflict and fission in
 * small groups", J. Anthropol. Res. 33:452–473, 1977): 34 members, 78 friendships, numbered 0–33
 * as in NetworkX `karate_club_graph()`.
 */
const ADJACENCY: Record<number, number[]> = {
  0: [1, 2, 3, 4, 5, 6, 7, 8, 10, 11, 12, 13, 17, 19, 21, 31],
  1: [2, 3, 7, 13, 17, 19, 21, 30],
  2: [3, 7, 8, 9, 13, 27, 28, 32],
  3: [7, 12, 13],
  4: [6, 10],
  5: [6, 10, 16],
  6: [16],
  8: [30, 32, 33],
  9: [33],
  13: [33],
  14: [32, 33],
  15: [32, 33],
  18: [32, 33],
  19: [33],
  20: [32, 33],
  22: [32, 33],
  23: [25, 27, 29, 32, 33],
  24: [25, 27, 31],
  25: [31],
  26: [29, 33],
  27: [33],
  28: [31, 33],
  29: [32, 33],
  30: [32, 33],
  31: [32, 33],
  32: [33],
};

/** Node ids are zero-padded ("k00".."k33") so that sorted ids keep the numbering. */
export const karateId = (i: number) => `k${String(i).padStart(2, "0")}`;

export const KARATE_NODES = Array.from({ length: 34 }, (_, i) => karateId(i));

export const KARATE_EDGES: [string, string, string][] = Object.entries(ADJACENCY).flatMap(
  ([a, bs]) =>
    bs.map((b) => [`e${a}-${b}`, karateId(Number(a)), karateId(b)] as [string, string, string]),
);
