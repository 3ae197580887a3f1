import { describe, expect, it } from "vitest";

import { parseSnapshot } from "../../../src/modules/analytics/graph-snapshots.js";

describe("parseSnapshot", () => {
  it("reads the joined rows, with free text (tabs included) beside them and empty as null", () => {
    const data = parseSnapshot({
      nodes: ["vp-1\tVindplaats\tSCHOOL\t3", "org-1\tOrganisation\tWELZIJN\t", "x-1\tChange\t\t"],
      names: ["De Kastanjehof", "Welzijn\tVoorst", "ignored"],
      villages: ["Twello", "", ""],
      edges: [
        "ACTIVE_AT:org-1:vp-1\tACTIVE_AT\torg-1\tvp-1\t\tthema-a,thema-b\t\t12\t",
        "REFERS_TO:org-1:org-1:thema-a\tREFERS_TO\torg-1\torg-1\tthema-a\t\tfalse\t\t4",
      ],
    });
    expect(data.node("vp-1")).toEqual({
      id: "vp-1",
      type: "VINDPLAATS",
      name: "De Kastanjehof",
      village: "Twello",
      kind: "SCHOOL",
      capacity: 3,
    });
    // A name may hold any character; an unknown label is left out.
    expect(data.node("org-1")).toMatchObject({
      name: "Welzijn\tVoorst",
      village: null,
      capacity: null,
    });
    expect(data.node("x-1")).toBeUndefined();
    expect(data.edges).toEqual([
      {
        id: "ACTIVE_AT:org-1:vp-1",
        type: "ACTIVE_AT",
        from: "org-1",
        to: "vp-1",
        themeId: null,
        themeIds: ["thema-a", "thema-b"],
        agreed: null,
        perYear: 12,
        strength: null,
      },
      {
        id: "REFERS_TO:org-1:org-1:thema-a",
        type: "REFERS_TO",
        from: "org-1",
        to: "org-1",
        themeId: "thema-a",
        themeIds: null,
        agreed: false,
        perYear: null,
        strength: 4,
      },
    ]);
  });
});
