/**
 * The gap rules of DESIGN.md §5 as pure functions over a GraphData snapshot. Each gap names the
 * nodes and relationships involved, so the map can highlight them, and says why in Dutch and English.
 */
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import { articulationPoints, buildProjection } from "./algorithms.js";
import { type GEdge, type GraphData, isActor, SOCIAL_TYPES } from "./graph-data.js";
import { partiesAt } from "./load.math.js";

export enum GapType {
  THEME_WITHOUT_TREKKER = "THEME_WITHOUT_TREKKER",
  THEME_WITHOUT_PROVIDER = "THEME_WITHOUT_PROVIDER",
  SIGNAL_WITHOUT_ROUTE = "SIGNAL_WITHOUT_ROUTE",
  UNREACHED_TARGET_GROUP = "UNREACHED_TARGET_GROUP",
  OVERLOADED_VINDPLAATS = "OVERLOADED_VINDPLAATS",
  SINGLE_PROVIDER = "SINGLE_PROVIDER",
  BROKER_DEPENDENCY = "BROKER_DEPENDENCY",
  ISOLATED_ORGANISATION = "ISOLATED_ORGANISATION",
  SILO = "SILO",
  INFORMAL_ROUTE = "INFORMAL_ROUTE",
}

export enum Severity {
  HIGH = "HIGH",
  MEDIUM = "MEDIUM",
  LOW = "LOW",
}

export const SEVERITY_RANK: Record<Severity, number> = { HIGH: 3, MEDIUM: 2, LOW: 1 };

export interface Text {
  nl: string;
  en: string;
}

export interface GapRecord {
  /** Stable per subject (type and the node or relationship it is about), to compare reports. */
  id: string;
  type: GapType;
  severity: Severity;
  explanation: Text;
  suggestion: Text;
  nodeIds: string[];
  edgeIds: string[];
  /** The themes the gap is about (for filtering). */
  themeIds: string[];
}

const ids = (edges: readonly GEdge[]) => edges.map((e) => e.id);
const uniq = <T>(items: Iterable<T>): T[] => [...new Set(items)];

/** Names as "A, B en C" / "A, B and C". */
export function listNames(names: string[], and: "en" | "and"): string {
  if (names.length <= 1) return names.join("");
  return `${names.slice(0, -1).join(", ")} ${and} ${names[names.length - 1]}`;
}

/** Persons and organisations that SIGNAL or WORK_ON the theme, or whose organisation does. */
export function involvedActors(data: GraphData, themeId: string): Set<string> {
  const direct = [
    ...data.in(themeId, RelationshipType.SIGNALS),
    ...data.in(themeId, RelationshipType.WORKS_ON),
  ].map((e) => e.from);
  const actors = new Set(direct);
  for (const id of direct) {
    if (data.node(id)?.type !== NodeType.ORGANISATION) continue;
    for (const e of data.in(id, RelationshipType.WORKS_FOR)) actors.add(e.from);
  }
  return actors;
}

/** Whether an organisation can take a signal on theme T further: it works on T or refers for T to one that does. */
export function routeFor(data: GraphData, orgId: string, themeId: string): GEdge[] | null {
  const worksOn = data.out(orgId, RelationshipType.WORKS_ON).find((e) => e.to === themeId);
  if (worksOn) return [worksOn];
  for (const r of data.out(orgId, RelationshipType.REFERS_TO)) {
    if (r.themeId !== themeId) continue;
    const provider = data.out(r.to, RelationshipType.WORKS_ON).find((e) => e.to === themeId);
    if (provider) return [r, provider];
  }
  return null;
}

function themeWithoutTrekker(data: GraphData): GapRecord[] {
  return data.ofType(NodeType.THEME).flatMap((theme) => {
    if (data.in(theme.id, RelationshipType.TREKKER_OF).length) return [];
    return [
      {
        id: `${GapType.THEME_WITHOUT_TREKKER}:${theme.id}`,
        type: GapType.THEME_WITHOUT_TREKKER,
        severity: Severity.MEDIUM,
        explanation: {
          nl: `Niemand is trekker van het thema ${theme.name}.`,
          en: `Nobody leads (is trekker of) the theme ${theme.name}.`,
        },
        suggestion: {
          nl: `Zoek een trekker voor ${theme.name}, bijvoorbeeld iemand van een organisatie die eraan werkt.`,
          en: `Find a trekker for ${theme.name}, for instance someone from an organisation working on it.`,
        },
        nodeIds: [theme.id],
        edgeIds: [],
        themeIds: [theme.id],
      },
    ];
  });
}

