/**
 * Network analytics. Pattern questions with a Cypher answer (vindplaats load, introduction paths)
 * go to Neo4j; rule- and algorithm-based ones run on an in-memory snapshot loaded once per graph
 * version (checked with one cheap query per request) and cached with their results.
 */
import type { Executor } from "../../db/executor.js";
import { badInput, notFound } from "../../errors.js";
import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import { bfs, buildProjection, kShortestPaths, type Projection } from "./algorithms.js";
import { coverage, type CoverageFilterInput } from "./coverage.js";
import {
  filterGaps,
  findGaps,
  type GapFilterInput,
  type GapRecord,
  listNames,
} from "./gaps.rules.js";
import { type GNode, GraphData, INTRODUCTION_TYPES, isActor } from "./graph-data.js";
import { GraphSnapshots, memo } from "./graph-snapshots.js";
import { computeHealth, type HealthScopeInput } from "./health.js";
import { type LoadQueryInput, vindplaatsLoadRows } from "./load.math.js";
import {
  actorProfile,
  type Profile,
  rankCandidates,
  scoreCandidate,
  scoreParts,
  type ScoringCache,
  socialNeighbours,
  themeProfile,
} from "./partners.scoring.js";
import { whatIf } from "./whatif.js";

export interface NodeRefRecord {
  id: string;
  type: NodeType;
  name: string;
  village?: string | null;
}

export interface PathRecord {
  hops: number;
  nodes: NodeRefRecord[];
  nodeIds: string[];
  edgeIds: string[];
}

const ref = (node: GNode): NodeRefRecord => ({
  id: node.id,
  type: node.type,
  name: node.name,
  village: node.village ?? null,
});

export class AnalyticsService {
  constructor(
    private readonly executor: Executor,
    private readonly snapshots: GraphSnapshots = new GraphSnapshots(executor),
  ) {}

  private current() {
    return this.snapshots.current();
  }

  private static expect(
    data: GraphData,
    field: string,
    id: string | null | undefined,
    ...types: NodeType[]
  ): GNode | null {
    if (!id) return null;
    const node = data.node(id);
    if (!node || (types.length && !types.includes(node.type))) throw notFound(field, id);
    return node;
  }

  async gaps(filter: GapFilterInput): Promise<GapRecord[]> {
    const { data, derived } = await this.current();
    AnalyticsService.expect(data, "themeId", filter.themeId, NodeType.THEME);
    const all = memo(derived, "gaps", () => findGaps(data));
    return filterGaps(data, all, filter);
  }

  async coverage(filter: CoverageFilterInput) {
    const { data } = await this.current();
    AnalyticsService.expect(data, "themeId", filter.themeId, NodeType.THEME);
    AnalyticsService.expect(data, "targetGroupId", filter.targetGroupId, NodeType.TARGET_GROUP);
    return coverage(data, filter).map((row) => ({
      ...row,
      theme: ref(data.node(row.themeId)!),
      targetGroup: ref(data.node(row.targetGroupId)!),
      cells: row.cells.map((cell) => ({
        vindplaats: ref(data.node(cell.vindplaatsId)!),
        actors: cell.actorIds.map((id) => ref(data.node(id)!)),
        edgeIds: cell.edgeIds,
      })),
    }));
  }

