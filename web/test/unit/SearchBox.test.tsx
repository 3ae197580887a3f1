import { fireEvent, screen } from "@testing-library/react";
import { describe, expect, it, vi } from "vitest";

import { SearchQuery } from "../../src/features/explorer/queries";
import { SearchBox } from "../../src/features/explorer/SearchBox";
import { renderWithProviders } from "./render";

const hit = (
  id: string,
  name: string,
  type: "ORGANISATION" | "PERSON",
  village: string | null,
) => ({
  __typename: "MapNode" as const,
  id,
  name,
  type,
  village,
});

const mocks = [
  {
    request: { query: SearchQuery, variables: { text: "welz", limit: 10 } },
    result: {
      data: {
        search: [
          hit("org-welzijn", "Welzijn Voorst", "ORGANISATION", "Twello"),
          hit("per-welz", "Welzie de Vries", "PERSON", null),
        ],
      },
    },
  },
  {
    request: { query: SearchQuery, variables: { text: "xyz", limit: 10 } },
    result: { data: { search: [] } },
  },
];

describe("SearchBox", () => {
  it("suggests matching nodes with their type and village as you type", async () => {
    renderWithProviders(<SearchBox onChoose={() => undefined} />, { mocks });
    const input = screen.getByRole("combobox", { name: "Zoeken in het netwerk" });
    fireEvent.change(input, { target: { value: "welz" } });

    const options = await screen.findAllByRole("option");
    expect(options.map((o) => o.textContent)).toEqual([
      "Welzijn VoorstOrganisatie · Twello",
      "Welzie de VriesPersoon",
    ]);
    expect(input.getAttribute("aria-expanded")).toBe("true");
    expect(screen.getByText("2 suggesties")).toBeTruthy();
  });

  it("chooses a suggestion with the arrow keys and Enter", async () => {
    const onChoose = vi.fn();
    renderWithProviders(<SearchBox onChoose={onChoose} />, { mocks });
    const input = screen.getByRole("combobox");
    fireEvent.change(input, { target: { value: "welz" } });
    await screen.findAllByRole("option");

    fireEvent.keyDown(input, { key: "ArrowDown" });
    fireEvent.keyDown(input, { key: "ArrowDown" });
    const active = input.getAttribute("aria-activedescendant");
    expect(document.getElementById(active ?? "")?.textContent).toContain("Welzie de Vries");
    fireEvent.keyDown(input, { key: "Enter" });

    expect(onChoose).toHaveBeenCalledWith("per-welz");
    expect((input as HTMLInputElement).value).toBe("Welzie de Vries");
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });

  it("chooses a suggestion by clicking it", async () => {
    const onChoose = vi.fn();
    renderWithProviders(<SearchBox onChoose={onChoose} />, { mocks });
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "welz" } });
    fireEvent.click(await screen.findByRole("option", { name: /Welzijn Voorst/ }));
    expect(onChoose).toHaveBeenCalledWith("org-welzijn");
  });

  it("says so when nothing matches", async () => {
    renderWithProviders(<SearchBox onChoose={() => undefined} />, { mocks });
    fireEvent.change(screen.getByRole("combobox"), { target: { value: "xyz" } });
    expect(await screen.findByText("Geen resultaten voor „xyz”")).toBeTruthy();
  });

  it("does not search on a single letter", async () => {
    renderWithProviders(<SearchBox onChoose={() => undefined} />, { mocks });
    const input = screen.getByRole("combobox");
    fireEvent.change(input, { target: { value: "w" } });
    await new Promise((resolve) => setTimeout(resolve, 350));
    expect(screen.queryAllByRole("option")).toHaveLength(0);
    expect(input.getAttribute("aria-expanded")).toBe("false");
  });
});