function themeWithoutProvider(data: GraphData): GapRecord[] {
  return data.ofType(NodeType.THEME).flatMap((theme) => {
    const signals = data.in(theme.id, RelationshipType.SIGNALS);
    if (!signals.length || data.in(theme.id, RelationshipType.WORKS_ON).length) return [];
    const names = signals.map((e) => data.name(e.from));
    return [
      {
        id: `${GapType.THEME_WITHOUT_PROVIDER}:${theme.id}`,
        type: GapType.THEME_WITHOUT_PROVIDER,
        severity: Severity.HIGH,
        explanation: {
          nl: `${theme.name} wordt gesignaleerd (door ${listNames(names, "en")}), maar geen organisatie biedt er hulp bij.`,
          en: `${theme.name} is signalled (by ${listNames(names, "and")}), but no organisation provides help for it.`,
        },
        suggestion: {
          nl: `Vind een organisatie die hulp biedt bij ${theme.name} en spreek verwijsroutes af.`,
          en: `Find an organisation that provides help for ${theme.name} and agree referral routes.`,
        },
        nodeIds: [theme.id, ...signals.map((e) => e.from)],
        edgeIds: ids(signals),
        themeIds: [theme.id],
      },
    ];
  });
}

function signalWithoutRoute(data: GraphData): GapRecord[] {
  const gaps: GapRecord[] = [];
  for (const signal of data.edgesOfType(RelationshipType.SIGNALS)) {
    const signaller = data.node(signal.from);
    const theme = data.node(signal.to);
    if (!signaller || !theme) continue;
    const isPerson = signaller.type === NodeType.PERSON;
    const worksFor = isPerson ? data.out(signaller.id, RelationshipType.WORKS_FOR) : [];
    const orgs = isPerson ? worksFor.map((e) => e.to) : [signaller.id];
    // The signal has a route when any of the signaller's organisations can take it further.
    if (orgs.some((org) => routeFor(data, org, theme.id))) continue;
    const orgNames = orgs.map((o) => data.name(o));
    const via = isPerson
      ? orgs.length
        ? {
            nl: ` en diens organisatie ${listNames(orgNames, "en")}`,
            en: ` and their organisation ${listNames(orgNames, "and")}`,
          }
        : { nl: " en werkt voor geen organisatie", en: " and works for no organisation" }
      : { nl: "", en: "" };
    gaps.push({
      id: `${GapType.SIGNAL_WITHOUT_ROUTE}:${signaller.id}:${theme.id}`,
      type: GapType.SIGNAL_WITHOUT_ROUTE,
      severity: Severity.HIGH,
      explanation: {
        nl: `${signaller.name} signaleert ${theme.name}${via.nl}, maar werkt er niet aan en heeft geen verwijsroute voor ${theme.name} naar een organisatie die dat wel doet.`,
        en: `${signaller.name} signals ${theme.name}${via.en}, but does not work on it and has no referral route for ${theme.name} to an organisation that does.`,
      },
      suggestion: {
        nl: `Spreek een verwijsroute voor ${theme.name} af van ${orgs.length ? listNames(orgNames, "en") : signaller.name} naar een organisatie die eraan werkt.`,
        en: `Agree a referral route for ${theme.name} from ${orgs.length ? listNames(orgNames, "and") : signaller.name} to an organisation working on it.`,
      },
      nodeIds: uniq([signaller.id, ...orgs, theme.id]),
      edgeIds: [signal.id, ...ids(worksFor)],
      themeIds: [theme.id],
    });
  }
  return gaps;
}

function unreachedTargetGroup(data: GraphData): GapRecord[] {
  const gaps: GapRecord[] = [];
  for (const concerns of data.edgesOfType(RelationshipType.CONCERNS)) {
    const theme = data.node(concerns.from)!;
    const group = data.node(concerns.to)!;
    const actors = involvedActors(data, theme.id);
    const reaches = data.in(group.id, RelationshipType.REACHES);
    const reached = reaches.some((r) =>
      data.in(r.from, RelationshipType.ACTIVE_AT).some((a) => actors.has(a.from)),
    );
    if (reached) continue;
    const places = reaches.map((r) => data.name(r.from));
    gaps.push({
      id: `${GapType.UNREACHED_TARGET_GROUP}:${theme.id}:${group.id}`,
      type: GapType.UNREACHED_TARGET_GROUP,
      severity: Severity.HIGH,
      explanation: reaches.length
        ? {
            nl: `${theme.name} betreft ${group.name}, maar niemand die ${theme.name} signaleert of eraan werkt is actief op een vindplaats die hen bereikt (${listNames(places, "en")}).`,
            en: `${theme.name} concerns ${group.name}, but nobody who signals or works on ${theme.name} is active at a vindplaats reaching them (${listNames(places, "and")}).`,
          }
        : {
            nl: `${theme.name} betreft ${group.name}, maar geen enkele vindplaats bereikt ${group.name}.`,
            en: `${theme.name} concerns ${group.name}, but no vindplaats reaches ${group.name}.`,
          },
      suggestion: reaches.length
        ? {
            nl: `Vraag een organisatie die aan ${theme.name} werkt om aan te sluiten bij ${listNames(places, "en")}.`,
            en: `Ask an organisation working on ${theme.name} to join ${listNames(places, "and")}.`,
          }
        : {
            nl: `Zoek uit waar ${group.name} te vinden zijn en leg die vindplaats vast.`,
            en: `Find out where ${group.name} can be found and record that vindplaats.`,
          },
      nodeIds: [theme.id, group.id, ...reaches.map((r) => r.from)],
      edgeIds: [concerns.id, ...ids(reaches)],
      themeIds: [theme.id],
    });
  }
  return gaps;
}