  async vindplaatsLoad(filter: LoadQueryInput) {
    // On the snapshot: the nested Cypher ("a target group no other vindplaats with parties
    // reaches") was slow even on the demo network (docs/benchmarks.md).
    const { data, derived } = await this.current();
    AnalyticsService.expect(data, "themeId", filter.themeId, NodeType.THEME);
    const all = memo(derived, "load", () =>
      vindplaatsLoadRows(data)
        .map((row) => {
          const vp = data.node(row.vindplaatsId)!;
          const unique = row.uniqueTargetGroupIds.map((id) => data.node(id)!);
          const loadText = row.load === null ? "?" : row.load.toFixed(2);
          const count = row.parties.length;
          return {
            vindplaats: ref(vp),
            capacity: vp.capacity ?? null,
            partyCount: count,
            parties: row.parties,
            asks: row.asks,
            load: row.load,
            status: row.status,
            underused: unique.length > 0,
            uniqueTargetGroups: unique.map(ref),
            nodeIds: row.nodeIds,
            edgeIds: row.edgeIds,
            explanation: {
              nl: `${vp.name}: ${count} organisaties bij capaciteit ${vp.capacity ?? "onbekend"} (belasting ${loadText}).${
                unique.length
                  ? ` Enige vindplaats met partijen die ${listNames(
                      unique.map((g) => g.name),
                      "en",
                    )} bereikt.`
                  : ""
              }`,
              en: `${vp.name}: ${count} organisations for capacity ${vp.capacity ?? "unknown"} (load ${loadText}).${
                unique.length
                  ? ` The only vindplaats with parties that reaches ${listNames(
                      unique.map((g) => g.name),
                      "and",
                    )}.`
                  : ""
              }`,
            },
          };
        })
        .sort(
          (a, b) =>
            (b.load ?? -1) - (a.load ?? -1) || a.vindplaats.name.localeCompare(b.vindplaats.name),
        ),
    );
    const { village, themeId } = filter;
    if (!village && !themeId) return all;
    return all.filter(
      (row) =>
        (!village || row.vindplaats.village === village) &&
        (!themeId ||
          data
            .in(row.vindplaats.id, RelationshipType.ACTIVE_AT)
            .some((a) => a.themeIds?.includes(themeId))),
    );
  }

  private introductionProjection(data: GraphData, derived: Map<string, unknown>): Projection {
    return memo(derived, "introductions", () =>
      buildProjection(
        [...data.nodes.values()].filter(isActor).map((n) => n.id),
        INTRODUCTION_TYPES.flatMap((t) => data.edgesOfType(t)).map(
          (e) => [e.id, e.from, e.to] as [string, string, string],
        ),
      ),
    );
  }

