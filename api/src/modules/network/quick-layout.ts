/**
 * A fast layout for large maps: pivot MDS (Brandes & Pich, "Eigensolver methods for progressive
 * multidimensional scaling of large data", 2006) per connected part, then every node moved to the
 * nearest free cell of a grid so none lies on top of another, a few rounds of springs and pushes
 * (which can still bring the leaves of one hub close together), and the parts packed in rows.
 *
 * It is the same kind of picture as fcose's "draft" quality (whose spectral phase is pivot MDS
 * too) at a fraction of the cost: plain arrays instead of Cytoscape collections. On the bench
 * machine 2 000 nodes and 9 000 edges take about a tenth of a second instead of about a second, so
 * the page does not freeze and the first map is drawn sooner. Deterministic for the same input.
 *
 * Shared by the API and the page: the API places the maps it answers (`NetworkGraph.positions`,
 * kept with the answer per graph version), the page places the large maps that come without.
 */

/** Above this many nodes a map laid out afresh gets this layout (fcose refines smaller ones). */
export const QUICK_LAYOUT_ABOVE = 300;

export interface Position {
  x: number;
  y: number;
}

export interface QuickLayoutInput {
  nodes: readonly { id: string }[];
  edges: readonly { source: string; target: string }[];
}

export interface QuickLayoutOptions {
  /** Grid cell in model pixels: about a node plus a margin. */
  cell?: number;
  /** Pivots per part; more follow the graph more closely and cost linearly more. */
  pivots?: number;
}

const DEFAULT_CELL = 44;
const DEFAULT_PIVOTS = 40;
/** Room per node, in cells: a part spreads over about this many cells per node it holds. */
const CELLS_PER_NODE = 2.2;

/** Positions by node id; every input node gets one. */
export function quickLayout(
  input: QuickLayoutInput,
  options: QuickLayoutOptions = {},
): Map<string, Position> {
  const cell = options.cell ?? DEFAULT_CELL;
  const pivotCount = options.pivots ?? DEFAULT_PIVOTS;
  const n = input.nodes.length;
  const index = new Map<string, number>();
  input.nodes.forEach((node, i) => index.set(node.id, i));
  const adjacency = buildAdjacency(n, input.edges, index);

  const parts = connectedParts(adjacency).sort((a, b) => b.length - a.length);
  const placedParts = parts.map((part) => {
    const raw = part.length <= 2 ? smallPart(part.length) : pivotMds(part, adjacency, pivotCount);
    const placed = spreadOnGrid(part, raw, (i) => adjacency[part[i]!]!.length);
    if (part.length > 2) relax(placed, localAdjacency(part, adjacency));
    return placed;
  });

  const positions = new Map<string, Position>();
  packInRows(placedParts, cell, (node, x, y) => {
    positions.set(input.nodes[node]!.id, { x, y });
  });
  return positions;
}

function buildAdjacency(
  n: number,
  edges: QuickLayoutInput["edges"],
  index: ReadonlyMap<string, number>,
): number[][] {
  const adjacency: number[][] = Array.from({ length: n }, () => []);
  for (const edge of edges) {
    const a = index.get(edge.source);
    const b = index.get(edge.target);
    if (a === undefined || b === undefined || a === b) continue;
    adjacency[a]!.push(b);
    adjacency[b]!.push(a);
  }
  return adjacency;
}

function connectedParts(adjacency: readonly number[][]): number[][] {
  const seen = new Uint8Array(adjacency.length);
  const parts: number[][] = [];
  for (let start = 0; start < adjacency.length; start++) {
    if (seen[start]) continue;
    seen[start] = 1;
    const part = [start];
    for (let head = 0; head < part.length; head++) {
      for (const next of adjacency[part[head]!]!) {
        if (seen[next]) continue;
        seen[next] = 1;
        part.push(next);
      }
    }
    parts.push(part);
  }
  return parts;
}

function smallPart(size: number): [number, number][] {
  return size === 1
    ? [[0, 0]]
    : [
        [0, 0],
        [1, 0],
      ];
}

