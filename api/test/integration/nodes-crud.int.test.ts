/**
 * Create → read → update → delete for every node type through the GraphQL API, with optimistic
 * concurrency (expectedVersion) and the removal of a deleted node's relationships.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { NODE_LABELS } from "../../src/model/node-types.js";
import { RelationshipType as R } from "../../src/model/relationship-types.js";
import {
  buildAction,
  buildMeeting,
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTargetGroup,
  buildTheme,
  buildVindplaats,
  relate,
} from "../factories/index.js";
import { queryData, queryError } from "../helpers/graphql.js";
import { executeCypher, graphFingerprint, resetDatabase } from "../helpers/test-db.js";

interface CrudCase {
  label: string;
  type: string;
  list: string;
  /** The type's own fields, selected after every step. */
  fields: string;
  create: Record<string, unknown>;
  created: Record<string, unknown>;
  update: Record<string, unknown>;
  updated: Record<string, unknown>;
  /** Ties the node to freshly built neighbours; returns how many relationships it made. */
  connect(node: { id: string }): Promise<number>;
}

const cases: CrudCase[] = [
  {
    label: "Person",
    type: "PERSON",
    list: "persons",
    fields: "name role email phone village",
    create: {
      name: "  Anna de Vries ",
      role: "jongerenwerker",
      email: "anna@example.nl",
      phone: "06-00001234",
      village: "Twello",
    },
    created: {
      name: "Anna de Vries",
      role: "jongerenwerker",
      email: "anna@example.nl",
      phone: "06-00001234",
      village: "Twello",
    },
    update: { role: "buurtsportcoach", phone: "" },
    updated: {
      name: "Anna de Vries",
      role: "buurtsportcoach",
      email: "anna@example.nl",
      phone: null,
      village: "Twello",
    },
    async connect(person) {
      await relate(R.WORKS_FOR, person, await buildOrganisation());
      await relate(R.KNOWS, person, await buildPerson(), { strength: 3 });
      await relate(R.ATTENDED, person, await buildMeeting());
      await relate(R.TREKKER_OF, person, await buildTheme());
      return 4;
    },
  },
  {
    label: "Organisation",
    type: "ORGANISATION",
    list: "organisations",
    fields: "name kind village website",
    create: {
      name: "Bibliotheek Voorst",
      kind: "BIBLIOTHEEK",
      village: "Twello",
      website: "https://www.example.nl",
    },
    created: {
      name: "Bibliotheek Voorst",
      kind: "BIBLIOTHEEK",
      village: "Twello",
      website: "https://www.example.nl",
    },
    update: { village: "Klarenbeek", website: null },
    updated: {
      name: "Bibliotheek Voorst",
      kind: "BIBLIOTHEEK",
      village: "Klarenbeek",
      website: null,
    },
    async connect(organisation) {
      const theme = await buildTheme();
      await relate(R.WORKS_FOR, await buildPerson(), organisation);
      await relate(R.WORKS_ON, organisation, theme);
      await buildReferralRoute(organisation, await buildOrganisation(), theme);
      await relate(R.COLLABORATES_WITH, await buildOrganisation(), organisation);
      await relate(R.RUN_BY, await buildVindplaats(), organisation);
      return 5;
    },
  },
  {
    label: "Theme",
    type: "THEME",
    list: "themes",
    fields: "name description programme domain",
    create: { name: "Eenzaamheid", description: "Zich alleen voelen", domain: "SOCIAAL" },
    created: {
      name: "Eenzaamheid",
      description: "Zich alleen voelen",
      programme: null,
      domain: "SOCIAAL",
    },
    update: { programme: "Kadernota Sociaal Domein", domain: "FYSIEK" },
    updated: {
      name: "Eenzaamheid",
      description: "Zich alleen voelen",
      programme: "Kadernota Sociaal Domein",
      domain: "FYSIEK",
    },
    async connect(theme) {
      await relate(R.TREKKER_OF, await buildPerson(), theme);
      await relate(R.WORKS_ON, await buildOrganisation(), theme);
      await relate(R.SIGNALS, await buildPerson(), theme);
      await relate(R.CONCERNS, theme, await buildTargetGroup());
      await relate(R.CONTRIBUTES_TO, await buildAction(), theme);
      return 5;
    },
  },
  {
    label: "Vindplaats",
    type: "VINDPLAATS",
    list: "vindplaatsen",
    fields: "name kind village capacity",
    create: { name: "Basisschool De Kastanjehof", kind: "SCHOOL", village: "Twello", capacity: 3 },
    created: { name: "Basisschool De Kastanjehof", kind: "SCHOOL", village: "Twello", capacity: 3 },
    update: { capacity: 5 },
    updated: { name: "Basisschool De Kastanjehof", kind: "SCHOOL", village: "Twello", capacity: 5 },
    async connect(vindplaats) {
      await relate(R.RUN_BY, vindplaats, await buildOrganisation());
      await relate(R.REACHES, vindplaats, await buildTargetGroup());
      await relate(R.ACTIVE_AT, await buildPerson(), vindplaats);
      return 3;
    },
  },
  {
    label: "TargetGroup",
    type: "TARGET_GROUP",
    list: "targetGroups",
    fields: "name description",
    create: { name: "Mantelzorgers" },
    created: { name: "Mantelzorgers", description: null },
    update: { name: "Jonge mantelzorgers", description: "Kinderen die zorgen voor een ouder" },
    updated: { name: "Jonge mantelzorgers", description: "Kinderen die zorgen voor een ouder" },
    async connect(group) {
      await relate(R.REACHES, await buildVindplaats(), group);
      await relate(R.CONCERNS, await buildTheme(), group);
      return 2;
    },
  },
  {
    label: "Action",
    type: "ACTION",
    list: "actions",
    fields: "name title status goal",
    create: { title: "Taalcafé in de bibliotheek", status: "IDEA", goal: "Elke week een taalcafé" },
    created: {
      name: "Taalcafé in de bibliotheek",
      title: "Taalcafé in de bibliotheek",
      status: "IDEA",
      goal: "Elke week een taalcafé",
    },
    update: { status: "RUNNING", goal: "" },
    updated: {
      name: "Taalcafé in de bibliotheek",
      title: "Taalcafé in de bibliotheek",
      status: "RUNNING",
      goal: null,
    },
    async connect(action) {
      await relate(R.TAKES_PART_IN, await buildOrganisation(), action);
      await relate(R.CONTRIBUTES_TO, action, await buildTheme());
      await relate(R.TREKKER_OF, await buildPerson(), action);
      return 3;
    },
  },
  {
    label: "Meeting",
    type: "MEETING",
    list: "meetings",
    fields: "name title date village",
    create: { title: "Netwerkbijeenkomst Twello", date: "2026-03-12" },
    created: {
      name: "Netwerkbijeenkomst Twello",
      title: "Netwerkbijeenkomst Twello",
      date: "2026-03-12",
      village: null,
    },
    update: { date: "2026-04-02", village: "Twello" },
    updated: {
      name: "Netwerkbijeenkomst Twello",
      title: "Netwerkbijeenkomst Twello",
      date: "2026-04-02",
      village: "Twello",
    },
    async connect(meeting) {
      await relate(R.ATTENDED, await buildPerson(), meeting);
      await relate(R.ATTENDED, await buildPerson(), meeting);
      return 2;
    },
  },
];

