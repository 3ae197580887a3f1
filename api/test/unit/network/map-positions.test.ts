import { describe, expect, it } from "vitest";

import { NodeType } from "../../../src/model/node-types.js";
import { RelationshipType } from "../../../src/model/relationship-types.js";
import {
  mapPositions,
  type Network,
  POSITIONS_UP_TO,
} from "../../../src/modules/network/network.service.js";
import { QUICK_LAYOUT_ABOVE } from "../../../src/modules/network/quick-layout.js";

/** A map of `size` people in a ring: each knows the next. */
function ring(size: number): Network {
  const nodes = Array.from({ length: size }, (_, i) => ({
    id: `per-${i}`,
    type: NodeType.PERSON,
    name: `Persoon ${i}`,
    village: null,
    kind: null,
    degree: 2,
  }));
  const edges = nodes.map((node, i) => ({
    id: `KNOWS:${node.id}:${nodes[(i + 1) % size]!.id}`,
    type: RelationshipType.KNOWS,
    source: node.id,
    target: nodes[(i + 1) % size]!.id,
    themeId: null,
    themeName: null,
    agreed: null,
    strength: null,
  }));
  return { nodes, edges };
}

describe("map positions sent by the API", () => {
  it("places every node of a large map, in the order of its nodes, to a tenth of a pixel", () => {
    const map = ring(QUICK_LAYOUT_ABOVE + 1);
    const positions = mapPositions(map)!;
    expect(positions.map((p) => p.id)).toEqual(map.nodes.map((n) => n.id));
    for (const { x, y } of positions) {
      expect(Math.round(x * 10)).toBeCloseTo(x * 10, 6);
      expect(Math.round(y * 10)).toBeCloseTo(y * 10, 6);
    }
  });

  it("leaves small maps to the page's fcose and very large ones to the page's own quick layout", () => {
    expect(mapPositions(ring(QUICK_LAYOUT_ABOVE))).toBeNull();
    expect(mapPositions(ring(POSITIONS_UP_TO + 1))).toBeNull();
  });
});
