import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { closePage, expectStatus, launchBrowser, openPage, screenshot } from "./browser";
import { loadDemo } from "./demo";

const demo = loadDemo();

describe("when the API cannot be reached", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("shows a clear Dutch message and a retry button; retrying after recovery shows the map", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    // The network between browser and API fails (the real API keeps running behind it).
    await page.route("**/graphql", (route) => route.abort("connectionrefused"));
    await page.goto(inject("baseUrl"));

    const alert = page.getByTestId("error-state");
    await alert.waitFor();
    expect(await alert.getByRole("heading").textContent()).toBe(
      "De netwerkkaart kan niet worden geladen",
    );
    await screenshot(page, "error-api-down");

    await page.unroute("**/graphql");
    await alert.getByRole("button", { name: "Opnieuw proberen" }).click();
    await expectStatus(page, { nodes: demo.nodes.size, edges: demo.relationships.length });
    expect(await page.getByTestId("error-state").count()).toBe(0);
    // The filters came back too (they had failed as well).
    await page.getByRole("checkbox", { name: "Eenzaamheid" }).waitFor();
    await context.close();
  });

  it("an unknown page says so and links back to the map", async () => {
    const page = await openPage(browser, "/bestaat-niet");
    await page.getByRole("heading", { name: "Deze pagina bestaat niet." }).waitFor();
    await page.getByRole("link", { name: "Naar de netwerkkaart" }).click();
    await expectStatus(page, { nodes: demo.nodes.size, edges: demo.relationships.length });
    await closePage(page);
  });
});
