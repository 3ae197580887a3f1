/** The API benchmark for one network size: every named query over HTTP, p50/p95/throughput. */
import { spawn } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

import type { Driver } from "neo4j-driver";

import { generateNetwork } from "../../seed/synthetic.js";
import type { Api } from "../drills/stack.js";
import { NodeType } from "../src/model/node-types.js";
import type { NetworkDocument } from "../src/modules/import-export/document.js";
import type { documentToCsv as DocumentToCsv } from "../src/modules/import-export/export.formats.js";
import { bulkLoad, wipe } from "./load.js";
import { PRODUCTION_ENV } from "./production-env.js";
import { bareNestedCypher, referenceNestedQuery, type ReferenceServer } from "./reference.js";
import { measure, type Measurement, seeded, timeOnce } from "./stats.js";

export interface QueryResult extends Measurement {
  name: string;
  /** The target at 10k nodes (p95, ms), for the report. */
  target?: string;
}

export interface SizeResult {
  nodes: number;
  relationships: number;
  loadSeconds: number;
  queries: QueryResult[];
  /** API process memory after this size (MB). */
  apiRssMb: number;
  apiPeakRssMb: number;
  import?: { seconds: number; nodesRows: number; edgesRows: number; ok: boolean; note: string };
}

export interface ApiBenchContext {
  api: Api;
  driver: Driver;
  reference: ReferenceServer;
  tmpDir: string;
  repoRoot: string;
  neo4jUri: string;
  log: (line: string) => void;
}

interface Plan {
  warmup: number;
  iterations: number;
  concurrency: number;
  cold: number;
}

/** Fewer iterations as the graph grows, so the whole run stays within 20 minutes. */
export function planFor(nodes: number): Plan {
  if (nodes <= 2_000) return { warmup: 10, iterations: 100, concurrency: 4, cold: 5 };
  if (nodes <= 20_000) return { warmup: 10, iterations: 100, concurrency: 4, cold: 4 };
  return { warmup: 2, iterations: 8, concurrency: 2, cold: 1 };
}

/** POSTs a GraphQL request; a kept-alive socket the server has just closed is retried once. */
function send(url: string, query: string, variables: Record<string, unknown> = {}) {
  const request = () =>
    fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query, variables }),
    });
  return request().catch(request);
}

async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<Record<string, unknown>> {
  const response = await send(url, query, variables);
  const body = (await response.json()) as {
    data?: Record<string, unknown>;
    errors?: { message: string }[];
  };
  if (body.errors?.length || !body.data) {
    throw new Error(`${response.status}: ${body.errors?.[0]?.message ?? "no data"}`);
  }
  return body.data;
}