async function relationshipCount(): Promise<number> {
  const [row] = await executeCypher("MATCH ()-[r]->() RETURN count(r) AS n");
  return Number(row?.n);
}

for (const c of cases) {
  describe(c.label, () => {
    beforeEach(resetDatabase);

    const create = `mutation($input: ${c.label}CreateInput!) {
    create${c.label}(input: $input) { id type version ${c.fields} }
  }`;
    const read = `query($id: ID!) { node(id: $id) { id type version ... on ${c.label} { ${c.fields} } } }`;
    const list = `query($name: String) { ${c.list}(filter: { nameContains: $name }) { id ${c.fields} } }`;
    const update = `mutation($id: ID!, $input: ${c.label}UpdateInput!, $expectedVersion: Int) {
    update${c.label}(id: $id, input: $input, expectedVersion: $expectedVersion) { id version ${c.fields} }
  }`;
    const remove = `mutation($id: ID!, $expectedVersion: Int) {
    delete${c.label}(id: $id, expectedVersion: $expectedVersion) { id type relationshipsRemoved }
  }`;

    it("creates, reads, lists, updates and deletes", async () => {
      const { [`create${c.label}`]: node } = await queryData<Record<string, { id: string }>>(
        create,
        {
          input: c.create,
        },
      );
      expect(node).toEqual({
        id: expect.any(String) as string,
        type: c.type,
        version: 1,
        ...c.created,
      });

      expect(await queryData(read, { id: node!.id })).toEqual({
        node: { id: node!.id, type: c.type, version: 1, ...c.created },
      });
      const name = String(c.created.name).slice(0, 8).toUpperCase();
      expect(await queryData(list, { name })).toEqual({
        [c.list]: [{ id: node!.id, ...c.created }],
      });

      expect(
        await queryData(update, { id: node!.id, input: c.update, expectedVersion: 1 }),
      ).toEqual({
        [`update${c.label}`]: { id: node!.id, version: 2, ...c.updated },
      });
      expect(await queryData(read, { id: node!.id })).toEqual({
        node: { id: node!.id, type: c.type, version: 2, ...c.updated },
      });

      const relationships = await c.connect(node!);
      const before = await relationshipCount();
      expect(await queryData(remove, { id: node!.id, expectedVersion: 2 })).toEqual({
        [`delete${c.label}`]: { id: node!.id, type: c.type, relationshipsRemoved: relationships },
      });
      expect(await queryData(read, { id: node!.id })).toEqual({ node: null });
      expect(await queryData(list, { name })).toEqual({ [c.list]: [] });
      expect(await relationshipCount()).toBe(before - relationships);
      // The neighbours stay; only the ties to the deleted node go.
      const [left] = await executeCypher(`MATCH (n:${NODE_LABELS.join("|")}) RETURN count(n) AS n`);
      expect(Number(left?.n)).toBe(relationships);
    });

    it("refuses an update with a stale expectedVersion and changes nothing", async () => {
      const { [`create${c.label}`]: node } = await queryData<Record<string, { id: string }>>(
        create,
        {
          input: c.create,
        },
      );
      await queryData(update, { id: node!.id, input: c.update, expectedVersion: 1 });
      const before = await graphFingerprint();

      const error = await queryError(update, { id: node!.id, input: c.create, expectedVersion: 1 });
      expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
      expect(error.message).toContain("versie 2");
      expect(await graphFingerprint()).toBe(before);
      expect(await queryData(read, { id: node!.id })).toEqual({
        node: { id: node!.id, type: c.type, version: 2, ...c.updated },
      });
    });

    it("refuses a delete with a stale expectedVersion and keeps the node and its ties", async () => {
      const { [`create${c.label}`]: node } = await queryData<Record<string, { id: string }>>(
        create,
        {
          input: c.create,
        },
      );
      await queryData(update, { id: node!.id, input: c.update, expectedVersion: 1 });
      await c.connect(node!);
      const before = await graphFingerprint();

      const error = await queryError(remove, { id: node!.id, expectedVersion: 1 });
      expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "expectedVersion" });
      expect(await graphFingerprint()).toBe(before);
    });

    it("updates without expectedVersion (last write wins) and answers NOT_FOUND for an unknown id", async () => {
      const { [`create${c.label}`]: node } = await queryData<Record<string, { id: string }>>(
        create,
        {
          input: c.create,
        },
      );
      expect(await queryData(update, { id: node!.id, input: c.update })).toEqual({
        [`update${c.label}`]: { id: node!.id, version: 2, ...c.updated },
      });

      const before = await graphFingerprint();
      const updateError = await queryError(update, { id: "does-not-exist", input: c.update });
      expect(updateError.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
      const deleteError = await queryError(remove, { id: "does-not-exist" });
      expect(deleteError.extensions).toMatchObject({ code: "NOT_FOUND", field: "id" });
      expect(await graphFingerprint()).toBe(before);
    });
  });
}

