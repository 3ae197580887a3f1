/**
 * Duplicates: similarNodes finds look-alike names; mergeNodes moves every relationship onto the
 * kept node without doubling any, fills its empty fields, and can be undone.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { NODE_LABELS } from "../../../src/model/node-types.js";
import { relationshipId, RelationshipType as R } from "../../../src/model/relationship-types.js";
import {
  buildOrganisation,
  buildPerson,
  buildReferralRoute,
  buildTheme,
  buildVindplaats,
  relate,
} from "../../factories/index.js";
import { queryData, queryError } from "../../helpers/graphql.js";
import { executeCypher, resetDatabase } from "../../helpers/test-db.js";

const SIMILAR = `query ($type: NodeType!, $name: String!) {
  similarNodes(type: $type, name: $name) { node { id name } score reason } }`;
const MERGE = `mutation ($keep: ID!, $merge: ID!) {
  mergeNodes(keepId: $keep, mergeId: $merge) {
    node { id name version ... on Organisation { website kind } }
    relationshipsMoved relationshipsMerged relationshipsDropped changeId } }`;

/** Every relationship of a node: type, other end, properties (no timestamps). */
async function tiesOf(id: string) {
  const rows = await executeCypher(
    `MATCH (n {id: $id})-[r]-(m) RETURN r.id AS id, type(r) AS type, m.id AS other,
            r {.*, createdAt: null, updatedAt: null} AS props ORDER BY id`,
    { id },
  );
  return rows;
}

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

beforeEach(resetDatabase);

describe("similarNodes", () => {
  it('finds "Bibliotheek Twello" and "Bibliotheek Voorst – Twello" for "Bibliotheek Twelo", not other organisations', async () => {
    const twello = await buildOrganisation({ name: "Bibliotheek Twello" });
    const voorst = await buildOrganisation({ name: "Bibliotheek Voorst – Twello" });
    await buildOrganisation({ name: "Sportclub Twello" });
    await buildPerson({ name: "Bibliotheek Twello" }); // another type: not offered

    const { similarNodes } = await queryData<{
      similarNodes: { node: { id: string }; score: number; reason: string }[];
    }>(SIMILAR, { type: "ORGANISATION", name: "Bibliotheek Twelo" });
    expect(similarNodes.map((s) => s.node.id)).toEqual([twello.id, voorst.id]);
    expect(similarNodes[0]).toMatchObject({ reason: "SPELLING" });
    expect(similarNodes[0]!.score).toBeGreaterThan(0.9);
    expect(similarNodes[1]).toMatchObject({ reason: "CONTAINS" });
  });

  it("finds a person whatever the accents and capitals", async () => {
    const zoe = await buildPerson({ name: "Zoë van den Berg" });
    const { similarNodes } = await queryData<{
      similarNodes: { node: { id: string }; reason: string }[];
    }>(SIMILAR, {
      type: "PERSON",
      name: "zoe van den berg",
    });
    expect(similarNodes).toHaveLength(1);
    expect(similarNodes[0]).toMatchObject({ node: { id: zoe.id }, reason: "SAME" });
  });
});

