import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { FilterPanel } from "../../src/features/explorer/FilterPanel";
import { FilterOptionsQuery } from "../../src/features/explorer/queries";
import type { ExplorerState } from "../../src/features/explorer/urlState";
import { DEFAULT_STATE } from "../../src/features/explorer/urlState";
import { renderWithProviders } from "./render";

const optionsMock = {
  request: { query: FilterOptionsQuery },
  result: {
    data: {
      villages: ["Wilp", "Twello"],
      themes: [
        { __typename: "Theme" as const, id: "thema-schulden", name: "Schulden" },
        { __typename: "Theme" as const, id: "thema-eenzaamheid", name: "Eenzaamheid" },
      ],
    },
  },
};

/** The panel with its state held like the page holds it (in real use: the URL). */
function Harness({ onChange }: { onChange: (s: ExplorerState) => void }) {
  const [state, setState] = useState(DEFAULT_STATE);
  return (
    <FilterPanel
      state={state}
      onChange={(change) => {
        const next = { ...state, ...change };
        setState(next);
        onChange(next);
      }}
    />
  );
}

describe("FilterPanel", () => {
  it("offers the themes and villages of the network, sorted, and every node and relationship type", async () => {
    renderWithProviders(<Harness onChange={() => undefined} />, { mocks: [optionsMock] });
    await screen.findByRole("checkbox", { name: "Eenzaamheid" });
    const themes = within(screen.getByRole("group", { name: "Thema's" }));
    expect(themes.getAllByRole("checkbox").map((c) => c.closest("div")?.textContent)).toEqual([
      "Eenzaamheid",
      "Schulden",
    ]);
    const villages = within(screen.getByRole("group", { name: "Kernen" }));
    expect(villages.getAllByRole("checkbox").map((c) => c.closest("div")?.textContent)).toEqual([
      "Twello",
      "Wilp",
    ]);
    expect(
      within(screen.getByRole("group", { name: "Soorten knooppunten" })).getAllByRole("checkbox"),
    ).toHaveLength(7);
    expect(
      within(screen.getByRole("group", { name: "Soorten relaties" })).getAllByRole("checkbox"),
    ).toHaveLength(14);
    expect(screen.getByRole("checkbox", { name: "Vindplaats" })).toBeTruthy();
    expect(screen.getByRole("checkbox", { name: "verwijst naar" })).toBeTruthy();
  });

  it("filters on a theme and a village when they are ticked, and clears everything at once", async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />, { mocks: [optionsMock] });

    fireEvent.click(await screen.findByRole("checkbox", { name: "Eenzaamheid" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Twello" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Organisatie" }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({
        themeIds: ["thema-eenzaamheid"],
        villages: ["Twello"],
        nodeTypes: ["ORGANISATION"],
      }),
    );
    expect(screen.getByText("3 filters actief")).toBeTruthy();
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Eenzaamheid" }).checked).toBe(
      true,
    );

    fireEvent.click(screen.getByRole("button", { name: "Alle filters wissen" }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ themeIds: [], villages: [], nodeTypes: [], relationshipTypes: [] }),
    );
    expect(screen.getByRole<HTMLInputElement>("checkbox", { name: "Eenzaamheid" }).checked).toBe(
      false,
    );
    expect(screen.queryByRole("button", { name: "Alle filters wissen" })).toBeNull();
  });

  it("unticking a theme removes only that theme", async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness onChange={onChange} />, { mocks: [optionsMock] });
    fireEvent.click(await screen.findByRole("checkbox", { name: "Eenzaamheid" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Schulden" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Eenzaamheid" }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ themeIds: ["thema-schulden"] }),
    );
  });
});