/** Hop distances from `source` to every node of the part (indexed like `part`). */
function bfs(
  source: number,
  adjacency: readonly number[][],
  local: Int32Array,
  size: number,
): Float64Array {
  const distance = new Float64Array(size).fill(-1);
  const queue = new Int32Array(size);
  let head = 0;
  let tail = 0;
  queue[tail++] = source;
  distance[local[source]!] = 0;
  while (head < tail) {
    const node = queue[head++]!;
    const d = distance[local[node]!]! + 1;
    for (const next of adjacency[node]!) {
      const i = local[next]!;
      if (distance[i]! >= 0) continue;
      distance[i] = d;
      queue[tail++] = next;
    }
  }
  return distance;
}

/** Two-dimensional coordinates for one connected part (indexed like `part`). */
function pivotMds(
  part: readonly number[],
  adjacency: readonly number[][],
  pivotCount: number,
): [number, number][] {
  const size = part.length;
  const local = new Int32Array(adjacency.length);
  part.forEach((node, i) => (local[node] = i));

  // Pivots by max-min distance, starting from the best-connected node (deterministic).
  let first = part[0]!;
  for (const node of part) if (adjacency[node]!.length > adjacency[first]!.length) first = node;
  const k = Math.min(pivotCount, size);
  const columns: Float64Array[] = [];
  const nearest = new Float64Array(size).fill(Infinity);
  let pivot = first;
  for (let j = 0; j < k; j++) {
    const distance = bfs(pivot, adjacency, local, size);
    columns.push(distance);
    let far = 0;
    for (let i = 0; i < size; i++) {
      nearest[i] = Math.min(nearest[i]!, distance[i]!);
      if (nearest[i]! > nearest[far]!) far = i;
    }
    if (nearest[far] === 0) break;
    pivot = part[far]!;
  }

  // Double-centred squared distances: C = -1/2 · J D² J (n × k, stored by column).
  const kk = columns.length;
  const rowMean = new Float64Array(size);
  const colMean = new Float64Array(kk);
  let grand = 0;
  for (let j = 0; j < kk; j++) {
    const column = columns[j]!;
    for (let i = 0; i < size; i++) {
      const squared = column[i]! * column[i]!;
      column[i] = squared;
      rowMean[i] = rowMean[i]! + squared / kk;
      colMean[j] = colMean[j]! + squared / size;
      grand += squared / (size * kk);
    }
  }
  for (let j = 0; j < kk; j++) {
    const column = columns[j]!;
    for (let i = 0; i < size; i++) {
      column[i] = -0.5 * (column[i]! - rowMean[i]! - colMean[j]! + grand);
    }
  }

  // The two leading eigenvectors of CᵀC (k × k) by power iteration, the second kept
  // orthogonal to the first; the coordinates are C·v.
  const gram = new Float64Array(kk * kk);
  for (let a = 0; a < kk; a++) {
    for (let b = a; b < kk; b++) {
      let sum = 0;
      const ca = columns[a]!;
      const cb = columns[b]!;
      for (let i = 0; i < size; i++) sum += ca[i]! * cb[i]!;
      gram[a * kk + b] = sum;
      gram[b * kk + a] = sum;
    }
  }
  const v1 = powerIteration(gram, kk, null);
  const v2 = powerIteration(gram, kk, v1);
  const coordinates: [number, number][] = [];
  for (let i = 0; i < size; i++) {
    let x = 0;
    let y = 0;
    for (let j = 0; j < kk; j++) {
      x += columns[j]![i]! * v1[j]!;
      y += columns[j]![i]! * v2[j]!;
    }
    coordinates.push([x, y]);
  }
  return coordinates;
}

