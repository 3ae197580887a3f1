import { describe, expect, it } from "vitest";

import { sortNodes } from "../../src/features/list/sortNodes";
import { mapNode } from "./fixtures";

const nodes = [
  mapNode("b", { name: "Bibliotheek", village: "Twello", degree: 5, kind: "BIBLIOTHEEK" }),
  mapNode("a", { name: "Action", village: null, degree: 9, type: "ACTION" }),
  mapNode("z", { name: "Zorg", village: "Wilp", degree: 1, kind: "ZORG" }),
];
const labels = {
  type: (n: { type: string }) => n.type,
  kind: (n: { kind: string | null }) => n.kind ?? "",
};

describe("sortNodes", () => {
  it("sorts by name both ways", () => {
    expect(sortNodes(nodes, "name", "ascending", labels).map((n) => n.id)).toEqual(["a", "b", "z"]);
    expect(sortNodes(nodes, "name", "descending", labels).map((n) => n.id)).toEqual([
      "z",
      "b",
      "a",
    ]);
  });

  it("sorts connections as numbers", () => {
    expect(sortNodes(nodes, "degree", "descending", labels).map((n) => n.id)).toEqual([
      "a",
      "b",
      "z",
    ]);
  });

  it("puts nodes without a value last, in both directions", () => {
    expect(sortNodes(nodes, "village", "ascending", labels).map((n) => n.id)).toEqual([
      "b",
      "z",
      "a",
    ]);
    expect(sortNodes(nodes, "village", "descending", labels).map((n) => n.id)).toEqual([
      "z",
      "b",
      "a",
    ]);
  });
});
