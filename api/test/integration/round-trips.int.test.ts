/**
 * Nested list queries cost a fixed number of Cypher statements, however many parents there are:
 * the list reads its relation fields ahead in the same statement (prefetch), and the per-request
 * loaders answer whatever is left for all parents of one field with one statement (no N+1).
 */
import { beforeEach, describe, expect, it } from "vitest";

import { RelationshipType as R } from "../../src/model/relationship-types.js";
import {
  buildAction,
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTargetGroup,
  buildTheme,
  buildVindplaats,
  relate,
} from "../factories/index.js";
import { queryData } from "../helpers/graphql.js";
import { resetDatabase, testExecutor } from "../helpers/test-db.js";

/** Runs the query and returns its data and the number of Cypher statements it sent. */
async function measured<T>(query: string): Promise<{ data: T; statements: number }> {
  const before = testExecutor().statements;
  const data = await queryData<T>(query);
  return { data, statements: testExecutor().statements - before };
}

const ORGANISATIONS = `query {
  organisations(take: 50) {
    name
    people { name organisations { name } }
    worksOn { name providers { name } }
    refersTo { to { name } theme { name } }
  }
}`;

interface Organisation {
  name: string;
  people: { name: string; organisations: { name: string }[] }[];
  worksOn: { name: string; providers: { name: string }[] }[];
  refersTo: { to: { name: string }; theme: { name: string } }[];
}

const VINDPLAATSEN = `query {
  vindplaatsen(take: 50) {
    name
    runBy { name }
    parties { name }
    activePeople { name knows { name } }
    reaches { name themes { name } }
    relations { type other { name } }
  }
}`;

describe("round trips of nested list queries", () => {
  beforeEach(resetDatabase);

  /** Organisations `from`…`to - 1`, each with two people, a theme it works on and a referral route. */
  async function buildOrganisations(themes: { id: string }[], from: number, to: number) {
    let previous: { id: string } | undefined;
    for (let i = from; i < to; i += 1) {
      const label = String(i).padStart(2, "0");
      const organisation = await buildOrganisation({ name: `Organisatie ${label}` });
      const theme = themes[i % themes.length]!;
      await relate(R.WORKS_FOR, await buildPerson({ name: `Medewerker ${label}a` }), organisation);
      await relate(R.WORKS_FOR, await buildPerson({ name: `Medewerker ${label}b` }), organisation);
      await relate(R.WORKS_ON, organisation, theme);
      if (previous) await buildReferralRoute(organisation, previous, theme);
      previous = organisation;
    }
  }

  it("organisations → people → organisations, worksOn → providers, refersTo → theme: constant statements", async () => {
    const themes = [];
    for (const name of ["Eenzaamheid", "Schulden", "Sport en bewegen"])
      themes.push(await buildTheme({ name }));
    await buildOrganisations(themes, 0, 20);
    const twenty = await measured<{ organisations: Organisation[] }>(ORGANISATIONS);
    expect(twenty.data.organisations).toHaveLength(20);

    await buildOrganisations(themes, 20, 40);
    const forty = await measured<{ organisations: Organisation[] }>(ORGANISATIONS);
    expect(forty.data.organisations).toHaveLength(40);

    // One statement for the list with people, people.organisations, worksOn, worksOn.providers
    // and refersTo; one for the referrals' themes (looked up by id), whatever the number of parents.
    expect(twenty.statements).toBe(2);
    expect(forty.statements).toBe(twenty.statements);

    // Batching keeps every parent's children apart.
    const five = forty.data.organisations.find((o) => o.name === "Organisatie 05")!;
    expect(five.people).toEqual([
      { name: "Medewerker 05a", organisations: [{ name: "Organisatie 05" }] },
      { name: "Medewerker 05b", organisations: [{ name: "Organisatie 05" }] },
    ]);
    expect(five.worksOn).toHaveLength(1);
    expect(five.worksOn[0]!.name).toBe("Sport en bewegen");
    expect(five.worksOn[0]!.providers).toHaveLength(13);
    expect(five.refersTo).toEqual([
      { to: { name: "Organisatie 04" }, theme: { name: "Sport en bewegen" } },
    ]);
  });

  it("vindplaatsen → runBy, parties, activePeople → knows, reaches → themes, relations: constant statements", async () => {
    async function buildVindplaatsen(from: number, to: number) {
      const group = await buildTargetGroup({ name: `Doelgroep ${from}` });
      await relate(R.CONCERNS, await buildTheme({ name: `Thema ${from}` }), group);
      for (let i = from; i < to; i += 1) {
        const vindplaats = await buildVindplaats({
          name: `Vindplaats ${String(i).padStart(2, "0")}`,
        });
        const organisation = await buildOrganisation();
        const person = await buildPerson();
        await relate(R.RUN_BY, vindplaats, organisation);
        await relate(R.ACTIVE_AT, organisation, vindplaats);
        await relate(R.WORKS_FOR, person, organisation);
        await relate(R.ACTIVE_AT, person, vindplaats);
        await relate(R.KNOWS, person, await buildPerson());
        await relate(R.REACHES, vindplaats, group);
      }
    }
    await buildVindplaatsen(0, 20);
    const twenty = await measured<{ vindplaatsen: unknown[] }>(VINDPLAATSEN);
    await buildVindplaatsen(20, 40);
    const forty = await measured<{ vindplaatsen: unknown[] }>(VINDPLAATSEN);

    expect(twenty.data.vindplaatsen).toHaveLength(20);
    expect(forty.data.vindplaatsen).toHaveLength(40);
    // The list with runBy, activePeople.knows, reaches.themes and relations; one for parties.
    expect(twenty.statements).toBe(2);
    expect(forty.statements).toBe(twenty.statements);
  });
});

