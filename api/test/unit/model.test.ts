import { describe, expect, it } from "vitest";

import { relationshipId, RelationshipType } from "../../src/model/relationship-types.js";

describe("relationship ids", () => {
  it("are the same whichever way an undirected tie is entered", () => {
    expect(relationshipId(RelationshipType.KNOWS, "per-b", "per-a")).toBe("KNOWS:per-a:per-b");
    expect(relationshipId(RelationshipType.KNOWS, "per-a", "per-b")).toBe("KNOWS:per-a:per-b");
  });

  it("keep the direction of directed relationships", () => {
    expect(relationshipId(RelationshipType.WORKS_FOR, "per-b", "org-a")).toBe(
      "WORKS_FOR:per-b:org-a",
    );
  });

  it("tell referral routes for different themes apart", () => {
    const schulden = relationshipId(RelationshipType.REFERS_TO, "org-a", "org-b", "thema-schulden");
    const alcohol = relationshipId(RelationshipType.REFERS_TO, "org-a", "org-b", "thema-alcohol");
    expect(schulden).toBe("REFERS_TO:org-a:org-b:thema-schulden");
    expect(schulden).not.toBe(alcohol);
  });
});
