import { act, fireEvent, render, screen, within } from "@testing-library/react";
import cytoscape from "cytoscape";
import { describe, expect, it, vi } from "vitest";

import { initI18n } from "../../src/app/i18n";
import { heatColour, SEVERITY_COLOURS, STATUS_COLOURS } from "../../src/features/analytics/colours";
import { neutralise, toCsv } from "../../src/features/analytics/csv";
import { GapCard } from "../../src/features/gaps/GapCard";
import { GapChart } from "../../src/features/gaps/GapChart";
import { groupByType, largestGaps } from "../../src/features/gaps/gapSummary";
import { PartnerCard } from "../../src/features/partners/PartnerCard";
import { LoadChart } from "../../src/features/vindplaatsen/LoadChart";
import { toElements } from "../../src/graph/elements";
import { buildStylesheet } from "../../src/graph/stylesheet";
import { useEmphasis, useMarkedNodes, useNodeColours } from "../../src/graph/useEmphasis";
import type {
  GapCard_GapFragment,
  PartnerCard_CandidateFragment,
} from "../../src/graphql/__generated__/graphql";
import { mapEdge, mapNode } from "./fixtures";

const gap = (over: Partial<GapCard_GapFragment> = {}): GapCard_GapFragment => ({
  id: "OVERLOADED_VINDPLAATS:vp-school",
  type: "OVERLOADED_VINDPLAATS",
  severity: "HIGH",
  explanation: { nl: "De school is overbelast.", en: "The school is overloaded." },
  suggestion: { nl: "Bundel de vragen.", en: "Bundle the asks." },
  nodeIds: ["vp-school", "org-a"],
  edgeIds: ["ACTIVE_AT:org-a:vp-school"],
  themeIds: [],
  ...over,
});

describe("CSV export", () => {
  it("prefixes texts starting with = + - @ with ' so spreadsheets show them instead of running them", () => {
    expect(["=1+1", "+31", "-2", "@SUM(A1)", "Gewoon"].map(neutralise)).toEqual([
      "'=1+1",
      "'+31",
      "'-2",
      "'@SUM(A1)",
      "Gewoon",
    ]);
  });

  it("writes a header and one row per table row, quoting commas, quotes and line breaks", () => {
    const csv = toCsv(
      ["Naam", "Belasting"],
      [
        ['School "De Kastanjehof", Twello', 2],
        ["=HYPERLINK(1)", 0.5],
      ],
    );
    expect(csv).toBe(
      'Naam,Belasting\r\n"School ""De Kastanjehof"", Twello",2\r\n\'=HYPERLINK(1),0.5\r\n',
    );
  });
});

describe("gap summary", () => {
  it("ranks the largest gaps by severity, then by the number of nodes involved", () => {
    const gaps = [
      gap({ id: "low", severity: "LOW", nodeIds: ["a", "b", "c", "d"] }),
      gap({ id: "high-small", severity: "HIGH", nodeIds: ["a"] }),
      gap({ id: "medium", severity: "MEDIUM", nodeIds: ["a", "b"] }),
      gap({ id: "high-big", severity: "HIGH", nodeIds: ["a", "b", "c"] }),
    ];
    expect(largestGaps(gaps).map((g) => g.id)).toEqual(["high-big", "high-small", "medium"]);
    const groups = groupByType([
      gap({ id: "1", type: "SILO", severity: "MEDIUM" }),
      gap({ id: "2", type: "OVERLOADED_VINDPLAATS", severity: "HIGH" }),
      gap({ id: "3", type: "SILO", severity: "LOW" }),
    ]);
    expect(groups.map((g) => [g.type, g.counts])).toEqual([
      ["OVERLOADED_VINDPLAATS", { HIGH: 1, MEDIUM: 0, LOW: 0 }],
      ["SILO", { HIGH: 0, MEDIUM: 1, LOW: 1 }],
    ]);
  });
});

