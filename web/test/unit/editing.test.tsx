import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";

import { relationChoices } from "../../src/features/editing/model";
import { NodeEditDialog } from "../../src/features/editing/NodeEditDialog";
import {
  EditableNodeQuery,
  ThemeOptionsQuery,
  UpdateOrganisationMutation,
  UpdateVindplaatsMutation,
} from "../../src/features/editing/queries";
import { StatusRegion } from "../../src/features/editing/status";
import { renderWithProviders } from "./render";

const organisation = {
  __typename: "Organisation",
  id: "org-welzijn",
  type: "ORGANISATION",
  name: "Welzijn Voorst",
  version: 3,
  relations: [{ __typename: "Relation", id: "r1" }],
  organisationKind: "WELZIJN",
  village: "Twello",
  website: "https://welzijn.example.nl",
};

const vindplaats = {
  __typename: "Vindplaats",
  id: "vp-dorpshuis",
  type: "VINDPLAATS",
  name: "Dorpshuis Wilp",
  version: 1,
  relations: [],
  vindplaatsKind: "DORPSHUIS",
  vindplaatsVillage: "Wilp",
  capacity: 4,
};

const options: MockLink.MockedResponse = {
  request: { query: ThemeOptionsQuery },
  result: {
    data: {
      villages: ["Twello", "Wilp"],
      themes: [{ __typename: "Theme", id: "thema-schulden", name: "Schulden" }],
    },
  },
  maxUsageCount: 10,
};

function nodeMock(node: Record<string, unknown>): MockLink.MockedResponse {
  return {
    request: { query: EditableNodeQuery, variables: { id: node.id } },
    result: { data: { node } },
    maxUsageCount: 10,
  };
}

function renderEdit(node: Record<string, unknown>, mocks: MockLink.MockedResponse[] = []) {
  return renderWithProviders(
    <>
      <NodeEditDialog id={String(node.id)} onClose={() => undefined} />
      <StatusRegion />
    </>,
    { mocks: [nodeMock(node), options, ...mocks] },
  );
}

/** The message a field is described by: what a screen reader reads with it. */
function messageOf(input: HTMLElement): string {
  const ids = (input.getAttribute("aria-describedby") ?? "").split(" ").filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
}

