/**
 * Every relationship type through createRelationship / updateRelationship / deleteRelationship,
 * seen where a user looks for it: the typed fields of both endpoints and node.relations.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { relationshipId, RelationshipType as R } from "../../src/model/relationship-types.js";
import {
  buildAction,
  buildMeeting,
  buildOrganisation,
  buildPerson,
  buildTargetGroup,
  buildTheme,
  buildVindplaats,
  relate,
} from "../factories/index.js";
import { queryData, queryError } from "../helpers/graphql.js";
import { graphFingerprint, resetDatabase } from "../helpers/test-db.js";

type Ref = { id: string };

interface RelationshipCase {
  name: string;
  type: R;
  build(): Promise<{ from: Ref; to: Ref; props?: Record<string, unknown> }>;
  /** Selection on the start node that lists the end node (by id). */
  fromView: string;
  /** Selection on the end node that lists the start node (by id). */
  toView: string;
  /** Properties expected on the created relationship. */
  stored?: Record<string, unknown>;
}

const cases: RelationshipCase[] = [
  {
    name: "WORKS_FOR",
    type: R.WORKS_FOR,
    build: async () => ({
      from: await buildPerson(),
      to: await buildOrganisation(),
      props: { role: "jongerenwerker" },
    }),
    fromView: "... on Person { organisations { id } }",
    toView: "... on Organisation { people { id } }",
    stored: { role: "jongerenwerker" },
  },
  {
    name: "KNOWS",
    type: R.KNOWS,
    build: async () => ({
      from: await buildPerson(),
      to: await buildPerson(),
      props: { strength: 3 },
    }),
    fromView: "... on Person { knows { id } }",
    toView: "... on Person { knows { id } }",
    stored: { strength: 3 },
  },
  {
    name: "TREKKER_OF a theme",
    type: R.TREKKER_OF,
    build: async () => ({ from: await buildPerson(), to: await buildTheme() }),
    fromView: "... on Person { trekkerOfThemes { id } }",
    toView: "... on Theme { trekker { id } }",
  },
  {
    name: "TREKKER_OF an action",
    type: R.TREKKER_OF,
    build: async () => ({ from: await buildPerson(), to: await buildAction() }),
    fromView: "... on Person { trekkerOfActions { id } }",
    toView: "... on Action { trekker { id } }",
  },
  {
    name: "WORKS_ON",
    type: R.WORKS_ON,
    build: async () => ({ from: await buildOrganisation(), to: await buildTheme() }),
    fromView: "... on Organisation { worksOn { id } }",
    toView: "... on Theme { providers { id } }",
  },
  {
    name: "SIGNALS from a person",
    type: R.SIGNALS,
    build: async () => ({ from: await buildPerson(), to: await buildTheme() }),
    fromView: "... on Person { signals { id } }",
    toView: "... on Theme { signallers { ... on Person { id } } }",
  },
  {
    name: "SIGNALS from an organisation",
    type: R.SIGNALS,
    build: async () => ({ from: await buildOrganisation(), to: await buildTheme() }),
    fromView: "... on Organisation { signals { id } }",
    toView: "... on Theme { signallers { ... on Organisation { id } } }",
  },
  {
    name: "ACTIVE_AT from a person",
    type: R.ACTIVE_AT,
    build: async () => ({ from: await buildPerson(), to: await buildVindplaats() }),
    fromView: "... on Person { activeAt { id } }",
    toView: "... on Vindplaats { activePeople { id } }",
  },
  {
    name: "ACTIVE_AT from an organisation",
    type: R.ACTIVE_AT,
    build: async () => {
      const theme = await buildTheme();
      return {
        from: await buildOrganisation(),
        to: await buildVindplaats(),
        props: { themeIds: [theme.id] },
      };
    },
    fromView: "... on Organisation { activeAt { id } }",
    toView: "... on Vindplaats { parties { id } }",
  },
  {
    name: "REFERS_TO",
    type: R.REFERS_TO,
    build: async () => {
      const theme = await buildTheme({ name: "Schulden" });
      return {
        from: await buildOrganisation(),
        to: await buildOrganisation(),
        props: { themeId: theme.id, agreed: false, perYear: 6 },
      };
    },
    fromView: "... on Organisation { refersTo { to { id } } }",
    toView: "... on Organisation { referredFrom { from { id } } }",
    stored: { agreed: false, perYear: 6 },
  },
  {
    name: "COLLABORATES_WITH",
    type: R.COLLABORATES_WITH,
    build: async () => ({ from: await buildOrganisation(), to: await buildOrganisation() }),
    fromView: "... on Organisation { collaboratesWith { id } }",
    toView: "... on Organisation { collaboratesWith { id } }",
  },
  {
    name: "RUN_BY",
    type: R.RUN_BY,
    build: async () => ({ from: await buildVindplaats(), to: await buildOrganisation() }),
    fromView: "... on Vindplaats { runBy { id } }",
    toView: "... on Organisation { runs { id } }",
  },
  {
    name: "REACHES",
    type: R.REACHES,
    build: async () => ({ from: await buildVindplaats(), to: await buildTargetGroup() }),
    fromView: "... on Vindplaats { reaches { id } }",
    toView: "... on TargetGroup { reachedAt { id } }",
  },
  {
    name: "CONCERNS",
    type: R.CONCERNS,
    build: async () => ({ from: await buildTheme(), to: await buildTargetGroup() }),
    fromView: "... on Theme { targetGroups { id } }",
    toView: "... on TargetGroup { themes { id } }",
  },
  {
    name: "TAKES_PART_IN",
    type: R.TAKES_PART_IN,
    build: async () => ({ from: await buildOrganisation(), to: await buildAction() }),
    fromView: "... on Organisation { actions { id } }",
    toView: "... on Action { organisations { id } }",
  },
  {
    name: "CONTRIBUTES_TO",
    type: R.CONTRIBUTES_TO,
    build: async () => ({ from: await buildAction(), to: await buildTheme() }),
    fromView: "... on Action { themes { id } }",
    toView: "... on Theme { actions { id } }",
  },
  {
    name: "ATTENDED",
    type: R.ATTENDED,
    build: async () => ({ from: await buildPerson(), to: await buildMeeting() }),
    fromView: "... on Person { attended { id } }",
    toView: "... on Meeting { attendees { id } }",
  },
];