function powerIteration(
  matrix: Float64Array,
  k: number,
  orthogonalTo: Float64Array | null,
): Float64Array {
  let vector = new Float64Array(k);
  // A fixed, uneven start: deterministic, and not orthogonal to the answer in practice.
  for (let i = 0; i < k; i++) vector[i] = 1 + ((i * 7919) % 13) / 13;
  for (let round = 0; round < 100; round++) {
    if (orthogonalTo) subtractProjection(vector, orthogonalTo);
    normalise(vector);
    const next = new Float64Array(k);
    for (let r = 0; r < k; r++) {
      let sum = 0;
      for (let c = 0; c < k; c++) sum += matrix[r * k + c]! * vector[c]!;
      next[r] = sum;
    }
    if (orthogonalTo) subtractProjection(next, orthogonalTo);
    normalise(next);
    let change = 0;
    for (let i = 0; i < k; i++) change += Math.abs(next[i]! - vector[i]!);
    vector = next;
    if (change < 1e-7) break;
  }
  return vector;
}

function subtractProjection(vector: Float64Array, unit: Float64Array) {
  let dot = 0;
  for (let i = 0; i < vector.length; i++) dot += vector[i]! * unit[i]!;
  for (let i = 0; i < vector.length; i++) vector[i] = vector[i]! - dot * unit[i]!;
}

function normalise(vector: Float64Array) {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  for (let i = 0; i < vector.length; i++) vector[i] = vector[i]! / norm;
}

/** The smallest box around the points. */
export function bounds(points: Iterable<readonly [number, number]>) {
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const [x, y] of points) {
    minX = Math.min(minX, x);
    minY = Math.min(minY, y);
    maxX = Math.max(maxX, x);
    maxY = Math.max(maxY, y);
  }
  return { minX, minY, maxX, maxY };
}

interface PlacedPart {
  nodes: readonly number[];
  /** Positions in grid cells, relative to the part's own top-left corner. */
  cells: [number, number][];
  width: number;
  height: number;
}

/**
 * Scales a part's coordinates to about CELLS_PER_NODE cells per node and moves every node to the
 * nearest free grid cell, best-connected first (hubs keep their place, leaves gather round them).
 */
function spreadOnGrid(
  part: readonly number[],
  raw: [number, number][],
  degree: (i: number) => number,
): PlacedPart {
  const { minX, minY, maxX, maxY } = bounds(raw);
  const spanX = maxX - minX || 1;
  const spanY = maxY - minY || 1;
  // The part's box gets about CELLS_PER_NODE cells per node, in the shape of its drawing.
  const area = Math.max(1, part.length * CELLS_PER_NODE);
  const scale = Math.sqrt(area / (spanX * spanY));
  const fx = Math.max(scale, Math.sqrt(area) / spanX / 4);
  const fy = Math.max(scale, Math.sqrt(area) / spanY / 4);

  // Which cells are taken, on a grid around the part's box with room for the rings searched
  // beyond its edge (a free cell lies within about √n rings); cells past the grid count as taken.
  const width = Math.ceil(spanX * fx) + 1;
  const height = Math.ceil(spanY * fy) + 1;
  const margin = Math.ceil(Math.sqrt(part.length)) + 2;
  const stride = width + 2 * margin;
  const taken = new Uint8Array(stride * (height + 2 * margin));
  const cellIndex = (x: number, y: number) =>
    x < -margin || x >= width + margin || y < -margin || y >= height + margin
      ? -1
      : (y + margin) * stride + x + margin;
  const cells: [number, number][] = raw.map(() => [0, 0]);
  const order = raw.map((_, i) => i).sort((a, b) => degree(b) - degree(a) || a - b);
  for (const i of order) {
    const cx = Math.round((raw[i]![0] - minX) * fx);
    const cy = Math.round((raw[i]![1] - minY) * fy);
    const [x, y] = nearestFree(cx, cy, (gx, gy) => {
      const index = cellIndex(gx, gy);
      return index < 0 || taken[index] === 1;
    });
    taken[cellIndex(x, y)] = 1;
    cells[i] = [x, y];
  }
  const placed = { nodes: part, cells, width: 0, height: 0 };
  normaliseBox(placed);
  return placed;
}

