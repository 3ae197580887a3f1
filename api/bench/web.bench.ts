/**
 * The map in headless Chromium: time from navigation to the first drawn map (elements placed,
 * layout finished, a frame painted) and frames per second while dragging the map, for both
 * renderers (forced with localStorage `netwerkkaart.renderer`, see web/src/graph/thresholds.ts).
 */
import type { Driver } from "neo4j-driver";
import { type Browser, chromium } from "playwright-core";

import { generateNetwork } from "../../seed/synthetic.js";
import type { Api } from "../drills/stack.js";
import { bulkLoad, wipe } from "./load.js";

export interface WebRun {
  renderer: "canvas" | "webgl";
  /** Whether Cytoscape really drew with WebGL. */
  webglActive: boolean;
  firstMapMs: number;
  /** The answer of the network query arrived (from navigation start). */
  networkResponseMs: number | null;
  /** Longest main-thread task while loading (layout blocks the page this long). */
  longestTaskMs: number;
  panFps: number;
  /** Cytoscape redraws per second during the drag. */
  panRedrawsPerSecond: number;
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
      // (--use-angle=swiftshader crashed the page on this machine.)
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

const REPEATS = 1;

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
  // Browser-side code is plain JavaScript in strings: the API's TypeScript has no DOM types.
  await context.addInitScript(`
    window.__longTasks = [];
    try {
      localStorage.setItem("netwerkkaart.renderer", ${JSON.stringify(renderer)});
    } catch {}
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push(entry.duration);
    }).observe({ type: "longtask", buffered: true });
  `);
  const page = await context.newPage();
  let networkResponseMs: number | null = null;
  page.on("response", (response) => {
    if (networkResponseMs === null && response.url().endsWith("/graphql")) {
      void response
        .text()
        .then((text) => {
          if (text.includes('"network"') && networkResponseMs === null) {
            return page.evaluate<number>("performance.now()").then((ms) => {
              networkResponseMs = ms;
            });
          }
        })
        .catch(() => undefined);
    }
  });
  try {
    await page.goto(url);
    // Polls with evaluate (waitForFunction never resolved here under the app's CSP); a crashed
    // page fails at once instead of after the time-out.
    let crashed = false;
    page.once("crash", () => {
      crashed = true;
    });
    const deadline = Date.now() + 90_000;
    while (
      !(await page.evaluate<boolean>(
        `Boolean(window.__cy && window.__cy.nodes().length > 0 && !window.__cy.scratch("netwerkkaart.runningLayout"))`,
      ))
    ) {
      if (crashed) throw new Error("the page crashed");
      if (Date.now() > deadline) throw new Error("no map after 90 s");
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const firstMapMs = await page.evaluate<number>(
      `new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))))`,
    );
    const info = await page.evaluate<{
      webgl: boolean;
      mapNodes: number;
      x: number;
      y: number;
      longest: number;
    }>(`(() => {
      const cy = window.__cy;
      const box = cy.container().getBoundingClientRect();
      return {
        webgl: Boolean(cy.renderer().webgl),
        mapNodes: cy.nodes().filter((n) => !n.data("isGroup")).length,
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
        longest: Math.max(0, ...(window.__longTasks || [])),
      };
    })()`);

    // Drag the map for about three seconds, as a user pans with the mouse.
    await page.evaluate(`(() => {
      const state = { frames: 0, redraws: 0, running: true, started: performance.now() };
      window.__pan = state;
      window.__cy.on("render", () => { state.redraws += 1; });
      const tick = () => {
        state.frames += 1;
        if (state.running) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(info.x, info.y);
    await page.mouse.down();
    const started = Date.now();
    let step = 0;
    while (Date.now() - started < 3_000) {
      step += 1;
      const angle = step / 10;
      await page.mouse.move(info.x + 200 * Math.cos(angle), info.y + 150 * Math.sin(angle));
    }
    await page.mouse.up();
    const pan = await page.evaluate<{ fps: number; redraws: number }>(`(() => {
      const state = window.__pan;
      state.running = false;
      const seconds = (performance.now() - state.started) / 1000;
      return { fps: state.frames / seconds, redraws: state.redraws / seconds };
    })()`);
    return {
      renderer,
      webglActive: info.webgl,
      firstMapMs,
      networkResponseMs,
      longestTaskMs: info.longest,
      panFps: pan.fps,
      panRedrawsPerSecond: pan.redraws,
      mapNodes: info.mapNodes,
    };
  } finally {
    await context.close();
  }
}

export async function benchWeb(ctx: Ctx, sizes: number[]): Promise<WebResult[]> {
  const { api, driver, log } = ctx;
  const browser = await launchChromium();
  const results: WebResult[] = [];
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
        // The first load warms the API and the browser cache; the next one is measured.
        const runs: (WebRun & { mapNodes: number })[] = [];
        try {
          await measureOnce(browser, `${api.url}/`, renderer);
          for (let i = 0; i < REPEATS; i++)
            runs.push(await measureOnce(browser, `${api.url}/`, renderer));
          const best = runs.reduce((a, b) => (b.firstMapMs < a.firstMapMs ? b : a));
          const mean = (pick: (r: WebRun) => number) =>
            runs.reduce((s, r) => s + pick(r), 0) / runs.length;
          result.mapNodes = best.mapNodes;
          const run: WebRun = {
            ...best,
            panFps: mean((r) => r.panFps),
            panRedrawsPerSecond: mean((r) => r.panRedrawsPerSecond),
          };
          result.runs.push(run);
          log(
            `  ${renderer}${run.webglActive ? " (WebGL active)" : ""}: first map ${run.firstMapMs.toFixed(0)} ms, longest task ${run.longestTaskMs.toFixed(0)} ms, ${run.panFps.toFixed(1)} FPS panning`,
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
    await browser.close();
  }
  await wipe(driver);
  return results;
}
