/**
 * The "done when": a policymaker finds the most overloaded vindplaats and the three
 * largest gaps in under a minute; a trekker gets three partner suggestions with reasons and an
 * introduction path. Both by keyboard only, from the start page.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { emphasised, gql } from "./analytics";
import { closePage, launchBrowser, openPage, waitForLayout } from "./browser";
import { loadDemo, trekkerOf } from "./demo";

/** Tab to a link or button by its name and press Enter, as a keyboard user does. */
async function activate(page: Page, role: "link" | "button", name: string) {
  const target = page.getByRole(role, { name, exact: true }).first();
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`Could not reach ${role} "${name}" with Tab`);
}

describe("done when", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("a policymaker finds the most overloaded vindplaats and the three largest gaps in under a minute", async () => {
    const { vindplaatsLoad } = await gql<{
      vindplaatsLoad: { vindplaats: { name: string }; status: string }[];
    }>("{ vindplaatsLoad { vindplaats { name } status } }");
    const mostLoaded = vindplaatsLoad[0]!;
    const started = Date.now();

    const page = await openPage(browser, "/");
    await activate(page, "link", "Vindplaatsen");
    const summary = page.getByTestId("load-summary");
    await summary.waitFor();
    expect(await summary.textContent()).toContain(
      `Hoogste belasting: ${mostLoaded.vindplaats.name}`,
    );
    expect(mostLoaded.status).toBe("OVERLOADED");
    expect(await summary.textContent()).toContain("Overbelast");

    await activate(page, "link", "Gaten");
    const top = page.getByTestId("gaps-top");
    await top.getByTestId("gap-card").nth(2).waitFor();
    expect(await top.getByTestId("gap-card").count()).toBe(3);
    const titles = await top.getByTestId("gap-explanation").allTextContents();
    expect(titles.every((text) => text.length > 0)).toBe(true);
    // The largest gap first: the overloaded school, shown on the map by keyboard.
    expect(titles[0]).toContain(mostLoaded.vindplaats.name);
    await waitForLayout(page);
    await activate(page, "button", "Toon op kaart");
    await expect
      .poll(async () => (await emphasised(page)).nodes)
      .toContain("vp-basisschool-de-kastanjehof");
    expect(Date.now() - started).toBeLessThan(60_000);
    await closePage(page);
  });

  it("a trekker gets three partner suggestions with reasons and an introduction path drawn on the map", async () => {
    const demo = loadDemo();
    const trekker = trekkerOf(demo, "thema-eenzaamheid")!;
    const { partnerSuggestions } = await gql<{
      partnerSuggestions: {
        candidate: { name: string };
        reasons: { nl: string }[];
        contactPerson: { name: string } | null;
        introductionPath: {
          nodeIds: string[];
          edgeIds: string[];
          nodes: { name: string }[];
        } | null;
      }[];
    }>(
      `{ partnerSuggestions(forPerson: "${trekker.id}", limit: 3) { candidate { name } reasons { nl }
         contactPerson { name } introductionPath { nodeIds edgeIds nodes { name } } } }`,
    );
    expect(partnerSuggestions).toHaveLength(3);

    const page = await openPage(browser, "/");
    await activate(page, "link", "Partners zoeken");
    // "Myself" is the default; pick oneself by keyboard in the combobox.
    const box = page.getByRole("combobox", { name: "Persoon" });
    await box.focus();
    await page.keyboard.type(trekker.name.slice(0, 6));
    await page.getByRole("option", { name: new RegExp(trekker.name) }).waitFor();
    // A later search answer may still change the list: step down until the trekker is the
    // highlighted option, then choose it, and check that the picker says so.
    const highlighted = page.locator('[role="option"][aria-selected="true"]');
    for (let i = 0; i < 20; i++) {
      await page.keyboard.press("ArrowDown");
      if (((await highlighted.textContent()) ?? "").includes(trekker.name)) break;
    }
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByTestId("picker-value").textContent()).toContain(trekker.name);
    await page.getByLabel("Aantal suggesties").selectOption("3");

    const cards = page.getByTestId("partner-card");
    await expect.poll(() => cards.count()).toBe(3);
    for (const [i, expected] of partnerSuggestions.entries()) {
      const card = cards.nth(i);
      expect(await card.locator("h3").textContent()).toBe(`${i + 1}. ${expected.candidate.name}`);
      expect(await card.getByTestId("partner-reasons").locator("li").allTextContents()).toEqual(
        expected.reasons.map((r) => r.nl),
      );
      expect(await card.getByTestId("partner-contact").textContent()).toContain(
        expected.contactPerson?.name ?? "onbekend",
      );
      const path = expected.introductionPath;
      expect(await card.getByTestId("partner-path").locator("li").allTextContents()).toEqual(
        path ? path.nodes.map((n) => n.name) : [],
      );
    }
    // The first suggestion's introduction is drawn on the map: path plus candidate.
    const first = partnerSuggestions[0]!.introductionPath!;
    await waitForLayout(page);
    await expect
      .poll(() => emphasised(page))
      .toEqual({
        nodes: [...new Set(first.nodeIds)].sort(),
        edges: [...first.edgeIds].sort(),
        undimmed: 0,
      });
    await closePage(page);
  });
});