  async partnerSuggestions(args: {
    forPerson?: string | null;
    forOrganisation?: string | null;
    forTheme?: string | null;
    limit: number;
  }) {
    const given = [args.forPerson, args.forOrganisation, args.forTheme].filter(Boolean);
    if (given.length !== 1) {
      throw badInput(
        "forPerson",
        "give exactly one of forPerson, forOrganisation or forTheme",
        "exactlyOne",
      );
    }
    const { data, derived } = await this.current();
    const person = AnalyticsService.expect(data, "forPerson", args.forPerson, NodeType.PERSON);
    const org = AnalyticsService.expect(
      data,
      "forOrganisation",
      args.forOrganisation,
      NodeType.ORGANISATION,
    );
    const theme = AnalyticsService.expect(data, "forTheme", args.forTheme, NodeType.THEME);
    const asker = (person ?? org ?? theme)!;

    let anchor: string | null = asker.id;
    let exclude: Set<string>;
    let candidates: GNode[];
    if (person) {
      const orgs = new Set(data.organisationsOf(person.id));
      const colleagues = new Set(
        [...orgs].flatMap((o) => data.in(o, RelationshipType.WORKS_FOR).map((e) => e.from)),
      );
      const known = data
        .both(person.id, RelationshipType.KNOWS)
        .map((e) => (e.from === person.id ? e.to : e.from));
      exclude = new Set([person.id, ...orgs, ...colleagues, ...known]);
      candidates = [...data.ofType(NodeType.ORGANISATION), ...data.ofType(NodeType.PERSON)];
    } else if (org) {
      const partners = [RelationshipType.COLLABORATES_WITH, RelationshipType.REFERS_TO].flatMap(
        (t) => data.both(org.id, t).map((e) => (e.from === org.id ? e.to : e.from)),
      );
      exclude = new Set([org.id, ...partners]);
      candidates = [...data.ofType(NodeType.ORGANISATION)];
    } else {
      const t = theme!.id;
      const involved = [RelationshipType.SIGNALS, RelationshipType.WORKS_ON].flatMap((type) =>
        data.in(t, type).map((e) => e.from),
      );
      exclude = new Set(involved);
      candidates = [...data.ofType(NodeType.ORGANISATION)];
      anchor =
        data
          .in(t, RelationshipType.TREKKER_OF)
          .map((e) => e.from)
          .sort()[0] ?? null;
    }

    const profile = theme ? themeProfile(data, theme.id) : actorProfile(data, asker.id);
    const neighbours = anchor ? socialNeighbours(data, anchor) : new Set<string>();
    // Profiles and contact counts do not depend on the asker: cached per graph version.
    const profiles = memo(derived, "profiles", () => new Map<string, Profile>());
    const counts = memo(derived, "contactCounts", () => new Map<string, number>());
    const neighbourCount = (id: string) => {
      if (!counts.has(id)) counts.set(id, socialNeighbours(data, id).size);
      return counts.get(id)!;
    };
    // Common contacts from one 2-hop expansion instead of every candidate's contacts.
    const common = new Map<string, string[]>();
    for (const contact of [...neighbours].sort()) {
      for (const other of socialNeighbours(data, contact)) {
        const list = common.get(other);
        if (list) list.push(contact);
        else common.set(other, [contact]);
      }
    }
    const cache: ScoringCache = {
      profileOf: (id) => {
        if (!profiles.has(id)) profiles.set(id, actorProfile(data, id));
        return profiles.get(id)!;
      },
      commonContacts: (id) => common.get(id) ?? [],
    };
    const askerInfo = { name: asker.name, profile, anchor, neighbours };
    // Rank on the score parts, then write reasons for the few that are shown.
    const ranked = rankCandidates(
      candidates
        .filter((c) => !exclude.has(c.id))
        .map((c) => ({
          id: c.id,
          name: c.name,
          score: scoreParts(data, askerInfo, c.id, neighbourCount, cache).score,
        })),
      args.limit,
    ).map((c) => ({
      ...scoreCandidate(data, askerInfo, c.id, neighbourCount, cache),
      name: c.name,
    }));

    const p = this.introductionProjection(data, derived);
    const start = anchor ? p.index.get(anchor) : undefined;
    const tree = start === undefined ? null : bfs(p, start);
    return ranked.map((c) => {
      const node = data.node(c.id)!;
      const path = tree ? this.pathTo(data, p, tree.parent, start!, c.id) : null;
      let contact: GNode | null;
      if (node.type === NodeType.PERSON) contact = node;
      else {
        const before =
          path && path.nodeIds.length >= 2
            ? data.node(path.nodeIds[path.nodeIds.length - 2]!)
            : undefined;
        contact =
          before?.type === NodeType.PERSON
            ? before
            : (data
                .in(node.id, RelationshipType.WORKS_FOR)
                .map((e) => data.node(e.from)!)
                .sort(
                  (a, b) =>
                    data.both(b.id, RelationshipType.KNOWS).length -
                      data.both(a.id, RelationshipType.KNOWS).length ||
                    a.name.localeCompare(b.name),
                )[0] ?? null);
      }
      return {
        candidate: ref(node),
        score: c.score,
        parts: c.parts,
        reasons: c.reasons,
        contactPerson: contact ? ref(contact) : null,
        introductionPath: path,
        nodeIds: [...new Set([c.id, ...c.involved, ...(path?.nodeIds ?? [])])],
        edgeIds: path?.edgeIds ?? [],
      };
    });
  }

  private pathTo(
    data: GraphData,
    p: Projection,
    parent: Int32Array,
    start: number,
    targetId: string,
  ): PathRecord | null {
    const target = p.index.get(targetId);
    if (target === undefined || (parent[target] === -1 && target !== start)) return null;
    const chain: number[] = [];
    for (let v = target; v !== -1; v = v === start ? -1 : parent[v]!) chain.push(v);
    chain.reverse();
    return this.pathOf(data, p, chain);
  }