describe("reading ahead answers as the field resolvers would", () => {
  beforeEach(resetDatabase);

  it("keeps aliases, fragments, mixed node types and properties asked in different places", async () => {
    const person = await buildPerson({ name: "Sanne Trekker", role: "jongerenwerker" });
    const theme = await buildTheme({ name: "Eenzaamheid", description: "Alleen zijn" });
    const action = await buildAction({ title: "Koffieochtend", status: "IDEA" });
    const organisation = await buildOrganisation({ name: "Welzijn Voorst", village: "Twello" });
    await relate(R.TREKKER_OF, person, theme);
    await relate(R.TREKKER_OF, person, action);
    await relate(R.WORKS_FOR, person, organisation);

    const { persons } = await queryData<{ persons: Record<string, unknown>[] }>(`
      fragment Named on Node { name }
      query {
        persons {
          ...Named
          themes: trekkerOfThemes { ...Named description }
          actions: trekkerOfActions { ... on Action { title status } }
          organisations { ...Named village people { name role } }
        }
      }`);
    expect(persons).toEqual([
      {
        name: "Sanne Trekker",
        // The same TREKKER_OF neighbours serve both fields, each keeping its own type.
        themes: [{ name: "Eenzaamheid", description: "Alleen zijn" }],
        actions: [{ title: "Koffieochtend", status: "IDEA" }],
        organisations: [
          {
            name: "Welzijn Voorst",
            village: "Twello",
            // A property asked only deep down (role) is read there too.
            people: [{ name: "Sanne Trekker", role: "jongerenwerker" }],
          },
        ],
      },
    ]);

    const { node } = await queryData<{ node: Record<string, unknown> }>(
      `query($id: ID!) {
        node(id: $id) {
          __typename name
          ... on Person { role }
          relations { type direction other { __typename name ... on Theme { description } } }
        }
      }`,
      { id: person.id },
    );
    expect(node).toEqual({
      __typename: "Person",
      name: "Sanne Trekker",
      role: "jongerenwerker",
      // By relationship type, then by name.
      relations: [
        {
          type: "TREKKER_OF",
          direction: "OUTGOING",
          other: { __typename: "Theme", name: "Eenzaamheid", description: "Alleen zijn" },
        },
        {
          type: "TREKKER_OF",
          direction: "OUTGOING",
          other: { __typename: "Action", name: "Koffieochtend" },
        },
        {
          type: "WORKS_FOR",
          direction: "OUTGOING",
          other: { __typename: "Organisation", name: "Welzijn Voorst" },
        },
      ],
    });
  });
});