describe("GapCard", () => {
  it("shows type, severity, explanation and next step, in Dutch and after switching in English", async () => {
    const onToggle = vi.fn();
    render(<GapCard gap={gap()} shown={false} onToggle={onToggle} />);
    const card = screen.getByRole("article", { name: "Overbelaste vindplaats" });
    expect(within(card).getByTestId("gap-severity").textContent).toBe("Hoog");
    expect(card.textContent).toContain("De school is overbelast.");
    expect(card.textContent).toContain("Volgende stap: Bundel de vragen.");
    const button = within(card).getByRole("button", { name: "Toon op kaart" });
    expect(button.getAttribute("aria-pressed")).toBe("false");
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();

    await act(() => initI18n().changeLanguage("en"));
    expect(screen.getByRole("article", { name: "Overloaded vindplaats" }).textContent).toContain(
      "The school is overloaded.",
    );
  });
});

const candidate: PartnerCard_CandidateFragment = {
  candidate: {
    id: "per-dion",
    name: "Dion Mulder",
    type: "PERSON",
    village: null,
  },
  score: 8.028,
  parts: {
    sharedThemes: 1,
    sharedVindplaatsen: 0,
    sharedTargetGroups: 0,
    commonContacts: 0.514,
    commonContactCount: 1,
    complementarity: 1,
  },
  reasons: [
    { nl: "werkt ook aan Schulden", en: "also works on Schulden" },
    { nl: "1 gemeenschappelijk contact", en: "1 contact in common" },
  ],
  contactPerson: { id: "per-dion", name: "Dion Mulder" },
  introductionPath: {
    hops: 2,
    nodeIds: ["per-eva", "per-kim", "per-dion"],
    edgeIds: ["KNOWS:per-eva:per-kim", "KNOWS:per-dion:per-kim"],
    nodes: [
      { id: "per-eva", name: "Eva Lammers", type: "PERSON" },
      { id: "per-kim", name: "Kim Rouwenhorst", type: "PERSON" },
      { id: "per-dion", name: "Dion Mulder", type: "PERSON" },
    ],
  },
  nodeIds: [],
  edgeIds: [],
};

describe("PartnerCard", () => {
  it("shows rank, score, reasons, score parts, contact person and the introduction path", () => {
    const onToggle = vi.fn();
    render(<PartnerCard rank={1} candidate={candidate} shown onToggle={onToggle} />);
    const card = screen.getByRole("article", { name: "1. Dion Mulder" });
    expect(within(card).getByTestId("partner-score").textContent).toBe("score 8,03");
    expect(
      within(within(card).getByTestId("partner-reasons"))
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["werkt ook aan Schulden", "1 gemeenschappelijk contact"]);
    expect(within(card).getByTestId("partner-contact").textContent).toBe(
      "Contactpersoon: Dion Mulder",
    );
    const path = within(card).getByRole("list", { name: "Introductie via:" });
    expect(
      within(path)
        .getAllByRole("listitem")
        .map((li) => li.textContent),
    ).toEqual(["Eva Lammers", "Kim Rouwenhorst", "Dion Mulder"]);
    expect(card.textContent).toContain("Gemeenschappelijke contacten1 (Adamic–Adar 0,51)");
    const button = within(card).getByRole("button", { name: "Toon introductie op kaart" });
    expect(button.getAttribute("aria-pressed")).toBe("true");
    fireEvent.click(button);
    expect(onToggle).toHaveBeenCalledOnce();
  });

  it("says so when there is no introduction path", () => {
    render(
      <PartnerCard
        rank={2}
        candidate={{ ...candidate, introductionPath: null }}
        shown={false}
        onToggle={() => undefined}
      />,
    );
    expect(screen.getByTestId("partner-path").textContent).toContain(
      "geen introductiepad gevonden",
    );
  });
});

/** The drawn bars as [category, colour] (Recharts draws no rectangle for a zero value). */
function bars(container: HTMLElement) {
  return [...container.querySelectorAll(".recharts-bar-rectangle path")].map((p) => [
    p.getAttribute("name"),
    p.getAttribute("fill"),
  ]);
}

