/**
 * The map in headless Chromium: time from navigation to the first drawn map (elements placed,
 * layout finished, a frame painted) and frames per second while dragging the map, for both
 * renderers (forced with localStorage `netwerkkaart.renderer`, see web/src/graph/thresholds.ts).
 *
 * The drag starts on empty background (a press on a node would drag that node instead of panning
 * the map) and is checked afterwards: no node may have moved, and the view must have (unless the
 * page was too slow to handle three mouse moves in the whole drag, as WebGL on SwiftShader is).
 */
import type { Driver } from "neo4j-driver";
import { type Browser, chromium } from "playwright-core";

import { generateNetwork } from "../../seed/synthetic.js";
import type { Api } from "../drills/stack.js";
import { bumpGraphVersion } from "../src/modules/node/node.queries.js";
import { bulkLoad, wipe } from "./load.js";

export interface WebRun {
  renderer: "canvas" | "webgl";
  /** Whether Cytoscape really drew with WebGL. */
  webglActive: boolean;
  /** The WebGL implementation (here SwiftShader: WebGL in software, on the CPU). */
  webglRenderer?: string;
  /**
   * First map: Cytoscape has drawn a frame (its render event) with every node placed and the
   * layout finished (from navigation start).
   */
  firstMapMs: number;
  /** The frame after that one has run too (Cytoscape refines its cached textures in it). */
  settledMs?: number;
  /**
   * First map of one load right after a write: the API has no kept answer and a stale snapshot,
   * so it asks Neo4j for the map and lays it out again (the first visitor after an edit).
   */
  afterWriteMs?: number;
  /** The answer of the network query arrived (from navigation start; Resource Timing). */
  networkResponseMs: number | null;
  /** The layout of the whole map started (from navigation start). */
  layoutStartMs?: number | null;
  /**
   * Duration of that layout's synchronous run: Cytoscape's layouts include its first style pass;
   * the quick layout of large maps (its own performance measure) is the computation alone.
   */
  layoutMs?: number | null;
  /** Longest main-thread task while loading (layout blocks the page this long). */
  longestTaskMs: number;
  /** Animation frames per second while the mouse drags the map. */
  panFps: number;
  /** Cytoscape redraws per second during the drag (counted by its render loop). */
  panRedrawsPerSecond: number;
  /** Mean time of one Cytoscape redraw during the drag. */
  panRedrawMs?: number;
  /** Longest gap between two animation frames during the drag. */
  panLongestFrameMs?: number;
  /** How far the view moved during the drag, in screen pixels (a check that it panned). */
  panDistancePx?: number;
  /** Mouse moves the page handled during the drag (Playwright sends the next when one is handled). */
  panMouseMoves?: number;
  error?: string;
}

export interface WebResult {
  nodes: number;
  relationships: number;
  mapNodes: number;
  runs: WebRun[];
}

interface Ctx {
  api: Api;
  driver: Driver;
  log: (line: string) => void;
}

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      // As the end-to-end tests: no GPU here, so WebGL runs on SwiftShader (in software).
      "--disable-gpu",
      // Shared memory in /tmp instead of /dev/shm: a small /dev/shm (64 MB in a default
      // container) crashes the renderer on large canvases. Debian's /usr/bin/chromium adds this
      // flag by itself only when its /dev/shm check works, which it does not when /dev/shm is
      // mounted twice (as on the bench machine: "[: …: unexpected operator").
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

/** Measured loads per renderer and size (after one warm-up load); the median one is reported. */
const REPEATS = 5;
/** One load and drag may take this long before it counts as failed (the page may hang). */
const MEASURE_TIMEOUT_MS = 150_000;
const DRAG_MS = 3_000;

// Browser-side code is plain JavaScript in strings: the API's TypeScript has no DOM types.

/**
 * Runs before the app: long tasks, the forced renderer, and the timing of the map's layout.
 * Cytoscape's Core prototype is reached through the first instance the app publishes as
 * `window.__cy` (the app replaces and deletes that instance when the render mode changes).
 */
const initScript = (renderer: string) => `
  window.__longTasks = [];
  window.__layouts = [];
  try {
    localStorage.setItem("netwerkkaart.renderer", ${JSON.stringify(renderer)});
  } catch {}
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
  }).observe({ type: "longtask", buffered: true });
  (() => {
    let current;
    const hook = (cy) => {
      const proto = Object.getPrototypeOf(cy);
      if (!proto || proto.__benchHooked) return;
      proto.__benchHooked = true;
      const layout = proto.layout;
      proto.layout = function (...args) {
        const made = layout.apply(this, args);
        const core = this;
        const run = made.run;
        made.run = function (...runArgs) {
          const start = performance.now();
          const result = run.apply(this, runArgs);
          window.__layouts.push({ start, ms: performance.now() - start, nodes: core.nodes().length });
          return result;
        };
        return made;
      };
    };
    Object.defineProperty(window, "__cy", {
      configurable: true,
      enumerable: true,
      get: () => current,
      set: (value) => {
        current = value;
        if (!value) return;
        hook(value);
        value.on("render", () => {
          if (window.__firstMap === undefined && value.nodes().length > 0 &&
              !value.scratch("netwerkkaart.runningLayout")) window.__firstMap = performance.now();
        });
      },
    });
  })();
`;

