/**
 * Graph algorithms on a compact undirected projection (CSR arrays): components, BFS, Brandes
 * betweenness (exact, or estimated from seeded pivots on large components), closeness, average
 * path length, articulation points and Louvain communities (graphology).
 *
 * Why not GDS: it is not in the local/test Neo4j nor on every hosted Neo4j (see docs/analytics.md).
 */
import { UndirectedGraph } from "graphology";
import louvainModule from "graphology-communities-louvain";

/** An undirected simple graph over `ids` (indices 0..n-1), with the relationship ids per pair. */
export interface Projection {
  ids: string[];
  index: Map<string, number>;
  offsets: Int32Array;
  targets: Int32Array;
  /** Relationship ids behind each adjacent pair, keyed by `pairKey(a, b)`. */
  pairEdges: Map<number, string[]>;
  /** Number of underlying relationships (parallel ones counted). */
  relationships: number;
}

export const pairKey = (a: number, b: number, n: number): number => (a < b ? a * n + b : b * n + a);

/** Builds a projection from node ids and relationships `[id, from, to]` between them. */
export function buildProjection(
  nodeIds: readonly string[],
  edges: readonly [string, string, string][],
): Projection {
  const ids = [...nodeIds].sort();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const pairEdges = new Map<number, string[]>();
  let relationships = 0;
  for (const [edgeId, from, to] of edges) {
    const a = index.get(from);
    const b = index.get(to);
    if (a === undefined || b === undefined || a === b) continue;
    relationships += 1;
    const key = pairKey(a, b, n);
    const list = pairEdges.get(key);
    if (list) list.push(edgeId);
    else pairEdges.set(key, [edgeId]);
  }
  const degree = new Int32Array(n);
  for (const key of pairEdges.keys()) {
    degree[Math.floor(key / n)]! += 1;
    degree[key % n]! += 1;
  }
  const offsets = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) offsets[i + 1] = offsets[i]! + degree[i]!;
  const fill = offsets.slice(0, n);
  const targets = new Int32Array(offsets[n]!);
  // Sorted keys give sorted neighbour lists: deterministic traversal order.
  for (const key of [...pairEdges.keys()].sort((x, y) => x - y)) {
    const a = Math.floor(key / n);
    const b = key % n;
    targets[fill[a]!++] = b;
    targets[fill[b]!++] = a;
  }
  for (let i = 0; i < n; i++) targets.subarray(offsets[i], offsets[i + 1]).sort();
  return { ids, index, offsets, targets, pairEdges, relationships };
}

export const degreeOf = (p: Projection, v: number): number => p.offsets[v + 1]! - p.offsets[v]!;

export function pairCount(p: Projection): number {
  return p.pairEdges.size;
}

/** Connected components: a label per node, and the size of each component. */
export function components(p: Projection): { label: Int32Array; sizes: number[] } {
  const n = p.ids.length;
  const label = new Int32Array(n).fill(-1);
  const sizes: number[] = [];
  const stack: number[] = [];
  for (let s = 0; s < n; s++) {
    if (label[s] !== -1) continue;
    const c = sizes.length;
    let size = 0;
    label[s] = c;
    stack.push(s);
    while (stack.length) {
      const v = stack.pop()!;
      size += 1;
      for (let i = p.offsets[v]!; i < p.offsets[v + 1]!; i++) {
        const w = p.targets[i]!;
        if (label[w] === -1) {
          label[w] = c;
          stack.push(w);
        }
      }
    }
    sizes.push(size);
  }
  return { label, sizes };
}

/** Breadth-first search from `s`: distances (-1 unreachable) and one parent per node. */
export function bfs(p: Projection, s: number): { dist: Int32Array; parent: Int32Array } {
  const n = p.ids.length;
  const dist = new Int32Array(n).fill(-1);
  const parent = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  let head = 0;
  let tail = 0;
  dist[s] = 0;
  queue[tail++] = s;
  while (head < tail) {
    const v = queue[head++]!;
    for (let i = p.offsets[v]!; i < p.offsets[v + 1]!; i++) {
      const w = p.targets[i]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        parent[w] = v;
        queue[tail++] = w;
      }
    }
  }
  return { dist, parent };
}

