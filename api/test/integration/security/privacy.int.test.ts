/**
 * AVG/GDPR: an admin exports everything held about a person, and erases them completely — node,
 * relationships and history values — leaving only pseudonymous audit entries.
 */
import { beforeAll, describe, expect, it } from "vitest";

import { buildOrganisation } from "../../factories/index.js";
import { queryData, queryError } from "../../helpers/graphql.js";
import { executeCypher, resetDatabase } from "../../helpers/test-db.js";

const admin = { as: "admin" } as const;
let personId: string;
let organisationId: string;

beforeAll(async () => {
  await resetDatabase();
  organisationId = (await buildOrganisation()).id;
  const { createPerson } = await queryData<{ createPerson: { id: string } }>(
    `mutation { createPerson(input: { id: "per-anna-de-vries", name: "Anna de Vries", email: "anna@example.org", phone: "0611111111" }) { id } }`,
  );
  personId = createPerson.id;
  await queryData(
    `mutation($id: ID!) { updatePerson(id: $id, input: { role: "wijkverpleegkundige" }) { id } }`,
    {
      id: personId,
    },
  );
  await queryData(
    `mutation($input: RelationshipCreateInput!) { createRelationship(input: $input) { id } }`,
    { input: { type: "WORKS_FOR", from: personId, to: organisationId } },
  );
  // An editor read the contact details: audited.
  await queryData(`query($id: ID!) { node(id: $id) { ... on Person { email } } }`, {
    id: personId,
  });
});

describe("exportPerson", () => {
  it("returns properties, relationships, history and audit entries as JSON", async () => {
    const { exportPerson } = await queryData<{ exportPerson: Record<string, unknown> }>(
      `query($id: ID!) { exportPerson(id: $id) }`,
      { id: personId },
      admin,
    );
    expect(exportPerson.person).toMatchObject({
      name: "Anna de Vries",
      email: "anna@example.org",
      role: "wijkverpleegkundige",
    });
    expect(exportPerson.relationships).toEqual([
      expect.objectContaining({
        type: "WORKS_FOR",
        direction: "OUT",
        other: expect.objectContaining({ id: organisationId }) as unknown,
      }),
    ]);
    expect((exportPerson.history as unknown[]).length).toBeGreaterThanOrEqual(3);
    expect(exportPerson.auditEntries).toEqual(
      expect.arrayContaining([expect.objectContaining({ action: "readContactDetails" })]),
    );
  });

  it("is for admins only", async () => {
    const error = await queryError(`query($id: ID!) { exportPerson(id: $id) }`, { id: personId });
    expect(error.extensions?.code).toBe("FORBIDDEN");
  });

  it("an unknown id is NOT_FOUND", async () => {
    const error = await queryError(`{ exportPerson(id: "per-nobody") }`, {}, admin);
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });
});

describe("erasePerson", () => {
  it("is for admins only and changes nothing otherwise", async () => {
    const error = await queryError(`mutation($id: ID!) { erasePerson(id: $id) { pseudonym } }`, {
      id: personId,
    });
    expect(error.extensions?.code).toBe("FORBIDDEN");
    expect(
      await executeCypher("MATCH (p:Person {id: $id}) RETURN p", { id: personId }),
    ).toHaveLength(1);
  });

  it("removes the node, its relationships and every trace of its values", async () => {
    const { erasePerson } = await queryData<{ erasePerson: Record<string, unknown> }>(
      `mutation($id: ID!) { erasePerson(id: $id) { pseudonym relationshipsDeleted historyEntriesErased auditEntriesPseudonymised } }`,
      { id: personId },
      admin,
    );
    expect(erasePerson).toMatchObject({ relationshipsDeleted: 1 });
    expect(erasePerson.historyEntriesErased).toBeGreaterThanOrEqual(3);

    const everything = await executeCypher(`
      CALL () { MATCH (n) RETURN collect(properties(n)) AS nodes }
      CALL () { MATCH ()-[r]->() RETURN collect(properties(r)) AS rels }
      RETURN nodes, rels`);
    const dump = JSON.stringify(everything);
    expect(dump).not.toMatch(
      /Anna|de Vries|anna@example\.org|0611111111|wijkverpleegkundige|per-anna-de-vries/,
    );

    const changes = await executeCypher(
      "MATCH (c:Change) WHERE $p IN c.nodeIds RETURN c {.*} AS c",
      { p: erasePerson.pseudonym },
    );
    expect(changes.length).toBeGreaterThanOrEqual(3);
    for (const { c } of changes) {
      const change = c as Record<string, unknown>;
      expect([change.before, change.after, change.related, change.erased]).toEqual([
        undefined,
        undefined,
        undefined,
        true,
      ]);
    }
  });

  it("leaves an audit entry of the erasure under the pseudonym", async () => {
    const { auditLog } = await queryData<{ auditLog: Record<string, unknown>[] }>(
      `{ auditLog(action: "erasePerson") { actorId targetId targetKind } }`,
      {},
      admin,
    );
    expect(auditLog).toEqual([
      {
        actorId: "test-admin",
        targetId: expect.stringMatching(/^erased-/) as unknown,
        targetKind: "Person",
      },
    ]);
  });

  it("erasing again is NOT_FOUND (nothing is held any more)", async () => {
    const error = await queryError(
      `mutation($id: ID!) { erasePerson(id: $id) { pseudonym } }`,
      { id: personId },
      admin,
    );
    expect(error.extensions?.code).toBe("NOT_FOUND");
  });
});
