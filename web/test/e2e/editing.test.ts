import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { expectAccessible, expectStatus, launchBrowser, mapNodeIds, screenshot } from "./browser";
import { expectedView, loadDemo } from "./demo";

const demo = loadDemo();
const FROM = "org-bibliotheek-voorst";
const TO = "org-ggd-noord-en-oost-gelderland";
const THEME = "thema-laaggeletterdheid";
const ROUTE_ID = `REFERS_TO:${FROM}:${TO}:${THEME}`;
const EDITED = "org-zodus";
const IMPORTED = "org-e2e-buurtkamer";

/** A browser context signed in as the demo admin (the session cookie is shared by its tabs). */
async function signedInContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 960 },
    locale: "nl-NL",
    acceptDownloads: true,
  });
  const { email, password } = inject("adminCredentials");
  const response = await context.request.post(new URL("/graphql", inject("baseUrl")).toString(), {
    data: {
      query: "mutation SignIn($input: SignInInput!) { signIn(input: $input) { user { id } } }",
      variables: { input: { email, password } },
    },
  });
  expect(response.ok()).toBe(true);
  return context;
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(new URL(path, inject("baseUrl")).toString());
  return page;
}

/** Asks the API as the signed-in user (to arrange and clean up, never to check the UI). */
async function api(context: BrowserContext, query: string, variables: Record<string, unknown>) {
  const response = await context.request.post(new URL("/graphql", inject("baseUrl")).toString(), {
    data: { query, variables },
  });
  return (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
}

const edgeOnMap = (page: Page, id: string) =>
  page.evaluate((edgeId) => window.__cy?.getElementById(edgeId).nonempty() ?? false, id);

describe("maintaining the network (real browser, real API, demo network)", () => {
  let browser: Browser;
  let context: BrowserContext;
  const all = expectedView(demo);

  beforeAll(async () => {
    browser = await launchBrowser();
    context = await signedInContext(browser);
  });
  afterAll(async () => {
    // Leave the demo network as it was for the other test files.
    await api(context, "mutation($id: ID!) { deleteOrganisation(id: $id) { id } }", {
      id: IMPORTED,
    });
    await api(context, "mutation($id: ID!) { deleteRelationship(id: $id) { id } }", {
      id: ROUTE_ID,
    });
    await api(
      context,
      "mutation($id: ID!, $input: OrganisationUpdateInput!) { updateOrganisation(id: $id, input: $input) { id } }",
      { id: EDITED, input: { name: demo.nodes.get(EDITED)!.name } },
    );
    await context?.close();
    await browser?.close();
  });

  it("draws a referral route from the detail panel, shows it on the map, and undoes it", async () => {
    expect(
      demo.relationships.some(
        (r) => r.type === "REFERS_TO" && r.from === FROM && r.to === TO && r.themeId === THEME,
      ),
    ).toBe(false);
    const page = await open(context, `/?selected=${FROM}`);
    await expectStatus(page, { nodes: all.nodes.size, edges: all.edges.length });
    await page.evaluate(() => {
      (window as unknown as { __firstCy: unknown }).__firstCy = window.__cy;
    });
    const panel = page.getByTestId("detail-panel");
    await expect
      .poll(() => panel.getByRole("heading", { level: 2 }).textContent())
      .toBe(demo.nodes.get(FROM)!.name);

    await panel.getByRole("button", { name: "Relatie toevoegen" }).click();
    const dialog = page.getByRole("dialog", { name: /Relatie toevoegen voor/ });
    await dialog.getByLabel("Soort relatie").selectOption({ label: "verwijst naar (organisatie)" });
    await dialog.getByRole("combobox", { name: "Met welk knooppunt?" }).fill("GGD");
    await dialog.getByRole("option", { name: /GGD Noord- en Oost-Gelderland/ }).click();
    await dialog.getByLabel("Thema").selectOption({ label: demo.nodes.get(THEME)!.name });
    await dialog.getByRole("radio", { name: /Informeel/ }).check();
    await dialog.getByLabel(/Verwijzingen per jaar/).fill("4");
    await expectAccessible(page);
    await screenshot(page, "editing-relation-dialog");
    await dialog.getByRole("button", { name: "Relatie toevoegen" }).click();

    // The result is announced, the map and the relations list show the new route.
    await expect
      .poll(() => page.getByTestId("editing-status").textContent())
      .toContain(`Relatie toegevoegd: ${demo.nodes.get(FROM)!.name} verwijst naar`);
    await expect.poll(() => dialog.count()).toBe(0);
    await expectStatus(page, { nodes: all.nodes.size, edges: all.edges.length + 1 });
    await expect.poll(() => edgeOnMap(page, ROUTE_ID)).toBe(true);
    const route = panel
      .getByTestId("detail-relations")
      .getByRole("listitem")
      .filter({ hasText: "GGD Noord- en Oost-Gelderland" })
      .filter({ hasText: "thema Laaggeletterdheid" });
    await expect.poll(() => route.textContent()).toContain("informeel");
    await expect.poll(() => route.textContent()).toContain("4 per jaar");
    // The map was updated in place, not rebuilt.
    expect(
      await page.evaluate(
        () => (window as unknown as { __firstCy: unknown }).__firstCy === window.__cy,
      ),
    ).toBe(true);

    // The history says what happened; "Ongedaan maken" takes the route away again.
    const history = page.getByTestId("node-history");
    await expect
      .poll(() => history.getByTestId("history-entry").first().textContent())
      .toContain("Relatie toegevoegd");
    await history.getByRole("button", { name: "Ongedaan maken" }).click();
    await expect
      .poll(() => page.getByTestId("editing-status").textContent())
      .toContain("Ongedaan gemaakt: Relatie toegevoegd");
    await expectStatus(page, { nodes: all.nodes.size, edges: all.edges.length });
    await expect.poll(() => edgeOnMap(page, ROUTE_ID)).toBe(false);
    await expect.poll(() => route.count()).toBe(0);
    await page.close();
  });

  it("refuses to overwrite an edit made in another tab and shows the current values", async () => {
    const name = demo.nodes.get(EDITED)!.name;
    const first = await open(context, `/?selected=${EDITED}`);
    const second = await open(context, `/?selected=${EDITED}`);
    for (const page of [first, second]) {
      await page
        .getByTestId("detail-panel")
        .getByRole("button", { name: "Bewerken", exact: true })
        .click();
      await expect.poll(() => page.getByRole("dialog").getByLabel("Naam").inputValue()).toBe(name);
    }

    await first.getByRole("dialog").getByLabel("Naam").fill(`${name} Twello`);
    await first.getByRole("dialog").getByRole("button", { name: "Opslaan" }).click();
    await expect
      .poll(() => first.getByTestId("editing-status").textContent())
      .toBe(`Wijzigingen aan ${name} Twello opgeslagen.`);

    const dialog = second.getByRole("dialog");
    await dialog.getByLabel("Naam").fill(`${name} Voorst`);
    await dialog.getByRole("button", { name: "Opslaan" }).click();
    const conflict = dialog.getByTestId("conflict-message");
    await expect
      .poll(() => conflict.textContent())
      .toContain("Iemand anders heeft dit knooppunt intussen gewijzigd.");
    await expect.poll(() => conflict.textContent()).toContain(`${name} Twello`);
    await expectAccessible(second);
    await screenshot(second, "editing-conflict");

    // Nothing was overwritten; the user reloads the current values and can carry on from there.
    await conflict.getByRole("button", { name: "Huidige gegevens laden" }).click();
    expect(await dialog.getByLabel("Naam").inputValue()).toBe(`${name} Twello`);
    await expect
      .poll(() =>
        second.getByTestId("detail-panel").getByRole("heading", { level: 2 }).textContent(),
      )
      .toBe(`${name} Twello`);
    await first.close();
    await second.close();
  });

  it("imports a CSV through the page: preview with counts, confirm, new node on the map", async () => {
    const dir = mkdtempSync(join(tmpdir(), "netwerkkaart-import-"));
    try {
      const nodes = join(dir, "nodes.csv");
      const edges = join(dir, "edges.csv");
      writeFileSync(
        nodes,
        `id,type,name,kind,village\n${IMPORTED},organisatie,Buurtkamer Wilp (e2e),BEWONERSINITIATIEF,Wilp\n`,
      );
      writeFileSync(edges, `from,to,type\n${IMPORTED},thema-eenzaamheid,SIGNALS\n`);

      const page = await open(context, "/importeren");
      await expect.poll(() => page.title()).toBe("Importeren en exporteren — Netwerkkaart");
      await page.getByLabel("Knooppunten (nodes.csv)").setInputFiles(nodes);
      await page.getByLabel(/Relaties \(edges\.csv/).setInputFiles(edges);
      await page.getByRole("button", { name: "Bestanden controleren" }).click();

      await expect.poll(() => page.getByTestId("import-nodes-new").textContent()).toBe("1");
      expect(await page.getByTestId("import-nodes-changed").textContent()).toBe("0");
      expect(await page.getByTestId("import-relationships-new").textContent()).toBe("1");
      expect(await page.getByTestId("import-valid").textContent()).toBe("Geen fouten gevonden.");
      await expectAccessible(page);
      await screenshot(page, "import-preview");

      await page.getByRole("button", { name: "Importeren bevestigen" }).click();
      await expect
        .poll(() => page.getByTestId("import-status").textContent())
        .toContain("Import voltooid: 1 knooppunt en 1 relatie nieuw of gewijzigd.");
      await page.getByRole("link", { name: "Bekijk de kaart" }).click();
      await expectStatus(page, { nodes: all.nodes.size + 1, edges: all.edges.length + 1 });
      await expect.poll(() => mapNodeIds(page)).toContain(IMPORTED);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("deletes a node after saying what goes with it, and restores it from recent changes", async () => {
    // The node imported above: deleting it leaves the demo network as it was.
    const name = "Buurtkamer Wilp (e2e)";
    const page = await open(context, `/?selected=${IMPORTED}`);
    await expect.poll(() => mapNodeIds(page)).toContain(IMPORTED);
    const panel = page.getByTestId("detail-panel");
    const remove = panel.getByRole("button", { name: "Verwijderen", exact: true });

    // Escape closes the dialog and gives focus back to the button that opened it.
    await remove.click();
    const dialog = page.getByRole("dialog", { name: `${name} verwijderen?` });
    await expect
      .poll(() => dialog.getByTestId("delete-consequence").textContent())
      .toBe(`Weet u zeker dat u ${name} wilt verwijderen? Hiermee verdwijnen ook 1 relatie.`);
    await page.keyboard.press("Escape");
    await expect.poll(() => dialog.count()).toBe(0);
    expect(await remove.evaluate((button) => button === document.activeElement)).toBe(true);

    await remove.click();
    await dialog.getByRole("button", { name: "Ja, verwijderen" }).click();
    await expect
      .poll(() => page.getByTestId("editing-status").textContent())
      .toContain(`${name} verwijderd, met 1 relatie.`);
    await expect.poll(() => mapNodeIds(page)).not.toContain(IMPORTED);

    await page.getByRole("button", { name: "Recente wijzigingen" }).click();
    const recent = page.getByRole("dialog", { name: "Recente wijzigingen" });
    const restore = recent.getByRole("button", { name: `Herstel ${name}` });
    await expect.poll(() => restore.count()).toBe(1);
    await expectAccessible(page);
    await restore.click();
    await expect
      .poll(() => page.getByTestId("editing-status").textContent())
      .toBe(`${name} hersteld, met 1 relatie.`);
    await expect.poll(() => mapNodeIds(page)).toContain(IMPORTED);
    await expect.poll(() => panel.getByRole("heading", { level: 2 }).textContent()).toBe(name);
    await page.close();
  });

  it("shows preview problems with row, column and rule, and imports nothing", async () => {
    const dir = mkdtempSync(join(tmpdir(), "netwerkkaart-import-"));
    try {
      const nodes = join(dir, "nodes.csv");
      writeFileSync(nodes, "id,type,name,kind,village\norg-e2e-fout,organisatie,,ONBEKEND,Wilp\n");
      const page = await open(context, "/importeren");
      await page.getByLabel("Knooppunten (nodes.csv)").setInputFiles(nodes);
      await page.getByRole("button", { name: "Bestanden controleren" }).click();
      const problems = page.getByTestId("import-problems");
      await expect.poll(() => problems.getByRole("row").count()).toBeGreaterThan(1);
      const text = (await problems.textContent()) ?? "";
      expect(text).toContain("nodes.csv");
      expect(text).toContain("kind");
      expect(await page.getByRole("button", { name: "Importeren bevestigen" }).count()).toBe(0);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
