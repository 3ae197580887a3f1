/**
 * History and undo through the GraphQL API: every edit is logged with who/when/before/after, undo
 * gives back the previous state exactly, and a deleted node comes back with its relationships.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { NODE_LABELS } from "../../../src/model/node-types.js";
import { RelationshipType as R } from "../../../src/model/relationship-types.js";
import {
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTheme,
  relate,
} from "../../factories/index.js";
import { queryData, queryError } from "../../helpers/graphql.js";
import { executeCypher, executeGraphQL, resetDatabase } from "../../helpers/test-db.js";

/** The network as a user sees it: every node and relationship with its properties, no bookkeeping. */
async function networkState(): Promise<string> {
  const [row] = await executeCypher(
    `CALL () { MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
               RETURN collect(n {.*, labels: labels(n), updatedAt: null, version: null}) AS nodes }
     CALL () { MATCH (a)-[r]->(b) WHERE any(l IN labels(a) WHERE l IN $labels)
               RETURN collect(r {.*, type: type(r), a: a.id, b: b.id, updatedAt: null}) AS rels }
     RETURN nodes, rels`,
    { labels: NODE_LABELS },
  );
  const canonical = (items: unknown) =>
    (items as Record<string, unknown>[])
      .map((item) =>
        JSON.stringify(
          Object.keys(item)
            .sort()
            .map((k) => [k, item[k]]),
        ),
      )
      .sort();
  return JSON.stringify({ nodes: canonical(row?.nodes), rels: canonical(row?.rels) });
}

const CHANGE =
  "id op actor targetId targetType targetKind before after changedKeys undone undoOf personal relationships";

const UPDATE_PERSON = `
  mutation ($id: ID!, $input: PersonUpdateInput!, $v: Int) {
    updatePerson(id: $id, input: $input, expectedVersion: $v) { id version role phone }
  }`;

beforeEach(resetDatabase);

describe("history", () => {
  it("logs who changed what, before and after, newest first, and marks person data as personal", async () => {
    const person = await buildPerson({ name: "Anna de Vries", role: "jongerenwerker" });
    await queryData(UPDATE_PERSON, {
      id: person.id,
      input: { role: "buurtsportcoach", phone: "06-12345678" },
    });
    const org = await buildOrganisation();
    await queryData(
      `mutation ($input: RelationshipCreateInput!) { createRelationship(input: $input) { id } }`,
      { input: { type: "WORKS_FOR", from: person.id, to: org.id, role: "coach" } },
    );

    const { history } = await queryData<{ history: Record<string, unknown>[] }>(
      `query ($id: ID!) { history(nodeId: $id) { ${CHANGE} } }`,
      { id: person.id },
    );
    expect(history.map((c) => [c.op, c.targetType])).toEqual([
      ["CREATE", "WORKS_FOR"],
      ["UPDATE", "Person"],
      ["IMPORT", "Person"], // the factory writes through the import upsert
    ]);
    const update = history[1]!;
    expect(update.actor).toBe("test-editor"); // executeGraphQL acts as an editor by default
    expect(update.changedKeys).toEqual(["phone", "role"]);
    expect(update.before).toMatchObject({ role: "jongerenwerker", version: 1 });
    expect(update.before).not.toHaveProperty("phone");
    expect(update.after).toMatchObject({
      role: "buurtsportcoach",
      phone: "06-12345678",
      version: 2,
    });
    expect(update.personal).toBe(true);

    const { recentChanges } = await queryData<{ recentChanges: { op: string }[] }>(
      "{ recentChanges(take: 2) { op } }",
    );
    expect(recentChanges.map((c) => c.op)).toEqual(["CREATE", "IMPORT"]);
  });

  it("gives exactly one success and one CONFLICT to two concurrent edits of the same version", async () => {
    const person = await buildPerson({ role: "jongerenwerker" });
    const results = await Promise.all(
      ["buurtsportcoach", "wijkverpleegkundige"].map((role) =>
        executeGraphQL(UPDATE_PERSON, { id: person.id, input: { role }, v: 1 }),
      ),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.code ?? "OK").sort();
    expect(codes).toEqual(["CONFLICT", "OK"]);
    const { history } = await queryData<{ history: { op: string }[] }>(
      `query ($id: ID!) { history(nodeId: $id) { op } }`,
      { id: person.id },
    );
    expect(history.map((c) => c.op)).toEqual(["UPDATE", "IMPORT"]);
  });
});

