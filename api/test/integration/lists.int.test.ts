/** The list queries: filters (name, village, kind, theme), ordering by name and paging. */
import { beforeEach, describe, expect, it } from "vitest";

import { RelationshipType as R } from "../../src/model/relationship-types.js";
import {
  buildAction,
  buildMeeting,
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTheme,
  buildVindplaats,
  relate,
} from "../factories/index.js";
import { queryData } from "../helpers/graphql.js";
import { resetDatabase } from "../helpers/test-db.js";

/** Names of the organisations the list query returns for these arguments. */
async function organisationNames(
  args: string,
  variables: Record<string, unknown> = {},
): Promise<string[]> {
  const signature = Object.keys(variables).length
    ? `(${Object.keys(variables)
        .map((k) => `$${k}: String`)
        .join(", ")})`
    : "";
  const data = await queryData<{ organisations: { name: string }[] }>(
    `query${signature} { organisations${args} { name } }`,
    variables,
  );
  return data.organisations.map((o) => o.name);
}

describe("organisations", () => {
  beforeEach(async () => {
    await resetDatabase();
    await buildOrganisation({ name: "Bibliotheek Voorst", kind: "BIBLIOTHEEK", village: "Twello" });
    await buildOrganisation({
      name: "bibliotheek Klarenbeek",
      kind: "BIBLIOTHEEK",
      village: "Klarenbeek",
    });
    await buildOrganisation({ name: "Mens en Welzijn Voorst", kind: "WELZIJN", village: "Twello" });
    await buildOrganisation({ name: "Sportvereniging Wilp", kind: "SPORT", village: "Wilp" });
    await buildOrganisation({ name: "apotheek De Brink", kind: "ZORG", village: "Twello" });
    await buildOrganisation({ name: "Zorggroep Twello", kind: "ZORG", village: "Twello" });
  });

  const ALL = [
    "apotheek De Brink",
    "bibliotheek Klarenbeek",
    "Bibliotheek Voorst",
    "Mens en Welzijn Voorst",
    "Sportvereniging Wilp",
    "Zorggroep Twello",
  ];

  it("lists all by name, ignoring case", async () => {
    expect(await organisationNames("")).toEqual(ALL);
  });

  it("filters on a part of the name, ignoring case", async () => {
    expect(await organisationNames(`(filter: { nameContains: "BIBLIOTHEEK" })`)).toEqual([
      "bibliotheek Klarenbeek",
      "Bibliotheek Voorst",
    ]);
    expect(await organisationNames(`(filter: { nameContains: "voorst" })`)).toEqual([
      "Bibliotheek Voorst",
      "Mens en Welzijn Voorst",
    ]);
    expect(await organisationNames(`(filter: { nameContains: "huisarts" })`)).toEqual([]);
  });

  it("filters on village and on kind, and on both at once", async () => {
    expect(await organisationNames(`(filter: { village: "Twello" })`)).toEqual([
      "apotheek De Brink",
      "Bibliotheek Voorst",
      "Mens en Welzijn Voorst",
      "Zorggroep Twello",
    ]);
    expect(await organisationNames(`(filter: { kind: "ZORG" })`)).toEqual([
      "apotheek De Brink",
      "Zorggroep Twello",
    ]);
    expect(await organisationNames(`(filter: { kind: "BIBLIOTHEEK", village: "Twello" })`)).toEqual(
      ["Bibliotheek Voorst"],
    );
    expect(await organisationNames(`(filter: { village: "Nijbroek" })`)).toEqual([]);
  });

  it("pages with skip and take in name order", async () => {
    expect(await organisationNames("(take: 2)")).toEqual(ALL.slice(0, 2));
    expect(await organisationNames("(skip: 2, take: 2)")).toEqual(ALL.slice(2, 4));
    expect(await organisationNames("(skip: 4, take: 2)")).toEqual(ALL.slice(4, 6));
    expect(await organisationNames("(skip: 6, take: 2)")).toEqual([]);
    expect(await organisationNames(`(filter: { village: "Twello" }, skip: 1, take: 2)`)).toEqual([
      "Bibliotheek Voorst",
      "Mens en Welzijn Voorst",
    ]);
  });

  it("filters on a theme: works on, signals, refers for it or is active at a vindplaats for it", async () => {
    const byName = async (name: string) => {
      const data = await queryData<{ organisations: { id: string }[] }>(
        `query($name: String) { organisations(filter: { nameContains: $name }) { id } }`,
        { name },
      );
      return data.organisations[0]!;
    };
    const eenzaamheid = await buildTheme({ name: "Eenzaamheid" });
    const schulden = await buildTheme({ name: "Schulden" });
    const school = await buildVindplaats();
    await relate(R.WORKS_ON, await byName("Mens en Welzijn"), eenzaamheid);
    await relate(R.SIGNALS, await byName("Bibliotheek Voorst"), eenzaamheid);
    await buildReferralRoute(
      await byName("Sportvereniging"),
      await byName("Mens en Welzijn"),
      eenzaamheid,
    );
    await relate(R.ACTIVE_AT, await byName("Zorggroep"), school, {
      themeIds: [schulden.id, eenzaamheid.id],
    });
    // Tied to another theme only: not listed.
    await relate(R.ACTIVE_AT, await byName("apotheek"), school, { themeIds: [schulden.id] });
    await relate(R.WORKS_ON, await byName("bibliotheek Klarenbeek"), schulden);

    expect(
      await organisationNames(`(filter: { themeId: $theme })`, { theme: eenzaamheid.id }),
    ).toEqual([
      "Bibliotheek Voorst",
      "Mens en Welzijn Voorst",
      "Sportvereniging Wilp",
      "Zorggroep Twello",
    ]);
    expect(
      await organisationNames(`(filter: { themeId: $theme, village: "Twello" })`, {
        theme: eenzaamheid.id,
      }),
    ).toEqual(["Bibliotheek Voorst", "Mens en Welzijn Voorst", "Zorggroep Twello"]);
    expect(
      await organisationNames(`(filter: { themeId: $theme })`, { theme: schulden.id }),
    ).toEqual(["apotheek De Brink", "bibliotheek Klarenbeek", "Zorggroep Twello"]);
  });
});

