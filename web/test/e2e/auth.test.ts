/**
 * Signing in and out in a real browser, and a name with markup shown as text (no element made).
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

import { closePage, expectAccessible, launchBrowser, openPage } from "./browser";

describe("sign-in page", () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser.close();
  });

  it("is keyboard usable and accessible, says clearly what went wrong, and signs in and out", async () => {
    const page = await openPage(browser, "/aanmelden?terug=%2Flijst", { signedIn: false });
    await expect.poll(() => page.getByRole("heading", { name: "Aanmelden" }).count()).toBe(1);
    await expectAccessible(page);

    // Empty form: a message, focused, announced.
    await page.getByRole("button", { name: "Aanmelden" }).last().click();
    await expect.poll(() => page.getByRole("alert").textContent()).toContain("Vul je e-mailadres");

    // Wrong password, by keyboard only.
    const { email, password } = inject("adminCredentials");
    await page.getByLabel("E-mailadres").fill(email);
    await page.getByLabel("Wachtwoord").fill("not-the-password");
    await page.keyboard.press("Enter");
    await expect
      .poll(() => page.getByRole("alert").textContent())
      .toContain("E-mailadres of wachtwoord klopt niet");
    await expectAccessible(page);

    // Right password: back to where the user came from, signed in, role in the header.
    await page.getByLabel("Wachtwoord").fill(password);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/lijst$/);
    await expect.poll(() => page.getByTestId("account-menu").textContent()).toContain("beheerder");

    await page.getByRole("button", { name: "Afmelden" }).click();
    await page.waitForURL(/\/aanmelden(\?|$)/);
    await expect.poll(() => page.getByTestId("account-menu").count()).toBe(0);
    await closePage(page);
  });

  it("a name with markup is rendered as text: no img element is created", async () => {
    const page = await openPage(browser, "/lijst");
    const name = `<img src=x onerror="window.__xss=1">`;
    const api = (query: string, variables: Record<string, unknown>) =>
      page.evaluate(
        async ({ query, variables }) => {
          const response = await fetch("/graphql", {
            method: "POST",
            headers: { "content-type": "application/json" },
            body: JSON.stringify({ query, variables }),
          });
          return (await response.json()) as { data?: Record<string, { id: string }> };
        },
        { query, variables },
      );
    const created = await api(
      `mutation($name: String!) { createTheme(input: { name: $name, domain: SOCIAAL }) { id } }`,
      { name },
    );
    const id = created.data!.createTheme!.id;
    try {
      await page.reload();
      await expect.poll(() => page.getByText(name, { exact: true }).count()).toBeGreaterThan(0);
      expect(await page.locator('img[src="x"]').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __xss?: number }).__xss)).toBeUndefined();
    } finally {
      await api(`mutation($id: ID!) { deleteTheme(id: $id) { id } }`, { id });
      await closePage(page);
    }
  });
});
