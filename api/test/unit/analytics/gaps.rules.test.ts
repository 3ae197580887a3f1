import { describe, expect, it } from "vitest";

import { NodeType } from "../../../src/model/node-types.js";
import { relationshipId, RelationshipType as R } from "../../../src/model/relationship-types.js";
import {
  filterGaps,
  findGaps,
  GapType,
  Severity,
} from "../../../src/modules/analytics/gaps.rules.js";
import { type GEdge, type GNode, GraphData } from "../../../src/modules/analytics/graph-data.js";
import { whatIf } from "../../../src/modules/analytics/whatif.js";

/** A tiny in-memory graph builder: node ids say what they are. */
function graph(
  nodes: [string, NodeType, Partial<GNode>?][],
  edges: [R, string, string, Partial<GEdge>?][],
) {
  return new GraphData(
    nodes.map(([id, type, extra]) => ({ id, type, name: id, ...extra })),
    edges.map(([type, from, to, extra]) => ({
      id: relationshipId(type, from, to, extra?.themeId),
      type,
      from,
      to,
      ...extra,
    })),
  );
}
const { PERSON: P, ORGANISATION: O, THEME: T, VINDPLAATS: V, TARGET_GROUP: G } = NodeType;
const only = (data: GraphData, type: GapType) =>
  findGaps(data, [type]).map((g) => ({ type: g.type, nodeIds: g.nodeIds, edgeIds: g.edgeIds }));

