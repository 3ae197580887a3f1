/** The Voorst demo network yields each gap it was built to contain (seed/voorst/README.md). */
import { beforeAll, describe, expect, it } from "vitest";

import { seedDemo } from "../../../src/seed/demo.js";
import { executeGraphQL, resetDatabase, testExecutor } from "../../helpers/test-db.js";

interface GapOut {
  id: string;
  type: string;
  severity: string;
  nodeIds: string[];
  edgeIds: string[];
}

const GAPS = `query($filter: GapFilter) { gaps(filter: $filter) { id type severity nodeIds edgeIds explanation { nl en } } }`;

async function gaps(type: string): Promise<GapOut[]> {
  const result = await executeGraphQL<{ gaps: GapOut[] }>(GAPS, { filter: { types: [type] } });
  expect(result.errors).toBeUndefined();
  return result.data!.gaps;
}

describe("analytics on the Voorst demo network", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedDemo(testExecutor());
  });

  it("THEME_WITHOUT_TREKKER: only Laaggeletterdheid", async () => {
    expect((await gaps("THEME_WITHOUT_TREKKER")).map((g) => g.nodeIds)).toEqual([
      ["thema-laaggeletterdheid"],
    ]);
  });

  it("THEME_WITHOUT_PROVIDER: only Alcohol en middelen, with its two signallers", async () => {
    const found = await gaps("THEME_WITHOUT_PROVIDER");
    expect(found).toHaveLength(1);
    expect(found[0]!.nodeIds[0]).toBe("thema-alcohol-en-middelen");
    expect(found[0]!.nodeIds.slice(1).sort()).toEqual([
      "org-voetbalvereniging-twello",
      "per-dion-mulder",
    ]);
  });

  it("SIGNAL_WITHOUT_ROUTE: Eva Lammers on Schulden, and the two Alcohol signallers", async () => {
    expect((await gaps("SIGNAL_WITHOUT_ROUTE")).map((g) => g.id).sort()).toEqual([
      "SIGNAL_WITHOUT_ROUTE:org-voetbalvereniging-twello:thema-alcohol-en-middelen",
      "SIGNAL_WITHOUT_ROUTE:per-dion-mulder:thema-alcohol-en-middelen",
      "SIGNAL_WITHOUT_ROUTE:per-eva-lammers:thema-schulden",
    ]);
  });

  it("UNREACHED_TARGET_GROUP: statushouders for Inclusie, found only at the Voedselbank", async () => {
    const found = await gaps("UNREACHED_TARGET_GROUP");
    expect(found.map((g) => g.nodeIds)).toEqual([
      ["thema-inclusie", "dg-statushouders", "vp-voedselbank-twello"],
    ]);
  });

  it("OVERLOADED_VINDPLAATS: De Kastanjehof, 6 organisations on capacity 3", async () => {
    const found = await gaps("OVERLOADED_VINDPLAATS");
    expect(found.map((g) => g.id)).toEqual(["OVERLOADED_VINDPLAATS:vp-basisschool-de-kastanjehof"]);
    expect(found[0]!.severity).toBe("HIGH");
    expect(found[0]!.nodeIds).toEqual(
      expect.arrayContaining([
        "org-jgz-voorst",
        "org-buurtsportcoaches-voorst",
        "org-bibliotheek-voorst",
        "org-jongerenwerk-voorst",
        "org-ggd-noord-en-oost-gelderland",
        "org-gemeente-sociaal-team",
        "per-fatima-el-amrani",
      ]),
    );
  });

  it("SINGLE_PROVIDER: only Schulden, at Schuldhulpmaatje, with its 9 routes", async () => {
    const found = await gaps("SINGLE_PROVIDER");
    expect(found.map((g) => g.nodeIds.slice(0, 2))).toEqual([
      ["thema-schulden", "org-schuldhulpmaatje-voorst"],
    ]);
    expect(found[0]!.edgeIds.filter((id) => id.startsWith("REFERS_TO:"))).toHaveLength(9);
  });

  // Gijs van der Sluis is the only tie between the Nijbroek residents' initiative and the rest,
  // over KNOWS and WORKS_FOR and also once COLLABORATES_WITH and REFERS_TO count (seed README).
  it("BROKER_DEPENDENCY: the cut vertices over KNOWS, WORKS_FOR, COLLABORATES_WITH and REFERS_TO", async () => {
    const found = await gaps("BROKER_DEPENDENCY");
    const brokers = new Map(
      found.map((g) => [g.nodeIds[0], [g.severity, g.nodeIds.slice(1).sort()]]),
    );
    expect(brokers.get("per-gijs-van-der-sluis")).toEqual([
      "HIGH",
      [
        "org-nijbroek-verbindt",
        "per-aaltje-weenink",
        "per-jochem-bruggink",
        "per-sietske-van-lochem",
      ],
    ]);
    expect(brokers.get("org-buurtsportcoaches-voorst")).toEqual([
      "HIGH",
      ["org-basisschool-de-vliegerhoek", "org-sportvereniging-teuge", "org-tennisvereniging-wilp"],
    ]);
    expect(brokers.get("org-woonstichting-voorst")).toEqual([
      "HIGH",
      ["per-koen-vreeman", "per-miranda-eshuis", "per-ronald-kamps"],
    ]);
    expect(brokers.get("org-seniorenvereniging-twello")).toEqual([
      "LOW",
      ["org-buurtvereniging-steenenkamer"],
    ]);
    expect(brokers.size).toBe(4);
  });

  it("ISOLATED_ORGANISATION: only Hoveniersbedrijf Van Ark with Daan", async () => {
    expect((await gaps("ISOLATED_ORGANISATION")).map((g) => g.nodeIds)).toEqual([
      ["org-hoveniersbedrijf-van-ark", "per-daan-van-ark"],
    ]);
  });

  it("SILO: only Woonstichting Voorst with its three people", async () => {
    const found = await gaps("SILO");
    expect(found.map((g) => g.nodeIds[0])).toEqual(["org-woonstichting-voorst"]);
    expect(found[0]!.nodeIds.slice(1).sort()).toEqual([
      "per-koen-vreeman",
      "per-miranda-eshuis",
      "per-ronald-kamps",
    ]);
  });

  it("INFORMAL_ROUTE: the four unagreed, used routes", async () => {
    expect((await gaps("INFORMAL_ROUTE")).flatMap((g) => g.edgeIds).sort()).toEqual([
      "REFERS_TO:org-huisartsenpraktijk-terwolde:org-hervormde-gemeente-terwolde:thema-eenzaamheid",
      "REFERS_TO:org-huisartsenpraktijk-twello:org-schuldhulpmaatje-voorst:thema-schulden",
      "REFERS_TO:org-jongerenwerk-voorst:org-schuldhulpmaatje-voorst:thema-schulden",
      "REFERS_TO:org-woonstichting-voorst:org-mens-en-welzijn-voorst:thema-eenzaamheid",
    ]);
  });

  it("vindplaats load: Kastanjehof overloaded (2.0), Huisartsenpraktijk Twello busy (0.833), the rest below 0.8", async () => {
    const result = await executeGraphQL<{
      vindplaatsLoad: {
        vindplaats: { id: string };
        load: number;
        status: string;
        partyCount: number;
      }[];
    }>(`{ vindplaatsLoad { vindplaats { id } load status partyCount underused } }`);
    expect(result.errors).toBeUndefined();
    const rows = result.data!.vindplaatsLoad;
    expect(rows[0]).toMatchObject({
      vindplaats: { id: "vp-basisschool-de-kastanjehof" },
      load: 2,
      status: "OVERLOADED",
      partyCount: 6,
    });
    expect(rows[1]).toMatchObject({
      vindplaats: { id: "vp-huisartsenpraktijk-twello" },
      status: "BUSY",
      partyCount: 5,
    });
    expect(rows[1]!.load).toBeCloseTo(0.8333, 4);
    expect(rows[2]).toMatchObject({
      vindplaats: { id: "vp-dorpshuis-nijbroek" },
      load: 0.75,
      status: "OK",
    });
  });

  it("long lists come in windows: the same order, from skip, at most take rows", async () => {
    const ids = async (args: string, field: "gaps" | "vindplaatsLoad") => {
      const selection = field === "gaps" ? "id" : "vindplaats { id }";
      const result = await executeGraphQL<
        Record<string, { id?: string; vindplaats?: { id: string } }[]>
      >(`{ ${field}${args} { ${selection} } }`);
      expect(result.errors).toBeUndefined();
      return result.data![field]!.map((row) => row.id ?? row.vindplaats!.id);
    };
    for (const field of ["gaps", "vindplaatsLoad"] as const) {
      const all = await ids("", field);
      expect(all.length).toBeGreaterThan(4);
      expect(await ids("(take: 3)", field)).toEqual(all.slice(0, 3));
      expect(await ids("(skip: 2, take: 2)", field)).toEqual(all.slice(2, 4));
      expect(await ids(`(skip: ${all.length})`, field)).toEqual([]);
    }

    const bad = await executeGraphQL(`{ vindplaatsLoad(take: 0) { load } }`);
    expect(bad.data).toBeNull();
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "take" });
  });

  it("coverage: Inclusie × statushouders is the only uncovered row", async () => {
    const result = await executeGraphQL<{
      coverage: { theme: { id: string }; targetGroup: { id: string }; covered: boolean }[];
    }>(`{ coverage { theme { id } targetGroup { id } covered } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.coverage.filter((r) => !r.covered)).toEqual([
      { theme: { id: "thema-inclusie" }, targetGroup: { id: "dg-statushouders" }, covered: false },
    ]);
  });

  it("network health: 3 components over KNOWS/WORKS_FOR-only people, communities and brokers", async () => {
    const result = await executeGraphQL<{
      networkHealth: {
        nodes: number;
        components: number;
        communities: number;
        modularity: number;
        sampled: boolean;
        topBrokers: { id: string }[];
      };
    }>(
      `{ networkHealth { nodes components communities modularity sampled topBrokers { id betweenness } } }`,
    );
    expect(result.errors).toBeUndefined();
    const health = result.data!.networkHealth;
    expect(health.nodes).toBe(43 + 88);
    // Woonstichting's silo is tied in through its organisation; the company and Daan stay apart.
    expect(health.components).toBe(2);
    expect(health.communities).toBeGreaterThanOrEqual(3);
    expect(health.sampled).toBe(false);
    expect(health.topBrokers.length).toBeGreaterThan(0);
  });
});
