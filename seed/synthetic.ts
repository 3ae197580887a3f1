/**
 * A generator of synthetic, municipality-shaped networks of any size for benchmarks and drills:
 * villages, organisations with staff, themes, vindplaatsen with skewed popularity, referral
 * routes and KNOWS ties with clustering. Deterministic: the same size and seed give the same graph.
 */
import { NodeType } from "../api/src/model/node-types.js";
import { RelationshipType } from "../api/src/model/relationship-types.js";
import type {
  DocumentEdge,
  DocumentNode,
  NetworkDocument,
} from "../api/src/modules/import-export/document.js";

const VILLAGES = [
  "Twello",
  "Voorst",
  "Wilp",
  "Terwolde",
  "Klarenbeek",
  "Teuge",
  "Nijbroek",
  "De Vecht",
  "Posterenk",
  "Steenenkamer",
  "Bussloo",
];
const ORG_KINDS = [
  "GEMEENTE",
  "WELZIJN",
  "ONDERWIJS",
  "ZORG",
  "BIBLIOTHEEK",
  "SPORT",
  "VRIJWILLIGERS",
  "KERK",
  "WONEN",
  "BEDRIJF",
  "BEWONERSINITIATIEF",
  "JEUGD",
];
const VP_KINDS = [
  "SCHOOL",
  "HUISARTSENPRAKTIJK",
  "CONSULTATIEBUREAU",
  "BIBLIOTHEEK",
  "SPORTVERENIGING",
  "DORPSHUIS",
  "VOEDSELBANK",
  "KERK",
  "WIJKTEAM",
];
const THEMES = [
  "Eenzaamheid",
  "Sport en bewegen",
  "Vrijwillige inzet",
  "Positieve gezondheid",
  "Inclusie",
  "Laaggeletterdheid",
  "Schulden",
  "Alcohol en middelen",
  "Mantelzorg",
  "Opvoeden en opgroeien",
  "Gezonde leefomgeving",
];
const GROUPS = [
  "Ouderen",
  "Jongeren",
  "Mantelzorgers",
  "Laaggeletterden",
  "Gezinnen met schulden",
  "Statushouders",
  "Jonge ouders",
  "Mensen met een beperking",
];
const FIRST = [
  "Anna",
  "Bram",
  "Carla",
  "Daan",
  "Eva",
  "Fenna",
  "Gijs",
  "Hanna",
  "Ilse",
  "Joost",
  "Kim",
  "Lars",
  "Marit",
  "Niels",
  "Olga",
  "Pim",
  "Roos",
  "Sem",
  "Tess",
  "Wouter",
];
const LAST = [
  "de Vries",
  "Jansen",
  "Bakker",
  "Visser",
  "Smit",
  "Meijer",
  "Mulder",
  "Bos",
  "Vos",
  "Peters",
  "Hendriks",
  "Dekker",
  "Brouwer",
  "Wolters",
  "Kamps",
];