describe("the other list queries", () => {
  beforeEach(resetDatabase);

  it("persons: filter on theme (leads or signals it), village and name", async () => {
    const schulden = await buildTheme({ name: "Schulden" });
    const trekker = await buildPerson({ name: "Marieke Hofstede", village: "Twello" });
    const signaller = await buildPerson({ name: "Eva Lammers", village: "Klarenbeek" });
    await buildPerson({ name: "Daan van Ark", village: "Twello" });
    await relate(R.TREKKER_OF, trekker, schulden);
    await relate(R.SIGNALS, signaller, schulden);

    const names = async (filter: string, variables: Record<string, unknown> = {}) =>
      (
        await queryData<{ persons: { name: string }[] }>(
          `query${filter.includes("$theme") ? "($theme: String)" : ""} { persons(filter: ${filter}) { name } }`,
          variables,
        )
      ).persons.map((p) => p.name);
    expect(await names(`{ themeId: $theme }`, { theme: schulden.id })).toEqual([
      "Eva Lammers",
      "Marieke Hofstede",
    ]);
    expect(await names(`{ village: "Twello" }`)).toEqual(["Daan van Ark", "Marieke Hofstede"]);
    expect(await names(`{ nameContains: "AN V" }`)).toEqual(["Daan van Ark"]);
  });

  it("themes: the theme filter finds the theme itself", async () => {
    const schulden = await buildTheme({ name: "Schulden" });
    await buildTheme({ name: "Eenzaamheid" });
    expect(
      await queryData(`query($theme: String) { themes(filter: { themeId: $theme }) { name } }`, {
        theme: schulden.id,
      }),
    ).toEqual({ themes: [{ name: "Schulden" }] });
    expect(await queryData(`query { themes { name } }`)).toEqual({
      themes: [{ name: "Eenzaamheid" }, { name: "Schulden" }],
    });
  });

  it("vindplaatsen: filter on kind and village", async () => {
    await buildVindplaats({
      name: "Basisschool De Kastanjehof",
      kind: "SCHOOL",
      village: "Twello",
    });
    await buildVindplaats({
      name: "Basisschool Het Klaverblad",
      kind: "SCHOOL",
      village: "Klarenbeek",
    });
    await buildVindplaats({ name: "Dorpshuis Nijbroek", kind: "DORPSHUIS", village: "Nijbroek" });
    expect(await queryData(`query { vindplaatsen(filter: { kind: "SCHOOL" }) { name } }`)).toEqual({
      vindplaatsen: [
        { name: "Basisschool De Kastanjehof" },
        { name: "Basisschool Het Klaverblad" },
      ],
    });
    expect(
      await queryData(
        `query { vindplaatsen(filter: { kind: "SCHOOL", village: "Klarenbeek" }) { name } }`,
      ),
    ).toEqual({
      vindplaatsen: [{ name: "Basisschool Het Klaverblad" }],
    });
  });

  it("actions and meetings: name filter and order use the title", async () => {
    await buildAction({ title: "Taalcafé" });
    await buildAction({ title: "Beweegmaatje" });
    await buildAction({ title: "taalmaatjes werven" });
    await buildMeeting({ title: "Netwerkbijeenkomst Twello", village: "Twello" });
    await buildMeeting({ title: "Netwerkbijeenkomst Wilp", village: "Wilp" });
    expect(await queryData(`query { actions { title } }`)).toEqual({
      actions: [{ title: "Beweegmaatje" }, { title: "Taalcafé" }, { title: "taalmaatjes werven" }],
    });
    expect(
      await queryData(`query { actions(filter: { nameContains: "TAAL" }, take: 1) { name } }`),
    ).toEqual({
      actions: [{ name: "Taalcafé" }],
    });
    expect(await queryData(`query { meetings(filter: { village: "Wilp" }) { title } }`)).toEqual({
      meetings: [{ title: "Netwerkbijeenkomst Wilp" }],
    });
  });

  it("target groups: listed by name and paged", async () => {
    for (const name of ["Ouderen", "jongeren", "Mantelzorgers", "Statushouders"]) {
      await queryData(
        `mutation($name: String!) { createTargetGroup(input: { name: $name }) { id } }`,
        { name },
      );
    }
    expect(await queryData(`query { targetGroups(skip: 1, take: 2) { name } }`)).toEqual({
      targetGroups: [{ name: "Mantelzorgers" }, { name: "Ouderen" }],
    });
  });
});