/** Every `id` in a query result (nested lists and objects), for "which nodes does it show". */
function idsIn(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(idsIn);
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, v]) =>
      key === "id" && typeof v === "string" ? [v] : idsIn(v),
    );
  }
  return [];
}

async function view(id: string, selection: string): Promise<string[]> {
  const data = await queryData<{ node: Record<string, unknown> }>(
    `query($id: ID!) { node(id: $id) { ${selection} } }`,
    {
      id,
    },
  );
  return idsIn(data.node);
}

async function relations(id: string) {
  const data = await queryData<{ node: { relations: unknown[] } }>(
    `query($id: ID!) { node(id: $id) { relations { id type direction other { id } } } }`,
    { id },
  );
  return data.node.relations;
}

const CREATE = `mutation($input: RelationshipCreateInput!) {
  createRelationship(input: $input) {
    id type fromId toId createdAt from { id } to { id }
    role strength themeId themeIds agreed perYear since until confirmedAt
  }
}`;
const DELETE = `mutation($id: ID!) { deleteRelationship(id: $id) { id type fromId toId } }`;
const READ = `query($id: ID!) { relationship(id: $id) { id type fromId toId } }`;

describe("every relationship type", () => {
  beforeEach(resetDatabase);

  for (const c of cases) {
    it(`${c.name}: created, visible from both ends, deleted`, async () => {
      const { from, to, props = {} } = await c.build();
      const id = relationshipId(c.type, from.id, to.id, props.themeId as string | undefined);

      const created = await queryData<{ createRelationship: Record<string, unknown> }>(CREATE, {
        input: { type: c.type, from: from.id, to: to.id, ...props },
      });
      expect(created.createRelationship).toMatchObject({
        id,
        type: c.type,
        fromId: from.id,
        toId: to.id,
        from: { id: from.id },
        to: { id: to.id },
        ...(c.stored ?? {}),
      });
      expect(Date.parse(String(created.createRelationship.createdAt))).not.toBeNaN();

      expect(await view(from.id, c.fromView)).toEqual([to.id]);
      expect(await view(to.id, c.toView)).toEqual([from.id]);
      expect(await relations(from.id)).toEqual([
        { id, type: c.type, direction: "OUTGOING", other: { id: to.id } },
      ]);
      expect(await relations(to.id)).toEqual([
        { id, type: c.type, direction: "INCOMING", other: { id: from.id } },
      ]);
      expect(await queryData(READ, { id })).toEqual({
        relationship: { id, type: c.type, fromId: from.id, toId: to.id },
      });

      expect(await queryData(DELETE, { id })).toEqual({
        deleteRelationship: { id, type: c.type, fromId: from.id, toId: to.id },
      });
      expect(await view(from.id, c.fromView)).toEqual([]);
      expect(await view(to.id, c.toView)).toEqual([]);
      expect(await relations(from.id)).toEqual([]);
      expect(await relations(to.id)).toEqual([]);
      expect(await queryData(READ, { id })).toEqual({ relationship: null });
    });
  }

  it("covers all 14 relationship types", () => {
    expect(new Set(cases.map((c) => c.type))).toEqual(new Set(Object.values(R)));
  });

  it("answers NOT_FOUND when deleting a relationship that is not there, and changes nothing", async () => {
    const person = await buildPerson();
    const organisation = await buildOrganisation();
    const before = await graphFingerprint();
    const error = await queryError(DELETE, {
      id: relationshipId(R.WORKS_FOR, person.id, organisation.id),
    });
    expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    expect(await graphFingerprint()).toBe(before);
  });
});

