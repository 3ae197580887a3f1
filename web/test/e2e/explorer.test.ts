import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  clickNode,
  closePage,
  expectStatus,
  launchBrowser,
  mapNodeIds,
  openPage,
  screenshot,
  waitForLayout,
} from "./browser";
import { expectedView, loadDemo } from "./demo";

const demo = loadDemo();
const EENZAAMHEID = "thema-eenzaamheid";

describe("graph explorer (real browser, real API, demo network)", () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows the whole demo network: every node and relationship in the data", async () => {
    page = await openPage(browser, "/");
    const all = expectedView(demo);
    expect(all.nodes.size).toBe(demo.nodes.size);
    await expectStatus(page, { nodes: all.nodes.size, edges: all.edges.length });
    expect(await mapNodeIds(page)).toEqual([...all.nodes].sort());
    await expect.poll(() => page.title()).toBe("Netwerkkaart");
    await waitForLayout(page);
    await screenshot(page, "explorer-whole-network");
    await closePage(page);
  });

  it("filtering on a theme reduces the map to that theme and what is tied to it", async () => {
    page = await openPage(browser, "/");
    const theme = demo.nodes.get(EENZAAMHEID)!;
    await page.getByRole("checkbox", { name: theme.name }).check();

    const expected = expectedView(demo, { themeIds: [EENZAAMHEID] });
    expect(expected.nodes.size).toBeLessThan(demo.nodes.size);
    await expectStatus(page, { nodes: expected.nodes.size, edges: expected.edges.length });
    expect(await mapNodeIds(page)).toEqual([...expected.nodes].sort());
    expect(new URL(page.url()).searchParams.getAll("theme")).toEqual([EENZAAMHEID]);
    await waitForLayout(page);
    await screenshot(page, "explorer-theme-eenzaamheid");
    await closePage(page);
  });

  it("search suggests nodes and focuses and zooms to the chosen one, opening its details", async () => {
    page = await openPage(browser, "/");
    await waitForLayout(page);
    const zoomBefore = await page.evaluate(() => window.__cy!.zoom());
    const target = [...demo.nodes.values()].find((n) => n.type === "ORGANISATION")!;
    const query = target.name.slice(0, 8);

    await page.getByRole("combobox", { name: "Zoeken in het netwerk" }).fill(query);
    await page
      .getByRole("listbox")
      .getByRole("option", { name: new RegExp(escapeRegExp(target.name)) })
      .first()
      .click();

    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe(target.id);
    await expect
      .poll(() => page.getByTestId("detail-panel").getByRole("heading", { level: 2 }).textContent())
      .toBe(target.name);
    // Focused: selected, zoomed in and centred in the view.
    await expect
      .poll(() =>
        page.evaluate((id) => {
          const cy = window.__cy!;
          const node = cy.getElementById(id);
          const p = node.renderedPosition();
          return {
            selected: node.selected(),
            centred: Math.abs(p.x - cy.width() / 2) < 40 && Math.abs(p.y - cy.height() / 2) < 40,
          };
        }, target.id),
      )
      .toEqual({ selected: true, centred: true });
    expect(await page.evaluate(() => window.__cy!.zoom())).toBeGreaterThan(zoomBefore);
    await screenshot(page, "explorer-search-focus");
    await closePage(page);
  });

  it("clicking a node on the map opens its details, with relations that select other nodes", async () => {
    page = await openPage(browser, "/");
    await expectStatus(page, { nodes: demo.nodes.size, edges: demo.relationships.length });
    const theme = demo.nodes.get(EENZAAMHEID)!;
    await clickNode(page, EENZAAMHEID);

    const panel = page.getByTestId("detail-panel");
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toBe(theme.name);
    expect(new URL(page.url()).searchParams.get("selected")).toBe(EENZAAMHEID);

    // A relation is a link: following it selects that node and shows its details.
    const provider = demo.relationships.find((r) => r.type === "WORKS_ON" && r.to === EENZAAMHEID)!;
    const providerNode = demo.nodes.get(provider.from)!;
    await panel
      .getByTestId("detail-relations")
      .getByRole("link", { name: providerNode.name, exact: true })
      .click();
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toBe(providerNode.name);
    expect(new URL(page.url()).searchParams.get("selected")).toBe(providerNode.id);
    await expect
      .poll(() =>
        page.evaluate((id) => window.__cy!.getElementById(id).selected(), providerNode.id),
      )
      .toBe(true);
    await screenshot(page, "explorer-details");
    await closePage(page);
  });

  it("shows a node's neighbourhood and goes back to the whole network", async () => {
    page = await openPage(browser, `/?selected=${EENZAAMHEID}`);
    const panel = page.getByTestId("detail-panel");
    await panel.getByLabel("Aantal stappen").selectOption("1");
    await panel.getByRole("button", { name: "Toon omgeving" }).click();

    const neighbours = new Set([EENZAAMHEID]);
    for (const r of demo.relationships) {
      if (r.from === EENZAAMHEID) neighbours.add(r.to);
      if (r.to === EENZAAMHEID) neighbours.add(r.from);
    }
    await expect.poll(() => mapNodeIds(page), { timeout: 20_000 }).toEqual([...neighbours].sort());
    await expect
      .poll(() => page.getByTestId("focus-banner").textContent())
      .toContain("Eenzaamheid");

    await page.getByRole("button", { name: "Terug naar heel netwerk" }).click();
    await expectStatus(page, { nodes: demo.nodes.size, edges: demo.relationships.length });
    await closePage(page);
  });

  it("hides a node and shows it again", async () => {
    page = await openPage(browser, `/?selected=${EENZAAMHEID}`);
    await expectStatus(page, { nodes: demo.nodes.size, edges: demo.relationships.length });
    await page.getByRole("button", { name: "Verberg op kaart" }).click();
    await expect.poll(() => mapNodeIds(page)).not.toContain(EENZAAMHEID);
    const hiddenEdges = demo.relationships.filter(
      (r) => r.from === EENZAAMHEID || r.to === EENZAAMHEID,
    ).length;
    await expectStatus(page, {
      nodes: demo.nodes.size - 1,
      edges: demo.relationships.length - hiddenEdges,
    });
    await page.getByRole("button", { name: "Toon alles" }).click();
    await expectStatus(page, { nodes: demo.nodes.size, edges: demo.relationships.length });
    await closePage(page);
  });

  it("a shared URL restores the same view after a reload and in another browser", async () => {
    page = await openPage(browser, "/");
    await page.getByRole("checkbox", { name: "Twello" }).check();
    await page.getByRole("checkbox", { name: "Organisatie" }).check();
    await page.getByLabel("Indeling").selectOption("village");
    const expected = expectedView(demo, { villages: ["Twello"], nodeTypes: ["ORGANISATION"] });
    await expectStatus(page, { nodes: expected.nodes.size, edges: expected.edges.length });
    const someOrg = [...expected.nodes][0]!;
    await clickNode(page, someOrg);
    await expect.poll(() => new URL(page.url()).searchParams.get("selected")).toBe(someOrg);
    const shared = page.url();

    await page.reload();
    await expectStatus(page, { nodes: expected.nodes.size, edges: expected.edges.length });

    const other = await openPage(browser, new URL(shared).pathname + new URL(shared).search);
    await expectStatus(other, { nodes: expected.nodes.size, edges: expected.edges.length });
    expect(await mapNodeIds(other)).toEqual([...expected.nodes].sort());
    expect(await other.getByRole("checkbox", { name: "Twello" }).isChecked()).toBe(true);
    expect(await other.getByLabel("Indeling").inputValue()).toBe("village");
    await expect
      .poll(() =>
        other.getByTestId("detail-panel").getByRole("heading", { level: 2 }).textContent(),
      )
      .toBe(demo.nodes.get(someOrg)!.name);
    await expect
      .poll(() => other.evaluate((id) => window.__cy!.getElementById(id).selected(), someOrg))
      .toBe(true);
    await waitForLayout(other);
    await screenshot(other, "explorer-shared-url");
    await closePage(other);
    await closePage(page);
  });

  it("a link with filters asks for its map once, while the page loads, and later filters ask again", async () => {
    const asked: unknown[] = [];
    page = await openPage(browser, `/?theme=${EENZAAMHEID}`, {
      beforeLoad: async (p) => {
        p.on("request", (request) => {
          const body = request.postDataJSON() as { operationName?: string; variables?: unknown };
          if (body?.operationName === "ExplorerNetwork") asked.push(body.variables);
        });
      },
    });
    const theme = expectedView(demo, { themeIds: [EENZAAMHEID] });
    await expectStatus(page, { nodes: theme.nodes.size, edges: theme.edges.length });
    expect(await mapNodeIds(page)).toEqual([...theme.nodes].sort());
    expect(asked).toEqual([{ filter: { themeIds: [EENZAAMHEID] } }]);

    // The early answer serves the first map only: a changed filter is asked of the API.
    await page.getByRole("checkbox", { name: "Twello" }).check();
    const both = expectedView(demo, { themeIds: [EENZAAMHEID], villages: ["Twello"] });
    await expectStatus(page, { nodes: both.nodes.size, edges: both.edges.length });
    expect(asked).toEqual([
      { filter: { themeIds: [EENZAAMHEID] } },
      { filter: { themeIds: [EENZAAMHEID], villages: ["Twello"] } },
    ]);
    await closePage(page);
  });

  it("exports the current view as a PNG file", async () => {
    page = await openPage(browser, "/");
    await waitForLayout(page);
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Exporteer als PNG" }).click(),
    ]);
    expect(download.suggestedFilename()).toBe("netwerkkaart.png");
    const stream = await download.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    const png = Buffer.concat(chunks);
    expect(png.subarray(1, 4).toString()).toBe("PNG");
    expect(png.length).toBeGreaterThan(10_000);
    await closePage(page);
  });

  it("switches to English and remembers the choice", async () => {
    page = await openPage(browser, "/");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Network map");
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await page.reload();
    await expect
      .poll(() => page.getByTestId("graph-status").textContent())
      .toMatch(/\d+ nodes, \d+ relationships/);
    await page.getByRole("button", { name: "Schakel naar Nederlands" }).click();
    await expect
      .poll(() => page.getByRole("heading", { level: 1 }).textContent())
      .toBe("Netwerkkaart");
    await closePage(page);
  });
});

function escapeRegExp(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