describe("nested lists", () => {
  beforeEach(resetDatabase);

  it("come in name order, any case, then by id, whether read ahead with the list or on their own", async () => {
    const welzijn = await buildOrganisation({ name: "Welzijn" });
    const buurtteam = await buildOrganisation({ name: "Buurtteam" });
    const theme = await buildTheme({ name: "Eenzaamheid" });
    await buildReferralRoute(buurtteam, welzijn, theme);
    const people: { id: string; name: string }[] = [];
    for (const name of ["bram", "Anna", "Zoë", "Carla", "anna", "Émile"]) {
      const person = await buildPerson({ name });
      await relate(R.WORKS_FOR, person, welzijn);
      people.push({ id: person.id, name });
    }
    // Anna and anna tie on their lower-case name: the id decides. É sorts after z, as in Neo4j.
    const [first, second] = people
      .filter((p) => p.name.toLowerCase() === "anna")
      .sort((a, b) => (a.id < b.id ? -1 : 1));
    const expected = [first!.name, second!.name, "bram", "Carla", "Zoë", "Émile"];

    const data = await queryData<{
      organisations: {
        name: string;
        people: { name: string }[];
        refersTo: { to: { people: { name: string }[] } }[];
      }[];
    }>(`query {
      organisations { name people { name } refersTo { to { people { name } } } }
    }`);
    const byName = new Map(data.organisations.map((o) => [o.name, o]));
    // Read ahead with the list (one statement for the whole selection).
    expect(byName.get("Welzijn")!.people.map((p) => p.name)).toEqual(expected);
    // Read on their own by the loaders (a referral's far end is not read ahead).
    expect(byName.get("Buurtteam")!.refersTo[0]!.to.people.map((p) => p.name)).toEqual(expected);
  });
});
