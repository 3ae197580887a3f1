/**
 * Partner finder: who is worth meeting, and why. Profiles, score parts and reasons are pure
 * functions over the snapshot; the weights are in one place and unit-tested.
 */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import { listNames, type Text } from "./gaps.rules.js";
import { type GraphData, SOCIAL_TYPES } from "./graph-data.js";

export interface Profile {
  themes: Set<string>;
  signals: Set<string>;
  provides: Set<string>;
  vindplaatsen: Set<string>;
  targetGroups: Set<string>;
}

export interface ScoreParts {
  sharedThemes: number;
  sharedVindplaatsen: number;
  sharedTargetGroups: number;
  /** Adamic–Adar index: Σ 1/ln(degree) over common contacts. */
  commonContacts: number;
  commonContactCount: number;
  /** Themes one signals and the other provides help for. */
  complementarity: number;
}

/** Weights per part: complementarity and shared themes matter most, target groups least. */
export const WEIGHTS = {
  sharedThemes: 3,
  sharedVindplaatsen: 2,
  sharedTargetGroups: 1,
  commonContacts: 2,
  complementarity: 4,
} as const;

export function partnerScore(parts: ScoreParts): number {
  const score =
    WEIGHTS.sharedThemes * parts.sharedThemes +
    WEIGHTS.sharedVindplaatsen * parts.sharedVindplaatsen +
    WEIGHTS.sharedTargetGroups * parts.sharedTargetGroups +
    WEIGHTS.commonContacts * parts.commonContacts +
    WEIGHTS.complementarity * parts.complementarity;
  return Math.round(score * 1000) / 1000;
}

/** Adamic & Adar (2003): common neighbours weighted by 1/ln(their degree); degree-1 neighbours cannot be common. */
export function adamicAdar(commonDegrees: readonly number[]): number {
  return commonDegrees.reduce((sum, d) => sum + (d > 1 ? 1 / Math.log(d) : 0), 0);
}

const intersect = (a: Set<string>, b: Set<string>): string[] =>
  [...a].filter((x) => b.has(x)).sort();

const targets = (data: GraphData, id: string, type: RelationshipType) =>
  data.out(id, type).map((e) => e.to);

function emptyProfile(): Profile {
  return {
    themes: new Set(),
    signals: new Set(),
    provides: new Set(),
    vindplaatsen: new Set(),
    targetGroups: new Set(),
  };
}

function addOwn(data: GraphData, profile: Profile, id: string): void {
  for (const t of targets(data, id, RelationshipType.SIGNALS)) profile.signals.add(t);
  for (const t of targets(data, id, RelationshipType.WORKS_ON)) profile.provides.add(t);
  for (const t of targets(data, id, RelationshipType.TREKKER_OF)) {
    if (data.node(t)?.type === NodeType.THEME) profile.themes.add(t);
  }
  for (const v of targets(data, id, RelationshipType.ACTIVE_AT)) profile.vindplaatsen.add(v);
}

function finish(data: GraphData, profile: Profile): Profile {
  for (const t of [...profile.signals, ...profile.provides]) profile.themes.add(t);
  for (const v of profile.vindplaatsen) {
    for (const g of targets(data, v, RelationshipType.REACHES)) profile.targetGroups.add(g);
  }
  return profile;
}

/** A person with their organisations' themes and vindplaatsen; an organisation with its people's. */
export function actorProfile(data: GraphData, id: string): Profile {
  const profile = emptyProfile();
  addOwn(data, profile, id);
  const node = data.node(id);
  const related =
    node?.type === NodeType.PERSON
      ? targets(data, id, RelationshipType.WORKS_FOR)
      : data.in(id, RelationshipType.WORKS_FOR).map((e) => e.from);
  for (const other of related) addOwn(data, profile, other);
  return finish(data, profile);
}

/** A theme: the target groups it concerns and the vindplaatsen where it is asked or its actors are active. */
export function themeProfile(data: GraphData, themeId: string): Profile {
  const profile = emptyProfile();
  for (const g of targets(data, themeId, RelationshipType.CONCERNS)) profile.targetGroups.add(g);
  for (const e of data.edgesOfType(RelationshipType.ACTIVE_AT)) {
    if (e.themeIds?.includes(themeId)) profile.vindplaatsen.add(e.to);
  }
  return profile;
}

/** Social neighbours (KNOWS, WORKS_FOR, COLLABORATES_WITH, REFERS_TO, either direction). */
export function socialNeighbours(data: GraphData, id: string): Set<string> {
  const out = new Set<string>();
  for (const type of SOCIAL_TYPES) {
    for (const e of data.both(id, type)) out.add(e.from === id ? e.to : e.from);
  }
  out.delete(id);
  return out;
}

export interface ScoredCandidate {
  id: string;
  parts: ScoreParts;
  score: number;
  reasons: Text[];
  /** Themes, vindplaatsen, target groups and contacts behind the reasons. */
  involved: string[];
}