describe("gap rules over in-memory data", () => {
  it("THEME_WITHOUT_TREKKER: a theme nobody leads; a TREKKER_OF of an action does not count", () => {
    const data = graph(
      [
        ["t1", T],
        ["t2", T],
        ["p", P],
        ["a", NodeType.ACTION],
      ],
      [
        [R.TREKKER_OF, "p", "t1"],
        [R.TREKKER_OF, "p", "a"],
        [R.CONTRIBUTES_TO, "a", "t2"],
      ],
    );
    expect(only(data, GapType.THEME_WITHOUT_TREKKER)).toEqual([
      { type: "THEME_WITHOUT_TREKKER", nodeIds: ["t2"], edgeIds: [] },
    ]);
  });

  it("THEME_WITHOUT_PROVIDER: signalled but nobody works on it", () => {
    const data = graph(
      [
        ["t1", T],
        ["t2", T],
        ["o", O],
        ["p", P],
      ],
      [
        [R.SIGNALS, "p", "t1"],
        [R.SIGNALS, "o", "t1"],
        [R.SIGNALS, "p", "t2"],
        [R.WORKS_ON, "o", "t2"],
      ],
    );
    expect(only(data, GapType.THEME_WITHOUT_PROVIDER)).toEqual([
      {
        type: "THEME_WITHOUT_PROVIDER",
        nodeIds: ["t1", "p", "o"],
        edgeIds: ["SIGNALS:p:t1", "SIGNALS:o:t1"],
      },
    ]);
  });

  it("SIGNAL_WITHOUT_ROUTE: the signaller's organisation neither works on the theme nor refers for it to a provider", () => {
    const data = graph(
      [
        ["t", T],
        ["school", O],
        ["club", O],
        ["help", O],
        ["eva", P],
        ["kees", P],
      ],
      [
        [R.WORKS_ON, "help", "t"],
        [R.WORKS_FOR, "eva", "school"],
        [R.SIGNALS, "eva", "t"],
        [R.WORKS_FOR, "kees", "club"],
        [R.SIGNALS, "kees", "t"],
        [R.REFERS_TO, "club", "help", { themeId: "t", agreed: true }],
        [R.SIGNALS, "school", "t"],
      ],
    );
    expect(only(data, GapType.SIGNAL_WITHOUT_ROUTE)).toEqual([
      {
        type: "SIGNAL_WITHOUT_ROUTE",
        nodeIds: ["eva", "school", "t"],
        edgeIds: ["SIGNALS:eva:t", "WORKS_FOR:eva:school"],
      },
      { type: "SIGNAL_WITHOUT_ROUTE", nodeIds: ["school", "t"], edgeIds: ["SIGNALS:school:t"] },
    ]);
  });

  it("SIGNAL_WITHOUT_ROUTE: a referral for another theme, or to a non-provider, is no route", () => {
    const data = graph(
      [
        ["t", T],
        ["u", T],
        ["a", O],
        ["b", O],
      ],
      [
        [R.SIGNALS, "a", "t"],
        [R.REFERS_TO, "a", "b", { themeId: "u", agreed: true }],
        [R.WORKS_ON, "b", "u"],
      ],
    );
    expect(only(data, GapType.SIGNAL_WITHOUT_ROUTE).map((g) => g.nodeIds)).toEqual([["a", "t"]]);
  });

  it("UNREACHED_TARGET_GROUP: nobody involved in the theme is active where the group is found", () => {
    const data = graph(
      [
        ["t", T],
        ["g1", G],
        ["g2", G],
        ["vp1", V],
        ["vp2", V],
        ["food", O],
        ["welfare", O],
        ["anna", P],
      ],
      [
        [R.CONCERNS, "t", "g1"],
        [R.CONCERNS, "t", "g2"],
        [R.REACHES, "vp1", "g1"],
        [R.REACHES, "vp2", "g2"],
        [R.ACTIVE_AT, "food", "vp1", { themeIds: ["t"] }],
        [R.WORKS_ON, "welfare", "t"],
        [R.WORKS_FOR, "anna", "welfare"],
        [R.ACTIVE_AT, "anna", "vp2", { themeIds: ["t"] }],
      ],
    );
    expect(only(data, GapType.UNREACHED_TARGET_GROUP)).toEqual([
      {
        type: "UNREACHED_TARGET_GROUP",
        nodeIds: ["t", "g1", "vp1"],
        edgeIds: ["CONCERNS:t:g1", "REACHES:vp1:g1"],
      },
    ]);
  });

  it("OVERLOADED_VINDPLAATS: distinct organisations directly or through their people, over capacity", () => {
    const data = graph(
      [
        ["vp", V, { capacity: 2 }],
        ["vp2", V, { capacity: 3 }],
        ["a", O],
        ["b", O],
        ["c", O],
        ["p", P],
      ],
      [
        [R.ACTIVE_AT, "a", "vp"],
        [R.ACTIVE_AT, "b", "vp"],
        [R.WORKS_FOR, "p", "c"],
        [R.ACTIVE_AT, "p", "vp"],
        [R.ACTIVE_AT, "a", "vp2"],
        [R.ACTIVE_AT, "b", "vp2"],
        [R.ACTIVE_AT, "c", "vp2"],
        [R.RUN_BY, "vp2", "a"],
      ],
    );
    const gaps = findGaps(data, [GapType.OVERLOADED_VINDPLAATS]);
    expect(
      gaps.map((g) => ({
        type: g.type,
        severity: g.severity,
        nodeIds: g.nodeIds,
        edgeIds: g.edgeIds,
      })),
    ).toEqual([
      {
        type: "OVERLOADED_VINDPLAATS",
        severity: Severity.HIGH,
        nodeIds: ["vp", "a", "b", "p", "c"],
        edgeIds: ["ACTIVE_AT:a:vp", "ACTIVE_AT:b:vp", "ACTIVE_AT:p:vp", "WORKS_FOR:p:c"],
      },
    ]);
    expect(gaps[0]!.explanation.en).toContain("3 organisations rely on it (load 1.50)");
  });

  it("SINGLE_PROVIDER: one provider and every route for the theme ends there", () => {
    const data = graph(
      [
        ["t", T],
        ["u", T],
        ["help", O],
        ["x", O],
        ["y", O],
        ["z", O],
      ],
      [
        [R.WORKS_ON, "help", "t"],
        [R.REFERS_TO, "x", "help", { themeId: "t", agreed: true }],
        [R.REFERS_TO, "y", "help", { themeId: "t", agreed: true }],
        [R.WORKS_ON, "help", "u"],
        [R.WORKS_ON, "z", "u"],
        [R.REFERS_TO, "x", "help", { themeId: "u", agreed: true }],
      ],
    );
    expect(only(data, GapType.SINGLE_PROVIDER)).toEqual([
      {
        type: "SINGLE_PROVIDER",
        nodeIds: ["t", "help", "x", "y"],
        edgeIds: ["WORKS_ON:help:t", "REFERS_TO:x:help:t", "REFERS_TO:y:help:t"],
      },
    ]);
  });

  it("BROKER_DEPENDENCY: an articulation point of people and organisations, with what it cuts off", () => {
    // main: a–b–c triangle with f, g, h around it; c knows gijs; gijs knows d and e (who know
    // each other); d works for org n.
    const data = graph(
      [
        ["a", P],
        ["b", P],
        ["c", P],
        ["f", P],
        ["g", P],
        ["h", P],
        ["gijs", P],
        ["d", P],
        ["e", P],
        ["n", O],
      ],
      [
        [R.KNOWS, "f", "a"],
        [R.KNOWS, "g", "b"],
        [R.KNOWS, "f", "g"],
        [R.KNOWS, "h", "a"],
        [R.KNOWS, "a", "b"],
        [R.KNOWS, "b", "c"],
        [R.KNOWS, "c", "a"],
        [R.KNOWS, "c", "gijs"],
        [R.KNOWS, "gijs", "d"],
        [R.KNOWS, "gijs", "e"],
        [R.KNOWS, "d", "e"],
        [R.WORKS_FOR, "d", "n"],
      ],
    );
    const gaps = findGaps(data, [GapType.BROKER_DEPENDENCY]);
    expect(
      gaps.map((g) => ({
        type: g.type,
        severity: g.severity,
        nodeIds: g.nodeIds,
        edgeIds: g.edgeIds,
      })),
    ).toEqual([
      {
        type: "BROKER_DEPENDENCY",
        severity: "HIGH",
        nodeIds: ["c", "d", "e", "gijs", "n"],
        edgeIds: ["KNOWS:c:gijs"],
      },
      {
        type: "BROKER_DEPENDENCY",
        severity: "HIGH",
        nodeIds: ["gijs", "d", "e", "n"],
        edgeIds: ["KNOWS:d:gijs", "KNOWS:e:gijs"],
      },
      { type: "BROKER_DEPENDENCY", severity: "LOW", nodeIds: ["a", "h"], edgeIds: ["KNOWS:a:h"] },
      {
        type: "BROKER_DEPENDENCY",
        severity: "LOW",
        nodeIds: ["d", "n"],
        edgeIds: ["WORKS_FOR:d:n"],
      },
    ]);
    // A second tie from the main group removes gijs's and c's brokerage.
    const bridged = graph(
      [
        ["a", P],
        ["b", P],
        ["c", P],
        ["gijs", P],
        ["d", P],
        ["e", P],
      ],
      [
        [R.KNOWS, "a", "b"],
        [R.KNOWS, "b", "c"],
        [R.KNOWS, "c", "a"],
        [R.KNOWS, "c", "gijs"],
        [R.KNOWS, "gijs", "d"],
        [R.KNOWS, "d", "e"],
        [R.KNOWS, "e", "a"],
      ],
    );
    expect(findGaps(bridged, [GapType.BROKER_DEPENDENCY])).toEqual([]);
  });

  it("ISOLATED_ORGANISATION: only its own people's WORKS_FOR, and they know nobody outside", () => {
    const data = graph(
      [
        ["lone", O],
        ["daan", P],
        ["club", O],
        ["kim", P],
        ["other", P],
      ],
      [
        [R.WORKS_FOR, "daan", "lone"],
        [R.WORKS_FOR, "kim", "club"],
        [R.KNOWS, "kim", "other"],
      ],
    );
    expect(only(data, GapType.ISOLATED_ORGANISATION)).toEqual([
      {
        type: "ISOLATED_ORGANISATION",
        nodeIds: ["lone", "daan"],
        edgeIds: ["WORKS_FOR:daan:lone"],
      },
    ]);
  });

  it("SILO: two or more people who know only colleagues, while the organisation is connected otherwise", () => {
    const data = graph(
      [
        ["woon", O],
        ["t", T],
        ["r", P],
        ["m", P],
        ["k", P],
        ["open", O],
        ["x", P],
        ["y", P],
        ["z", P],
      ],
      [
        [R.WORKS_ON, "woon", "t"],
        [R.WORKS_FOR, "r", "woon"],
        [R.WORKS_FOR, "m", "woon"],
        [R.WORKS_FOR, "k", "woon"],
        [R.KNOWS, "r", "m"],
        [R.KNOWS, "m", "k"],
        [R.WORKS_ON, "open", "t"],
        [R.WORKS_FOR, "x", "open"],
        [R.WORKS_FOR, "y", "open"],
        [R.KNOWS, "x", "y"],
        [R.KNOWS, "y", "z"],
      ],
    );
    expect(only(data, GapType.SILO)).toEqual([
      {
        type: "SILO",
        nodeIds: ["woon", "r", "m", "k"],
        edgeIds: [
          "WORKS_FOR:r:woon",
          "WORKS_FOR:m:woon",
          "WORKS_FOR:k:woon",
          "KNOWS:m:r",
          "KNOWS:k:m",
        ],
      },
    ]);
  });

  it("INFORMAL_ROUTE: not agreed and used (perYear > 0 or not given)", () => {
    const data = graph(
      [
        ["t", T],
        ["a", O],
        ["b", O],
        ["c", O],
        ["d", O],
      ],
      [
        [R.REFERS_TO, "a", "b", { themeId: "t", agreed: false, perYear: 6 }],
        [R.REFERS_TO, "a", "c", { themeId: "t", agreed: false }],
        [R.REFERS_TO, "a", "d", { themeId: "t", agreed: false, perYear: 0 }],
        [R.REFERS_TO, "b", "c", { themeId: "t", agreed: true, perYear: 12 }],
      ],
    );
    expect(only(data, GapType.INFORMAL_ROUTE)).toEqual([
      { type: "INFORMAL_ROUTE", nodeIds: ["a", "b", "t"], edgeIds: ["REFERS_TO:a:b:t"] },
      { type: "INFORMAL_ROUTE", nodeIds: ["a", "c", "t"], edgeIds: ["REFERS_TO:a:c:t"] },
    ]);
  });

  it("filters by type, theme, village and minimum severity", () => {
    const data = graph(
      [
        ["t1", T],
        ["t2", T],
        ["a", O, { village: "Wilp" }],
        ["b", O, { village: "Twello" }],
      ],
      [
        [R.SIGNALS, "a", "t1"],
        [R.REFERS_TO, "b", "a", { themeId: "t2", agreed: false }],
        [R.WORKS_ON, "a", "t2"],
      ],
    );
    const all = findGaps(data);
    expect(filterGaps(data, all, { themeId: "t2" }).map((g) => g.type)).toEqual([
      "THEME_WITHOUT_TREKKER",
      "SINGLE_PROVIDER",
      "INFORMAL_ROUTE",
    ]);
    expect(filterGaps(data, all, { village: "Twello" }).map((g) => g.type)).toEqual([
      "SINGLE_PROVIDER",
      "INFORMAL_ROUTE",
    ]);
    expect(
      filterGaps(data, all, { types: [GapType.INFORMAL_ROUTE], village: "Wilp" }).map((g) => g.id),
    ).toEqual(["INFORMAL_ROUTE:REFERS_TO:b:a:t2"]);
    expect(filterGaps(data, all, { minSeverity: Severity.HIGH }).map((g) => g.type)).toEqual([
      "THEME_WITHOUT_PROVIDER",
      "SIGNAL_WITHOUT_ROUTE",
    ]);
  });
});

