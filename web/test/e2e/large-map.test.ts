import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { mapEdge, mapNode } from "../unit/fixtures";
import {
  clickNode,
  closePage,
  expectStatus,
  launchBrowser,
  openPage,
  waitForLayout,
} from "./browser";

/**
 * A network far larger than the demo: twelve villages of 125 members around a hub, each member
 * tied to the hub and to a neighbour, the hubs in a ring. Served in place of the API's map answer
 * (the rest of the page talks to the real API), so the map's handling of size is what is tested.
 */
function largeNetwork(villages = 12, members = 125) {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  const node = (id: string, degree: number) => ({
    __typename: "MapNode",
    ...mapNode(id, { type: "PERSON", name: `Persoon ${id}`, degree }),
  });
  const edge = (source: string, target: string) => ({
    __typename: "MapEdge",
    ...mapEdge(`KNOWS:${source}:${target}`, source, target, { type: "KNOWS" }),
  });
  for (let v = 0; v < villages; v++) {
    nodes.push(node(`v${v}-0`, members + 1));
    for (let i = 1; i < members; i++) {
      nodes.push(node(`v${v}-${i}`, 3));
      edges.push(edge(`v${v}-${i}`, `v${v}-0`));
      if (i > 1) edges.push(edge(`v${v}-${i}`, `v${v}-${i - 1}`));
    }
    edges.push(edge(`v${v}-0`, `v${(v + 1) % villages}-0`));
  }
  return { nodes, edges };
}

async function serveNetwork(page: Page, network: ReturnType<typeof largeNetwork>) {
  await page.route("**/graphql", async (route) => {
    const body = route.request().postDataJSON() as { operationName?: string } | null;
    if (body?.operationName !== "ExplorerNetwork") return route.continue();
    await route.fulfill({ json: { data: { network } } });
  });
}

describe("a large network on the map (real browser)", () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it("draws all of it in view, nodes apart, villages together, with the status line in place", async () => {
    const network = largeNetwork();
    const page = await openPage(browser, "/", { beforeLoad: (p) => serveNetwork(p, network) });
    const areaTopWhileLoading = await page
      .locator(".graph-area")
      .evaluate((el) => el.getBoundingClientRect().top);
    await expectStatus(page, { nodes: network.nodes.length, edges: network.edges.length });
    await expect
      .poll(() => page.getByText("Groot netwerk: namen worden alleen getoond").isVisible())
      .toBe(true);
    // The note about large networks shares the status line: the map does not shift down.
    expect(await page.locator(".graph-area").evaluate((el) => el.getBoundingClientRect().top)).toBe(
      areaTopWhileLoading,
    );

    await waitForLayout(page);
    const placed = await page.evaluate(() => {
      const cy = window.__cy!;
      const width = cy.width();
      const height = cy.height();
      return cy.nodes().map((n) => {
        const p = n.renderedPosition();
        const model = n.position();
        return {
          id: n.id(),
          inView: p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height,
          x: model.x,
          y: model.y,
        };
      });
    });
    expect(placed).toHaveLength(network.nodes.length);
    // Everything is in view after loading.
    expect(placed.filter((p) => !p.inView)).toEqual([]);
    // No two nodes on the same spot.
    expect(new Set(placed.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(
      placed.length,
    );
    // A village's members sit nearer their own hub than any other hub.
    const at = new Map(placed.map((p) => [p.id, p]));
    const hubs = Array.from({ length: 12 }, (_, v) => at.get(`v${v}-0`)!);
    const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
      Math.hypot(a.x - b.x, a.y - b.y);
    const members = placed.filter((p) => !p.id.endsWith("-0"));
    const home = members.filter((m) => {
      const own = hubs[Number(/^v(\d+)-/.exec(m.id)![1])]!;
      return hubs.every((hub) => hub === own || distance(m, own) < distance(m, hub));
    });
    expect(home.length / members.length).toBeGreaterThan(0.9);
    await closePage(page);
  });

  it("a node selected on it shows its name, drawn box included, until another is selected", async () => {
    const network = largeNetwork();
    const page = await openPage(browser, "/", { beforeLoad: (p) => serveNetwork(p, network) });
    await expectStatus(page, { nodes: network.nodes.length, edges: network.edges.length });
    const look = (id: string) =>
      page.evaluate((nodeId) => {
        const node = window.__cy!.getElementById(nodeId);
        return {
          selected: node.selected(),
          label: node.style("label") as string,
          width: node.boundingBox({ includeLabels: true }).w,
        };
      }, id);
    const before = await look("v3-40");
    // Large maps name only what is selected or highlighted.
    expect(before.label).toBe("");

    await clickNode(page, "v3-40");
    await expect.poll(async () => (await look("v3-40")).selected).toBe(true);
    const selected = await look("v3-40");
    expect(selected.label).toBe("Persoon v3-40");
    // The name is part of the node's drawn box (what Cytoscape redraws and hit-tests).
    expect(selected.width).toBeGreaterThan(before.width);

    // The details beside the map now take room and the map keeps its centre: once the view has
    // come to rest, the next node is one still in view.
    const view = () =>
      page.evaluate(() => JSON.stringify([window.__cy!.pan(), window.__cy!.zoom()]));
    let last = "";
    for (let now = await view(); now !== last; now = await view()) {
      last = now;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
    const next = await page.evaluate(() => {
      const cy = window.__cy!;
      return cy
        .nodes()
        .filter((n) => {
          const p = n.renderedPosition();
          // From another village: the selection's neighbours are labelled too.
          const inView = p.x > 40 && p.x < cy.width() - 40 && p.y > 40 && p.y < cy.height() - 40;
          return inView && !n.id().startsWith("v3-");
        })
        .first()
        .id();
    });
    await clickNode(page, next);
    await expect.poll(async () => (await look(next)).label).toBe(`Persoon ${next}`);
    const after = await look("v3-40");
    expect(after).toEqual({ selected: false, label: "", width: before.width });
    await closePage(page);
  });
});
