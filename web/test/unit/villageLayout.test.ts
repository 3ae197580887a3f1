import { describe, expect, it } from "vitest";

import { villagePositions } from "../../src/graph/villageLayout";
import { boxesApart, boxOf } from "./fixtures";

const nodes = [
  ...Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, village: "Twello", degree: i })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `w${i}`, village: "Wilp", degree: i })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `x${i}`, village: null, degree: i })),
];

describe("villagePositions", () => {
  it("places every node once", () => {
    const positions = villagePositions(nodes);
    expect([...positions.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
  });

  it("keeps villages apart: the areas of two villages do not overlap", () => {
    const positions = villagePositions(nodes);
    const twello = boxOf(
      nodes.filter((n) => n.village === "Twello").map((n) => n.id),
      positions,
    );
    const wilp = boxOf(
      nodes.filter((n) => n.village === "Wilp").map((n) => n.id),
      positions,
    );
    expect(boxesApart(twello, wilp)).toBe(true);
  });

  it("puts the best connected node of a village in its middle", () => {
    const positions = villagePositions(nodes);
    const twello = nodes.filter((n) => n.village === "Twello").map((n) => n.id);
    const b = boxOf(twello, positions);
    const centre = { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
    const distance = (id: string) =>
      Math.hypot(positions.get(id)!.x - centre.x, positions.get(id)!.y - centre.y);
    expect(distance("t19")).toBeLessThan(distance("t0"));
  });

  it("is deterministic, so a shared link shows the same picture", () => {
    expect(villagePositions(nodes)).toEqual(villagePositions([...nodes].reverse()));
  });
});