/** Moves the part's top-left to (0, 0) and measures it. */
function normaliseBox(part: PlacedPart) {
  const { minX: left, minY: top, maxX: right, maxY: bottom } = bounds(part.cells);
  for (const cell of part.cells) {
    cell[0] -= left;
    cell[1] -= top;
  }
  part.width = Math.ceil(right - left) + 1;
  part.height = Math.ceil(bottom - top) + 1;
}

function localAdjacency(part: readonly number[], adjacency: readonly number[][]): number[][] {
  const local = new Map<number, number>();
  part.forEach((node, i) => local.set(node, i));
  return part.map((node) => adjacency[node]!.map((next) => local.get(next)!));
}

const RELAX_ROUNDS = 16;
/** Ideal edge length and the distance below which two nodes push apart, in cells. */
const SPRING = 2;
const PERSONAL_SPACE = 1.2;

/**
 * A few rounds of a simple force model on the grid picture: edges pull towards SPRING cells,
 * nodes closer than PERSONAL_SPACE push apart (found through a uniform grid, so a round is linear
 * in the size). Turns the packed grid into an organic picture where related nodes sit together.
 * Coordinates, edges and buckets live in typed arrays: this is the hot loop of the first map.
 */
function relax(part: PlacedPart, neighbours: readonly number[][]) {
  const size = part.cells.length;
  const xs = new Float64Array(size);
  const ys = new Float64Array(size);
  part.cells.forEach(([x, y], i) => {
    xs[i] = x;
    ys[i] = y;
  });
  // Every edge once (from the end with the lower index), with the share of the pull each end
  // takes: hubs are pulled by many edges, so each pull is shared out by the degrees.
  let edgeCount = 0;
  for (let a = 0; a < size; a++) for (const b of neighbours[a]!) if (b > a) edgeCount++;
  const from = new Int32Array(edgeCount);
  const to = new Int32Array(edgeCount);
  const shareFrom = new Float64Array(edgeCount);
  const shareTo = new Float64Array(edgeCount);
  let e = 0;
  for (let a = 0; a < size; a++) {
    for (const b of neighbours[a]!) {
      if (b <= a) continue;
      from[e] = a;
      to[e] = b;
      shareFrom[e] = 1 / neighbours[a]!.length;
      shareTo[e] = 1 / neighbours[b]!.length;
      e++;
    }
  }

  const dx = new Float64Array(size);
  const dy = new Float64Array(size);
  const next = new Int32Array(size);
  for (let round = 0; round < RELAX_ROUNDS; round++) {
    dx.fill(0);
    dy.fill(0);
    for (let i = 0; i < edgeCount; i++) {
      const a = from[i]!;
      const b = to[i]!;
      const ex = xs[b]! - xs[a]!;
      const ey = ys[b]! - ys[a]!;
      const length = Math.sqrt(ex * ex + ey * ey) || 1e-6;
      if (length <= SPRING) continue;
      const pull = (length - SPRING) / length / 2;
      const wa = pull * shareFrom[i]!;
      const wb = pull * shareTo[i]!;
      dx[a] = dx[a]! + ex * wa;
      dy[a] = dy[a]! + ey * wa;
      dx[b] = dx[b]! - ex * wb;
      dy[b] = dy[b]! - ey * wb;
    }
    // Uniform grid of PERSONAL_SPACE-sized buckets over the part, as linked lists.
    let minX = Infinity;
    let minY = Infinity;
    let maxX = -Infinity;
    let maxY = -Infinity;
    for (let i = 0; i < size; i++) {
      minX = Math.min(minX, xs[i]!);
      minY = Math.min(minY, ys[i]!);
      maxX = Math.max(maxX, xs[i]!);
      maxY = Math.max(maxY, ys[i]!);
    }
    const columns = Math.floor((maxX - minX) / PERSONAL_SPACE) + 3;
    const rows = Math.floor((maxY - minY) / PERSONAL_SPACE) + 3;
    const bucketOf = (x: number, y: number) =>
      (Math.floor((y - minY) / PERSONAL_SPACE) + 1) * columns +
      Math.floor((x - minX) / PERSONAL_SPACE) +
      1;
    const heads = new Int32Array(columns * rows).fill(-1);
    for (let i = 0; i < size; i++) {
      const bucket = bucketOf(xs[i]!, ys[i]!);
      next[i] = heads[bucket]!;
      heads[bucket] = i;
    }
    for (let a = 0; a < size; a++) {
      const ax = xs[a]!;
      const ay = ys[a]!;
      const home = bucketOf(ax, ay);
      // The home bucket and its eight neighbours.
      for (let row = -1; row <= 1; row++) {
        for (let column = -1; column <= 1; column++) {
          for (let b = heads[home + row * columns + column]!; b >= 0; b = next[b]!) {
            if (b <= a) continue;
            let ex = xs[b]! - ax;
            let ey = ys[b]! - ay;
            let distance = Math.sqrt(ex * ex + ey * ey);
            if (distance >= PERSONAL_SPACE) continue;
            if (distance < 1e-6) {
              // On the same spot: part them in a fixed direction per pair.
              ex = Math.cos(a + b);
              ey = Math.sin(a + b);
              distance = 1;
            }
            const push = ((PERSONAL_SPACE - distance) / distance) * 0.5;
            dx[a] = dx[a]! - ex * push;
            dy[a] = dy[a]! - ey * push;
            dx[b] = dx[b]! + ex * push;
            dy[b] = dy[b]! + ey * push;
          }
        }
      }
    }
    // Cooling: moves get smaller each round, so the picture settles.
    const limit = 1.5 * (1 - round / RELAX_ROUNDS) + 0.2;
    for (let i = 0; i < size; i++) {
      const length = Math.sqrt(dx[i]! * dx[i]! + dy[i]! * dy[i]!);
      const factor = length > limit ? limit / length : 1;
      xs[i] = xs[i]! + dx[i]! * factor;
      ys[i] = ys[i]! + dy[i]! * factor;
    }
  }
  part.cells.forEach((cell, i) => {
    cell[0] = xs[i]!;
    cell[1] = ys[i]!;
  });
  normaliseBox(part);
}