/** Mulberry32: a small seeded PRNG, so sampled results and Louvain are reproducible. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface CentralityOptions {
  /** Components up to this size are computed exactly (default 2500). */
  exactUpTo?: number;
  /** Pivots over all sampled components together (default 256). */
  pivots?: number;
  seed?: number;
}

export interface Centrality {
  /** Normalised betweenness (NetworkX convention: divided by (n-1)(n-2)/2). */
  betweenness: Float64Array;
  /** Closeness with the Wasserman–Faust correction for disconnected graphs (as NetworkX). */
  closeness: Float64Array;
  /** Mean shortest-path length over connected pairs (null without any). */
  averagePathLength: number | null;
  sampled: boolean;
  /** Sources used for the sampled components (0 when exact). */
  pivots: number;
}

/**
 * Brandes' algorithm (2001) with one BFS per source. Components larger than `exactUpTo` use k
 * pivots chosen by a seeded PRNG (Brandes & Pich 2007) and scale the dependencies by c/k;
 * closeness and path length are then estimated from the pivots' distances (Eppstein & Wang 2004).
 */
export function centrality(p: Projection, options: CentralityOptions = {}): Centrality {
  const n = p.ids.length;
  const exactUpTo = options.exactUpTo ?? 2500;
  const totalPivots = options.pivots ?? 256;
  const random = seededRandom(options.seed ?? 42);
  const { label, sizes } = components(p);
  const members: number[][] = sizes.map(() => []);
  for (let v = 0; v < n; v++) members[label[v]!]!.push(v);

  const raw = new Float64Array(n);
  const distSum = new Float64Array(n);
  const distCount = new Int32Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const dist = new Int32Array(n).fill(-1);
  const order = new Int32Array(n);
  let sampled = false;
  let pivotsUsed = 0;
  let pathSum = 0;
  let pathPairs = 0;

  for (const nodes of members) {
    const c = nodes.length;
    if (c < 2) continue;
    let sources = nodes;
    if (c > exactUpTo && n > exactUpTo) {
      const k = Math.min(c, Math.max(64, Math.round((totalPivots * c) / n)));
      sources = shuffled(nodes, random).slice(0, k);
      sampled = true;
      pivotsUsed += k;
    }
    const scale = c / sources.length;
    let compDistSum = 0;
    for (const s of sources) {
      // Forward: BFS counting shortest paths.
      let head = 0;
      let tail = 0;
      order[tail++] = s;
      dist[s] = 0;
      sigma[s] = 1;
      while (head < tail) {
        const v = order[head++]!;
        for (let i = p.offsets[v]!; i < p.offsets[v + 1]!; i++) {
          const w = p.targets[i]!;
          if (dist[w] === -1) {
            dist[w] = dist[v]! + 1;
            order[tail++] = w;
          }
          if (dist[w] === dist[v]! + 1) sigma[w]! += sigma[v]!;
        }
      }
      // Backward: accumulate dependencies in reverse BFS order.
      for (let j = tail - 1; j >= 0; j--) {
        const w = order[j]!;
        for (let i = p.offsets[w]!; i < p.offsets[w + 1]!; i++) {
          const v = p.targets[i]!;
          if (dist[v] === dist[w]! - 1) delta[v]! += (sigma[v]! / sigma[w]!) * (1 + delta[w]!);
        }
        if (w !== s) {
          raw[w]! += delta[w]! * scale;
          distSum[w]! += dist[w]!;
          distCount[w]! += 1;
          compDistSum += dist[w]!;
        }
      }
      for (let j = 0; j < tail; j++) {
        const w = order[j]!;
        dist[w] = -1;
        sigma[w] = 0;
        delta[w] = 0;
      }
    }
    // Mean distance in this component, weighted by its number of pairs.
    const meanDist = compDistSum / (sources.length * (c - 1));
    const pairs = (c * (c - 1)) / 2;
    pathSum += meanDist * pairs;
    pathPairs += pairs;
  }

  const betweenness = new Float64Array(n);
  const norm = n > 2 ? 2 / ((n - 1) * (n - 2)) : 0;
  for (let v = 0; v < n; v++) betweenness[v] = (raw[v]! / 2) * norm;

  const closeness = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const reach = sizes[label[v]!]! - 1;
    if (reach === 0 || distCount[v] === 0) continue;
    const meanDist = distSum[v]! / distCount[v]!;
    closeness[v] = (1 / meanDist) * (reach / (n - 1));
  }
  return {
    betweenness,
    closeness,
    averagePathLength: pathPairs ? pathSum / pathPairs : null,
    sampled,
    pivots: pivotsUsed,
  };
}

