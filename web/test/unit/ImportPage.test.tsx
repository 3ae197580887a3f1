import type { MockLink } from "@apollo/client/testing";
import { fireEvent, screen, waitFor, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";

import { EditingPermissionsQuery } from "../../src/features/editing/queries";
import { ImportPage } from "../../src/features/import/ImportPage";
import { ImportNetworkMutation, ImportPreviewQuery } from "../../src/features/import/queries";
import { renderWithProviders } from "./render";

const NODES_CSV = "id,type,name,kind,village\norg-x,organisatie,Buurtkamer,WIJK,Wilp\n";

const editor: MockLink.MockedResponse = {
  request: { query: EditingPermissionsQuery },
  result: { data: { me: { __typename: "Me", id: "user-1", role: "EDITOR" } } },
  maxUsageCount: 10,
};

function report(overrides: Record<string, unknown> = {}) {
  return {
    __typename: "ImportReport",
    valid: true,
    applied: false,
    nodes: { __typename: "ImportCounts", new: 3, changed: 1, unchanged: 208 },
    relationships: { __typename: "ImportCounts", new: 5, changed: 0, unchanged: 830 },
    problems: [],
    ...overrides,
  };
}

function chooseNodes(content = NODES_CSV) {
  const input = screen.getByLabelText("Knooppunten (nodes.csv)");
  const file = new File([content], "nodes.csv", { type: "text/csv" });
  fireEvent.change(input, { target: { files: [file] } });
}

describe("Importeren: the preview", () => {
  it("shows new / changed / unchanged per kind, then imports on confirmation", async () => {
    const preview: MockLink.MockedResponse = {
      request: { query: ImportPreviewQuery, variables: { files: { nodesCsv: NODES_CSV } } },
      result: { data: { importPreview: report() } },
    };
    const imported: MockLink.MockedResponse = {
      request: { query: ImportNetworkMutation, variables: { files: { nodesCsv: NODES_CSV } } },
      result: { data: { importNetwork: report({ applied: true }) } },
    };
    renderWithProviders(<ImportPage />, { mocks: [editor, preview, imported] });
    await screen.findByRole("heading", { name: "Importeren", level: 2 });
    chooseNodes();
    fireEvent.click(screen.getByRole("button", { name: "Bestanden controleren" }));

    const table = await screen.findByRole("table", { name: "Aantallen per soort" });
    const nodes = within(table).getByRole("row", { name: /Knooppunten/ });
    expect(
      within(nodes)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["3", "1", "208"]);
    const relationships = within(table).getByRole("row", { name: /Relaties/ });
    expect(
      within(relationships)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["5", "0", "830"]);
    expect(screen.getByText("Geen fouten gevonden.")).toBeTruthy();

    fireEvent.click(screen.getByRole("button", { name: "Importeren bevestigen" }));
    await waitFor(() =>
      expect(screen.getByTestId("import-status").textContent).toBe(
        "Import voltooid: 4 knooppunten en 5 relaties nieuw of gewijzigd.",
      ),
    );
    expect(screen.getByRole("link", { name: "Bekijk de kaart" })).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Importeren bevestigen" })).toBeNull();
  });

  it("lists every problem with its file, row, column and rule, and offers no import", async () => {
    const preview: MockLink.MockedResponse = {
      request: { query: ImportPreviewQuery, variables: { files: { nodesCsv: NODES_CSV } } },
      result: {
        data: {
          importPreview: report({
            valid: false,
            problems: [
              {
                __typename: "ImportProblem",
                file: "nodes.csv",
                row: 2,
                column: "kind",
                rule: "enum",
                message: "Onbekende soort: WIJK.",
                messageEn: "Unknown kind: WIJK.",
              },
            ],
          }),
        },
      },
    };
    renderWithProviders(<ImportPage />, { mocks: [editor, preview] });
    await screen.findByRole("heading", { name: "Importeren", level: 2 });
    chooseNodes();
    fireEvent.click(screen.getByRole("button", { name: "Bestanden controleren" }));

    const problems = await screen.findByTestId("import-problems");
    const row = within(problems).getAllByRole("row")[1]!;
    expect(
      within(row)
        .getAllByRole("cell")
        .map((c) => c.textContent),
    ).toEqual(["nodes.csv", "2", "kind", "enum", "Onbekende soort: WIJK."]);
    expect(screen.getByRole("alert").textContent).toBe(
      "1 fout gevonden; er wordt niets geïmporteerd tot die is opgelost.",
    );
    expect(screen.queryByRole("button", { name: "Importeren bevestigen" })).toBeNull();
  });

  it("asks for a file before checking", async () => {
    renderWithProviders(<ImportPage />, { mocks: [editor] });
    await screen.findByRole("heading", { name: "Importeren", level: 2 });
    fireEvent.click(screen.getByRole("button", { name: "Bestanden controleren" }));
    expect(screen.getByRole("alert").textContent).toBe("Kies nodes.csv of een JSON-bestand.");
  });
});