describe("undo", () => {
  it("undoLastChange gives back the previous values exactly, with a new version", async () => {
    const person = await buildPerson({
      name: "Anna",
      role: "jongerenwerker",
      email: "anna@example.nl",
    });
    const before = await networkState();
    await queryData(UPDATE_PERSON, {
      id: person.id,
      input: { role: "buurtsportcoach", phone: "06-12345678" },
    });
    expect(await networkState()).not.toBe(before);

    const { undoLastChange } = await queryData<{
      undoLastChange: {
        undone: { op: string; undone: boolean }[];
        applied: { op: string; undoOf: string }[];
      };
    }>(`mutation { undoLastChange { undone { op undone } applied { op undoOf } } }`);
    expect(undoLastChange.undone).toEqual([{ op: "UPDATE", undone: true }]);
    expect(undoLastChange.applied.map((c) => c.op)).toEqual(["UNDO"]);
    expect(await networkState()).toBe(before);

    // Restoring bumps the version: an editor still holding version 2 gets CONFLICT.
    const { node } = await queryData<{ node: { version: number } }>(
      `query ($id: ID!) { node(id: $id) { version } }`,
      { id: person.id },
    );
    expect(node.version).toBe(3);
    const error = await queryError(UPDATE_PERSON, { id: person.id, input: { role: "x" }, v: 2 });
    expect(error.extensions?.code).toBe("CONFLICT");
  });

  it("undoes a creation, a relationship edit and a relationship creation one step at a time", async () => {
    const [a, b] = [await buildOrganisation(), await buildOrganisation()];
    const theme = await buildTheme();
    const routeId = await buildReferralRoute(a, b, theme, { perYear: 10 });
    const start = await networkState();

    const { createPerson } = await queryData<{ createPerson: { id: string } }>(
      `mutation { createPerson(input: { name: "Nieuw" }) { id } }`,
    );
    await queryData(
      `mutation ($id: ID!) { updateRelationship(id: $id, input: { perYear: 40 }) { id } }`,
      {
        id: routeId,
      },
    );
    await queryData(
      `mutation ($input: RelationshipCreateInput!) { createRelationship(input: $input) { id } }`,
      { input: { type: "COLLABORATES_WITH", from: a.id, to: b.id } },
    );

    for (let i = 0; i < 3; i++) await queryData(`mutation { undoLastChange { undone { id } } }`);
    expect(await networkState()).toBe(start);
    const { node } = await queryData<{ node: null }>(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: createPerson.id,
    });
    expect(node).toBeNull();
  });

  it("undoes a whole import at once", async () => {
    await buildPerson();
    const start = await networkState();
    const org = await buildOrganisation({ name: "Na de import" });
    await relate(R.COLLABORATES_WITH, org, await buildOrganisation());
    // The last relate() is one import; undoing it leaves the other two organisations.
    await queryData(`mutation { undoLastChange { undone { id } } }`);
    await queryData(`mutation { undoLastChange { undone { id } } }`);
    await queryData(`mutation { undoLastChange { undone { id } } }`);
    expect(await networkState()).toBe(start);
  });

  it("undoChange refuses a change that is not the latest of its node (CONFLICT), and undoes the latest", async () => {
    const person = await buildPerson({ role: "a" });
    await queryData(UPDATE_PERSON, { id: person.id, input: { role: "b" } });
    await queryData(UPDATE_PERSON, { id: person.id, input: { role: "c" } });
    const { history } = await queryData<{ history: { id: string }[] }>(
      `query ($id: ID!) { history(nodeId: $id) { id } }`,
      { id: person.id },
    );
    const [latest, older] = history;

    const error = await queryError(
      `mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }`,
      {
        id: older!.id,
      },
    );
    expect(error.extensions).toMatchObject({ code: "CONFLICT", rule: "notLatest" });

    await queryData(`mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }`, {
      id: latest!.id,
    });
    const { node } = await queryData<{ node: { role: string } }>(
      `query ($id: ID!) { node(id: $id) { ... on Person { role } } }`,
      { id: person.id },
    );
    expect(node.role).toBe("b");
    // Now the older change is the latest effective one of this person.
    await queryData(`mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }`, {
      id: older!.id,
    });
    const again = await queryError(
      `mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }`,
      {
        id: older!.id,
      },
    );
    expect(again.extensions).toMatchObject({ code: "CONFLICT", rule: "undone" });
  });
});

