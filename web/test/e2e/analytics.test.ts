/**
 * The analytics pages against the demo network: each shows what the API answers, marks it on
 * the map, exports its table, works by keyboard and passes axe-core.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { download, emphasised, gql, mapIds, parseCsv } from "./analytics";
import {
  closePage,
  expectAccessible,
  launchBrowser,
  openPage,
  screenshot,
  waitForLayout,
} from "./browser";
import { loadDemo, trekkerOf } from "./demo";

interface Gap {
  id: string;
  type: string;
  severity: "HIGH" | "MEDIUM" | "LOW";
  explanation: { nl: string };
  nodeIds: string[];
  edgeIds: string[];
}
const SEVERITY_NL = { HIGH: "Hoog", MEDIUM: "Middel", LOW: "Laag" } as const;
const STATUS_NL = {
  OK: "In orde",
  BUSY: "Druk",
  OVERLOADED: "Overbelast",
  UNKNOWN: "Onbekend (geen capaciteit)",
};
const sorted = (ids: readonly string[]) => [...ids].sort();

/** Choose a node in a picker combobox by keyboard only: type, arrow down, Enter. */
async function pickByKeyboard(page: Page, label: string, text: string, name: string) {
  const box = page.getByRole("combobox", { name: label });
  await box.focus();
  await page.keyboard.type(text);
  await page
    .getByRole("option", { name: new RegExp(name) })
    .first()
    .waitFor();
  const options = await page.getByRole("option").allTextContents();
  const index = options.findIndex((o) => o.includes(name));
  for (let i = 0; i <= index; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}

describe("analytics pages on the demo network", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("Gaten: the gap report as the API gives it, 'toon op kaart' marks exactly the gap, CSV holds every gap", async () => {
    const { gaps } = await gql<{ gaps: Gap[] }>(
      "{ gaps { id type severity explanation { nl } nodeIds edgeIds } }",
    );
    const count = (s: Gap["severity"]) => gaps.filter((g) => g.severity === s).length;
    const page = await openPage(browser, "/gaten");
    await expect
      .poll(() => page.getByTestId("gaps-summary").textContent())
      .toBe(
        `${gaps.length} gaten gevonden: ${count("HIGH")} hoog, ${count("MEDIUM")} middel, ${count("LOW")} laag.`,
      );
    const all = page.locator('section[aria-labelledby="gaps-all"] [data-testid="gap-card"]');
    expect(sorted(await all.evaluateAll((cards) => cards.map((c) => c.dataset.gapId!)))).toEqual(
      sorted(gaps.map((g) => g.id)),
    );

    // The three largest: most severe, then the most nodes involved.
    const order = { HIGH: 0, MEDIUM: 1, LOW: 2 };
    const largest = [...gaps]
      .sort(
        (a, b) =>
          order[a.severity] - order[b.severity] ||
          b.nodeIds.length - a.nodeIds.length ||
          a.id.localeCompare(b.id),
      )
      .slice(0, 3);
    const top = page.getByTestId("gaps-top").getByTestId("gap-card");
    expect(await top.evaluateAll((cards) => cards.map((c) => c.dataset.gapId))).toEqual(
      largest.map((g) => g.id),
    );

    // The overloaded school, with its explanation and severity.
    const school = gaps.find(
      (g) =>
        g.type === "OVERLOADED_VINDPLAATS" && g.nodeIds.includes("vp-basisschool-de-kastanjehof"),
    )!;
    const card = page.locator(`section[aria-labelledby="gaps-all"] [data-gap-id="${school.id}"]`);
    expect(await card.getByTestId("gap-explanation").textContent()).toBe(school.explanation.nl);
    expect(await card.getByTestId("gap-severity").textContent()).toBe(SEVERITY_NL[school.severity]);

    // "Toon op kaart" marks exactly the gap's nodes and edges and dims everything else.
    await waitForLayout(page);
    const button = card.getByRole("button", { name: "Toon op kaart" });
    await button.click();
    await expect.poll(() => button.getAttribute("aria-pressed")).toBe("true");
    await expect
      .poll(() => emphasised(page))
      .toEqual({
        nodes: sorted(school.nodeIds),
        edges: sorted(school.edgeIds),
        undimmed: 0,
      });
    expect(await page.getByTestId("map-emphasis").textContent()).toContain(
      "Basisschool De Kastanjehof",
    );
    await screenshot(page, "analytics-gaps");
    await expectAccessible(page);

    // Filter by severity: only the high ones, as the API filters them.
    const { gaps: high } = await gql<{ gaps: Gap[] }>(
      "{ gaps(filter: { minSeverity: HIGH }) { id type severity explanation { nl } nodeIds edgeIds } }",
    );
    await page.getByLabel("Ernst").selectOption("HIGH");
    await expect
      .poll(() => page.getByTestId("gaps-summary").textContent())
      .toBe(`${high.length} gaten gevonden: ${high.length} hoog, 0 middel, 0 laag.`);

    // The CSV holds the gaps shown, one row each, with the explanation as the API words it.
    const csv = parseCsv(await download(page, /Exporteer als CSV\s*:\s*Alle gaten per soort/));
    expect(csv[0]).toEqual([
      "Soort gat",
      "Ernst",
      "Uitleg",
      "Volgende stap:",
      "Betrokken knooppunten",
    ]);
    expect(
      csv
        .slice(1)
        .map((row) => row[2])
        .sort(),
    ).toEqual(high.map((g) => g.explanation.nl).sort());
    expect(new Set(csv.slice(1).map((row) => row[1]))).toEqual(new Set(["Hoog"]));
    await closePage(page);
  });

  it("Vindplaatsen: load against capacity by status, the overloaded school marked on the heat map, parties and asks, CSV", async () => {
    interface Load {
      vindplaats: { id: string; name: string; village: string };
      capacity: number;
      partyCount: number;
      status: keyof typeof STATUS_NL;
      parties: { name: string }[];
      asks: { themeName: string; count: number }[];
    }
    const query = `query($filter: LoadFilter) { vindplaatsLoad(filter: $filter) {
      vindplaats { id name village } capacity partyCount status parties { name } asks { themeName count } } }`;
    const { vindplaatsLoad: rows } = await gql<{ vindplaatsLoad: Load[] }>(query);
    const page = await openPage(browser, "/vindplaatsen");
    const table = page.getByTestId("load-table");
    // The first load query of a run can be slow on a busy machine.
    await table.waitFor({ timeout: 60_000 });
    const shown = await table.locator("tbody tr").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: (tr as HTMLElement).dataset.vindplaatsId,
        status: tr.querySelector('[data-testid="load-status"]')!.textContent,
      })),
    );
    expect(shown).toEqual(rows.map((r) => ({ id: r.vindplaats.id, status: STATUS_NL[r.status] })));
    // The demo's planted cases: the school is the most loaded and overloaded, the GP busy.
    expect(shown[0]).toEqual({ id: "vp-basisschool-de-kastanjehof", status: "Overbelast" });
    expect(shown.find((r) => r.id === "vp-huisartsenpraktijk-twello")?.status).toBe("Druk");
    expect(await page.getByTestId("load-summary").textContent()).toContain(
      "Hoogste belasting: Basisschool De Kastanjehof",
    );

    // Heat map: every vindplaats with a capacity coloured, the overloaded one marked.
    await waitForLayout(page);
    const map = await page.evaluate(() => {
      const cy = window.__cy!;
      return {
        marked: cy.$("node.marked").map((n) => n.id()),
        uncoloured: cy.$('node[type = "VINDPLAATS"]').filter((n) => !n.data("fill")).length,
      };
    });
    const overloaded = rows.filter((r) => r.status === "OVERLOADED").map((r) => r.vindplaats.id);
    expect(map).toEqual({ marked: overloaded, uncoloured: 0 });

    // Per vindplaats: its parties and asks per theme.
    const school = rows[0]!;
    await page.getByRole("button", { name: school.vindplaats.name, exact: true }).click();
    const detail = page.getByTestId("load-detail");
    await detail.waitFor();
    for (const party of school.parties) expect(await detail.textContent()).toContain(party.name);
    expect(
      await detail
        .getByTestId("asks-table")
        .locator("tbody tr")
        .evaluateAll((trs) =>
          trs.map((tr) => [
            tr.querySelector("th")!.textContent,
            Number(tr.querySelector("td")!.textContent),
          ]),
        ),
    ).toEqual(school.asks.map((a) => [a.themeName, a.count]));
    await expectAccessible(page);
    await screenshot(page, "analytics-vindplaatsen");

    // CSV: the table's rows, in its order.
    const csv = parseCsv(await download(page, /Exporteer als CSV\s*:\s*Belasting per vindplaats/));
    expect(csv.slice(1).map((row) => [row[0], row[3], row[5]])).toEqual(
      rows.map((r) => [r.vindplaats.name, String(r.partyCount), STATUS_NL[r.status]]),
    );

    // Filter by village: exactly the API's answer for that village.
    const { vindplaatsLoad: nijbroek } = await gql<{ vindplaatsLoad: Load[] }>(query, {
      filter: { village: "Nijbroek" },
    });
    await page.getByLabel("Kern").selectOption("Nijbroek");
    await expect
      .poll(() =>
        table
          .locator("tbody tr")
          .evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).dataset.vindplaatsId)),
      )
      .toEqual(nijbroek.map((r) => r.vindplaats.id));
    await closePage(page);
  }, 120_000);

  it("CSV export neutralises texts a spreadsheet would run as a formula (= + - @)", async () => {
    // Start on a page without data, so the route below catches the first load.
    const page = await openPage(browser, "/bestaat-niet");
    const evil = ['=HYPERLINK("http://x.example","klik")', "+31 6 000", "-2+3", "@SUM(A1)"];
    // The API's answer with hostile names, as an import from elsewhere could bring.
    await page.route("**/graphql", async (route) => {
      const body = route.request().postDataJSON() as { operationName?: string };
      if (body.operationName !== "VindplaatsLoad") return route.continue();
      const response = await route.fetch();
      const json = (await response.json()) as {
        data: { vindplaatsLoad: { vindplaats: { name: string } }[] };
      };
      json.data.vindplaatsLoad.slice(0, evil.length).forEach((row, i) => {
        row.vindplaats.name = evil[i]!;
      });
      await route.fulfill({ response, json });
    });
    await page.goto(new URL("/vindplaatsen", inject("baseUrl")).toString());
    await page.getByTestId("load-table").waitFor();
    const text = await download(page, /Exporteer als CSV\s*:\s*Belasting per vindplaats/);
    const names = parseCsv(text)
      .slice(1, evil.length + 1)
      .map((row) => row[0]);
    expect(names).toEqual(evil.map((name) => `'${name}`));
    await closePage(page);
  });

  it("Dekking: the theme × target group matrix, the unreached group stands out and links to its gap", async () => {
    interface Row {
      theme: { id: string };
      targetGroup: { id: string };
      covered: boolean;
      nodeIds: string[];
    }
    const { coverage } = await gql<{ coverage: Row[] }>(
      "{ coverage { theme { id } targetGroup { id } covered nodeIds } }",
    );
    const page = await openPage(browser, "/dekking");
    const cells = page.getByTestId("coverage-cell");
    await page.getByTestId("coverage-matrix").waitFor();
    const shown = await cells.evaluateAll((tds) =>
      tds.map((td) => {
        const d = (td as HTMLElement).dataset;
        return `${d.themeId}|${d.groupId}|${d.covered}`;
      }),
    );
    expect(shown.sort()).toEqual(
      coverage.map((r) => `${r.theme.id}|${r.targetGroup.id}|${String(r.covered)}`).sort(),
    );
    const gap = page.locator(
      '[data-testid="coverage-cell"][data-theme-id="thema-inclusie"][data-group-id="dg-statushouders"]',
    );
    expect(await gap.getAttribute("data-covered")).toBe("false");
    expect(await gap.textContent()).toContain("Niet bereikt");

    const csv = parseCsv(await download(page, /Exporteer als CSV\s*:\s*Dekking/));
    expect(csv.length - 1).toBe(coverage.length);
    expect(csv.find((row) => row[0] === "Inclusie" && row[1] === "Statushouders")?.[2]).toBe("nee");
    await expectAccessible(page);

    // The empty cell leads to its gap, shown on the map.
    await gap.getByRole("link", { name: /Naar het gat/ }).click();
    await page.waitForURL(/\/gaten\?gap=/);
    const card = page.locator(
      'section[aria-labelledby="gaps-all"] [data-gap-id="UNREACHED_TARGET_GROUP:thema-inclusie:dg-statushouders"]',
    );
    await card.waitFor();
    await expect
      .poll(() => card.getByRole("button", { name: "Toon op kaart" }).getAttribute("aria-pressed"))
      .toBe("true");
    const { gaps } = await gql<{ gaps: Gap[] }>(
      "{ gaps(filter: { types: [UNREACHED_TARGET_GROUP] }) { id nodeIds edgeIds } }",
    );
    const unreached = gaps.find((g) => g.id.endsWith("thema-inclusie:dg-statushouders"))!;
    await waitForLayout(page);
    await expect
      .poll(async () => (await emphasised(page)).nodes)
      .toEqual(sorted(unreached.nodeIds));
    await closePage(page);
  });

  it("Netwerkgezondheid: headline figures as the API gives them, brokers, communities coloured on the map, per village", async () => {
    interface Health {
      nodes: number;
      relationships: number;
      components: number;
      largestComponent: number;
      communities: number;
      topBrokers: { name: string }[];
      nodeMetrics: { id: string }[];
      explanation: { nl: string };
    }
    const query = `query($scope: HealthScope) { networkHealth(scope: $scope) { nodes relationships components
      largestComponent communities topBrokers { name } nodeMetrics { id } explanation { nl } } }`;
    const { networkHealth: h } = await gql<{ networkHealth: Health }>(query);
    const page = await openPage(browser, "/gezondheid");
    const figures = page.getByTestId("health-figures");
    await figures.waitFor();
    expect(await page.getByTestId("health-summary").textContent()).toBe(h.explanation.nl);
    expect(await figures.locator('[data-figure="size"] .figure__value').textContent()).toBe(
      `${h.nodes} spelers, ${h.relationships} relaties`,
    );
    expect(await figures.locator('[data-figure="components"] .figure__value').textContent()).toBe(
      `${h.components} (grootste ${h.largestComponent})`,
    );
    // Every figure comes with a one-line explanation for non-specialists.
    expect(await figures.locator(".figure__help").count()).toBe(6);
    expect(await page.getByTestId("broker-table").locator("tbody th").allTextContents()).toEqual(
      h.topBrokers.map((b) => b.name),
    );
    expect(await page.getByTestId("community-list").locator("li").count()).toBe(h.communities);

    await waitForLayout(page);
    const ids = await mapIds(page);
    const uncoloured = await page.evaluate(
      (metricIds) => metricIds.filter((id) => !window.__cy!.getElementById(id).data("fill")),
      h.nodeMetrics.map((m) => m.id).filter((id) => ids.has(id)),
    );
    expect(uncoloured).toEqual([]);
    await expectAccessible(page);
    await screenshot(page, "analytics-health");

    const { networkHealth: v } = await gql<{ networkHealth: Health }>(query, {
      scope: { village: "Nijbroek" },
    });
    await page.getByLabel("Kern").selectOption("Nijbroek");
    await expect
      .poll(() => page.getByTestId("health-summary").textContent())
      .toBe(v.explanation.nl);

    const csv = parseCsv(await download(page, /Exporteer als CSV\s*:\s*Belangrijkste verbinders/));
    expect(csv.slice(1).map((row) => row[0])).toEqual(v.topBrokers.map((b) => b.name));
    await closePage(page);
  });

  it("Route: two people picked by keyboard, the shortest introduction paths listed and drawn", async () => {
    interface Path {
      hops: number;
      nodeIds: string[];
      edgeIds: string[];
      nodes: { name: string }[];
    }
    const { introductionPaths: paths } = await gql<{ introductionPaths: Path[] }>(
      '{ introductionPaths(from: "per-eva-lammers", to: "per-aaltje-weenink", k: 3, maxHops: 6) { hops nodeIds edgeIds nodes { name } } }',
    );
    const page = await openPage(browser, "/route");
    await pickByKeyboard(page, "Van (persoon)", "Eva Lam", "Eva Lammers");
    await pickByKeyboard(page, "Naar (persoon)", "Aaltje", "Aaltje Weenink");
    await expect
      .poll(() => page.getByTestId("route-summary").textContent())
      .toBe(`${paths.length} routes gevonden; de kortste heeft ${paths[0]!.hops} stappen.`);
    const listed = await page
      .getByTestId("route-path")
      .evaluateAll((items) =>
        items.map((li) =>
          [...li.querySelectorAll(".path > li")].map((n) => n.firstChild!.textContent),
        ),
      );
    expect(listed).toEqual(paths.map((p) => p.nodes.map((n) => n.name)));

    await waitForLayout(page);
    await expect
      .poll(async () => (await emphasised(page)).nodes)
      .toEqual(sorted([...new Set(paths.flatMap((p) => p.nodeIds))]));
    await page.getByRole("button", { name: "Toon route 1 op kaart" }).click();
    await expect
      .poll(() => emphasised(page))
      .toEqual({
        nodes: sorted(paths[0]!.nodeIds),
        edges: sorted(paths[0]!.edgeIds),
        undimmed: 0,
      });
    await expectAccessible(page);
    const csv = parseCsv(await download(page, /Exporteer als CSV\s*:\s*Route/));
    expect(csv.slice(1).map((row) => row[2])).toEqual(
      paths.map((p) => p.nodes.map((n) => n.name).join(" → ")),
    );
    await closePage(page);
  });

  it("Wat als: taking out the only debt provider shows what is lost, the removed node marked", async () => {
    const { whatIf } = await gql<{
      whatIf: { gapsAppearing: { id: string }[]; themesWithoutProvider: { name: string }[] };
    }>(
      '{ whatIf(removeNodeIds: ["org-schuldhulpmaatje-voorst"]) { gapsAppearing { id } themesWithoutProvider { name } } }',
    );
    const page = await openPage(browser, "/wat-als");
    await pickByKeyboard(
      page,
      "Neem weg (persoon, organisatie of vindplaats)",
      "SchuldHulp",
      "SchuldHulpMaatje",
    );
    await expect
      .poll(() => page.getByTestId("whatif-new-gaps").textContent())
      .toBe(String(whatIf.gapsAppearing.length));
    expect(await page.getByTestId("whatif-no-provider").textContent()).toContain(
      whatIf.themesWithoutProvider.map((t) => t.name).join(", "),
    );
    expect(await page.getByTestId("whatif-gaps").locator("tbody tr").count()).toBe(
      whatIf.gapsAppearing.length,
    );
    await waitForLayout(page);
    await expect
      .poll(() => page.evaluate(() => window.__cy!.$("node.marked").map((n) => n.id())))
      .toEqual(["org-schuldhulpmaatje-voorst"]);
    await expectAccessible(page);
    const csv = parseCsv(await download(page, /Exporteer als CSV\s*:\s*Nieuwe gaten/));
    expect(csv.length - 1).toBe(whatIf.gapsAppearing.length);

    // Put it back: nothing is lost any more.
    await page.getByRole("button", { name: /Zet SchuldHulpMaatje .* terug/ }).click();
    await page.getByTestId("whatif-results").waitFor({ state: "detached" });
    await closePage(page);
  });

  it("Partners zoeken: in English, a theme's partners with reasons and an introduction path", async () => {
    const demo = loadDemo();
    const trekker = trekkerOf(demo, "thema-mantelzorg")!;
    const page = await openPage(browser, "/partners");
    await page.getByRole("button", { name: "Switch to English" }).click();
    const themeMode = page.getByRole("radio", { name: "my theme" });
    await themeMode.click();
    await expect.poll(() => themeMode.isChecked()).toBe(true);
    await pickByKeyboard(page, "Theme", "Mantelz", "Mantelzorg");
    await page.getByTestId("partner-card").first().waitFor();
    expect(await page.getByTestId("partner-path").first().textContent()).toContain(trekker.name);
    await expectAccessible(page);
    await closePage(page);
  });
});
