import { fireEvent, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { ExplorerPage } from "../../src/features/explorer/ExplorerPage";
import { FilterOptionsQuery, NetworkQuery } from "../../src/features/explorer/queries";
import { renderWithProviders } from "./render";

const down = {
  request: { query: NetworkQuery, variables: { filter: {} } },
  error: new Error("ECONNREFUSED"),
};
const options = {
  request: { query: FilterOptionsQuery },
  result: { data: { villages: ["Twello"], themes: [] } },
};

describe("ExplorerPage when the API is down", () => {
  it("says so in Dutch with a retry button instead of showing a blank page, and retries", async () => {
    renderWithProviders(<ExplorerPage />, { mocks: [options, down, down] });
    expect(screen.getByTestId("graph-status").textContent).toBe("Netwerk laden…");

    const alert = await screen.findByRole("alert");
    expect(within(alert).getByRole("heading").textContent).toBe(
      "De netwerkkaart kan niet worden geladen",
    );
    fireEvent.click(within(alert).getByRole("button", { name: "Opnieuw proberen" }));
    // The retry really asks again: loading first, then (still down) the message again.
    expect(await screen.findByTestId("loading-state")).toBeTruthy();
    expect(await screen.findByRole("alert")).toBeTruthy();
  });
});
