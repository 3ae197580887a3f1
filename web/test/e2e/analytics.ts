/** Helpers for the analytics pages' end-to-end tests: ask the API, read exports and the map. */
import { readFileSync } from "node:fs";

import type { Page } from "playwright-core";
import { inject } from "vitest";

/** Ask the real API directly: the page must show what it answers. */
export async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(new URL("/graphql", inject("baseUrl")), {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data) throw new Error(`GraphQL error: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** Click an export button and return the saved file's text (without the UTF-8 byte order mark). */
export async function download(page: Page, buttonName: string | RegExp): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: buttonName }).first().click(),
  ]);
  const path = await file.path();
  return readFileSync(path, "utf8").replace(/^\uFEFF/, "");
}

/** Minimal RFC 4180 parser (quotes, doubled quotes, CRLF), enough to check our exports. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") {
      row.push(cell);
      cell = "";
    } else if (c === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += c;
  }
  if (cell || row.length > 0) rows.push([...row, cell]);
  return rows;
}

/** What the map emphasises (and whether everything else is dimmed), straight from Cytoscape. */
export async function emphasised(page: Page) {
  return page.evaluate(() => {
    const cy = window.__cy!;
    const ids = (sel: string) =>
      cy
        .$(sel)
        .map((e) => e.id())
        .sort();
    const entityNodes = cy.nodes().filter((n) => !n.data("isGroup"));
    return {
      nodes: ids("node.emphasised"),
      edges: ids("edge.emphasised"),
      undimmed: entityNodes.filter((n) => !n.hasClass("emphasised") && !n.hasClass("dimmed"))
        .length,
    };
  });
}

/** Ids of all elements on the map. */
export async function mapIds(page: Page): Promise<Set<string>> {
  return new Set(await page.evaluate(() => window.__cy!.elements().map((e) => e.id())));
}
