import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  clickNode,
  closePage,
  expectStatus,
  launchBrowser,
  mapNodeIds,
  openPage,
  screenshot,
} from "./browser";
import { expectedView, loadDemo, trekkerOf } from "./demo";

const demo = loadDemo();
const THEME = "thema-eenzaamheid";

describe("a policymaker's question", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("which organisations work on eenzaamheid in Twello, and who leads that theme?", async () => {
    // The answer according to the data.
    const providersInTwello = demo.relationships
      .filter((r) => r.type === "WORKS_ON" && r.to === THEME)
      .map((r) => demo.nodes.get(r.from)!)
      .filter((org) => org.village === "Twello");
    const trekker = trekkerOf(demo, THEME);
    expect(providersInTwello.length).toBeGreaterThan(0);
    expect(trekker).toBeDefined();

    // The user: theme Eenzaamheid, village Twello, organisations and themes, "werkt aan".
    const page = await openPage(browser, "/");
    await page.getByRole("checkbox", { name: "Eenzaamheid" }).check();
    await page.getByRole("checkbox", { name: "Twello" }).check();
    await page
      .getByRole("group", { name: "Soorten knooppunten" })
      .getByRole("checkbox", { name: "Organisatie" })
      .check();
    await page
      .getByRole("group", { name: "Soorten knooppunten" })
      .getByRole("checkbox", { name: "Thema" })
      .check();
    await page.getByRole("checkbox", { name: "werkt aan" }).check();

    const view = expectedView(demo, {
      themeIds: [THEME],
      villages: ["Twello"],
      nodeTypes: ["ORGANISATION", "THEME"],
    });
    const worksOnEdges = view.edges.filter((e) => e.type === "WORKS_ON");
    await expectStatus(page, { nodes: view.nodes.size, edges: worksOnEdges.length });

    // On the map: the providers in Twello are connected to the theme by a "werkt aan" line.
    const connected = await page.evaluate((themeId) => {
      const cy = window.__cy!;
      return cy
        .getElementById(themeId)
        .connectedEdges('[type = "WORKS_ON"]')
        .map((e) => e.source().id())
        .sort();
    }, THEME);
    expect(connected).toEqual(providersInTwello.map((o) => o.id).sort());
    expect(await mapNodeIds(page)).toEqual(expect.arrayContaining(connected));

    // Details of the theme: its trekker and the organisations working on it.
    await clickNode(page, THEME);
    const panel = page.getByTestId("detail-panel");
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toBe("Eenzaamheid");
    await expect.poll(() => panel.getByTestId("theme-trekker").textContent()).toBe(trekker!.name);
    const providersGroup = panel.getByTestId("detail-relations").locator("section", {
      has: page.getByRole("heading", { name: "wordt opgepakt door" }),
    });
    const listed = await providersGroup.getByRole("link").allTextContents();
    expect(listed).toEqual(expect.arrayContaining(providersInTwello.map((o) => o.name)));
    await screenshot(page, "scenario-eenzaamheid-twello");

    // And the trekker is one click away.
    await panel.getByTestId("theme-trekker").click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toBe(trekker!.name);
    await closePage(page);
  });
});
