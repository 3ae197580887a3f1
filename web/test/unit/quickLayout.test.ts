import { describe, expect, it } from "vitest";

import { quickLayout } from "../../../api/src/modules/network/quick-layout";
import { boxesApart, boxOf } from "./fixtures";

/** A municipality-like network: villages whose members know each other, joined by a few ties. */
function villages(count: number, size: number) {
  const nodes: { id: string }[] = [];
  const edges: { source: string; target: string }[] = [];
  for (let v = 0; v < count; v++) {
    for (let i = 0; i < size; i++) {
      nodes.push({ id: `v${v}-${i}` });
      // Everyone knows the village hub and the next neighbour.
      if (i > 0) edges.push({ source: `v${v}-${i}`, target: `v${v}-0` });
      if (i > 1) edges.push({ source: `v${v}-${i}`, target: `v${v}-${i - 1}` });
    }
    if (v > 0) edges.push({ source: `v${v}-0`, target: `v${v - 1}-0` });
  }
  return { nodes, edges };
}

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe("quickLayout (large maps)", () => {
  it("places every node, on distinct spots", () => {
    const input = villages(8, 60);
    const positions = quickLayout(input);
    expect(positions.size).toBe(input.nodes.length);
    const spots = new Set(
      [...positions.values()].map(({ x, y }) => `${Math.round(x)},${Math.round(y)}`),
    );
    for (const { x, y } of positions.values()) {
      expect(Number.isFinite(x) && Number.isFinite(y)).toBe(true);
    }
    // Nodes may touch, but not lie on top of each other.
    expect(spots.size).toBe(input.nodes.length);
  });

  it("keeps a village together: its members are nearer their hub than other villages' hubs", () => {
    const positions = quickLayout(villages(6, 50));
    let nearerOwn = 0;
    let total = 0;
    for (let v = 0; v < 6; v++) {
      const hub = positions.get(`v${v}-0`)!;
      const otherHubs = [0, 1, 2, 3, 4, 5]
        .filter((w) => w !== v)
        .map((w) => positions.get(`v${w}-0`)!);
      for (let i = 1; i < 50; i++) {
        const member = positions.get(`v${v}-${i}`)!;
        total += 1;
        if (otherHubs.every((other) => distance(member, hub) < distance(member, other)))
          nearerOwn += 1;
      }
    }
    expect(nearerOwn / total).toBeGreaterThan(0.9);
  });

  it("puts separate parts of the network side by side, not on top of each other", () => {
    const a = villages(1, 40);
    const b = villages(1, 40);
    const input = {
      nodes: [...a.nodes, ...b.nodes.map((n) => ({ ...n, id: `b-${n.id}` }))],
      edges: [
        ...a.edges,
        ...b.edges.map((e) => ({ source: `b-${e.source}`, target: `b-${e.target}` })),
      ],
    };
    const positions = quickLayout(input);
    const ids = [...positions.keys()];
    const first = boxOf(
      ids.filter((id) => !id.startsWith("b-")),
      positions,
    );
    const second = boxOf(
      ids.filter((id) => id.startsWith("b-")),
      positions,
    );
    expect(boxesApart(first, second)).toBe(true);
  });

  it("gives the same picture for the same network", () => {
    const input = villages(4, 30);
    expect([...quickLayout(input)]).toEqual([...quickLayout(input)]);
  });

  it("copes with single nodes, pairs and edges to unknown nodes", () => {
    const positions = quickLayout({
      nodes: [{ id: "alone" }, { id: "a" }, { id: "b" }],
      edges: [
        { source: "a", target: "b" },
        { source: "a", target: "gone" },
        { source: "b", target: "b" },
      ],
    });
    expect([...positions.keys()].sort()).toEqual(["a", "alone", "b"]);
    expect(distance(positions.get("a")!, positions.get("b")!)).toBeGreaterThan(0);
  });
});
