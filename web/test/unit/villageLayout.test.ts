import { describe, expect, it } from "vitest";

import { villagePositions } from "../../src/graph/villageLayout";

const nodes = [
  ...Array.from({ length: 20 }, (_, i) => ({ id: `t${i}`, village: "Twello", degree: i })),
  ...Array.from({ length: 5 }, (_, i) => ({ id: `w${i}`, village: "Wilp", degree: i })),
  ...Array.from({ length: 3 }, (_, i) => ({ id: `x${i}`, village: null, degree: i })),
];

function box(ids: string[], positions: Map<string, { x: number; y: number }>) {
  const ps = ids.map((id) => positions.get(id)!);
  return {
    minX: Math.min(...ps.map((p) => p.x)),
    maxX: Math.max(...ps.map((p) => p.x)),
    minY: Math.min(...ps.map((p) => p.y)),
    maxY: Math.max(...ps.map((p) => p.y)),
  };
}

describe("villagePositions", () => {
  it("places every node once", () => {
    const positions = villagePositions(nodes);
    expect([...positions.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
  });

  it("keeps villages apart: the areas of two villages do not overlap", () => {
    const positions = villagePositions(nodes);
    const twello = box(
      nodes.filter((n) => n.village === "Twello").map((n) => n.id),
      positions,
    );
    const wilp = box(
      nodes.filter((n) => n.village === "Wilp").map((n) => n.id),
      positions,
    );
    const apart =
      twello.maxX < wilp.minX ||
      wilp.maxX < twello.minX ||
      twello.maxY < wilp.minY ||
      wilp.maxY < twello.minY;
    expect(apart).toBe(true);
  });

  it("puts the best connected node of a village in its middle", () => {
    const positions = villagePositions(nodes);
    const twello = nodes.filter((n) => n.village === "Twello").map((n) => n.id);
    const b = box(twello, positions);
    const centre = { x: (b.minX + b.maxX) / 2, y: (b.minY + b.maxY) / 2 };
    const distance = (id: string) =>
      Math.hypot(positions.get(id)!.x - centre.x, positions.get(id)!.y - centre.y);
    expect(distance("t19")).toBeLessThan(distance("t0"));
  });

  it("is deterministic, so a shared link shows the same picture", () => {
    expect(villagePositions(nodes)).toEqual(villagePositions([...nodes].reverse()));
  });
});