/** The size of one answer, for the report ("1.0 MB"). */
async function answerBytes(url: string, query: string): Promise<string> {
  const response = await send(url, query);
  const bytes = (await response.arrayBuffer()).byteLength;
  return bytes > 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} kB`;
}

/** Resident and peak memory of a process, from /proc (Linux). */
export function processMemoryMb(pid: number): { rss: number; peak: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = (key: string) => Number(new RegExp(`${key}:\\s+(\\d+)`).exec(status)?.[1] ?? NaN);
    return { rss: kb("VmRSS") / 1024, peak: kb("VmHWM") / 1024 };
  } catch {
    return { rss: Number.NaN, peak: Number.NaN };
  }
}

const Q = {
  nodeHop: `query($id: ID!) { node(id: $id) { id name type
      relations { id type direction themeName other { id name type } } } }`,
  nested: `{ organisations(take: 50) { name people { name signals { name } } worksOn { name } } }`,
  // With an alias the operation text is new, so the answer is not one of the kept answers.
  themeMap: (alias = "") => `query($t: [ID!]) { ${alias}network(filter: { themeIds: $t }) {
      nodes { id type name village degree } edges { id type source target } } }`,
  paths: `query($from: ID!, $to: ID!) { introductionPaths(from: $from, to: $to, k: 3, maxHops: 4) {
      hops nodeIds edgeIds nodes { id name type } } }`,
  load: `query($take: Int) { vindplaatsLoad(take: $take) { vindplaats { id name } capacity partyCount
      parties { id name direct viaPersonIds } asks { themeName count } load status underused
      uniqueTargetGroups { name } explanation { nl } } }`,
  partners: `query($p: ID!) { partnerSuggestions(forPerson: $p, limit: 10) {
      candidate { id name type } score reasons { nl } contactPerson { name }
      introductionPath { hops nodeIds } } }`,
  gaps: `query($take: Int) { gaps(take: $take) { id type severity explanation { nl } nodeIds edgeIds } }`,
  health: `{ networkHealth { graphVersion nodes relationships density components largestComponent
      degreeCentralisation averagePathLength communities modularity sampled pivots
      topBrokers { id name betweenness } } }`,
};

async function bumpVersion(driver: Driver): Promise<void> {
  await driver.executeQuery(
    "MATCH (v:GraphVersion {id: 'graph'}) SET v.value = v.value + 1",
    {},
    { routing: "WRITE" },
  );
}

function idsOf(document: NetworkDocument, type: NodeType): string[] {
  return document.nodes.filter((n) => n.type === type).map((n) => n.id);
}

export async function benchSize(
  ctx: ApiBenchContext,
  nodes: number,
  options: { measureImport: boolean },
): Promise<SizeResult> {
  const { api, driver, log } = ctx;
  const plan = planFor(nodes);
  const gql = `${api.url}/graphql`;
  const ask = (query: string, variables?: Record<string, unknown>) =>
    postGraphQL(gql, query, variables);

  log(`${nodes} nodes: generating and loading`);
  const document = generateNetwork({ nodes, seed: 42 });
  await wipe(driver);
  const loaded = await timeOnce(() => bulkLoad(driver, document));
  log(
    `  loaded ${document.nodes.length} nodes, ${document.edges.length} relationships in ${(loaded.ms / 1000).toFixed(1)} s`,
  );

  const rnd = seeded(7);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const persons = idsOf(document, NodeType.PERSON);
  const orgs = idsOf(document, NodeType.ORGANISATION);
  const themes = idsOf(document, NodeType.THEME);
  const hopIds = Array.from({ length: 64 }, (_, i) => (i % 2 ? pick(persons) : pick(orgs)));
  const pairs = Array.from({ length: 64 }, () => [pick(persons), pick(persons)] as const).filter(
    ([a, b]) => a !== b,
  );
  const askers = Array.from({ length: 64 }, () => pick(persons));
  const mapThemes = themes.slice(0, 8);

  const queries: QueryResult[] = [];
  type Run = { name: string; target?: string; fn: (i: number) => Promise<unknown> };
  /** Measures the runs together: one request of each in turn (see `measure`). */
  const runTogether = async (runs: Run[], override: Partial<Plan> = {}) => {
    const p = { ...plan, ...override };
    for (const { name } of runs) log(`  ${name}`);
    try {
      const ms = await measure(
        runs.map((r) => r.fn),
        p,
      );
      runs.forEach(({ name, target }, r) => {
        const m = ms[r]!;
        queries.push({ name, target, ...m });
        log(`    ${name}: p50 ${m.p50.toFixed(1)} ms, p95 ${m.p95.toFixed(1)} ms (n=${m.n})`);
      });
      return ms[0];
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      log(`    FAILED: ${message}`);
      for (const { name, target } of runs) {
        queries.push({
          name,
          target,
          n: 0,
          p50: NaN,
          p95: NaN,
          mean: NaN,
          max: NaN,
          throughput: null,
          concurrency: null,
          error: message,
        });
      }
      return undefined;
    }
  };
  const run = (
    name: string,
    target: string | undefined,
    fn: (i: number) => Promise<unknown>,
    override: Partial<Plan> = {},
  ) => runTogether([{ name, target, fn }], override);

  // First request after loading builds the analytics snapshot: not part of any figure below.
  const first = await timeOnce(() => ask(Q.health));
  log(`  first request after load (snapshot + health): ${first.ms.toFixed(0)} ms`);

  await run("node + 1 hop (`node(id) { relations { other } }`)", "≤ 15 ms", (i) =>
    ask(Q.nodeHop, { id: hopIds[i % hopIds.length] }),
  );
  // Ours and the reference in turn, request by request: both meet the same moments of the machine.
  await runTogether([
    {
      name: "nested read: ours (type-graphql + DataLoader)",
      target: "≤ @neo4j/graphql p95",
      fn: () => ask(Q.nested),
    },
    {
      name: "nested read: @neo4j/graphql 7.6.3 (reference)",
      fn: () => postGraphQL(ctx.reference.url, referenceNestedQuery),
    },
  ]);
  await run("nested read: bare driver, one Cypher (lower bound, no HTTP)", undefined, () =>
    driver.executeQuery(bareNestedCypher, {}, { routing: "READ" }),
  );
  await run("theme map (`network(filter: {themeIds: [1 theme]})`), executed", "≤ 60 ms", (i) =>
    ask(Q.themeMap(`m${i}: `), { t: [mapThemes[i % mapThemes.length]] }),
  );
  await run(
    "theme map again (the same request: answer kept for the graph version)",
    undefined,
    (i) => ask(Q.themeMap(), { t: [mapThemes[i % mapThemes.length]] }),
  );
  let found = 0;
  let asked = 0;
  const pathResult = await run("introduction paths (k 3, maxHops 4)", "≤ 25 ms", async (i) => {
    const [from, to] = pairs[i % pairs.length]!;
    const data = (await ask(Q.paths, { from, to })) as { introductionPaths: unknown[] };
    asked += 1;
    if (data.introductionPaths.length) found += 1;
  });
  if (pathResult) {
    queries[queries.length - 1]!.note =
      `${Math.round((100 * found) / asked)}% of asked pairs connected within 4 hops`;
  }
  await run("vindplaats load (the 50 most loaded, `take: 50`)", "≤ 50 ms", () =>
    ask(Q.load, { take: 50 }),
  );
  // Every row: at 100k nodes tens of MB per answer, so only at the smaller sizes.
  if (nodes <= 20_000) {
    const size = await answerBytes(gql, Q.load);
    await run("vindplaats load, every vindplaats", undefined, () => ask(Q.load));
    queries[queries.length - 1]!.note = `answer ${size}`;
  }
  await run("partner suggestions (for a person, limit 10)", "≤ 100 ms", (i) =>
    ask(Q.partners, { p: askers[i % askers.length] }),
  );
  await run("gap report (the 100 most severe, cached per graph version)", "≤ 500 ms", () =>
    ask(Q.gaps, { take: 100 }),
  );
  if (nodes <= 20_000) {
    const size = await answerBytes(gql, Q.gaps);
    await run("gap report, every gap (cached)", undefined, () => ask(Q.gaps));
    queries[queries.length - 1]!.note = `answer ${size}`;
  }
  await run(
    "gap report, cold (after a write; the 100 most severe)",
    undefined,
    async () => {
      await bumpVersion(driver);
      return ask(Q.gaps, { take: 100 });
    },
    { warmup: 0, iterations: plan.cold, concurrency: 0 },
  );
  queries[queries.length - 1]!.note = "includes reloading the analytics snapshot";
  await run(
    "network health, cold (after a write)",
    "≤ 2 s",
    async () => {
      await bumpVersion(driver);
      return ask(Q.health);
    },
    { warmup: 0, iterations: plan.cold, concurrency: 0 },
  );
  queries[queries.length - 1]!.note = "includes reloading the analytics snapshot";
  await run("network health, cached", "≤ 50 ms", () => ask(Q.health));

  const memory = processMemoryMb(api.process.pid!);
  log(`  API memory: RSS ${memory.rss.toFixed(0)} MB, peak ${memory.peak.toFixed(0)} MB`);
  const result: SizeResult = {
    nodes: document.nodes.length,
    relationships: document.edges.length,
    loadSeconds: loaded.ms / 1000,
    queries,
    apiRssMb: memory.rss,
    apiPeakRssMb: memory.peak,
  };
  if (options.measureImport) result.import = await benchImport(ctx, document);
  return result;
}

/**
 * The CSV import of a whole 10k-node network (nodes.csv + edges.csv) into an empty database with
 * `npm run import` (the built CLI: the GraphQL mutation takes at most 1 MB per request).
 */
async function benchImport(ctx: ApiBenchContext, document: NetworkDocument) {
  const { driver, log } = ctx;
  log("  import of the 10k network as CSV (npm run import)");
  // The built module (tsc keeps the decorator metadata its imports need; tsx does not).
  await import("reflect-metadata");
  const formats = (await import(
    join(ctx.repoRoot, "api/dist/modules/import-export/export.formats.js")
  )) as { documentToCsv: typeof DocumentToCsv };
  const { nodesCsv, edgesCsv } = formats.documentToCsv(document);
  const nodesFile = join(ctx.tmpDir, "nodes.csv");
  const edgesFile = join(ctx.tmpDir, "edges.csv");
  writeFileSync(nodesFile, nodesCsv);
  writeFileSync(edgesFile, edgesCsv);
  await wipe(driver);
  const output: string[] = [];
  const { ms, value: code } = await timeOnce(
    () =>
      new Promise<number | null>((resolve) => {
        const child = spawn(
          process.execPath,
          [join(ctx.repoRoot, "api/dist/ops/import.cli.js"), nodesFile, edgesFile],
          {
            env: { ...process.env, ...PRODUCTION_ENV, NEO4J_URI: ctx.neo4jUri, LOG_LEVEL: "warn" },
            stdio: ["ignore", "pipe", "pipe"],
          },
        );
        child.stdout.on("data", (c: Buffer) => output.push(c.toString()));
        child.stderr.on("data", (c: Buffer) => output.push(c.toString()));
        child.on("exit", (c) => resolve(c));
      }),
  );
  const { records } = await driver.executeQuery(
    "MATCH (n) WHERE n:Person OR n:Organisation OR n:Theme OR n:Vindplaats OR n:TargetGroup OR n:Action OR n:Meeting RETURN count(n) AS n",
  );
  const count = Number(records[0]?.get("n"));
  const ok = code === 0 && count === document.nodes.length;
  const tail = output.join("").trim().split("\n").slice(-1)[0] ?? "";
  log(`    ${(ms / 1000).toFixed(1)} s, exit ${code}, ${count} nodes in the database`);
  await wipe(driver);
  return {
    seconds: ms / 1000,
    nodesRows: document.nodes.length,
    edgesRows: document.edges.length,
    ok,
    note: ok ? tail : `failed (exit ${code}): ${tail}`,
  };
}
