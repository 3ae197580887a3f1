import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";

import AxeBuilder from "@axe-core/playwright";
import type { Browser, Page } from "playwright-core";
import { chromium } from "playwright-core";
import { expect, inject } from "vitest";

const resultsDir = fileURLToPath(new URL("../../../test-results/e2e/", import.meta.url));

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/**
 * A fresh page (own storage, so the language starts Dutch) at a path of the app, signed in with
 * the run's admin session (its cookie, as after signing in) unless `signedIn` is false.
 */
export async function openPage(
  browser: Browser,
  path = "/",
  {
    signedIn = true,
    beforeLoad,
  }: {
    signedIn?: boolean;
    /** Runs before the app loads (to set up request routing, say). */
    beforeLoad?: (page: Page) => Promise<void>;
  } = {},
): Promise<Page> {
  const baseUrl = inject("baseUrl");
  const session = inject("session");
  const context = await browser.newContext({
    viewport: { width: 1440, height: 960 },
    locale: "nl-NL",
    acceptDownloads: true,
    storageState: {
      cookies: signedIn
        ? [
            {
              ...session,
              domain: new URL(baseUrl).hostname,
              path: "/",
              expires: -1,
              httpOnly: true,
              secure: false,
              sameSite: "Strict" as const,
            },
          ]
        : [],
      origins: [],
    },
  });
  const page = await context.newPage();
  await beforeLoad?.(page);
  await page.goto(new URL(path, baseUrl).toString());
  return page;
}

export async function closePage(page: Page) {
  await page.context().close();
}

/** Saved as a test artifact under test-results/e2e/. */
export async function screenshot(page: Page, name: string) {
  mkdirSync(resultsDir, { recursive: true });
  await page.screenshot({ path: `${resultsDir}${name}.png`, fullPage: true });
}

/** The counts in the status line above the map ("210 knooppunten, 835 relaties"). */
export async function statusCounts(page: Page, testId = "graph-status") {
  const text = (await page.getByTestId(testId).textContent()) ?? "";
  const match = /(\d+) knooppunt(?:en)?, (\d+) relaties?/.exec(text);
  return match ? { nodes: Number(match[1]), edges: Number(match[2]) } : null;
}

export async function expectStatus(
  page: Page,
  expected: { nodes: number; edges: number },
  testId = "graph-status",
) {
  await expect.poll(() => statusCounts(page, testId), { timeout: 20_000 }).toEqual(expected);
}

/** Ids of the nodes Cytoscape actually has on the map (not hidden). */
export async function mapNodeIds(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cy = window.__cy;
    if (!cy) return [];
    return cy
      .nodes()
      .filter((n) => !n.data("isGroup") && !n.hasClass("hidden"))
      .map((n) => n.id())
      .sort();
  });
}

/** Waits until no layout is running, so positions on screen are final. */
export async function waitForLayout(page: Page) {
  await page.waitForFunction(() => {
    const cy = window.__cy;
    return Boolean(cy && cy.nodes().length > 0 && !cy.scratch("netwerkkaart.runningLayout"));
  });
  // One more frame: the renderer draws after the layout has stopped.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
}

/**
 * Waits until Cytoscape's idea of where its box is matches the page. It maps the mouse through a
 * cached box that is refreshed ~0.1 s (debounced) after the box changes, as when the panels beside
 * the map fill in after the map has been drawn; a click before that lands beside its target.
 */
export async function waitForSettledBox(page: Page) {
  await page.waitForFunction(() => {
    // Not in the typings: the renderer's cached box is Cytoscape's own.
    const renderer = (
      window.__cy as unknown as {
        renderer(): { containerBB: number[] | null; findContainerClientCoords(): number[] };
      }
    ).renderer();
    const cached = renderer.containerBB;
    if (!cached) return true;
    renderer.containerBB = null;
    const fresh = renderer.findContainerClientCoords();
    renderer.containerBB = cached;
    return fresh.every((value, i) => Math.abs(value - cached[i]!) < 0.5);
  });
}

/** Clicks a node where it is drawn, as a user would with the mouse. */
export async function clickNode(page: Page, id: string) {
  await waitForLayout(page);
  await waitForSettledBox(page);
  const point = await page.evaluate((nodeId) => {
    const cy = window.__cy!;
    const node = cy.getElementById(nodeId);
    const pos = node.renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.left + pos.x, y: box.top + pos.y };
  }, id);
  await page.mouse.click(point.x, point.y);
}

/** The page has no serious or critical WCAG 2.1 A/AA violation according to axe-core. */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .analyze();
  const severe = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(" ")).join(", ")})`,
    );
  expect(severe).toEqual([]);
}