/**
 * The free cell nearest to (x, y), searching square rings outwards until no nearer cell can
 * come (a ring's corners are farther than the next ring's sides): clumps fill discs, not squares.
 */
function nearestFree(
  x: number,
  y: number,
  isTaken: (x: number, y: number) => boolean,
): [number, number] {
  if (!isTaken(x, y)) return [x, y];
  let best: [number, number] | null = null;
  let bestDistance = Infinity;
  for (let ring = 1; ; ring++) {
    if (best && ring * ring > bestDistance) return best;
    for (let dx = -ring; dx <= ring; dx++) {
      for (const dy of Math.abs(dx) === ring ? range(-ring, ring) : [-ring, ring]) {
        const distance = dx * dx + dy * dy;
        if (distance >= bestDistance || isTaken(x + dx, y + dy)) continue;
        bestDistance = distance;
        best = [x + dx, y + dy];
      }
    }
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i <= to; i++) out.push(i);
  return out;
}

/** Parts side by side in rows about as wide as the whole is tall, largest first. */
function packInRows(
  parts: readonly PlacedPart[],
  cell: number,
  place: (node: number, x: number, y: number) => void,
) {
  const totalArea = parts.reduce((sum, p) => sum + (p.width + 1) * (p.height + 1), 0);
  const rowWidth = Math.max(parts[0]?.width ?? 1, Math.ceil(Math.sqrt(totalArea)));
  let x = 0;
  let y = 0;
  let rowHeight = 0;
  for (const part of parts) {
    if (x > 0 && x + part.width > rowWidth) {
      x = 0;
      y += rowHeight + 1;
      rowHeight = 0;
    }
    part.nodes.forEach((node, i) => {
      const [cx, cy] = part.cells[i]!;
      place(node, (x + cx) * cell, (y + cy) * cell);
    });
    x += part.width + 1;
    rowHeight = Math.max(rowHeight, part.height);
  }
}