/** Cytoscape's canvases have the size of its container (it has handled the last resize). */
const SIZE_MATCHED = `(() => {
  const cy = window.__cy;
  const inner = cy.renderer().data.canvasContainer.getBoundingClientRect();
  const outer = cy.container().getBoundingClientRect();
  return Math.abs(inner.width - outer.width) < 1 && Math.abs(inner.height - outer.height) < 1;
})()`;

/** A point of empty background near the middle of the map, where a drag pans the view. */
const FIND_DRAG_START = `(() => {
  const cy = window.__cy;
  const rect = cy.container().getBoundingClientRect();
  const boxes = cy.nodes(":visible").map((n) =>
    n.renderedBoundingBox({ includeLabels: true, includeOverlays: true }),
  );
  const clear = (x, y) =>
    !boxes.some((b) => x >= b.x1 - 6 && x <= b.x2 + 6 && y >= b.y1 - 6 && y <= b.y2 + 6);
  // The drag circles 200 × 150 px around its start: keep that inside the map.
  const w = rect.width, h = rect.height;
  for (let r = 0; r < Math.max(w, h); r += 8) {
    const steps = r === 0 ? 1 : Math.ceil((2 * Math.PI * r) / 8);
    for (let i = 0; i < steps; i++) {
      const x = w / 2 + r * Math.cos((2 * Math.PI * i) / steps);
      const y = h / 2 + r * Math.sin((2 * Math.PI * i) / steps);
      if (x < 210 || x > w - 210 || y < 160 || y > h - 160 || !clear(x, y)) continue;
      return { x: rect.left + x, y: rect.top + y };
    }
  }
  return null;
})()`;