describe("node ids", () => {
  beforeEach(resetDatabase);

  it("keeps an id given on create and generates one with the type's prefix otherwise", async () => {
    const given = await queryData(
      `mutation { createTheme(input: { id: "thema-schulden", name: "Schulden", domain: SOCIAAL }) { id } }`,
    );
    expect(given).toEqual({ createTheme: { id: "thema-schulden" } });
    const generated = await queryData<{ createVindplaats: { id: string } }>(
      `mutation { createVindplaats(input: { name: "Dorpshuis", kind: DORPSHUIS, village: "Wilp", capacity: 4 }) { id } }`,
    );
    expect(generated.createVindplaats.id).toMatch(/^vp-[0-9a-f-]{36}$/);
  });

  it("refuses an id that is taken, with CONFLICT naming the field, and writes nothing", async () => {
    const organisation = await buildOrganisation({ name: "Mens en Welzijn Voorst" });
    const before = await graphFingerprint();

    const sameType = await queryError(
      `mutation($id: ID!) { createOrganisation(input: { id: $id, name: "Dubbel", kind: WELZIJN, village: "Twello" }) { id } }`,
      { id: organisation.id },
    );
    expect(sameType.extensions).toMatchObject({ code: "CONFLICT", field: "id" });
    expect(await graphFingerprint()).toBe(before);
  });

  // Regression: an id in use by a node of another type was accepted, after which node(id) and
  // relationships to that id could hit either node.
  it("refuses an id that a node of another type has", async () => {
    const organisation = await buildOrganisation({ name: "Mens en Welzijn Voorst" });
    const before = await graphFingerprint();

    const error = await queryError(
      `mutation($id: ID!) { createPerson(input: { id: $id, name: "Dubbel" }) { id } }`,
      {
        id: organisation.id,
      },
    );
    expect(error.extensions).toMatchObject({ code: "CONFLICT", field: "id" });
    expect(await graphFingerprint()).toBe(before);
    expect(
      await queryData(`query($id: ID!) { node(id: $id) { name type } }`, { id: organisation.id }),
    ).toEqual({
      node: { name: "Mens en Welzijn Voorst", type: "ORGANISATION" },
    });
  });
});

