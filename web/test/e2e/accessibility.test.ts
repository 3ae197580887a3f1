import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import {
  closePage,
  expectAccessible,
  launchBrowser,
  openPage,
  screenshot,
  waitForLayout,
} from "./browser";

describe("accessibility (axe-core, WCAG 2.1 A/AA): no serious or critical violations", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const pages = [
    { name: "map", path: "/", ready: "graph-status" },
    {
      name: "map-with-details",
      path: "/?selected=thema-eenzaamheid&theme=thema-eenzaamheid",
      ready: "detail-relations",
    },
    { name: "map-neighbourhood", path: "/?focus=thema-eenzaamheid&hops=2", ready: "focus-banner" },
    { name: "list", path: "/lijst", ready: "node-table" },
    { name: "not-found", path: "/bestaat-niet", ready: null },
  ];

  for (const { name, path, ready } of pages) {
    it(`${name} (${path})`, async () => {
      const page = await openPage(browser, path);
      if (ready) await page.getByTestId(ready).waitFor();
      if (path === "/" || path.startsWith("/?")) await waitForLayout(page);
      await expectAccessible(page);
      await screenshot(page, `a11y-${name}`);
      await closePage(page);
    });
  }

  it("the search suggestions, open", async () => {
    const page = await openPage(browser, "/");
    await page.getByRole("combobox", { name: "Zoeken in het netwerk" }).fill("een");
    await page.getByRole("listbox").getByRole("option").first().waitFor();
    await expectAccessible(page);
    await closePage(page);
  });

  it("the map in English", async () => {
    const page = await openPage(browser, "/");
    await page.getByRole("button", { name: "Switch to English" }).click();
    await expect.poll(() => page.getAttribute("html", "lang")).toBe("en");
    await expectAccessible(page);
    await closePage(page);
  });

  it("keyboard users can skip to the content and see where focus is", async () => {
    const page = await openPage(browser, "/");
    const skip = page.getByRole("link", { name: "Direct naar de inhoud" });
    // Start from the top of a fully loaded page, as a keyboard user arriving there would.
    await skip.waitFor({ state: "attached" });
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press("Tab");
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    await closePage(page);
  });
});