describe("redo", () => {
  it("undoChange on an UNDO entry takes an accidental undo of a whole import back", async () => {
    await buildPerson();
    await relate(R.COLLABORATES_WITH, await buildOrganisation(), await buildOrganisation());
    const imported = await networkState();
    const { undoLastChange } = await queryData<{ undoLastChange: { applied: { id: string }[] } }>(
      `mutation { undoLastChange { applied { id } } }`,
    );
    expect(await networkState()).not.toBe(imported);

    const { undoChange } = await queryData<{ undoChange: { applied: { op: string }[] } }>(
      `mutation ($id: ID!) { undoChange(id: $id) { applied { op } } }`,
      { id: undoLastChange.applied[0]!.id },
    );
    expect(undoChange.applied.map((c) => c.op)).toEqual(["REDO"]);
    expect(await networkState()).toBe(imported);

    // The redone import is on the undo stack again.
    await queryData(`mutation { undoLastChange { undone { id } } }`);
    expect(await networkState()).not.toBe(imported);
  });
});

describe("restoreNode", () => {
  it("brings back a deleted organisation with its properties and every relationship it had", async () => {
    const org = await buildOrganisation({
      name: "Stichting Welzijn",
      website: "https://welzijn.example",
    });
    const person = await buildPerson();
    const partner = await buildOrganisation();
    const theme = await buildTheme();
    await relate(R.WORKS_FOR, person, org, { role: "coördinator", since: "2020-01-01" });
    await buildReferralRoute(org, partner, theme, { agreed: false, perYear: 12 });
    await relate(R.WORKS_ON, org, theme);
    await relate(R.COLLABORATES_WITH, partner, org);
    const before = await networkState();

    const { deleteOrganisation } = await queryData<{
      deleteOrganisation: { relationshipsRemoved: number };
    }>(`mutation ($id: ID!) { deleteOrganisation(id: $id) { relationshipsRemoved } }`, {
      id: org.id,
    });
    expect(deleteOrganisation.relationshipsRemoved).toBe(4);

    // The deletion shows in the history of a node it was tied to.
    const { history } = await queryData<{
      history: { id: string; op: string; targetId: string; relationships: unknown[] }[];
    }>(`query ($id: ID!) { history(nodeId: $id, take: 1) { id op targetId relationships } }`, {
      id: partner.id,
    });
    expect(history[0]).toMatchObject({ op: "DELETE", targetId: org.id });
    expect(history[0]!.relationships).toHaveLength(4);

    const { restoreNode } = await queryData<{
      restoreNode: {
        node: { id: string; name: string; version: number };
        relationshipsRestored: number;
      };
    }>(
      `mutation ($c: ID!) { restoreNode(changeId: $c) { node { id name version } relationshipsRestored relationshipsSkipped } }`,
      { c: history[0]!.id },
    );
    expect(restoreNode).toMatchObject({
      node: { id: org.id, name: "Stichting Welzijn", version: 2 },
      relationshipsRestored: 4,
    });
    expect(await networkState()).toBe(before);

    const twice = await queryError(
      `mutation ($c: ID!) { restoreNode(changeId: $c) { relationshipsRestored } }`,
      {
        c: history[0]!.id,
      },
    );
    expect(twice.extensions?.code).toBe("CONFLICT");
  });

  it("refuses a change that is not a deletion", async () => {
    const person = await buildPerson();
    const { history } = await queryData<{ history: { id: string }[] }>(
      `query ($id: ID!) { history(nodeId: $id) { id } }`,
      { id: person.id },
    );
    const error = await queryError(
      `mutation ($c: ID!) { restoreNode(changeId: $c) { relationshipsRestored } }`,
      {
        c: history[0]!.id,
      },
    );
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "changeId",
      rule: "notDelete",
    });
  });
});
