/** Writes docs/benchmarks.md from one run's figures. */
import { writeFileSync } from "node:fs";

import type { SizeResult } from "./api.bench.js";
import type { WebResult } from "./web.bench.js";

export interface MachineInfo {
  cpus: number;
  cpuModel: string;
  memoryGb: number;
  node: string;
  neo4j: string;
  platform: string;
  loadBefore: number[];
  loadAfter: number[];
  date: string;
}

export interface BenchReport {
  machine: MachineInfo;
  api?: SizeResult[];
  web?: WebResult[];
  seconds: number;
  parts: string[];
}

// NaN (a failed query) comes back as null from report.json.
const ms = (value: number | null) =>
  value === null || Number.isNaN(value)
    ? "—"
    : value >= 1000
      ? `${(value / 1000).toFixed(2)} s`
      : `${value.toFixed(1)} ms`;
const load = (values: number[]) => values.map((v) => v.toFixed(2)).join(" / ");
const k = (n: number) => (n >= 1000 ? `${Math.round(n / 1000)}k` : String(n));

function apiTable(size: SizeResult, reference: SizeResult | undefined): string[] {
  const theirs = size.queries.find((q) => q.name.includes("@neo4j/graphql"));
  const ours = size.queries.find((q) => q.name.startsWith("nested read: ours"));
  const lines = [
    `### ${k(size.nodes)} nodes (${size.nodes} nodes, ${size.relationships} relationships)`,
    "",
    `Loaded in ${size.loadSeconds.toFixed(1)} s (bench loader). API process after this size: RSS ${size.apiRssMb.toFixed(0)} MB, peak ${size.apiPeakRssMb.toFixed(0)} MB.`,
    "",
    "| query | n | p50 | p95 | throughput | target at 10k (p95) | note |",
    "| --- | ---: | ---: | ---: | ---: | --- | --- |",
  ];
  for (const q of size.queries) {
    const throughput =
      q.throughput === null ? "—" : `${q.throughput.toFixed(1)}/s (×${q.concurrency})`;
    lines.push(
      `| ${q.name} | ${q.n} | ${ms(q.p50)} | ${ms(q.p95)} | ${throughput} | ${q.target ?? ""} | ${q.error ? `**failed**: ${q.error}` : (q.note ?? "")} |`,
    );
  }
  if (ours && theirs && !Number.isNaN(ours.p95) && !Number.isNaN(theirs.p95)) {
    lines.push(
      "",
      `Nested read, ours / @neo4j/graphql: p50 ${(ours.p50 / theirs.p50).toFixed(2)}×, p95 ${(ours.p95 / theirs.p95).toFixed(2)}×.`,
    );
  }
  if (size.import) {
    const i = size.import;
    lines.push(
      "",
      `CSV import of this network into an empty database (\`npm run import -- nodes.csv edges.csv\`, ${i.nodesRows} node rows + ${i.edgesRows} relationship rows, wall time including Node start-up): **${i.seconds.toFixed(1)} s** ${i.ok ? "" : `(${i.note})`}`,
    );
  }
  void reference;
  return lines;
}

function webTable(results: WebResult[]): string[] {
  const lines = [
    "| network | nodes on the map | renderer | first map | settled | first map after a write | network answer | longest task | FPS while panning | redraws/s |",
    "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
  ];
  for (const r of results) {
    for (const run of r.runs) {
      const renderer = `${run.renderer}${run.renderer === "webgl" && !run.webglActive ? " (not active)" : ""}`;
      lines.push(
        run.error
          ? `| ${k(r.nodes)} | ${r.mapNodes} | ${renderer} | **failed**: ${run.error} | | | | | | |`
          : `| ${k(r.nodes)} | ${r.mapNodes} | ${renderer} | ${ms(run.firstMapMs)} | ${run.settledMs === undefined ? "—" : ms(run.settledMs)} | ${run.afterWriteMs === undefined ? "—" : ms(run.afterWriteMs)} | ${run.networkResponseMs === null ? "—" : ms(run.networkResponseMs)} | ${ms(run.longestTaskMs)} | ${run.panFps.toFixed(1)} | ${run.panRedrawsPerSecond.toFixed(1)} |`,
      );
    }
  }
  return lines;
}

