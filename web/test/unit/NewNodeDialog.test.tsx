import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { NewNodeDialog } from "../../src/features/editing/NewNodeDialog";
import {
  CreateOrganisationMutation,
  SimilarNodesQuery,
  ThemeOptionsQuery,
} from "../../src/features/editing/queries";
import { StatusRegion } from "../../src/features/editing/status";
import { renderWithProviders } from "./render";

const options: MockLink.MockedResponse = {
  request: { query: ThemeOptionsQuery },
  result: { data: { villages: ["Twello", "Wilp"], themes: [] } },
  maxUsageCount: 10,
};

const similar: MockLink.MockedResponse = {
  request: {
    query: SimilarNodesQuery,
    variables: { type: "ORGANISATION", name: "Welzijn Vorst" },
  },
  result: {
    data: {
      similarNodes: [
        {
          __typename: "SimilarNode",
          score: 0.93,
          reason: "SPELLING",
          node: {
            __typename: "Organisation",
            id: "org-welzijn",
            name: "Welzijn Voorst",
            type: "ORGANISATION",
          },
        },
      ],
    },
  },
  maxUsageCount: 5,
};

const create: MockLink.MockedResponse = {
  request: {
    query: CreateOrganisationMutation,
    variables: { input: { name: "Welzijn Vorst", kind: "WELZIJN", village: "Wilp" } },
  },
  result: {
    data: {
      createOrganisation: {
        __typename: "Organisation",
        id: "org-new",
        name: "Welzijn Vorst",
        version: 1,
      },
    },
  },
};

function renderDialog(onCreated: (id: string) => void) {
  return renderWithProviders(
    <>
      <NewNodeDialog onClose={() => undefined} onCreated={onCreated} />
      <StatusRegion />
    </>,
    { mocks: [options, similar, create] },
  );
}

describe("Nieuw knooppunt", () => {
  it("suggests an existing organisation with a similar name before saving", async () => {
    const chosen: string[] = [];
    renderDialog((id) => chosen.push(id));
    const dialog = screen.getByRole("dialog", { name: "Nieuw knooppunt" });
    fireEvent.change(within(dialog).getByLabelText("Naam"), {
      target: { value: "Welzijn Vorst" },
    });
    const suggestions = await within(dialog).findByTestId("similar-nodes", {}, { timeout: 10_000 });
    expect(suggestions.textContent).toContain("Bestaat dit al?");
    expect(suggestions.textContent).toContain("Welzijn Voorst (bijna dezelfde spelling)");
    fireEvent.click(within(suggestions).getByRole("button", { name: "Open Welzijn Voorst" }));
    expect(chosen).toEqual(["org-welzijn"]);
  });

  it("creates the node with the fields of the chosen type, and reports it", async () => {
    const chosen: string[] = [];
    renderDialog((id) => chosen.push(id));
    const dialog = screen.getByRole("dialog", { name: "Nieuw knooppunt" });
    // The type picker decides the fields: a theme has a domain, an organisation a kind.
    fireEvent.change(within(dialog).getByLabelText("Soort knooppunt"), {
      target: { value: "THEME" },
    });
    expect(within(dialog).getByLabelText("Domein")).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText("Soort knooppunt"), {
      target: { value: "ORGANISATION" },
    });

    fireEvent.click(within(dialog).getByRole("button", { name: "Aanmaken" }));
    expect(within(dialog).getByLabelText("Soort").getAttribute("aria-invalid")).toBe("true");
    expect(within(dialog).getByLabelText("Kern").getAttribute("aria-invalid")).toBe("true");

    fireEvent.change(within(dialog).getByLabelText("Naam"), {
      target: { value: "Welzijn Vorst" },
    });
    fireEvent.change(within(dialog).getByLabelText("Soort"), { target: { value: "WELZIJN" } });
    fireEvent.change(within(dialog).getByLabelText("Kern"), { target: { value: "Wilp" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Aanmaken" }));
    await waitFor(() => expect(chosen).toEqual(["org-new"]));
    expect(screen.getByTestId("editing-status").textContent).toBe(
      "Organisatie Welzijn Vorst aangemaakt.",
    );
  });
});
