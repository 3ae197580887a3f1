import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { CreateRelationshipMutation, ThemeOptionsQuery } from "../../src/features/editing/queries";
import { NewRelationDialog } from "../../src/features/editing/RelationDialog";
import { StatusRegion } from "../../src/features/editing/status";
import { SearchQuery } from "../../src/features/explorer/queries";
import { renderWithProviders } from "./render";

const welzijn = { id: "org-welzijn", name: "Welzijn Voorst", type: "ORGANISATION" as const };

const options: MockLink.MockedResponse = {
  request: { query: ThemeOptionsQuery },
  result: {
    data: {
      villages: ["Twello"],
      themes: [
        { __typename: "Theme", id: "thema-eenzaamheid", name: "Eenzaamheid" },
        { __typename: "Theme", id: "thema-schulden", name: "Schulden" },
      ],
    },
  },
  maxUsageCount: 10,
};

const search: MockLink.MockedResponse = {
  request: { query: SearchQuery, variables: { text: "GGD", limit: 50 } },
  result: {
    data: {
      search: [
        {
          __typename: "MapNode",
          id: "org-ggd",
          type: "ORGANISATION",
          name: "GGD Noord- en Oost-Gelderland",
          village: null,
        },
        {
          __typename: "MapNode",
          id: "per-ggd",
          type: "PERSON",
          name: "Gerda GGD",
          village: null,
        },
      ],
    },
  },
  maxUsageCount: 5,
};

function messageOf(input: HTMLElement): string {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

function renderDialog(mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <>
      <NewRelationDialog node={welzijn} onClose={() => undefined} />
      <StatusRegion />
    </>,
    { mocks: [options, search, ...mocks] },
  );
}

describe("Relatie toevoegen", () => {
  it("offers only relationship types an organisation can have, in words read from it", () => {
    renderDialog();
    const dialog = screen.getByRole("dialog", { name: "Relatie toevoegen voor Welzijn Voorst" });
    const type = within(dialog).getByLabelText("Soort relatie");
    const labels = within(type)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(labels).toContain("verwijst naar (organisatie)");
    expect(labels).toContain("krijgt verwijzingen van (organisatie)");
    expect(labels).toContain("heeft als medewerker (persoon)");
    expect(labels).not.toContain("kent (persoon)");
    // Focus starts in the dialog, on its first choice.
    expect(document.activeElement).toBe(type);
  });

  it("says next to the fields what a referral route still needs", async () => {
    renderDialog();
    const dialog = screen.getByRole("dialog");
    fireEvent.change(within(dialog).getByLabelText("Soort relatie"), {
      target: { value: "REFERS_TO:OUT" },
    });
    const perYear = within(dialog).getByLabelText(/Verwijzingen per jaar/);
    fireEvent.change(perYear, { target: { value: "-3" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Relatie toevoegen" }));

    const other = within(dialog).getByRole("combobox", { name: "Met welk knooppunt?" });
    expect(other.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(other)).toContain("Vul dit veld in.");
    const theme = within(dialog).getByLabelText("Thema");
    expect(theme.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(theme)).toBe("Vul dit veld in.");
    expect(messageOf(perYear)).toBe("Dit moet minstens 0 zijn.");
  });

  it(
    "draws a referral route to the organisation picked with the search, with theme and kind",
    {
      timeout: 30_000,
    },
    async () => {
      let sent: Record<string, unknown> | undefined;
      const create: MockLink.MockedResponse = {
        request: {
          query: CreateRelationshipMutation,
          variables: (variables: Record<string, unknown>) => {
            sent = variables;
            return true;
          },
        },
        result: {
          data: {
            createRelationship: {
              __typename: "Relationship",
              id: "REFERS_TO:org-welzijn:org-ggd:thema-schulden",
              type: "REFERS_TO",
              fromId: "org-welzijn",
              toId: "org-ggd",
            },
          },
        },
      };
      renderDialog([create]);
      const dialog = screen.getByRole("dialog");
      fireEvent.change(within(dialog).getByLabelText("Soort relatie"), {
        target: { value: "REFERS_TO:OUT" },
      });
      const other = within(dialog).getByRole("combobox", { name: "Met welk knooppunt?" });
      fireEvent.change(other, { target: { value: "GGD" } });
      // Only organisations can be the other end of a referral route.
      // A busy machine (tests run in parallel) may take a while over the debounce and mocks.
      const slow = { timeout: 10_000 };
      const option = await within(dialog).findByRole(
        "option",
        { name: /GGD Noord- en Oost-Gelderland/ },
        slow,
      );
      expect(within(dialog).queryByRole("option", { name: /Gerda GGD/ })).toBeNull();
      fireEvent.click(option);
      expect(within(dialog).getByTestId("relation-other").textContent).toBe(
        "Gekozen: GGD Noord- en Oost-Gelderland (Organisatie)",
      );

      const theme = within(dialog).getByLabelText("Thema");
      await within(theme).findByRole("option", { name: "Schulden" }, slow);
      fireEvent.change(theme, { target: { value: "thema-schulden" } });
      fireEvent.click(within(dialog).getByRole("radio", { name: /Informeel/ }));
      fireEvent.change(within(dialog).getByLabelText(/Verwijzingen per jaar/), {
        target: { value: "12" },
      });
      fireEvent.click(within(dialog).getByRole("button", { name: "Relatie toevoegen" }));

      await waitFor(
        () =>
          expect(screen.getByTestId("editing-status").textContent).toBe(
            "Relatie toegevoegd: Welzijn Voorst verwijst naar GGD Noord- en Oost-Gelderland.",
          ),
        slow,
      );
      expect(sent).toEqual({
        input: {
          type: "REFERS_TO",
          from: "org-welzijn",
          to: "org-ggd",
          themeId: "thema-schulden",
          agreed: false,
          perYear: 12,
        },
      });
    },
  );

  it("closes on Escape", () => {
    let closed = false;
    renderWithProviders(
      <NewRelationDialog
        node={welzijn}
        onClose={() => {
          closed = true;
        }}
      />,
      { mocks: [options] },
    );
    fireEvent.keyDown(screen.getByRole("dialog"), { key: "Escape" });
    expect(closed).toBe(true);
  });
});