describe("undirected relationships", () => {
  beforeEach(resetDatabase);

  it("KNOWS is seen from both people and cannot be added again the other way round", async () => {
    const anna = await buildPerson({ name: "Anna" });
    const bram = await buildPerson({ name: "Bram" });
    const carla = await buildPerson({ name: "Carla" });
    await queryData(CREATE, { input: { type: "KNOWS", from: anna.id, to: bram.id } });
    await queryData(CREATE, { input: { type: "KNOWS", from: carla.id, to: anna.id, strength: 1 } });

    const knows = `query($id: ID!) { node(id: $id) { ... on Person { knows { name } } } }`;
    expect(await queryData(knows, { id: anna.id })).toEqual({
      node: { knows: [{ name: "Bram" }, { name: "Carla" }] },
    });
    expect(await queryData(knows, { id: bram.id })).toEqual({
      node: { knows: [{ name: "Anna" }] },
    });
    expect(await queryData(knows, { id: carla.id })).toEqual({
      node: { knows: [{ name: "Anna" }] },
    });

    const before = await graphFingerprint();
    const error = await queryError(CREATE, {
      input: { type: "KNOWS", from: bram.id, to: anna.id },
    });
    expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "to", rule: "unique" });
    expect(await graphFingerprint()).toBe(before);
  });

  it("KNOWS has strength 2 when none is given", async () => {
    const anna = await buildPerson();
    const bram = await buildPerson();
    const created = await queryData(CREATE, {
      input: { type: "KNOWS", from: anna.id, to: bram.id },
    });
    expect(created).toMatchObject({ createRelationship: { strength: 2 } });
  });

  it("COLLABORATES_WITH is seen from both organisations, and deleted by the same id either way", async () => {
    const bibliotheek = await buildOrganisation({ name: "Bibliotheek" });
    const welzijn = await buildOrganisation({ name: "Welzijn" });
    const { createRelationship } = await queryData<{ createRelationship: { id: string } }>(CREATE, {
      input: { type: "COLLABORATES_WITH", from: welzijn.id, to: bibliotheek.id },
    });
    expect(createRelationship.id).toBe(
      relationshipId(R.COLLABORATES_WITH, bibliotheek.id, welzijn.id),
    );

    const partners = `query($id: ID!) { node(id: $id) { ... on Organisation { collaboratesWith { name } } } }`;
    expect(await queryData(partners, { id: bibliotheek.id })).toEqual({
      node: { collaboratesWith: [{ name: "Welzijn" }] },
    });
    expect(await queryData(partners, { id: welzijn.id })).toEqual({
      node: { collaboratesWith: [{ name: "Bibliotheek" }] },
    });

    await queryData(DELETE, {
      id: relationshipId(R.COLLABORATES_WITH, bibliotheek.id, welzijn.id),
    });
    expect(await queryData(partners, { id: welzijn.id })).toEqual({
      node: { collaboratesWith: [] },
    });
  });
});