export function writeReport(file: string, report: BenchReport, notes: string): void {
  const m = report.machine;
  const lines = [
    "# Benchmarks",
    "",
    "Written by `npm run bench` (api/bench/run.ts); do not edit by hand — the section *Findings* below",
    "is kept in api/bench/notes.md and copied in.",
    "",
    `Run of ${m.date.slice(0, 16).replace("T", " ")} UTC, ${(report.seconds / 60).toFixed(1)} minutes.`,
    "",
    "## Machine",
    "",
    `- ${m.cpus} cores (${m.cpuModel}), ${m.memoryGb.toFixed(0)} GB memory, ${m.platform}`,
    `- Node.js ${m.node}; Neo4j ${m.neo4j}, heap 2 GB, page cache 1 GB`,
    `- Load average (1 / 5 / 15 min) at the start: ${load(m.loadBefore)}; at the end: ${load(m.loadAfter)}.`,
    "  The machine is shared with other engineers' test runs: figures are noisy; compare within one run.",
    "",
    "## How to reproduce",
    "",
    "```sh",
    "npm install            # once: Neo4j from Maven Central, Chromium from the OS (/usr/bin/chromium)",
    "npm run bench          # builds, then API and map benchmarks; rewrites this file",
    "npm run bench:api      # only the API part (the map figures of the last run are kept)",
    "npm run bench:web      # only the map in Chromium",
    "```",
    "",
    "The bench starts its own Neo4j (temporary directory) and the built API (`api/dist/main.js`, as",
    "deployed with `NODE_ENV=production`; `PUBLIC_READ=true` so it can read without signing in) and",
    "the reference server (@neo4j/graphql, in a process of its own started the same way), loads",
    "synthetic networks from `seed/synthetic.ts` (seed 42, about 4.8 relationships per node), warms",
    "up, then measures each query over HTTP one request at a time (p50, p95) and in a burst with",
    "several clients at once (throughput). The nested read is measured for ours and the reference in",
    "turn, request by request, so that both meet the same moments of the machine. Iterations: 100 at",
    "1k and 10k (so that no single request decides the p95), 8 at 100k; cold queries (after a",
    "write): 5, 4 and 1.",
    "",
    "## API",
    "",
  ];
  for (const size of report.api ?? []) lines.push(...apiTable(size, undefined), "");
  if (!report.parts.includes("api") && report.api)
    lines.push("_(API figures from an earlier run.)_", "");
  lines.push(
    "## The map in Chromium",
    "",
    "Headless Chromium (`/usr/bin/chromium`, no GPU: WebGL runs on SwiftShader, in software) opens",
    "the explorer on the whole network at 1440×960. *First map*: from navigation start until",
    "Cytoscape has drawn a frame (its `render` event) with the elements placed and the layout",
    "finished; *settled*: the frame after it has run too (Cytoscape refines its cached textures",
    "there; until the last report this was the figure called first map; the WebGL renderer emits no",
    "`render` event, so there first map is the settled one). Each is the median of five",
    "loads after a warm-up load (loads on this machine vary by ±0.2 s); the warm-up load leaves",
    "the map's answer kept in the API, as any first visit after a write does. *First map after a",
    "write*: one load right after the graph version moved on (no kept answer, a stale snapshot: the",
    "map from Neo4j, laid out again in the API). *Longest task*: the longest main-thread task while",
    "loading.",
    "*FPS while panning*: animation frames per second while the mouse drags the map for 3 s; *redraws/s*:",
    "Cytoscape render events in that time. The renderer is forced with localStorage",
    "`netwerkkaart.renderer` (`?renderer=canvas|webgl` works too).",
    "",
  );
  if (report.web) lines.push(...webTable(report.web), "");
  else lines.push("_Not measured in this run: see Findings._", "");
  if (!report.parts.includes("web") && report.web)
    lines.push("_(Map figures from an earlier run.)_", "");
  lines.push(notes.trim(), "");
  writeFileSync(file, lines.join("\n"));
}