/** Counts animation frames and Cytoscape redraws between start() and stop(). */
const INSTALL_PAN_COUNTERS = `(() => {
  const cy = window.__cy;
  const r = cy.renderer();
  let renderEvents = 0;
  cy.on("render", () => { renderEvents += 1; });
  const redraws = () => (typeof r.redrawCount === "number" ? r.redrawCount : renderEvents);
  const state = { running: true, counting: false, frames: 0, last: 0, longest: 0, moves: 0 };
  window.addEventListener("mousemove", () => { if (state.counting) state.moves += 1; }, true);
  const tick = (now) => {
    if (state.counting) {
      state.frames += 1;
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
    }
    if (state.running) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const positions = () => cy.nodes().reduce((sum, n) => sum + Math.abs(n.position("x")) + Math.abs(n.position("y")), 0);
  window.__pan = {
    start() {
      state.counting = true;
      state.started = state.last = performance.now();
      state.redraws0 = redraws();
      state.redrawTime0 = r.redrawTotalTime || 0;
      state.pan0 = { ...cy.pan() };
      state.positions0 = positions();
    },
    stop() {
      state.counting = false;
      state.running = false;
      const seconds = (performance.now() - state.started) / 1000;
      const redrawCount = redraws() - state.redraws0;
      const pan = cy.pan();
      return {
        fps: state.frames / seconds,
        redraws: redrawCount / seconds,
        redrawMs: typeof r.redrawTotalTime === "number" && redrawCount > 0
          ? (r.redrawTotalTime - state.redrawTime0) / redrawCount
          : null,
        longestFrameMs: state.longest,
        distance: Math.hypot(pan.x - state.pan0.x, pan.y - state.pan0.y),
        moves: state.moves,
        nodesMoved: Math.abs(positions() - state.positions0) > 1e-6,
      };
    },
  };
})()`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function measureOnce(
  browser: Browser,
  url: string,
  renderer: "canvas" | "webgl",
): Promise<WebRun & { mapNodes: number }> {
  // bypassCSP: the app's Content-Security-Policy forbids eval, which the measuring scripts use.
  const context = await browser.newContext({
    viewport: { width: 1440, height: 960 },
    bypassCSP: true,
  });
  await context.addInitScript(initScript(renderer));
  const page = await context.newPage();
  // A crashed page fails at once instead of after the time-out; page errors are kept for the message.
  let crashed = false;
  const pageErrors: string[] = [];
  page.on("crash", () => {
    crashed = true;
  });
  page.on("pageerror", (error) => pageErrors.push(error.message.split("\n")[0]!));
  const fail = (message: string) =>
    new Error(pageErrors.length > 0 ? `${message} (page error: ${pageErrors[0]})` : message);

  const measure = async (): Promise<WebRun & { mapNodes: number }> => {
    await page.goto(url, { timeout: 60_000 });
    // Polls with evaluate (waitForFunction never resolved here under the app's CSP).
    const deadline = Date.now() + 90_000;
    while (
      !(await page.evaluate<boolean>(
        `Boolean(window.__cy && window.__cy.nodes().length > 0 && !window.__cy.scratch("netwerkkaart.runningLayout"))`,
      ))
    ) {
      if (crashed) throw fail("the page crashed");
      if (Date.now() > deadline) throw fail("no map after 90 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const settledMs = await page.evaluate<number>(
      `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))`,
    );
    // Cytoscape's WebGL renderer emits no render event: there the first map is the settled one.
    const firstMapMs =
      (await page.evaluate<number | null>(`window.__firstMap ?? null`)) ?? settledMs;
    const info = await page.evaluate<{
      webgl: boolean;
      webglRenderer: string | null;
      mapNodes: number;
      longest: number;
      networkResponseMs: number | null;
      layout: { start: number; ms: number } | null;
    }>(`(() => {
      const cy = window.__cy;
      const r = cy.renderer();
      let webglRenderer = null;
      const gl = r.webgl && r.data && r.data.contexts ? r.data.contexts.find((c) => c && "getExtension" in c) : null;
      if (gl) {
        const ext = gl.getExtension("WEBGL_debug_renderer_info");
        webglRenderer = String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
      }
      // The network answer is by far the largest GraphQL response.
      const answers = performance.getEntriesByType("resource")
        .filter((e) => e.name.endsWith("/graphql"))
        .sort((a, b) => b.encodedBodySize - a.encodedBodySize);
      const mapNodes = cy.nodes().filter((n) => !n.data("isGroup")).length;
      const layouts = (window.__layouts || []).filter((l) => l.nodes >= mapNodes);
      // Large maps come placed by the API; without positions the page's quick layout places
      // them, measured by the app itself.
      for (const m of performance.getEntriesByName("netwerkkaart:quick-layout"))
        layouts.push({ start: m.startTime, ms: m.duration, nodes: mapNodes });
      return {
        webgl: Boolean(r.webgl),
        webglRenderer,
        mapNodes,
        longest: Math.max(0, ...(window.__longTasks || [])),
        networkResponseMs: answers.length > 0 ? answers[0].responseEnd : null,
        layout: layouts.length > 0 ? layouts[layouts.length - 1] : null,
      };
    })()`);

    // Drag the map for three seconds, as a user pans with the mouse. First let Cytoscape catch up
    // with a change of its box (the status line above the map appears with the data and takes
    // 24 px): until it has (its resize handler is debounced), it maps the mouse 24 px off.
    const settled = Date.now() + 5_000;
    while (!(await page.evaluate<boolean>(SIZE_MATCHED)) && Date.now() < settled)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const from = await page.evaluate<{ x: number; y: number } | null>(FIND_DRAG_START);
    if (!from) throw fail("no empty background to start a drag on");
    await page.evaluate(INSTALL_PAN_COUNTERS);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.evaluate(`window.__pan.start()`);
    const started = Date.now();
    let step = 0;
    while (Date.now() - started < DRAG_MS) {
      step += 1;
      const angle = step / 10;
      await page.mouse.move(from.x + 200 * Math.cos(angle), from.y + 150 * Math.sin(angle));
    }
    const pan = await page.evaluate<{
      fps: number;
      redraws: number;
      redrawMs: number | null;
      longestFrameMs: number;
      distance: number;
      moves: number;
      nodesMoved: boolean;
    }>(`window.__pan.stop()`);
    await page.mouse.up();
    if (pan.nodesMoved) throw fail("the drag moved nodes instead of the map");
    // Cytoscape pans from the second move past its drag threshold on; a page that handled
    // fewer moves in the whole drag is too slow to pan at all, which the figures then show.
    if (pan.distance < 1 && pan.moves >= 3) throw fail("the drag did not pan the map");
    return {
      renderer,
      webglActive: info.webgl,
      ...(info.webglRenderer ? { webglRenderer: info.webglRenderer } : {}),
      firstMapMs,
      settledMs,
      networkResponseMs: info.networkResponseMs,
      layoutStartMs: info.layout?.start ?? null,
      layoutMs: info.layout?.ms ?? null,
      longestTaskMs: info.longest,
      panFps: pan.fps,
      panRedrawsPerSecond: pan.redraws,
      ...(pan.redrawMs === null ? {} : { panRedrawMs: pan.redrawMs }),
      panLongestFrameMs: pan.longestFrameMs,
      panDistancePx: pan.distance,
      panMouseMoves: pan.moves,
      mapNodes: info.mapNodes,
    };
  };

  try {
    return await withTimeout(measure(), MEASURE_TIMEOUT_MS, `${renderer} map`);
  } catch (error) {
    if (crashed && !(error instanceof Error && error.message.includes("crashed")))
      throw fail("the page crashed");
    throw error;
  } finally {
    await context.close().catch(() => undefined);
  }
}

export async function benchWeb(ctx: Ctx, sizes: number[]): Promise<WebResult[]> {
  const { api, driver, log } = ctx;
  let browser = await launchChromium();
  const results: WebResult[] = [];
  /** One load; a crash (page or browser) is logged and tried once more in a fresh context. */
  const attempt = async (renderer: "canvas" | "webgl") => {
    try {
      if (!browser.isConnected()) browser = await launchChromium();
      return await measureOnce(browser, `${api.url}/`, renderer);
    } catch (error) {
      const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
      if (!/crash|closed|disconnected/i.test(message) && browser.isConnected()) throw error;
      log(`  ${renderer}: ${message}; trying once more`);
      if (!browser.isConnected()) browser = await launchChromium();
      return await measureOnce(browser, `${api.url}/`, renderer);
    }
  };
  try {
    for (const nodes of sizes) {
      log(`map in Chromium: ${nodes} nodes`);
      const document = generateNetwork({ nodes, seed: 42 });
      await wipe(driver);
      await bulkLoad(driver, document);
      const result: WebResult = {
        nodes: document.nodes.length,
        relationships: document.edges.length,
        mapNodes: 0,
        runs: [],
      };
      for (const renderer of ["canvas", "webgl"] as const) {
        // The first load warms the API (its snapshot and caches) and the browser's shader
        // caches; the next one is measured. (Contexts share no HTTP cache: every load fetches.)
        const runs: (WebRun & { mapNodes: number })[] = [];
        try {
          await attempt(renderer);
          for (let i = 0; i < REPEATS; i++) runs.push(await attempt(renderer));
          // A write as the API makes it (the graph version moves on), then one more load.
          await driver.executeQuery(bumpGraphVersion.cypher);
          const afterWrite = await attempt(renderer);
          const best = [...runs].sort((a, b) => a.firstMapMs - b.firstMapMs)[
            Math.floor(runs.length / 2)
          ]!;
          const mean = (pick: (r: WebRun) => number) =>
            runs.reduce((s, r) => s + pick(r), 0) / runs.length;
          result.mapNodes = best.mapNodes;
          const { mapNodes: _mapNodes, ...bestRun } = best;
          const run: WebRun = {
            ...bestRun,
            panFps: mean((r) => r.panFps),
            panRedrawsPerSecond: mean((r) => r.panRedrawsPerSecond),
            afterWriteMs: afterWrite.firstMapMs,
          };
          result.runs.push(run);
          const ms = (value: number | null | undefined) =>
            value === null || value === undefined ? "—" : `${value.toFixed(0)} ms`;
          log(
            `  ${renderer}${run.webglActive ? " (WebGL active)" : ""}: first map ${ms(run.firstMapMs)} ` +
              `(of ${runs.map((r) => ms(r.firstMapMs)).join(", ")}; settled ${ms(run.settledMs)}; ` +
              `after a write ${ms(run.afterWriteMs)}, its answer at ${ms(afterWrite.networkResponseMs)}) ` +
              `(network answer at ${ms(run.networkResponseMs)}, ` +
              (run.layoutMs == null
                ? "placed as the API sent it"
                : `layout from ${ms(run.layoutStartMs)} for ${ms(run.layoutMs)}`) +
              `), longest task ${ms(run.longestTaskMs)}, ` +
              `${run.panFps.toFixed(1)} FPS panning (${run.panRedrawsPerSecond.toFixed(1)} redraws/s ` +
              `of ${ms(run.panRedrawMs)}, longest frame ${ms(run.panLongestFrameMs)}, ` +
              `${run.panMouseMoves ?? "?"} mouse moves, view moved ${run.panDistancePx?.toFixed(0) ?? "?"} px)`,
          );
        } catch (error) {
          const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
          log(`  ${renderer}: FAILED ${message}`);
          result.runs.push({
            renderer,
            webglActive: false,
            firstMapMs: NaN,
            networkResponseMs: null,
            longestTaskMs: NaN,
            panFps: NaN,
            panRedrawsPerSecond: NaN,
            error: message,
          });
        }
      }
      results.push(result);
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  await wipe(driver);
  return results;
}