function overloadedVindplaats(data: GraphData): GapRecord[] {
  return data.ofType(NodeType.VINDPLAATS).flatMap((vp) => {
    const { parties, nodeIds, edgeIds, load } = partiesAt(data, vp.id);
    if (load === null || load <= 1) return [];
    const themeIds = uniq(
      data.in(vp.id, RelationshipType.ACTIVE_AT).flatMap((e) => e.themeIds ?? []),
    );
    return [
      {
        id: `${GapType.OVERLOADED_VINDPLAATS}:${vp.id}`,
        type: GapType.OVERLOADED_VINDPLAATS,
        severity: load >= 1.5 ? Severity.HIGH : Severity.MEDIUM,
        explanation: {
          nl: `${vp.name} heeft capaciteit voor ${vp.capacity} partijen, maar ${parties.length} organisaties leunen erop (belasting ${load.toFixed(2)}).`,
          en: `${vp.name} has capacity for ${vp.capacity} parties, but ${parties.length} organisations rely on it (load ${load.toFixed(2)}).`,
        },
        suggestion: {
          nl: `Bundel de vragen aan ${vp.name} (één aanspreekpunt) of verdeel partijen over andere vindplaatsen in ${vp.village ?? "de kern"}.`,
          en: `Bundle the asks to ${vp.name} (one point of contact) or spread parties over other vindplaatsen in ${vp.village ?? "the village"}.`,
        },
        nodeIds: [vp.id, ...nodeIds],
        edgeIds,
        themeIds,
      },
    ];
  });
}

function singleProvider(data: GraphData): GapRecord[] {
  return data.ofType(NodeType.THEME).flatMap((theme) => {
    const providers = data.in(theme.id, RelationshipType.WORKS_ON);
    if (providers.length !== 1) return [];
    const provider = providers[0]!.from;
    const routes = data
      .edgesOfType(RelationshipType.REFERS_TO)
      .filter((r) => r.themeId === theme.id);
    if (!routes.length || routes.some((r) => r.to !== provider)) return [];
    const name = data.name(provider);
    return [
      {
        id: `${GapType.SINGLE_PROVIDER}:${theme.id}`,
        type: GapType.SINGLE_PROVIDER,
        severity: Severity.MEDIUM,
        explanation: {
          nl: `Alle ${routes.length} verwijsroutes voor ${theme.name} eindigen bij ${name}, de enige organisatie die eraan werkt.`,
          en: `All ${routes.length} referral routes for ${theme.name} end at ${name}, the only organisation working on it.`,
        },
        suggestion: {
          nl: `Zoek een tweede aanbieder voor ${theme.name}, zodat verwijzingen niet van één organisatie afhangen.`,
          en: `Find a second provider for ${theme.name}, so referrals do not depend on one organisation.`,
        },
        nodeIds: uniq([theme.id, provider, ...routes.map((r) => r.from)]),
        edgeIds: [providers[0]!.id, ...ids(routes)],
        themeIds: [theme.id],
      },
    ];
  });
}

/** Themes a node is tied to directly (signals, works on, leads). */
function themesOf(data: GraphData, id: string): string[] {
  return uniq(
    [RelationshipType.SIGNALS, RelationshipType.WORKS_ON, RelationshipType.TREKKER_OF].flatMap(
      (t) =>
        data
          .out(id, t)
          .filter((e) => data.node(e.to)?.type === NodeType.THEME)
          .map((e) => e.to),
    ),
  );
}