describe("mergeNodes", () => {
  it("keeps every relationship, one of each, fills empty fields, and deletes the duplicate", async () => {
    const keep = await buildOrganisation({ name: "Bibliotheek Twello" });
    const dup = await buildOrganisation({
      name: "Bibliotheek Twelo",
      website: "https://bieb.example",
    });
    const anna = await buildPerson();
    const bert = await buildPerson();
    const partner = await buildOrganisation();
    const theme = await buildTheme();
    const school = await buildVindplaats();
    const t2 = await buildTheme();
    await relate(R.WORKS_FOR, anna, keep, { role: "medewerker" });
    await relate(R.WORKS_FOR, anna, dup, { since: "2020-01-01" }); // same tie on both: one stays, combined
    await relate(R.WORKS_FOR, bert, dup, { role: "vrijwilliger" }); // moves
    await buildReferralRoute(dup, partner, theme, { agreed: true, perYear: 5 }); // moves, new id
    await relate(R.ACTIVE_AT, keep, school, { themeIds: [theme.id] });
    await relate(R.ACTIVE_AT, dup, school, { themeIds: [t2.id] }); // themeIds united
    await relate(R.COLLABORATES_WITH, keep, dup); // between the two: dropped

    const { mergeNodes } = await queryData<{
      mergeNodes: {
        node: { id: string; website: string };
        relationshipsMoved: number;
        relationshipsMerged: number;
        relationshipsDropped: number;
        changeId: string;
      };
    }>(MERGE, { keep: keep.id, merge: dup.id });
    expect(mergeNodes).toMatchObject({
      node: { id: keep.id, website: "https://bieb.example" },
      relationshipsMoved: 2,
      relationshipsMerged: 2,
      relationshipsDropped: 1,
    });
    const { node } = await queryData<{ node: null }>(`query ($id: ID!) { node(id: $id) { id } }`, {
      id: dup.id,
    });
    expect(node).toBeNull();

    const ties = await tiesOf(keep.id);
    expect(ties.map((t) => `${String(t.type)}:${String(t.other)}`).sort()).toEqual(
      [
        `ACTIVE_AT:${school.id}`,
        `REFERS_TO:${partner.id}`,
        `WORKS_FOR:${anna.id}`,
        `WORKS_FOR:${bert.id}`,
      ].sort(),
    );
    const byOther = new Map(ties.map((t) => [`${String(t.type)}:${String(t.other)}`, t]));
    expect(byOther.get(`WORKS_FOR:${anna.id}`)?.props).toMatchObject({
      role: "medewerker",
      since: "2020-01-01",
    });
    expect(byOther.get(`ACTIVE_AT:${school.id}`)?.props).toMatchObject({
      themeIds: [theme.id, t2.id],
    });
    expect(byOther.get(`REFERS_TO:${partner.id}`)).toMatchObject({
      id: relationshipId(R.REFERS_TO, keep.id, partner.id, theme.id),
      props: { agreed: true, perYear: 5 },
    });
  });

  it("undoLastChange reverses a merge exactly", async () => {
    const keep = await buildOrganisation({ name: "Welzijn Voorst" });
    const dup = await buildOrganisation({
      name: "Welzijn Voorst (oud)",
      website: "https://oud.example",
    });
    const anna = await buildPerson();
    await relate(R.WORKS_FOR, anna, dup, { role: "coach" });
    await relate(R.WORKS_FOR, anna, keep);
    await relate(R.COLLABORATES_WITH, keep, dup);
    const before = await networkState();

    await queryData(MERGE, { keep: keep.id, merge: dup.id });
    expect(await networkState()).not.toBe(before);
    await queryData(`mutation { undoLastChange { undone { id } } }`);
    expect(await networkState()).toBe(before);
  });

  it("restoreNode brings a merged-away node back with its own relationships", async () => {
    const keep = await buildPerson({ name: "Anna de Vries" });
    const dup = await buildPerson({ name: "Anna de Vries", email: "anna@example.nl" });
    const org = await buildOrganisation();
    await relate(R.WORKS_FOR, dup, org, { role: "coach" });
    const { mergeNodes } = await queryData<{ mergeNodes: { changeId: string } }>(MERGE, {
      keep: keep.id,
      merge: dup.id,
    });

    const { restoreNode } = await queryData<{
      restoreNode: { node: { id: string }; relationshipsRestored: number };
    }>(`mutation ($c: ID!) { restoreNode(changeId: $c) { node { id } relationshipsRestored } }`, {
      c: mergeNodes.changeId,
    });
    expect(restoreNode).toEqual({ node: { id: dup.id }, relationshipsRestored: 1 });
    expect(
      (await tiesOf(dup.id)).map((t) => [t.type, t.other, (t.props as { role: string }).role]),
    ).toEqual([[R.WORKS_FOR, org.id, "coach"]]);
  });

  it("refuses nodes of different kinds, and a node merged with itself", async () => {
    const org = await buildOrganisation();
    const person = await buildPerson();
    const error = await queryError(MERGE, { keep: org.id, merge: person.id });
    expect(error.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      field: "mergeId",
      rule: "label",
    });
    const self = await queryError(MERGE, { keep: org.id, merge: org.id });
    expect(self.extensions).toMatchObject({ code: "BAD_USER_INPUT", rule: "notSelf" });
  });
});
