import { fireEvent, screen, within } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it, vi } from "vitest";

import { NodeDetailsQuery } from "../../src/features/explorer/detail.queries";
import { DetailPanel } from "../../src/features/explorer/DetailPanel";
import type { ExplorerState } from "../../src/features/explorer/urlState";
import { DEFAULT_STATE } from "../../src/features/explorer/urlState";
import { currentUrl, renderWithProviders } from "./render";

const relation = (
  id: string,
  type: string,
  direction: "OUTGOING" | "INCOMING",
  other: { __typename: string; id: string; type: string; name: string },
  extra: Record<string, unknown> = {},
) => ({
  __typename: "Relation",
  id,
  type,
  direction,
  themeName: null,
  agreed: null,
  strength: null,
  role: null,
  perYear: null,
  other,
  ...extra,
});

const theme = {
  __typename: "Theme",
  id: "thema-eenzaamheid",
  type: "THEME",
  name: "Eenzaamheid",
  description: "Inwoners voelen zich verbonden.",
  programme: "Kadernota Sociaal Domein 2020-2024",
  domain: "SOCIAAL",
  trekker: { __typename: "Person", id: "per-anna", name: "Anna de Trekker" },
  relations: [
    relation("r1", "TREKKER_OF", "INCOMING", {
      __typename: "Person",
      id: "per-anna",
      type: "PERSON",
      name: "Anna de Trekker",
    }),
    relation("r2", "WORKS_ON", "INCOMING", {
      __typename: "Organisation",
      id: "org-welzijn",
      type: "ORGANISATION",
      name: "Welzijn Voorst",
    }),
    relation("r3", "WORKS_ON", "INCOMING", {
      __typename: "Organisation",
      id: "org-bieb",
      type: "ORGANISATION",
      name: "Bibliotheek Twello",
    }),
  ],
};

const organisation = {
  __typename: "Organisation",
  id: "org-welzijn",
  type: "ORGANISATION",
  name: "Welzijn Voorst",
  organisationKind: "WELZIJN",
  village: "Twello",
  website: "https://welzijn.example.nl",
  relations: [
    relation(
      "r9",
      "REFERS_TO",
      "OUTGOING",
      { __typename: "Organisation", id: "org-ggd", type: "ORGANISATION", name: "GGD" },
      { themeName: "Schulden", agreed: false, perYear: 12 },
    ),
  ],
};

const detailsMock = (node: object | null, id: string) => ({
  request: { query: NodeDetailsQuery, variables: { id } },
  result: { data: { node } },
});

function Harness({ id, onChange }: { id: string; onChange: (s: ExplorerState) => void }) {
  const [state, setState] = useState<ExplorerState>({ ...DEFAULT_STATE, selectedId: id });
  return (
    <DetailPanel
      id={id}
      state={state}
      onMap
      onChange={(change) => {
        const next = { ...state, ...change };
        setState(next);
        onChange(next);
      }}
    />
  );
}

describe("DetailPanel", () => {
  it("shows a theme's properties and who leads it, as a link that selects that person", async () => {
    renderWithProviders(<Harness id="thema-eenzaamheid" onChange={() => undefined} />, {
      mocks: [detailsMock(theme, "thema-eenzaamheid")],
      url: "/?theme=thema-eenzaamheid&selected=thema-eenzaamheid",
    });
    expect(await screen.findByRole("heading", { level: 2, name: "Eenzaamheid" })).toBeTruthy();
    expect(screen.getByText("Sociaal domein")).toBeTruthy();
    expect(screen.getByText("Kadernota Sociaal Domein 2020-2024")).toBeTruthy();

    const trekker = screen.getByTestId("theme-trekker");
    expect(trekker.textContent).toBe("Anna de Trekker");
    fireEvent.click(trekker);
    const url = currentUrl();
    expect(url.searchParams.get("selected")).toBe("per-anna");
    // The link changes the selection and keeps the filters of the view.
    expect(url.searchParams.getAll("theme")).toEqual(["thema-eenzaamheid"]);
  });

  it("lists relations grouped by how they read, each a link to the other node", async () => {
    renderWithProviders(<Harness id="thema-eenzaamheid" onChange={() => undefined} />, {
      mocks: [detailsMock(theme, "thema-eenzaamheid")],
    });
    const relations = await screen.findByTestId("detail-relations");
    const providers = within(
      within(relations).getByRole("heading", { name: "wordt opgepakt door" }).parentElement!,
    );
    expect(providers.getAllByRole("link").map((a) => a.textContent)).toEqual([
      "Bibliotheek Twello",
      "Welzijn Voorst",
    ]);
    expect(within(relations).getByRole("heading", { name: "heeft als trekker" })).toBeTruthy();

    fireEvent.click(providers.getByRole("link", { name: "Welzijn Voorst" }));
    expect(currentUrl().searchParams.get("selected")).toBe("org-welzijn");
  });

  it("shows referral details: theme, informal, referrals per year; and the kind in words", async () => {
    renderWithProviders(<Harness id="org-welzijn" onChange={() => undefined} />, {
      mocks: [detailsMock(organisation, "org-welzijn")],
    });
    expect(await screen.findByText("Welzijn")).toBeTruthy();
    expect(screen.getByRole("link", { name: "https://welzijn.example.nl" })).toBeTruthy();
    const relations = within(screen.getByTestId("detail-relations"));
    expect(relations.getByRole("heading", { name: "verwijst naar" })).toBeTruthy();
    expect(
      relations.getByText(/thema Schulden; informeel, niet afgesproken; 12 per jaar/),
    ).toBeTruthy();
  });

  it("shows the neighbourhood with the chosen number of steps, hides the node, and closes", async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness id="org-welzijn" onChange={onChange} />, {
      mocks: [detailsMock(organisation, "org-welzijn")],
    });
    await screen.findByText("Welzijn");
    fireEvent.change(screen.getByLabelText("Aantal stappen"), { target: { value: "2" } });
    fireEvent.click(screen.getByRole("button", { name: "Toon omgeving" }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ focusId: "org-welzijn", hops: 2 }),
    );

    fireEvent.click(screen.getByRole("button", { name: "Verberg op kaart" }));
    expect(onChange).toHaveBeenLastCalledWith(
      expect.objectContaining({ hiddenIds: ["org-welzijn"], selectedId: null }),
    );
  });

  it("closes on the close button", async () => {
    const onChange = vi.fn();
    renderWithProviders(<Harness id="org-welzijn" onChange={onChange} />, {
      mocks: [detailsMock(organisation, "org-welzijn")],
    });
    fireEvent.click(await screen.findByRole("button", { name: "Sluit details" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ selectedId: null }));
  });

  it("says so when the node does not exist", async () => {
    renderWithProviders(<Harness id="gone" onChange={() => undefined} />, {
      mocks: [detailsMock(null, "gone")],
    });
    expect(await screen.findByText("Dit knooppunt bestaat niet (meer).")).toBeTruthy();
  });

  it("shows an error with a retry button when the API is down", async () => {
    renderWithProviders(<Harness id="org-welzijn" onChange={() => undefined} />, {
      mocks: [
        {
          request: { query: NodeDetailsQuery, variables: { id: "org-welzijn" } },
          error: new Error("down"),
        },
        detailsMock(organisation, "org-welzijn"),
      ],
    });
    const alert = await screen.findByRole("alert");
    expect(alert.textContent).toContain("De netwerkkaart kan niet worden geladen");
    fireEvent.click(within(alert).getByRole("button", { name: "Opnieuw proberen" }));
    expect(await screen.findByText("Welzijn")).toBeTruthy();
  });
});
