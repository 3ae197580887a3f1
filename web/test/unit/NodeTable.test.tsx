import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { DEFAULT_STATE } from "../../src/features/explorer/urlState";
import { NodeTable } from "../../src/features/list/NodeTable";
import { mapNode } from "./fixtures";
import { currentUrl, renderWithProviders } from "./render";

const nodes = [
  mapNode("org-b", {
    name: "Bibliotheek Twello",
    village: "Twello",
    degree: 5,
    kind: "BIBLIOTHEEK",
  }),
  mapNode("per-a", { name: "Anna", type: "PERSON", degree: 9 }),
  mapNode("org-z", { name: "Zorgboerderij", village: "Wilp", degree: 1, kind: "ZORG" }),
];

const names = () =>
  screen
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("rowheader")[0]?.textContent);

describe("NodeTable", () => {
  it("is a captioned table with a row per node, the kind and type in words", () => {
    renderWithProviders(<NodeTable nodes={nodes} state={DEFAULT_STATE} caption="3 knooppunten" />);
    const table = screen.getByRole("table", { name: "3 knooppunten" });
    expect(within(table).getAllByRole("row")).toHaveLength(4);
    expect(within(table).getByText("Bibliotheek")).toBeTruthy();
    expect(within(table).getByText("Persoon")).toBeTruthy();
    expect(names()).toEqual(["Anna", "Bibliotheek Twello", "Zorgboerderij"]);
  });

  it("sorts by a column with its header button and announces the order with aria-sort", () => {
    renderWithProviders(<NodeTable nodes={nodes} state={DEFAULT_STATE} caption="c" />);
    const header = (name: string) => screen.getByRole("columnheader", { name: new RegExp(name) });
    expect(header("Naam").getAttribute("aria-sort")).toBe("ascending");
    expect(header("Verbindingen").getAttribute("aria-sort")).toBe("none");

    const sortButton = within(header("Verbindingen")).getByRole("button");
    sortButton.focus();
    expect(document.activeElement).toBe(sortButton);
    fireEvent.click(sortButton);
    expect(header("Verbindingen").getAttribute("aria-sort")).toBe("ascending");
    expect(header("Naam").getAttribute("aria-sort")).toBe("none");
    expect(names()).toEqual(["Zorgboerderij", "Bibliotheek Twello", "Anna"]);

    fireEvent.click(sortButton);
    expect(header("Verbindingen").getAttribute("aria-sort")).toBe("descending");
    expect(names()).toEqual(["Anna", "Bibliotheek Twello", "Zorgboerderij"]);
  });

  it("links each name to the map with that node selected, keeping the filters", () => {
    renderWithProviders(
      <NodeTable nodes={nodes} state={{ ...DEFAULT_STATE, villages: ["Twello"] }} caption="c" />,
      { url: "/lijst?village=Twello" },
    );
    fireEvent.click(screen.getByRole("link", { name: "Toon Anna op de kaart" }));
    const url = currentUrl();
    expect(url.pathname).toBe("/");
    expect(url.searchParams.get("selected")).toBe("per-a");
    expect(url.searchParams.getAll("village")).toEqual(["Twello"]);
  });
});
