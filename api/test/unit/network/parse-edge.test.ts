import { describe, expect, it } from "vitest";

import { RelationshipType } from "../../../src/model/relationship-types.js";
import { parseEdge } from "../../../src/modules/network/network.service.js";

const themes = new Map([["thema-eenzaamheid", "Eenzaamheid"]]);

describe("map edges as the map query sends them", () => {
  it("reads a referral route with its theme, agreement and no strength", () => {
    expect(parseEdge("r1\tREFERS_TO\torg-a\torg-b\tthema-eenzaamheid\tfalse\t", themes)).toEqual({
      id: "r1",
      type: RelationshipType.REFERS_TO,
      source: "org-a",
      target: "org-b",
      themeId: "thema-eenzaamheid",
      themeName: "Eenzaamheid",
      agreed: false,
      strength: null,
    });
  });

  it("reads a tie with a strength and no theme as nulls, not empty strings", () => {
    expect(parseEdge("k1\tKNOWS\tp1\tp2\t\t\t3", themes)).toEqual({
      id: "k1",
      type: RelationshipType.KNOWS,
      source: "p1",
      target: "p2",
      themeId: null,
      themeName: null,
      agreed: null,
      strength: 3,
    });
  });

  it("names no theme it does not know", () => {
    expect(parseEdge("r2\tREFERS_TO\ta\tb\tthema-weg\ttrue\t", themes)).toMatchObject({
      themeId: "thema-weg",
      themeName: null,
      agreed: true,
    });
  });
});
