import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";

import { ident } from "../../src/db/cypher.js";
import { toDriverParams, toPlain } from "../../src/db/executor.js";
import { NodeType } from "../../src/model/node-types.js";
import { NODE_SPECS } from "../../src/model/node-types.js";
import { RelationshipType } from "../../src/model/relationship-types.js";
import { networkQuery, searchQuery } from "../../src/modules/network/network.queries.js";
import { listNodes } from "../../src/modules/node/node.queries.js";

const INJECTION = "' }) MATCH (n) DETACH DELETE n //";

describe("Cypher builders", () => {
  it("never put user values into the statement text", () => {
    const network = networkQuery({
      themeIds: [INJECTION],
      villages: [INJECTION],
      focusId: INJECTION,
    });
    const search = searchQuery(INJECTION, 10);
    const list = listNodes(
      NODE_SPECS[NodeType.PERSON],
      { nameContains: INJECTION, village: INJECTION },
      0,
      10,
    );
    for (const query of [network, search, list]) {
      expect(query.cypher).not.toContain("DETACH DELETE n //");
      expect(JSON.stringify(query.params)).toContain("DETACH DELETE n //");
    }
  });

  it("limit the map to the chosen node and relationship types", () => {
    const { cypher } = networkQuery({
      nodeTypes: [NodeType.ORGANISATION, NodeType.THEME],
      relationshipTypes: [RelationshipType.WORKS_ON],
    });
    expect(cypher).toContain("MATCH (n:`Organisation`|`Theme`)");
    expect(cypher).toContain("[r:`WORKS_ON`]");
    expect(cypher).not.toContain("`Person`");
  });

  it("bound the neighbourhood by the number of hops, at most 3", () => {
    expect(networkQuery({ focusId: "per-1", hops: 2 }).cypher).toContain("{0,2}");
    expect(networkQuery({ focusId: "per-1", hops: 9 }).cypher).toContain("{0,3}");
  });

  it("refuse identifiers that are not plain names", () => {
    expect(ident("Person")).toBe("`Person`");
    expect(() => ident("Person`) DETACH DELETE (n")).toThrow();
  });
});

describe("driver values", () => {
  it("send whole numbers as integers and read them back as numbers", () => {
    const params = toDriverParams({ capacity: 3, ratio: 0.5, list: [1, 2] }) as Record<
      string,
      unknown
    >;
    expect(neo4j.isInt(params.capacity)).toBe(true);
    expect(params.ratio).toBe(0.5);
    expect(toPlain({ capacity: neo4j.int(3), nested: [neo4j.int(7)] })).toEqual({
      capacity: 3,
      nested: [7],
    });
  });
});