function shuffled<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** Freeman degree centralisation: Σ(max − dᵢ) / ((n−1)(n−2)); 0 for fewer than 3 nodes. */
export function degreeCentralisation(degrees: ArrayLike<number>): number {
  const n = degrees.length;
  if (n < 3) return 0;
  let max = 0;
  for (let i = 0; i < n; i++) max = Math.max(max, degrees[i]!);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += max - degrees[i]!;
  return sum / ((n - 1) * (n - 2));
}

/** Density of an undirected simple graph: 2m / (n(n−1)). */
export function density(nodes: number, pairs: number): number {
  return nodes > 1 ? (2 * pairs) / (nodes * (nodes - 1)) : 0;
}

export interface ArticulationPoint {
  node: number;
  /** The nodes cut off from the largest remaining part when `node` is removed. */
  cutOff: number[];
}

/** Articulation points (Hopcroft–Tarjan, iterative) and what each one's removal cuts off. */
export function articulationPoints(p: Projection): ArticulationPoint[] {
  const n = p.ids.length;
  const disc = new Int32Array(n).fill(-1);
  const low = new Int32Array(n);
  const size = new Int32Array(n);
  const parent = new Int32Array(n).fill(-1);
  const next = new Int32Array(n);
  const order: number[] = [];
  const separated = new Map<number, number[]>();
  const result: ArticulationPoint[] = [];
  let time = 0;

  for (let root = 0; root < n; root++) {
    if (disc[root] !== -1) continue;
    const start = order.length;
    const stack = [root];
    disc[root] = low[root] = time++;
    order.push(root);
    next[root] = p.offsets[root]!;
    while (stack.length) {
      const v = stack[stack.length - 1]!;
      if (next[v]! < p.offsets[v + 1]!) {
        const w = p.targets[next[v]!++]!;
        if (disc[w] === -1) {
          parent[w] = v;
          disc[w] = low[w] = time++;
          order.push(w);
          next[w] = p.offsets[w]!;
          stack.push(w);
        } else if (w !== parent[v]) {
          low[v] = Math.min(low[v]!, disc[w]!);
        }
      } else {
        stack.pop();
        size[v] = order.length - (disc[v]! - disc[root]!) - start;
        const u = parent[v]!;
        if (u !== -1) {
          low[u] = Math.min(low[u]!, low[v]!);
          if (low[v]! >= disc[u]!) {
            const list = separated.get(u);
            if (list) list.push(v);
            else separated.set(u, [v]);
          }
        }
      }
    }
    const componentSize = order.length - start;
    for (let i = start; i < order.length; i++) {
      const v = order[i]!;
      const children = separated.get(v);
      if (!children) continue;
      // The root is a cut vertex only with two or more DFS children.
      if (v === root && children.length < 2) continue;
      const parts = children.map((c) => {
        const from = start + (disc[c]! - disc[root]!);
        return order.slice(from, from + size[c]!);
      });
      const rest = componentSize - 1 - parts.reduce((sum, part) => sum + part.length, 0);
      if (rest > 0) {
        const inParts = new Set(parts.flat());
        parts.push(
          order.slice(start, start + componentSize).filter((x) => x !== v && !inParts.has(x)),
        );
      }
      let largest = 0;
      for (let j = 1; j < parts.length; j++)
        if (parts[j]!.length > parts[largest]!.length) largest = j;
      const cutOff = parts
        .filter((_, j) => j !== largest)
        .flat()
        .sort((a, b) => a - b);
      result.push({ node: v, cutOff });
    }
  }
  return result.sort((a, b) => a.node - b.node);
}