describe("charts", () => {
  it("LoadChart draws each vindplaats's parties in its status colour next to its grey capacity", () => {
    const { container } = render(
      <LoadChart
        rows={[
          { id: "a", name: "School", partyCount: 6, capacity: 3, status: "OVERLOADED" },
          { id: "b", name: "Huisarts", partyCount: 5, capacity: 6, status: "BUSY" },
          { id: "c", name: "Dorpshuis", partyCount: 1, capacity: 4, status: "OK" },
        ]}
      />,
    );
    expect(bars(container)).toEqual([
      ["School", STATUS_COLOURS.OVERLOADED],
      ["Huisarts", STATUS_COLOURS.BUSY],
      ["Dorpshuis", STATUS_COLOURS.OK],
      ["School", "#b4b4b4"],
      ["Huisarts", "#b4b4b4"],
      ["Dorpshuis", "#b4b4b4"],
    ]);
  });

  it("GapChart stacks each gap type's count by severity, in the severity colours", () => {
    const { container } = render(
      <GapChart
        rows={[
          { type: "OVERLOADED_VINDPLAATS", counts: { HIGH: 1, MEDIUM: 0, LOW: 0 } },
          { type: "SILO", counts: { HIGH: 0, MEDIUM: 2, LOW: 1 } },
        ]}
      />,
    );
    expect(bars(container)).toEqual([
      ["Overbelaste vindplaats", SEVERITY_COLOURS.HIGH],
      ["Silo", SEVERITY_COLOURS.MEDIUM],
      ["Silo", SEVERITY_COLOURS.LOW],
    ]);
  });

  it("the heat scale runs from green (no load) to dark red (1.5 and over)", () => {
    expect(heatColour(0)).toBe("#39870c");
    expect(heatColour(1.5)).toBe("#a7000f");
    expect(heatColour(3)).toBe("#a7000f");
    expect(heatColour(0.9)).not.toBe(heatColour(0.5));
  });
});

describe("map emphasis hooks", () => {
  function Harness(props: {
    cy: cytoscape.Core;
    emphasis: { nodeIds: string[]; edgeIds: string[] } | null;
    colours: Map<string, string> | null;
    marked: string[];
  }) {
    const elements = toElements({ nodes: [], edges: [] });
    useEmphasis(props.cy, elements, props.emphasis);
    useNodeColours(props.cy, elements, props.colours);
    useMarkedNodes(props.cy, elements, props.marked);
    return null;
  }

  it("emphasise exactly the given elements, dim the rest, colour and mark nodes, and undo it all", () => {
    const { nodes, edges } = toElements({
      nodes: [mapNode("a"), mapNode("b"), mapNode("c")],
      edges: [mapEdge("ab", "a", "b"), mapEdge("bc", "b", "c")],
    });
    const cy = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet({ large: false }),
      elements: [...nodes, ...edges],
    });
    const { rerender } = render(
      <Harness
        cy={cy}
        emphasis={{ nodeIds: ["a", "b"], edgeIds: ["ab"] }}
        colours={new Map([["c", "#a7000f"]])}
        marked={["c"]}
      />,
    );
    expect(
      cy
        .$(".emphasised")
        .map((e) => e.id())
        .sort(),
    ).toEqual(["a", "ab", "b"]);
    expect(
      cy
        .$(".dimmed")
        .map((e) => e.id())
        .sort(),
    ).toEqual(["bc", "c"]);
    expect(cy.getElementById("c").style("background-color")).toBe("rgb(167,0,15)");
    expect(cy.getElementById("c").hasClass("marked")).toBe(true);

    rerender(<Harness cy={cy} emphasis={null} colours={null} marked={[]} />);
    expect(cy.$(".emphasised, .dimmed, .marked").length).toBe(0);
    expect(cy.getElementById("c").data("fill")).toBeUndefined();
  });
});