/** mulberry32: a small, fast, seedable PRNG. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticOptions {
  nodes: number;
  seed?: number;
}

export function generateNetwork({ nodes: total, seed = 42 }: SyntheticOptions): NetworkDocument {
  const rnd = random(seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  /** Skewed choice: low indexes are picked far more often (popular vindplaatsen, big organisations). */
  const skewed = <T>(items: readonly T[]): T => items[Math.floor(items.length * rnd() ** 2.5)]!;

  const themeCount = Math.max(8, Math.min(60, Math.round(total / 250)));
  const groupCount = Math.max(6, Math.min(40, Math.round(total / 400)));
  const meetingCount = Math.max(1, Math.round(total * 0.02));
  const rest = total - themeCount - groupCount - meetingCount;
  const orgCount = Math.max(2, Math.round(rest * 0.2));
  const vpCount = Math.max(2, Math.round(rest * 0.14));
  const actionCount = Math.max(1, Math.round(rest * 0.1));
  const personCount = Math.max(2, rest - orgCount - vpCount - actionCount);

  const nodes: DocumentNode[] = [];
  const edges: DocumentEdge[] = [];
  const seen = new Set<string>();
  const edge = (
    type: RelationshipType,
    from: string,
    to: string,
    props: Record<string, unknown> = {},
  ) => {
    const [a, b] =
      (type === RelationshipType.KNOWS || type === RelationshipType.COLLABORATES_WITH) && to < from
        ? [to, from]
        : [from, to];
    const key = `${type}|${a}|${b}|${(props.themeId as string | undefined) ?? ""}`;
    if (from === to || seen.has(key)) return;
    seen.add(key);
    edges.push({ type, from, to, ...props });
  };

  const themes = Array.from({ length: themeCount }, (_, i) => `thema-${i}`);
  themes.forEach((id, i) =>
    nodes.push({
      id,
      type: NodeType.THEME,
      name: `${THEMES[i % THEMES.length]}${i >= THEMES.length ? ` ${Math.floor(i / THEMES.length) + 1}` : ""}`,
      description: "Synthetisch thema",
      domain: i % 9 === 8 ? "FYSIEK" : "SOCIAAL",
    }),
  );
  const groups = Array.from({ length: groupCount }, (_, i) => `dg-${i}`);
  groups.forEach((id, i) =>
    nodes.push({
      id,
      type: NodeType.TARGET_GROUP,
      name: `${GROUPS[i % GROUPS.length]}${i >= GROUPS.length ? ` ${Math.floor(i / GROUPS.length) + 1}` : ""}`,
    }),
  );

  const orgs = Array.from({ length: orgCount }, (_, i) => ({
    id: `org-${i}`,
    village: pick(VILLAGES),
  }));
  orgs.forEach((org, i) =>
    nodes.push({
      id: org.id,
      type: NodeType.ORGANISATION,
      name: `Organisatie ${i} ${org.village}`,
      kind: pick(ORG_KINDS),
      village: org.village,
    }),
  );
  const vps = Array.from({ length: vpCount }, (_, i) => ({
    id: `vp-${i}`,
    village: pick(VILLAGES),
  }));
  vps.forEach((vp, i) =>
    nodes.push({
      id: vp.id,
      type: NodeType.VINDPLAATS,
      name: `Vindplaats ${i} ${vp.village}`,
      kind: pick(VP_KINDS),
      village: vp.village,
      capacity: 2 + int(8),
    }),
  );
  const actions = Array.from({ length: actionCount }, (_, i) => `actie-${i}`);
  actions.forEach((id, i) =>
    nodes.push({
      id,
      type: NodeType.ACTION,
      title: `Actie ${i}`,
      status: pick(["IDEA", "RUNNING", "DONE", "STALLED"]),
    }),
  );
  const meetings = Array.from({ length: meetingCount }, (_, i) => `bijeenkomst-${i}`);
  meetings.forEach((id, i) =>
    nodes.push({
      id,
      type: NodeType.MEETING,
      title: `Netwerkbijeenkomst ${i}`,
      date: `2026-${String(1 + (i % 12)).padStart(2, "0")}-15`,
      village: pick(VILLAGES),
    }),
  );

  // Organisations: themes they provide help for and signal.
  const worksOn = new Map<string, string[]>();
  const providers = new Map<string, string[]>();
  for (const org of orgs) {
    const own = Array.from({ length: 1 + int(3) }, () => skewed(themes));
    worksOn.set(org.id, own);
    own.forEach((t) => {
      edge(RelationshipType.WORKS_ON, org.id, t);
      providers.set(t, [...(providers.get(t) ?? []), org.id]);
    });
    for (let k = 1 + int(3); k > 0; k--) edge(RelationshipType.SIGNALS, org.id, pick(themes));
    edge(RelationshipType.COLLABORATES_WITH, org.id, skewed(orgs).id);
  }
  for (const org of orgs) {
    // Referral routes to providers of a theme it signals; most agreed, some informal.
    for (let k = int(3); k > 0; k--) {
      const theme = pick(themes);
      const to = providers.get(theme);
      if (to?.length)
        edge(RelationshipType.REFERS_TO, org.id, pick(to), {
          themeId: theme,
          agreed: rnd() < 0.8,
          perYear: 1 + int(30),
        });
    }
    for (let k = 1 + int(3); k > 0; k--) {
      const vp = skewed(vps);
      edge(RelationshipType.ACTIVE_AT, org.id, vp.id, { themeIds: [pick(worksOn.get(org.id)!)] });
    }
  }

  // People: staff of skewed-size organisations, colleagues who know each other, ties across.
  const staff = new Map<string, string[]>();
  const people = Array.from({ length: personCount }, (_, i) => {
    const org = skewed(orgs);
    const id = `per-${i}`;
    nodes.push({
      id,
      type: NodeType.PERSON,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      role: "medewerker",
      email: `persoon${i}@example.nl`,
    });
    edge(RelationshipType.WORKS_FOR, id, org.id);
    staff.set(org.id, [...(staff.get(org.id) ?? []), id]);
    return { id, org };
  });
  const byVillage = new Map<string, string[]>();
  for (const p of people)
    byVillage.set(p.org.village, [...(byVillage.get(p.org.village) ?? []), p.id]);
  for (const p of people) {
    const colleagues = staff.get(p.org.id)!;
    for (let k = 0; k < 2; k++)
      edge(RelationshipType.KNOWS, p.id, pick(colleagues), { strength: 2 + int(2) });
    edge(RelationshipType.KNOWS, p.id, pick(byVillage.get(p.org.village)!), {
      strength: 1 + int(3),
    });
    if (rnd() < 0.3) edge(RelationshipType.KNOWS, p.id, pick(people).id, { strength: 1 });
    if (rnd() < 0.2) edge(RelationshipType.SIGNALS, p.id, pick(themes));
    if (rnd() < 0.25)
      edge(RelationshipType.ACTIVE_AT, p.id, skewed(vps).id, { themeIds: [pick(themes)] });
  }
  themes.forEach((t) => {
    if (rnd() < 0.92) edge(RelationshipType.TREKKER_OF, pick(people).id, t);
    for (let k = 2 + int(2); k > 0; k--) edge(RelationshipType.CONCERNS, t, pick(groups));
  });
  vps.forEach((vp) => {
    edge(RelationshipType.RUN_BY, vp.id, pick(orgs).id);
    for (let k = 1 + int(3); k > 0; k--) edge(RelationshipType.REACHES, vp.id, pick(groups));
  });
  actions.forEach((a) => {
    edge(RelationshipType.TREKKER_OF, pick(people).id, a);
    edge(RelationshipType.CONTRIBUTES_TO, a, pick(themes));
    for (let k = 1 + int(3); k > 0; k--) edge(RelationshipType.TAKES_PART_IN, skewed(orgs).id, a);
  });
  meetings.forEach((m) => {
    for (let k = 10 + int(20); k > 0; k--) edge(RelationshipType.ATTENDED, pick(people).id, m);
  });
  return { nodes, edges };
}