describe("updateRelationship", () => {
  beforeEach(resetDatabase);

  const UPDATE = `mutation($id: ID!, $input: RelationshipUpdateInput!) {
    updateRelationship(id: $id, input: $input) {
      id role strength themeIds agreed perYear since until confirmedAt
    }
  }`;

  it("changes the role of WORKS_FOR and its dates; null leaves a property as it is", async () => {
    const person = await buildPerson();
    const organisation = await buildOrganisation();
    const id = await relate(R.WORKS_FOR, person, organisation, {
      role: "vrijwilliger",
      since: "2019-05-01",
    });

    expect(
      await queryData(UPDATE, { id, input: { role: "coördinator", confirmedAt: "2026-01-15" } }),
    ).toMatchObject({
      updateRelationship: {
        id,
        role: "coördinator",
        since: "2019-05-01",
        confirmedAt: "2026-01-15",
      },
    });
    expect(
      await queryData(UPDATE, { id, input: { role: null, until: "2026-06-30" } }),
    ).toMatchObject({
      updateRelationship: { role: "coördinator", since: "2019-05-01", until: "2026-06-30" },
    });
    const seen = await queryData(
      `query($id: ID!) { node(id: $id) { relations { type role since until confirmedAt } } }`,
      { id: person.id },
    );
    expect(seen).toEqual({
      node: {
        relations: [
          {
            type: "WORKS_FOR",
            role: "coördinator",
            since: "2019-05-01",
            until: "2026-06-30",
            confirmedAt: "2026-01-15",
          },
        ],
      },
    });
  });

  it("changes the strength of KNOWS", async () => {
    const anna = await buildPerson();
    const bram = await buildPerson();
    const id = await relate(R.KNOWS, anna, bram, { strength: 1 });
    expect(await queryData(UPDATE, { id, input: { strength: 3 } })).toMatchObject({
      updateRelationship: { strength: 3 },
    });
    const edges = await queryData(`query { network { edges { type strength } } }`);
    expect(edges).toEqual({ network: { edges: [{ type: "KNOWS", strength: 3 }] } });
  });

  it("turns an informal referral route into an agreed one, seen on Organisation.refersTo", async () => {
    const school = await buildOrganisation({ name: "Basisschool" });
    const schuldhulp = await buildOrganisation({ name: "SchuldHulpMaatje" });
    const schulden = await buildTheme({ name: "Schulden" });
    const id = await relate(R.REFERS_TO, school, schuldhulp, {
      themeId: schulden.id,
      agreed: false,
      perYear: 4,
    });

    expect(await queryData(UPDATE, { id, input: { agreed: true, perYear: 7 } })).toMatchObject({
      updateRelationship: { agreed: true, perYear: 7 },
    });
    const routes = await queryData(
      `query($id: ID!) { node(id: $id) { ... on Organisation { refersTo { to { name } theme { name } agreed perYear } } } }`,
      { id: school.id },
    );
    expect(routes).toEqual({
      node: {
        refersTo: [
          {
            to: { name: "SchuldHulpMaatje" },
            theme: { name: "Schulden" },
            agreed: true,
            perYear: 7,
          },
        ],
      },
    });
  });

  it("changes the themes of ACTIVE_AT", async () => {
    const organisation = await buildOrganisation();
    const school = await buildVindplaats();
    const eenzaamheid = await buildTheme({ name: "Eenzaamheid" });
    const sport = await buildTheme({ name: "Sport en bewegen" });
    const id = await relate(R.ACTIVE_AT, organisation, school, { themeIds: [eenzaamheid.id] });

    expect(
      await queryData(UPDATE, { id, input: { themeIds: [eenzaamheid.id, sport.id] } }),
    ).toMatchObject({
      updateRelationship: { themeIds: [eenzaamheid.id, sport.id] },
    });
  });

  it("answers NOT_FOUND for a relationship that is not there, and changes nothing", async () => {
    const anna = await buildPerson();
    const bram = await buildPerson();
    const before = await graphFingerprint();
    const error = await queryError(UPDATE, {
      id: relationshipId(R.KNOWS, anna.id, bram.id),
      input: { strength: 1 },
    });
    expect(error.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
    expect(await graphFingerprint()).toBe(before);
  });
});

describe("typed views over relationships", () => {
  beforeEach(resetDatabase);

  it("Vindplaats.parties counts an organisation once, whether active directly or through its people", async () => {
    const school = await buildVindplaats({ name: "De Kastanjehof" });
    const jgz = await buildOrganisation({ name: "JGZ" });
    const team = await buildOrganisation({ name: "Sociaal Team" });
    const fatima = await buildPerson();
    const nurse = await buildPerson();
    await relate(R.ACTIVE_AT, jgz, school);
    await relate(R.WORKS_FOR, nurse, jgz);
    await relate(R.ACTIVE_AT, nurse, school);
    await relate(R.WORKS_FOR, fatima, team);
    await relate(R.ACTIVE_AT, fatima, school);
    // Running it does not make an organisation a party.
    await relate(R.RUN_BY, school, await buildOrganisation({ name: "Stichting Scholen" }));

    expect(
      await queryData(
        `query($id: ID!) { node(id: $id) { ... on Vindplaats { parties { name } } } }`,
        { id: school.id },
      ),
    ).toEqual({ node: { parties: [{ name: "JGZ" }, { name: "Sociaal Team" }] } });
  });

  it("Theme.trekker is null for a theme nobody leads (a gap)", async () => {
    const theme = await buildTheme();
    expect(
      await queryData(`query($id: ID!) { node(id: $id) { ... on Theme { trekker { id } } } }`, {
        id: theme.id,
      }),
    ).toEqual({
      node: { trekker: null },
    });
  });

  it("node.relations names the theme of a referral route", async () => {
    const from = await buildOrganisation();
    const to = await buildOrganisation();
    const theme = await buildTheme({ name: "Eenzaamheid" });
    await relate(R.REFERS_TO, from, to, { themeId: theme.id, agreed: true });
    expect(
      await queryData(
        `query($id: ID!) { node(id: $id) { relations { type themeId themeName agreed } } }`,
        { id: from.id },
      ),
    ).toEqual({
      node: {
        relations: [
          { type: "REFERS_TO", themeId: theme.id, themeName: "Eenzaamheid", agreed: true },
        ],
      },
    });
  });
});