interface LouvainDetailed {
  communities: Record<string, number>;
  count: number;
  modularity: number;
}
type LouvainFn = {
  detailed(
    graph: UndirectedGraph,
    options: { rng: () => number; resolution?: number },
  ): LouvainDetailed;
};
// The package is CommonJS with an ESM-style .d.ts; at runtime the default import is the function.
const louvain = louvainModule as unknown as LouvainFn;

/** Louvain communities (graphology), seeded so the same graph always gets the same answer. */
export function communities(
  p: Projection,
  seed = 42,
): { community: Int32Array; count: number; modularity: number } {
  const n = p.ids.length;
  const community = new Int32Array(n);
  if (pairCount(p) === 0) {
    for (let v = 0; v < n; v++) community[v] = v;
    return { community, count: n, modularity: 0 };
  }
  const graph = new UndirectedGraph();
  for (const id of p.ids) graph.addNode(id);
  for (const key of p.pairEdges.keys()) graph.addEdge(p.ids[Math.floor(key / n)]!, p.ids[key % n]!);
  const result = louvain.detailed(graph, { rng: seededRandom(seed) });
  // Renumber by first appearance in id order: stable labels for the same partition.
  const renumber = new Map<number, number>();
  for (let v = 0; v < n; v++) {
    const raw = result.communities[p.ids[v]!]!;
    if (!renumber.has(raw)) renumber.set(raw, renumber.size);
    community[v] = renumber.get(raw)!;
  }
  return { community, count: renumber.size, modularity: result.modularity };
}

/**
 * Shortest path from `s` to `t` of at most `maxLen` relationships, avoiding `blockedNodes` (mask)
 * and `blockedPairs` (pair keys): a bidirectional BFS that expands the smaller frontier one whole
 * level at a time. Deterministic: neighbours are sorted, ties go to the lowest meeting node.
 */