/**
 * Scores a candidate against the asker. `anchor` is the node whose contacts count as the asker's
 * (the person or organisation itself; for a theme its trekker, or none).
 */
/** The score parts alone (no reasons): cheap enough to run for every candidate before ranking. */
export function scoreParts(
  data: GraphData,
  asker: { profile: Profile; neighbours: Set<string> },
  candidateId: string,
  neighbourCount: (id: string) => number,
  cache: ScoringCache = {},
) {
  const profile = cache.profileOf?.(candidateId) ?? actorProfile(data, candidateId);
  const vindplaatsen = intersect(asker.profile.vindplaatsen, profile.vindplaatsen);
  const groups = intersect(asker.profile.targetGroups, profile.targetGroups);
  const common =
    cache.commonContacts?.(candidateId) ??
    intersect(asker.neighbours, socialNeighbours(data, candidateId));
  const theyProvide = intersect(asker.profile.signals, profile.provides).filter(
    (t) => !asker.profile.provides.has(t),
  );
  const theySignal = intersect(asker.profile.provides, profile.signals).filter(
    (t) => !profile.provides.has(t),
  );
  // A theme counts once: as complementary when one signals what the other provides, else as shared.
  const complementary = new Set([...theyProvide, ...theySignal]);
  const themes = intersect(asker.profile.themes, profile.themes).filter(
    (t) => !complementary.has(t),
  );
  const parts: ScoreParts = {
    sharedThemes: themes.length,
    sharedVindplaatsen: vindplaatsen.length,
    sharedTargetGroups: groups.length,
    commonContacts: Math.round(adamicAdar(common.map(neighbourCount)) * 1000) / 1000,
    commonContactCount: common.length,
    complementarity: theyProvide.length + theySignal.length,
  };
  return {
    parts,
    score: partnerScore(parts),
    theyProvide,
    theySignal,
    themes,
    vindplaatsen,
    groups,
    common,
  };
}

export interface ScoringCache {
  /** The candidate's profile (it does not depend on the asker, so it can be cached per graph). */
  profileOf?: (id: string) => Profile;
  /** The asker's contacts the candidate also has, sorted (e.g. from one 2-hop expansion). */
  commonContacts?: (id: string) => string[];
}

export function scoreCandidate(
  data: GraphData,
  asker: { name: string; profile: Profile; anchor: string | null; neighbours: Set<string> },
  candidateId: string,
  neighbourCount: (id: string) => number,
  cache: ScoringCache = {},
): ScoredCandidate {
  const { parts, theyProvide, theySignal, themes, vindplaatsen, groups, common } = scoreParts(
    data,
    asker,
    candidateId,
    neighbourCount,
    cache,
  );
  const name = (id: string) => data.name(id);
  const reasons: Text[] = [
    ...theyProvide.map((t) => ({
      nl: `biedt hulp bij ${name(t)}, dat ${asker.name} signaleert`,
      en: `provides help for ${name(t)}, which ${asker.name} signals`,
    })),
    ...theySignal.map((t) => ({
      nl: `signaleert ${name(t)}, waar ${asker.name} hulp bij biedt`,
      en: `signals ${name(t)}, for which ${asker.name} provides help`,
    })),
    ...themes.map((t) => ({ nl: `werkt ook aan ${name(t)}`, en: `also works on ${name(t)}` })),
    ...vindplaatsen.map((v) => ({
      nl: `actief op dezelfde vindplaats: ${name(v)}`,
      en: `active at the same vindplaats: ${name(v)}`,
    })),
    ...(groups.length
      ? [
          {
            nl: `bereikt ${groups.length === 1 ? "dezelfde doelgroep" : "dezelfde doelgroepen"}: ${listNames(groups.map(name), "en")}`,
            en: `reaches the same target ${groups.length === 1 ? "group" : "groups"}: ${listNames(groups.map(name), "and")}`,
          },
        ]
      : []),
    ...(common.length
      ? [
          common.length === 1
            ? { nl: "1 gemeenschappelijk contact", en: "1 contact in common" }
            : {
                nl: `${common.length} gemeenschappelijke contacten`,
                en: `${common.length} contacts in common`,
              },
        ]
      : []),
  ];
  return {
    id: candidateId,
    parts,
    score: partnerScore(parts),
    reasons,
    involved: [
      ...new Set([...theyProvide, ...theySignal, ...themes, ...vindplaatsen, ...groups, ...common]),
    ],
  };
}

/** Ranks by score, then name and id, so equal scores come back in a stable order. */
export function rankCandidates<T extends { score: number; name: string; id: string }>(
  items: T[],
  limit: number,
): T[] {
  const scored = items.filter((c) => c.score > 0);
  // Only the best `limit` scores (with their ties) need the slow name comparison.
  const scores = scored.map((c) => c.score).sort((a, b) => b - a);
  const cutoff = scores[Math.min(limit, scores.length) - 1] ?? 0;
  return scored
    .filter((c) => c.score >= cutoff)
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name) || a.id.localeCompare(b.id))
    .slice(0, limit);
}
