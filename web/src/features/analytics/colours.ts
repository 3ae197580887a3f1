import type { GapSeverity, LoadStatus } from "../../graphql/__generated__/graphql";

/** Status colours, each ≥ 3:1 against white; the status is always also written out. */
export const STATUS_COLOURS: Record<LoadStatus, string> = {
  OK: "#39870c",
  BUSY: "#b35c00",
  OVERLOADED: "#a7000f",
  UNKNOWN: "#767676",
};

export const SEVERITY_COLOURS: Record<GapSeverity, string> = {
  HIGH: "#a7000f",
  MEDIUM: "#b35c00",
  LOW: "#535353",
};

export const SEVERITY_ORDER: Record<GapSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

// Heat scale stops for load 0 → 0.8 → 1 → ≥ 1.5: green, amber, orange, dark red.
const HEAT_STOPS: [number, [number, number, number]][] = [
  [0, [57, 135, 12]],
  [0.8, [224, 178, 0]],
  [1, [227, 112, 0]],
  [1.5, [167, 0, 15]],
];

/** Colour for a load (parties / capacity) on the heat scale. */
export function heatColour(load: number): string {
  const clamped = Math.max(0, Math.min(load, HEAT_STOPS[HEAT_STOPS.length - 1]![0]));
  let i = 1;
  while (i < HEAT_STOPS.length - 1 && clamped > HEAT_STOPS[i]![0]) i++;
  const [x0, c0] = HEAT_STOPS[i - 1]!;
  const [x1, c1] = HEAT_STOPS[i]!;
  const f = x1 === x0 ? 0 : (clamped - x0) / (x1 - x0);
  const rgb = c0.map((v, k) => Math.round(v + (c1[k]! - v) * f));
  return `#${rgb.map((v) => v.toString(16).padStart(2, "0")).join("")}`;
}

// Distinct colours for communities (Okabe–Ito and Tol, darkened where needed for contrast).
const COMMUNITY_PALETTE = [
  "#0072b2",
  "#d55e00",
  "#009e73",
  "#cc79a7",
  "#8a6d00",
  "#56b4e9",
  "#882255",
  "#117733",
  "#332288",
  "#aa4499",
  "#44aa99",
  "#999933",
];

/** Colour of a community; more communities than colours repeat the palette. */
export function communityColour(community: number): string {
  return COMMUNITY_PALETTE[community % COMMUNITY_PALETTE.length]!;
}