describe("Bewerken: the node form", () => {
  it("shows in Dutch, next to each field, what is wrong before anything is sent", async () => {
    renderEdit(organisation);
    const dialog = await screen.findByRole("dialog", { name: "Welzijn Voorst bewerken" });
    const name = await within(dialog).findByLabelText("Naam");
    expect(name).toHaveProperty("value", "Welzijn Voorst");

    fireEvent.change(name, { target: { value: "   " } });
    const website = within(dialog).getByLabelText(/Website/);
    fireEvent.change(website, { target: { value: "welzijn dot nl" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Opslaan" }));

    expect(name.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(name)).toBe("Vul dit veld in.");
    expect(website.getAttribute("aria-invalid")).toBe("true");
    expect(messageOf(website)).toBe(
      "Vul een volledig webadres in dat begint met https:// of http://.",
    );
    // Focus lands on the first field to fix.
    expect(document.activeElement).toBe(name);
    // The kind, which is fine, carries no message.
    expect(within(dialog).getByLabelText("Soort").getAttribute("aria-invalid")).toBeNull();

    // Correcting a field takes its message away.
    fireEvent.change(name, { target: { value: "Welzijn Voorst" } });
    expect(name.getAttribute("aria-invalid")).toBeNull();
  });

  it("checks a vindplaats's capacity as the API does: a whole number of at least 1", async () => {
    renderEdit(vindplaats);
    const dialog = await screen.findByRole("dialog", { name: "Dorpshuis Wilp bewerken" });
    const capacity = await within(dialog).findByLabelText(/Capaciteit/);
    fireEvent.change(capacity, { target: { value: "0" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Opslaan" }));
    expect(messageOf(capacity)).toBe("Dit moet minstens 1 zijn.");
    fireEvent.change(capacity, { target: { value: "2,5" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Opslaan" }));
    expect(messageOf(capacity)).toBe("Vul een heel getal in.");
  });

  it("puts the API's refusal next to the field it names, in Dutch", async () => {
    const refused: MockLink.MockedResponse = {
      request: {
        query: UpdateVindplaatsMutation,
        variables: {
          id: "vp-dorpshuis",
          input: { name: "Dorpshuis Wilp", kind: "DORPSHUIS", village: "Wilp", capacity: 12 },
          expectedVersion: 1,
        },
      },
      result: {
        errors: [
          new GraphQLError("capacity must not be greater than 10000", {
            extensions: {
              code: "BAD_USER_INPUT",
              field: "input.capacity",
              rule: "max",
              problems: [
                {
                  field: "input.capacity",
                  rule: "max",
                  message: "capacity must not be greater than 10000",
                },
              ],
            },
          }),
        ],
      },
    };
    renderEdit(vindplaats, [refused]);
    const dialog = await screen.findByRole("dialog", { name: "Dorpshuis Wilp bewerken" });
    const capacity = await within(dialog).findByLabelText(/Capaciteit/);
    fireEvent.change(capacity, { target: { value: "12" } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Opslaan" }));
    await waitFor(() => expect(capacity.getAttribute("aria-invalid")).toBe("true"));
    expect(messageOf(capacity)).toBe("Dit getal is te groot.");
    // The dialog stays open with the user's value: nothing is lost.
    expect(capacity).toHaveProperty("value", "12");
  });

  it("on a stale version shows the current values, saves nothing, and lets the user reload them", async () => {
    const current = {
      id: "org-welzijn",
      type: "ORGANISATION",
      name: "Welzijn Voorst en Twello",
      kind: "WELZIJN",
      village: "Twello",
      website: null,
      version: 4,
    };
    const input = {
      name: "Welzijn Voorst e.o.",
      kind: "WELZIJN",
      village: "Twello",
      website: "https://welzijn.example.nl",
    };
    const stale: MockLink.MockedResponse = {
      request: {
        query: UpdateOrganisationMutation,
        variables: { id: "org-welzijn", input, expectedVersion: 3 },
      },
      result: {
        errors: [
          new GraphQLError("Deze gegevens zijn intussen gewijzigd (versie 4, u had versie 3).", {
            extensions: { code: "CONFLICT", field: "expectedVersion", rule: "stale", current },
          }),
        ],
      },
    };
    const retried: MockLink.MockedResponse = {
      request: {
        query: UpdateOrganisationMutation,
        variables: {
          id: "org-welzijn",
          input: { ...input, name: "Welzijn Voorst en Twello e.o.", website: "" },
          expectedVersion: 4,
        },
      },
      result: {
        data: {
          updateOrganisation: {
            __typename: "Organisation",
            id: "org-welzijn",
            name: "Welzijn Voorst en Twello e.o.",
            version: 5,
          },
        },
      },
    };
    renderEdit(organisation, [stale, retried]);
    const dialog = await screen.findByRole("dialog", { name: "Welzijn Voorst bewerken" });
    const name = await within(dialog).findByLabelText("Naam");
    fireEvent.change(name, { target: { value: "Welzijn Voorst e.o." } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Opslaan" }));

    const alert = await within(dialog).findByTestId("conflict-message");
    expect(alert.getAttribute("role")).toBe("alert");
    expect(alert.textContent).toContain("Iemand anders heeft dit knooppunt intussen gewijzigd.");
    expect(alert.textContent).toContain("Uw wijzigingen zijn niet opgeslagen");
    const shown = within(within(alert).getByTestId("conflict-current"));
    expect(shown.getByText("Welzijn Voorst en Twello")).toBeTruthy();
    expect(shown.getByText("Welzijn")).toBeTruthy();
    // No second try with the stale version: saving waits until the current values are loaded.
    expect(within(dialog).getByRole("button", { name: "Opslaan" })).toHaveProperty(
      "disabled",
      true,
    );

    fireEvent.click(within(alert).getByRole("button", { name: "Huidige gegevens laden" }));
    expect(name).toHaveProperty("value", "Welzijn Voorst en Twello");
    expect(within(dialog).getByLabelText(/Website/)).toHaveProperty("value", "");

    fireEvent.change(name, { target: { value: "Welzijn Voorst en Twello e.o." } });
    fireEvent.click(within(dialog).getByRole("button", { name: "Opslaan" }));
    await waitFor(() =>
      expect(screen.getByTestId("editing-status").textContent).toBe(
        "Wijzigingen aan Welzijn Voorst en Twello e.o. opgeslagen.",
      ),
    );
  });
});

describe("relationship types offered for a node", () => {
  it("are only those the model allows for its label, read from the node", () => {
    const forOrganisation = relationChoices("ORGANISATION").map((c) => c.key);
    expect(forOrganisation).toContain("REFERS_TO:OUT");
    expect(forOrganisation).toContain("REFERS_TO:IN");
    expect(forOrganisation).toContain("WORKS_FOR:IN");
    expect(forOrganisation).not.toContain("KNOWS:OUT");
    expect(forOrganisation).not.toContain("WORKS_FOR:OUT");
    // Undirected: offered once.
    expect(forOrganisation.filter((k) => k.startsWith("COLLABORATES_WITH"))).toEqual([
      "COLLABORATES_WITH:OUT",
    ]);
    expect(relationChoices("TARGET_GROUP").map((c) => c.key)).toEqual([
      "REACHES:IN",
      "CONCERNS:IN",
    ]);
  });
});
