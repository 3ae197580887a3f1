import { beforeEach, describe, expect, it } from "vitest";

import { buildOrganisation, buildPerson, relate } from "../factories/index.js";
import { executeGraphQL, graphFingerprint, resetDatabase } from "../helpers/test-db.js";
import { RelationshipType } from "../../src/model/relationship-types.js";

describe("persons", () => {
  beforeEach(resetDatabase);

  it("creates, reads, updates and deletes a person", async () => {
    const created = await executeGraphQL<{ createPerson: { id: string; name: string; version: number } }>(
      `mutation { createPerson(input: { name: " Anna de Vries ", role: "jongerenwerker", village: "Twello" }) { id name version } }`,
    );
    expect(created.errors).toBeUndefined();
    const person = created.data!.createPerson;
    expect(person).toMatchObject({ name: "Anna de Vries", version: 1 });

    const updated = await executeGraphQL(
      `mutation($id: ID!) { updatePerson(id: $id, input: { role: "buurtsportcoach" }, expectedVersion: 1) { role version } }`,
      { id: person.id },
    );
    expect(updated.data).toEqual({ updatePerson: { role: "buurtsportcoach", version: 2 } });

    const deleted = await executeGraphQL(`mutation($id: ID!) { deletePerson(id: $id) { id relationshipsRemoved } }`, {
      id: person.id,
    });
    expect(deleted.data).toEqual({ deletePerson: { id: person.id, relationshipsRemoved: 0 } });
    const read = await executeGraphQL(`query($id: ID!) { node(id: $id) { id } }`, { id: person.id });
    expect(read.data).toEqual({ node: null });
  });

  it("refuses an empty name, naming the field, and writes nothing", async () => {
    const before = await graphFingerprint();
    const result = await executeGraphQL(`mutation { createPerson(input: { name: "   " }) { id } }`);
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "name" });
    expect(await graphFingerprint()).toBe(before);
  });

  it("lists the organisations a person works for", async () => {
    const org = await buildOrganisation({ name: "Bibliotheek Twello" });
    const person = await buildPerson({ name: "Kees" });
    await relate(RelationshipType.WORKS_FOR, person, org);
    const result = await executeGraphQL(`query($id: ID!) { node(id: $id) { ... on Person { organisations { name } } } }`, {
      id: person.id,
    });
    expect(result.data).toEqual({ node: { organisations: [{ name: "Bibliotheek Twello" }] } });
  });
});
