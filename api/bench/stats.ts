/** Timing helpers: warm-up, sequential latencies (p50/p95) and a concurrent throughput burst. */
import { performance } from "node:perf_hooks";

export interface Measurement {
  /** Sequential iterations measured (after the warm-up). */
  n: number;
  p50: number;
  p95: number;
  mean: number;
  max: number;
  /** Requests per second with `concurrency` clients at once; null when not measured. */
  throughput: number | null;
  concurrency: number | null;
  /** Anything worth a footnote (e.g. how many introduction paths were found). */
  note?: string;
  error?: string;
}

export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export function summarise(
  times: readonly number[],
): Omit<Measurement, "throughput" | "concurrency"> {
  const sorted = [...times].sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / Math.max(1, sorted.length);
  return {
    n: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean,
    max: sorted[sorted.length - 1] ?? Number.NaN,
  };
}

export interface MeasureOptions {
  warmup: number;
  iterations: number;
  /** Concurrent clients for the throughput burst; 0 skips it. */
  concurrency: number;
  /** Requests in the burst (default: iterations). */
  burst?: number;
}

/** Requests per second with `concurrency` calls in flight, `burst` (or `iterations`) in all. */
async function burst(
  run: (i: number) => Promise<unknown>,
  options: MeasureOptions,
  firstIndex: number,
): Promise<Pick<Measurement, "throughput" | "concurrency">> {
  if (options.concurrency <= 0) return { throughput: null, concurrency: null };
  const total = options.burst ?? options.iterations;
  let i = firstIndex;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: options.concurrency }, async () => {
      while (next < total) {
        next += 1;
        await run(i++);
      }
    }),
  );
  return {
    throughput: (total * 1000) / (performance.now() - started),
    concurrency: options.concurrency,
  };
}

/**
 * Runs each `run(i)` `warmup` times, then `iterations` times (latencies), then a burst of `burst`
 * calls with `concurrency` in flight (throughput). `run` throws on a failed answer. Several
 * implementations of the same request are measured one request of each in turn (the first of each
 * round alternating), so that all of them meet the same moments of a shared machine; measured one
 * after another, the comparison followed the machine's load from one minute to the next.
 */
export async function measure(
  runs: readonly ((i: number) => Promise<unknown>)[],
  options: MeasureOptions,
): Promise<Measurement[]> {
  let i = 0;
  for (let w = 0; w < options.warmup; w++) for (const run of runs) await run(i++);
  const times = runs.map(() => [] as number[]);
  for (let k = 0; k < options.iterations; k++) {
    const order = runs.map((_, r) => (k % 2 ? runs.length - 1 - r : r));
    for (const r of order) {
      const started = performance.now();
      await runs[r]!(i++);
      times[r]!.push(performance.now() - started);
    }
  }
  const results: Measurement[] = [];
  for (const [r, run] of runs.entries()) {
    results.push({ ...summarise(times[r]!), ...(await burst(run, options, i)) });
  }
  return results;
}

/** Times one call. */
export async function timeOnce<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await run();
  return { ms: performance.now() - started, value };
}

/** A small seeded PRNG (mulberry32), so every run asks the same questions. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