  async introductionPaths(args: {
    from: string;
    to: string;
    k: number;
    maxHops: number;
  }): Promise<PathRecord[]> {
    if (args.from === args.to)
      throw badInput("to", "must be another person than from", "different");
    // On the cached projection (Yen's k shortest simple paths): Cypher's SHORTEST k over
    // KNOWS|WORKS_FOR took hundreds of milliseconds at 10k nodes (docs/benchmarks.md).
    const { data, derived } = await this.current();
    AnalyticsService.expect(data, "from", args.from, NodeType.PERSON);
    AnalyticsService.expect(data, "to", args.to, NodeType.PERSON);
    const p = this.introductionProjection(data, derived);
    const paths = kShortestPaths(
      p,
      p.index.get(args.from)!,
      p.index.get(args.to)!,
      Math.trunc(args.k),
      Math.trunc(args.maxHops),
    );
    return paths
      .map((chain) => this.pathOf(data, p, chain))
      .sort((a, b) => a.hops - b.hops || a.nodeIds.join().localeCompare(b.nodeIds.join()));
  }

  /** A path of projection indices as nodes and relationship ids (the lowest id per pair). */
  private pathOf(data: GraphData, p: Projection, chain: readonly number[]): PathRecord {
    const n = p.ids.length;
    const edgeIds = chain.slice(1).map((v, i) => {
      const u = chain[i]!;
      return (p.pairEdges.get(u < v ? u * n + v : v * n + u) ?? []).slice().sort()[0]!;
    });
    const nodes = chain.map((v) => ref(data.node(p.ids[v]!)!));
    return { hops: edgeIds.length, nodes, nodeIds: nodes.map((x) => x.id), edgeIds };
  }

  async networkHealth(scope: HealthScopeInput) {
    const { version, data, derived } = await this.current();
    AnalyticsService.expect(data, "themeId", scope.themeId, NodeType.THEME);
    const key = `health:${scope.themeId ?? ""}:${scope.village ?? ""}`;
    const health = memo(derived, key, () => computeHealth(data, scope));
    const top = health.topBrokers[0];
    return {
      graphVersion: version,
      ...health,
      explanation: {
        nl: `${health.nodes} mensen en organisaties in ${health.components} ${health.components === 1 ? "deel" : "delen"}, dichtheid ${health.density.toFixed(3)}, ${health.communities} gemeenschappen.${top ? ` Grootste makelaar: ${top.name}.` : ""}`,
        en: `${health.nodes} people and organisations in ${health.components} ${health.components === 1 ? "component" : "components"}, density ${health.density.toFixed(3)}, ${health.communities} communities.${top ? ` Main broker: ${top.name}.` : ""}`,
      },
    };
  }

  async whatIf(removeNodeIds: string[]) {
    const { data, derived } = await this.current();
    for (const id of removeNodeIds) {
      const node = data.node(id);
      if (!node) throw notFound("removeNodeIds", id);
      if (![NodeType.PERSON, NodeType.ORGANISATION, NodeType.VINDPLAATS].includes(node.type)) {
        throw badInput(
          "removeNodeIds",
          `${id} is not a person, organisation or vindplaats`,
          "nodeType",
        );
      }
    }
    const before = memo(derived, "gaps", () => findGaps(data));
    const result = whatIf(data, [...new Set(removeNodeIds)], before);
    const refs = (ids: string[]) => ids.map((id) => ref(data.node(id)!));
    return {
      ...result,
      targetGroupsNoLongerReached: refs(result.targetGroupsNoLongerReached),
      themesWithoutProvider: refs(result.themesWithoutProvider),
      themesWithoutRoute: refs(result.themesWithoutRoute),
      splits: result.splits.map((s) => ({
        sizeBefore: s.sizeBefore,
        parts: s.parts.map((nodeIds) => ({ nodeIds })),
      })),
    };
  }
}
