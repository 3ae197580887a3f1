import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  closePage,
  expectStatus,
  launchBrowser,
  mapNodeIds,
  openPage,
  screenshot,
} from "./browser";
import { expectedView, loadDemo } from "./demo";

const demo = loadDemo();

describe("list view", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the same nodes as the map, and switching views keeps the filters", async () => {
    const page = await openPage(browser, "/?theme=thema-eenzaamheid");
    const expected = expectedView(demo, { themeIds: ["thema-eenzaamheid"] });
    await expectStatus(page, { nodes: expected.nodes.size, edges: expected.edges.length });
    const onMap = await mapNodeIds(page);

    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Lijst" })
      .click();
    await expect.poll(() => new URL(page.url()).pathname).toBe("/lijst");
    expect(new URL(page.url()).searchParams.getAll("theme")).toEqual(["thema-eenzaamheid"]);
    await expectStatus(
      page,
      { nodes: expected.nodes.size, edges: expected.edges.length },
      "list-status",
    );

    const table = page.getByRole("table");
    const names = await table.locator("tbody th").allTextContents();
    expect(names.sort()).toEqual(onMap.map((id) => demo.nodes.get(id)!.name).sort());
    expect(await table.locator("caption").textContent()).toContain(
      `${expected.nodes.size} knooppunten`,
    );
    expect(await page.getByRole("checkbox", { name: "Eenzaamheid" }).isChecked()).toBe(true);
    await screenshot(page, "list-eenzaamheid");

    await page
      .getByRole("navigation", { name: "Hoofdmenu" })
      .getByRole("link", { name: "Kaart" })
      .click();
    await expectStatus(page, { nodes: expected.nodes.size, edges: expected.edges.length });
    await closePage(page);
  });

  it("sorts by a column from the keyboard and says how it is sorted", async () => {
    const page = await openPage(browser, "/lijst");
    await expectStatus(
      page,
      { nodes: demo.nodes.size, edges: demo.relationships.length },
      "list-status",
    );
    const header = page.getByRole("columnheader", { name: /Verbindingen/ });
    expect(await header.getAttribute("aria-sort")).toBe("none");

    await header.getByRole("button").focus();
    await page.keyboard.press("Enter");
    await page.keyboard.press("Enter");
    expect(await header.getAttribute("aria-sort")).toBe("descending");
    const degrees = (await page.locator("tbody td.table__number").allTextContents()).map(Number);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
    expect(degrees[0]).toBeGreaterThan(degrees[degrees.length - 1]!);
    await closePage(page);
  });

  it("opens a node on the map from the list", async () => {
    const page = await openPage(browser, "/lijst");
    const theme = demo.nodes.get("thema-eenzaamheid")!;
    await page.getByRole("link", { name: `Toon ${theme.name} op de kaart` }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe(theme.id);
    await expect
      .poll(() => page.getByTestId("detail-panel").getByRole("heading", { level: 2 }).textContent())
      .toBe(theme.name);
    await closePage(page);
  });
});