// Regression: update inputs let null or blank clear required fields (name, kind, village,
// capacity, date, …); the node was stored without them and every later list query that
// selected the field failed with INTERNAL_SERVER_ERROR.
describe("people saving at the same time", () => {
  beforeEach(resetDatabase);

  it("30 concurrent creates and relationship changes all succeed, none is lost", async () => {
    const theme = await buildTheme({ name: "Eenzaamheid" });
    const created = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        queryData<{ createOrganisation: { id: string } }>(
          `mutation($name: String!) { createOrganisation(input: { name: $name, kind: WELZIJN, village: "Twello" }) { id } }`,
          { name: `Gelijktijdig ${i}` },
        ),
      ),
    );
    // Every organisation also starts working on the same theme, all at once.
    await Promise.all(
      created.map(({ createOrganisation }) =>
        queryData(
          `mutation($input: RelationshipCreateInput!) { createRelationship(input: $input) { id } }`,
          { input: { type: "WORKS_ON", from: createOrganisation.id, to: theme.id } },
        ),
      ),
    );
    const { themes } = await queryData<{ themes: { providers: { name: string }[] }[] }>(
      `{ themes { providers { name } } }`,
    );
    expect(themes[0]!.providers).toHaveLength(30);
  });
});

describe("updates cannot clear required fields", () => {
  beforeEach(resetDatabase);

  const attempts: {
    label: string;
    build: () => Promise<{ id: string }>;
    input: Record<string, unknown>;
    field: string;
  }[] = [
    { label: "Person", build: () => buildPerson(), input: { name: "   " }, field: "name" },
    { label: "Person", build: () => buildPerson(), input: { name: null }, field: "name" },
    { label: "Organisation", build: () => buildOrganisation(), input: { name: "" }, field: "name" },
    {
      label: "Organisation",
      build: () => buildOrganisation(),
      input: { kind: null },
      field: "kind",
    },
    {
      label: "Organisation",
      build: () => buildOrganisation(),
      input: { village: "" },
      field: "village",
    },
    { label: "Theme", build: () => buildTheme(), input: { domain: null }, field: "domain" },
    {
      label: "Vindplaats",
      build: () => buildVindplaats(),
      input: { capacity: null },
      field: "capacity",
    },
    {
      label: "Vindplaats",
      build: () => buildVindplaats(),
      input: { village: null },
      field: "village",
    },
    { label: "Vindplaats", build: () => buildVindplaats(), input: { kind: null }, field: "kind" },
    { label: "TargetGroup", build: () => buildTargetGroup(), input: { name: "" }, field: "name" },
    { label: "Action", build: () => buildAction(), input: { title: "  " }, field: "title" },
    { label: "Action", build: () => buildAction(), input: { status: null }, field: "status" },
    { label: "Meeting", build: () => buildMeeting(), input: { date: null }, field: "date" },
    { label: "Meeting", build: () => buildMeeting(), input: { title: null }, field: "title" },
  ];

  for (const { label, build, input, field } of attempts) {
    it(`update${label} refuses ${JSON.stringify(input)}`, async () => {
      const node = await build();
      const before = await graphFingerprint();
      const error = await queryError(
        `mutation($id: ID!, $input: ${label}UpdateInput!) { update${label}(id: $id, input: $input) { id } }`,
        { id: node.id, input },
      );
      expect(error.extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
      expect(error.message).toContain(field);
      expect(await graphFingerprint()).toBe(before);
    });
  }

  it("still leaves a field out when it is not given", async () => {
    const vindplaats = await buildVindplaats({ name: "Bibliotheek Twello", capacity: 4 });
    expect(
      await queryData(
        `mutation($id: ID!) { updateVindplaats(id: $id, input: { name: "Bibliotheek De Brink" }) { name kind village capacity } }`,
        { id: vindplaats.id },
      ),
    ).toEqual({
      updateVindplaats: {
        name: "Bibliotheek De Brink",
        kind: "SCHOOL",
        village: "Twello",
        capacity: 4,
      },
    });
  });
});