function socialProjection(data: GraphData) {
  const actors = [...data.nodes.values()].filter(isActor).map((n) => n.id);
  const edges = SOCIAL_TYPES.flatMap((t) => data.edgesOfType(t)).map(
    (e) => [e.id, e.from, e.to] as [string, string, string],
  );
  return buildProjection(actors, edges);
}

function brokerDependency(data: GraphData): GapRecord[] {
  const p = socialProjection(data);
  const n = p.ids.length;
  return articulationPoints(p).map(({ node, cutOff }) => {
    const broker = data.node(p.ids[node]!)!;
    const cut = cutOff.map((i) => p.ids[i]!);
    const bridging = cutOff.flatMap(
      (i) => p.pairEdges.get(i < node ? i * n + node : node * n + i) ?? [],
    );
    const names = cut.map((id) => data.name(id));
    const shown = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} anderen`] : names;
    const shownEn = names.length > 6 ? [...names.slice(0, 5), `${names.length - 5} others`] : names;
    return {
      id: `${GapType.BROKER_DEPENDENCY}:${broker.id}`,
      type: GapType.BROKER_DEPENDENCY,
      severity: cut.length >= 3 ? Severity.HIGH : cut.length === 2 ? Severity.MEDIUM : Severity.LOW,
      explanation: {
        nl: `${broker.name} is de enige verbinding van ${listNames(shown, "en")} met de rest van het netwerk.`,
        en: `${broker.name} is the only link of ${listNames(shownEn, "and")} to the rest of the network.`,
      },
      suggestion: {
        nl: `Leg een tweede verbinding: stel ${listNames(shown, "en")} voor aan anderen in het netwerk.`,
        en: `Make a second link: introduce ${listNames(shownEn, "and")} to others in the network.`,
      },
      nodeIds: [broker.id, ...cut],
      edgeIds: bridging,
      themeIds: uniq([broker.id, ...cut].flatMap((id) => themesOf(data, id))),
    };
  });
}

function peopleOf(data: GraphData, orgId: string): GEdge[] {
  return data
    .in(orgId, RelationshipType.WORKS_FOR)
    .filter((e) => data.node(e.from)?.type === NodeType.PERSON);
}

/** KNOWS ties of the organisation's people: those to colleagues and those to outsiders. */
function knowsSplit(data: GraphData, people: Set<string>) {
  const inside = new Map<string, GEdge>();
  let outside = 0;
  for (const person of people) {
    for (const k of data.both(person, RelationshipType.KNOWS)) {
      const other = k.from === person ? k.to : k.from;
      if (people.has(other)) inside.set(k.id, k);
      else outside += 1;
    }
  }
  return { inside: [...inside.values()], outside };
}

function ownRelationships(data: GraphData, orgId: string): number {
  let count = 0;
  for (const type of Object.values(RelationshipType)) {
    count += data.out(orgId, type).length;
    if (type !== RelationshipType.WORKS_FOR) count += data.in(orgId, type).length;
  }
  return count;
}

function isolatedOrganisation(data: GraphData): GapRecord[] {
  return data.ofType(NodeType.ORGANISATION).flatMap((org) => {
    if (ownRelationships(data, org.id) > 0) return [];
    const worksFor = peopleOf(data, org.id);
    const people = new Set(worksFor.map((e) => e.from));
    const { inside, outside } = knowsSplit(data, people);
    if (outside > 0) return [];
    return [
      {
        id: `${GapType.ISOLATED_ORGANISATION}:${org.id}`,
        type: GapType.ISOLATED_ORGANISATION,
        severity: Severity.MEDIUM,
        explanation: {
          nl: `${org.name} heeft geen relaties met het netwerk: geen samenwerking, verwijzing, thema of vindplaats, en ${people.size ? "de mensen kennen niemand buiten de organisatie" : "er zijn geen mensen bekend"}.`,
          en: `${org.name} has no ties to the network: no collaboration, referral, theme or vindplaats, and ${people.size ? "its people know nobody outside it" : "no people are known"}.`,
        },
        suggestion: {
          nl: `Nodig ${org.name} uit voor een netwerkbijeenkomst en leg vast waar zij aan bijdragen.`,
          en: `Invite ${org.name} to a network meeting and record what it contributes.`,
        },
        nodeIds: [org.id, ...people],
        edgeIds: [...ids(worksFor), ...ids(inside)],
        themeIds: [],
      },
    ];
  });
}

function silo(data: GraphData): GapRecord[] {
  return data.ofType(NodeType.ORGANISATION).flatMap((org) => {
    const worksFor = peopleOf(data, org.id);
    const people = new Set(worksFor.map((e) => e.from));
    if (people.size < 2 || ownRelationships(data, org.id) === 0) return [];
    const { inside, outside } = knowsSplit(data, people);
    if (!inside.length || outside > 0) return [];
    return [
      {
        id: `${GapType.SILO}:${org.id}`,
        type: GapType.SILO,
        severity: Severity.MEDIUM,
        explanation: {
          nl: `De ${people.size} mensen van ${org.name} kennen alleen elkaar, hoewel de organisatie zelf wel met het netwerk verbonden is.`,
          en: `The ${people.size} people of ${org.name} know only each other, although the organisation itself is connected to the network.`,
        },
        suggestion: {
          nl: `Breng mensen van ${org.name} in contact met hun tegenhangers bij partnerorganisaties.`,
          en: `Introduce people of ${org.name} to their counterparts at partner organisations.`,
        },
        nodeIds: [org.id, ...people],
        edgeIds: [...ids(worksFor), ...ids(inside)],
        themeIds: themesOf(data, org.id),
      },
    ];
  });
}

function informalRoute(data: GraphData): GapRecord[] {
  return data.edgesOfType(RelationshipType.REFERS_TO).flatMap((r) => {
    if (r.agreed !== false || (r.perYear != null && r.perYear <= 0)) return [];
    const from = data.name(r.from);
    const to = data.name(r.to);
    const theme = r.themeId ? data.name(r.themeId) : "?";
    const times =
      r.perYear != null
        ? { nl: ` (${r.perYear} keer per jaar)`, en: ` (${r.perYear} times a year)` }
        : { nl: "", en: "" };
    return [
      {
        id: `${GapType.INFORMAL_ROUTE}:${r.id}`,
        type: GapType.INFORMAL_ROUTE,
        severity: (r.perYear ?? 0) >= 10 ? Severity.MEDIUM : Severity.LOW,
        explanation: {
          nl: `${from} verwijst voor ${theme} door naar ${to}${times.nl}, maar dat is niet afgesproken.`,
          en: `${from} refers people to ${to} for ${theme}${times.en}, but this has not been agreed.`,
        },
        suggestion: {
          nl: `Maak de verwijsroute van ${from} naar ${to} voor ${theme} formeel: spreek af wie wat doet.`,
          en: `Formalise the referral route from ${from} to ${to} for ${theme}: agree who does what.`,
        },
        nodeIds: uniq([r.from, r.to, ...(r.themeId && data.node(r.themeId) ? [r.themeId] : [])]),
        edgeIds: [r.id],
        themeIds: r.themeId ? [r.themeId] : [],
      },
    ];
  });
}

const RULES: Record<GapType, (data: GraphData) => GapRecord[]> = {
  THEME_WITHOUT_TREKKER: themeWithoutTrekker,
  THEME_WITHOUT_PROVIDER: themeWithoutProvider,
  SIGNAL_WITHOUT_ROUTE: signalWithoutRoute,
  UNREACHED_TARGET_GROUP: unreachedTargetGroup,
  OVERLOADED_VINDPLAATS: overloadedVindplaats,
  SINGLE_PROVIDER: singleProvider,
  BROKER_DEPENDENCY: brokerDependency,
  ISOLATED_ORGANISATION: isolatedOrganisation,
  SILO: silo,
  INFORMAL_ROUTE: informalRoute,
};

const TYPE_ORDER = Object.values(GapType);

/** Every gap in the graph (or only these types), most severe first. */
export function findGaps(data: GraphData, types?: readonly GapType[] | null): GapRecord[] {
  const wanted = types?.length ? TYPE_ORDER.filter((t) => types.includes(t)) : TYPE_ORDER;
  return wanted
    .flatMap((type) => RULES[type](data))
    .sort(
      (a, b) =>
        SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] ||
        TYPE_ORDER.indexOf(a.type) - TYPE_ORDER.indexOf(b.type) ||
        a.id.localeCompare(b.id),
    );
}

export interface GapFilterInput {
  types?: readonly GapType[] | null;
  themeId?: string | null;
  village?: string | null;
  minSeverity?: Severity | null;
}

/** Keeps gaps about the theme, involving a node in the village, at least this severe. */
export function filterGaps(
  data: GraphData,
  gaps: readonly GapRecord[],
  filter: GapFilterInput,
): GapRecord[] {
  const min = filter.minSeverity ? SEVERITY_RANK[filter.minSeverity] : 0;
  return gaps.filter(
    (g) =>
      (!filter.types?.length || filter.types.includes(g.type)) &&
      SEVERITY_RANK[g.severity] >= min &&
      (!filter.themeId || g.themeIds.includes(filter.themeId)) &&
      (!filter.village || g.nodeIds.some((id) => data.node(id)?.village === filter.village)),
  );
}