describe("what-if over in-memory data", () => {
  it("removing the only provider: new gaps, theme without provider and route, a split", () => {
    const data = graph(
      [
        ["t", T],
        ["help", O],
        ["x", O],
        ["y", O],
        ["trek", P],
      ],
      [
        [R.TREKKER_OF, "trek", "t"],
        [R.WORKS_FOR, "trek", "x"],
        [R.WORKS_ON, "help", "t"],
        [R.SIGNALS, "x", "t"],
        [R.REFERS_TO, "x", "help", { themeId: "t", agreed: true }],
        [R.COLLABORATES_WITH, "help", "y"],
      ],
    );
    const result = whatIf(data, ["help"]);
    expect(result.gapsAppearing.map((g) => g.id)).toEqual([
      "THEME_WITHOUT_PROVIDER:t",
      "SIGNAL_WITHOUT_ROUTE:x:t",
      "ISOLATED_ORGANISATION:y",
    ]);
    // Before: trek–x–help–y is a chain, so x and help were brokers.
    expect(result.gapsResolved.map((g) => g.id)).toEqual([
      "SINGLE_PROVIDER:t",
      "BROKER_DEPENDENCY:help",
      "BROKER_DEPENDENCY:x",
    ]);
    expect(result.themesWithoutProvider).toEqual(["t"]);
    expect(result.themesWithoutRoute).toEqual(["t"]);
    expect(result.splits).toEqual([{ sizeBefore: 4, parts: [["trek", "x"], ["y"]] }]);
    expect(result.removedEdgeIds.sort()).toEqual([
      "COLLABORATES_WITH:help:y",
      "REFERS_TO:x:help:t",
      "WORKS_ON:help:t",
    ]);
  });
});