function boundedShortestPath(
  p: Projection,
  s: number,
  t: number,
  maxLen: number,
  blockedNodes: Uint8Array,
  blockedPairs: ReadonlySet<number>,
  scratch: PathScratch,
): number[] | null {
  if (s === t) return [s];
  if (maxLen < 1 || blockedNodes[s] || blockedNodes[t]) return null;
  const n = p.ids.length;
  const { dist, parent, touched } = scratch;
  // dist: > 0 forward side (distance + 1), < 0 backward side (-(distance + 1)).
  const visit = (v: number, d: number, from: number) => {
    dist[v] = d;
    parent[v] = from;
    touched.push(v);
  };
  visit(s, 1, -1);
  visit(t, -1, -1);
  let forward = [s];
  let backward = [t];
  let depthF = 0;
  let depthB = 0;
  let best = -1;
  let bestLen = Infinity;
  let bestEdge: [number, number] = [-1, -1];
  try {
    while (forward.length && backward.length && depthF + depthB < maxLen) {
      const expandForward = forward.length <= backward.length;
      const frontier = expandForward ? forward : backward;
      const next: number[] = [];
      for (const v of frontier) {
        for (let i = p.offsets[v]!; i < p.offsets[v + 1]!; i++) {
          const w = p.targets[i]!;
          if (blockedNodes[w] || (blockedPairs.size && blockedPairs.has(pairKey(v, w, n))))
            continue;
          const dw = dist[w]!;
          if (dw === 0) {
            visit(w, expandForward ? dist[v]! + 1 : dist[v]! - 1, v);
            next.push(w);
          } else if (expandForward ? dw < 0 : dw > 0) {
            // The two searches meet on the edge v–w.
            const len = Math.abs(dist[v]!) + Math.abs(dw) - 1;
            const [a, b] = expandForward ? [v, w] : [w, v];
            if (
              len < bestLen ||
              (len === bestLen && (a < bestEdge[0] || (a === bestEdge[0] && b < bestEdge[1])))
            ) {
              bestLen = len;
              bestEdge = [a, b];
              best = a;
            }
          }
        }
      }
      if (best !== -1) break;
      if (expandForward) {
        forward = next;
        depthF += 1;
      } else {
        backward = next;
        depthB += 1;
      }
    }
    if (best === -1 || bestLen > maxLen) return null;
    const path: number[] = [];
    for (let v = bestEdge[0]; v !== -1; v = parent[v]!) path.push(v);
    path.reverse();
    for (let v = bestEdge[1]; v !== -1; v = parent[v]!) path.push(v);
    return path;
  } finally {
    for (const v of touched) {
      dist[v] = 0;
      parent[v] = 0;
    }
    touched.length = 0;
  }
}

interface PathScratch {
  dist: Int32Array;
  parent: Int32Array;
  touched: number[];
}

const samePrefix = (a: readonly number[], b: readonly number[], length: number): boolean => {
  for (let i = 0; i < length; i++) if (a[i] !== b[i]) return false;
  return true;
};

const pathKey = (path: readonly number[], ids: readonly string[]): string =>
  path.map((v) => ids[v]).join();

/**
 * The k shortest simple paths (no node twice) from `s` to `t` with at most `maxHops`
 * relationships, shortest first: Yen's algorithm (1971) with a bounded bidirectional BFS for
 * each spur path. Paths are lists of node indices.
 */
export function kShortestPaths(
  p: Projection,
  s: number,
  t: number,
  k: number,
  maxHops: number,
): number[][] {
  const n = p.ids.length;
  const scratch: PathScratch = {
    dist: new Int32Array(n),
    parent: new Int32Array(n),
    touched: [],
  };
  const blockedNodes = new Uint8Array(n);
  const first = boundedShortestPath(p, s, t, maxHops, blockedNodes, new Set(), scratch);
  if (!first) return [];
  const found: number[][] = [first];
  const seen = new Set([first.join()]);
  const candidates: number[][] = [];
  while (found.length < k) {
    const previous = found[found.length - 1]!;
    for (let i = 0; i < previous.length - 1; i++) {
      const spur = previous[i]!;
      const blockedPairs = new Set<number>();
      for (const path of found) {
        if (path.length > i + 1 && samePrefix(path, previous, i + 1)) {
          blockedPairs.add(pairKey(path[i]!, path[i + 1]!, n));
        }
      }
      for (let j = 0; j < i; j++) blockedNodes[previous[j]!] = 1;
      const spurPath = boundedShortestPath(
        p,
        spur,
        t,
        maxHops - i,
        blockedNodes,
        blockedPairs,
        scratch,
      );
      for (let j = 0; j < i; j++) blockedNodes[previous[j]!] = 0;
      if (!spurPath) continue;
      const path = [...previous.slice(0, i), ...spurPath];
      const key = path.join();
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (!candidates.length) break;
    // Shortest first; equal lengths by their node ids, as the answer is sorted.
    candidates.sort(
      (a, b) => a.length - b.length || pathKey(a, p.ids).localeCompare(pathKey(b, p.ids)),
    );
    found.push(candidates.shift()!);
  }
  return found;
}
