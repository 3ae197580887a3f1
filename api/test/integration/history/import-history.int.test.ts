/**
 * The change log of an import: its rows are stored packed (thousands per `(:Change)` node), and
 * read back as one change per node or relationship — in each node's history, in undo and redo,
 * in the "only the latest change" check and in a person's export and erasure.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { NODE_LABELS } from "../../../src/model/node-types.js";
import { UpsertService } from "../../../src/modules/import-export/upsert.service.js";
import { queryData, queryError } from "../../helpers/graphql.js";
import { executeCypher, resetDatabase, testExecutor } from "../../helpers/test-db.js";

const IMPORT = `
  mutation ($json: String!) {
    importNetwork(files: { json: $json }) { applied nodes { new } relationships { new } }
  }`;

const HISTORY = `
  query ($id: ID!) {
    history(nodeId: $id) { id seq op actor targetKind targetId targetType nodeIds before after personal undone }
  }`;

interface Change {
  id: string;
  seq: number;
  op: string;
  actor: string;
  targetKind: string;
  targetId: string;
  targetType: string;
  nodeIds: string[];
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  personal: boolean;
  undone: boolean;
}

/** `n` persons, `n` organisations and a WORKS_FOR from each person to its organisation. */
function network(n: number, tag = "x") {
  const nodes: Record<string, unknown>[] = [];
  const edges: Record<string, unknown>[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({
      id: `per-${tag}-${i}`,
      type: "PERSON",
      name: `Persoon ${i}`,
      phone: `0612345${String(i).padStart(3, "0")}`,
    });
    nodes.push({
      id: `org-${tag}-${i}`,
      type: "ORGANISATION",
      name: `Organisatie ${i}`,
      kind: "WELZIJN",
      village: "Twello",
    });
    edges.push({ type: "WORKS_FOR", from: `per-${tag}-${i}`, to: `org-${tag}-${i}`, role: "lid" });
  }
  return JSON.stringify({ nodes, edges });
}

async function importJson(json: string) {
  return queryData<{ importNetwork: { applied: boolean } }>(IMPORT, { json });
}

async function history(id: string): Promise<Change[]> {
  return (await queryData<{ history: Change[] }>(HISTORY, { id })).history;
}

async function networkSize(): Promise<number> {
  const [row] = await executeCypher(
    `MATCH (n) WHERE any(l IN labels(n) WHERE l IN $labels)
     RETURN count(n) + COUNT { MATCH (a)-[r]->() WHERE any(l IN labels(a) WHERE l IN $labels) } AS size`,
    { labels: NODE_LABELS },
  );
  return Number(row?.size);
}

beforeEach(resetDatabase);

describe("the change log of a large import", () => {
  it("packs thousands of rows per log node, and each node's history shows its creation by the import", async () => {
    // 700 persons + 700 organisations + 700 relationships: 2 100 rows, more than one pack.
    await importJson(network(700));
    const [stored] = await executeCypher("MATCH (c:Change) RETURN count(c) AS n");
    expect(Number(stored?.n)).toBeLessThanOrEqual(2);

    for (const id of ["per-x-0", "per-x-699", "org-x-699"]) {
      const changes = await history(id);
      expect(changes.map((c) => [c.op, c.targetKind, c.actor])).toEqual([
        ["IMPORT", "RELATIONSHIP", "test-editor"],
        ["IMPORT", "NODE", "test-editor"],
      ]);
      const created = changes[1]!;
      expect(created).toMatchObject({ targetId: id, before: null, undone: false, nodeIds: [id] });
      expect(created.after).toMatchObject({ id, version: 1 });
      expect(created.personal).toBe(id.startsWith("per-"));
      expect(changes[0]!.personal).toBe(true); // WORKS_FOR touches a person
      expect(changes[0]!.after).toMatchObject({ type: "WORKS_FOR", role: "lid" });
    }

    // Every row is its own change: distinct ids and sequence numbers, newest first.
    const { recentChanges } = await queryData<{ recentChanges: Change[] }>(
      "{ recentChanges(take: 500) { id seq op targetId } }",
    );
    expect(recentChanges).toHaveLength(500);
    expect(new Set(recentChanges.map((c) => c.id)).size).toBe(500);
    const seqs = recentChanges.map((c) => c.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[0]! - seqs[499]!).toBe(499);
  });

  it("undoes an import of more than one pack in one step", async () => {
    await importJson(network(700));
    expect(await networkSize()).toBe(2_100);
    const { undoLastChange } = await queryData<{ undoLastChange: { undone: { id: string }[] } }>(
      "mutation { undoLastChange { undone { id } } }",
    );
    expect(undoLastChange.undone).toHaveLength(2_100);
    expect(await networkSize()).toBe(0);
    const [stored] = await executeCypher(
      "MATCH (c:Change {op: 'IMPORT'}) RETURN count(c) AS packs, all(c IN collect(c) WHERE c.undone) AS undone",
    );
    expect(stored).toEqual({ packs: 2, undone: true });
  });

  it("undoes the whole import in one step and redoes it from the UNDO entry", async () => {
    await importJson(network(5));
    expect(await networkSize()).toBe(15);

    const { undoLastChange } = await queryData<{
      undoLastChange: { undone: { id: string }[]; applied: { id: string }[] };
    }>("mutation { undoLastChange { undone { id } applied { id } } }");
    expect(undoLastChange.undone).toHaveLength(15);
    expect(await networkSize()).toBe(0);
    // The relationship's undo and the person's: each node's history shows them above the import.
    const undone = await history("per-x-3");
    expect(undone.map((c) => [c.op, c.targetKind])).toEqual([
      ["UNDO", "NODE"],
      ["UNDO", "RELATIONSHIP"],
      ["IMPORT", "RELATIONSHIP"],
      ["IMPORT", "NODE"],
    ]);
    expect(undone.slice(2).every((c) => c.undone)).toBe(true);

    await queryData("mutation ($id: ID!) { undoChange(id: $id) { applied { id } } }", {
      id: undoLastChange.applied[0]!.id,
    });
    expect(await networkSize()).toBe(15);
    const redone = await history("per-x-3");
    expect(redone[0]!.op).toBe("REDO");
    expect(redone.filter((c) => c.op === "IMPORT").every((c) => !c.undone)).toBe(true);
    // On the undo stack again.
    await queryData("mutation { undoLastChange { undone { id } } }");
    expect(await networkSize()).toBe(0);
  });

  it("refuses to undo an imported row while a later edit of its node stands", async () => {
    await importJson(network(3));
    const [, created] = await history("per-x-1");
    await queryData(`mutation { updatePerson(id: "per-x-1", input: { role: "coach" }) { id } }`);
    const error = await queryError(
      "mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }",
      {
        id: created!.id,
      },
    );
    expect(error.extensions).toMatchObject({ code: "CONFLICT", rule: "notLatest" });

    await queryData("mutation { undoLastChange { undone { id } } }");
    const { undoChange } = await queryData<{ undoChange: { undone: { id: string }[] } }>(
      "mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }",
      { id: created!.id },
    );
    // The whole import goes, with the row asked for.
    expect(undoChange.undone.map((c) => c.id)).toContain(created!.id);
    expect(undoChange.undone).toHaveLength(9);
    expect(await networkSize()).toBe(0);
  });

  it("a later import of the same node is found as the later change", async () => {
    await importJson(network(2));
    const [, created] = await history("org-x-0");
    await importJson(
      JSON.stringify({
        nodes: [
          {
            id: "org-x-0",
            type: "ORGANISATION",
            name: "Organisatie nul",
            kind: "WELZIJN",
            village: "Twello",
          },
        ],
        edges: [],
      }),
    );
    const error = await queryError(
      "mutation ($id: ID!) { undoChange(id: $id) { undone { id } } }",
      {
        id: created!.id,
      },
    );
    expect(error.extensions).toMatchObject({ code: "CONFLICT", rule: "notLatest" });
    const [update] = await history("org-x-0");
    expect(update).toMatchObject({ op: "IMPORT", before: { name: "Organisatie 0" } });
    expect(update!.after).toMatchObject({ name: "Organisatie nul", version: 2 });
  });
});

describe("new and existing rows in one import", () => {
  it("creates what is new, merges what exists, and merges a row given twice", async () => {
    await importJson(network(2));
    const document = {
      nodes: [
        // Existing, changed; new; new and given twice (the second row wins, as with MERGE).
        { id: "org-x-0", type: "ORGANISATION", name: "Organisatie nul", kind: "WELZIJN" },
        { id: "thema-y", type: "THEME", name: "Thema", domain: "SOCIAAL" },
        { id: "per-y", type: "PERSON", name: "Eerst" },
        { id: "per-y", type: "PERSON", name: "Daarna" },
      ],
      edges: [
        { type: "WORKS_FOR", from: "per-x-0", to: "org-x-0", role: "voorzitter" }, // existing
        { type: "WORKS_ON", from: "org-x-1", to: "thema-y" }, // new end: created
        { type: "KNOWS", from: "per-y", to: "per-x-1", strength: 1 },
        { type: "KNOWS", from: "per-x-1", to: "per-y", strength: 2 }, // the same, undirected
      ],
    } as Parameters<UpsertService["upsert"]>[0];
    const result = await new UpsertService(testExecutor()).upsertDetailed(document);
    expect(result.relationshipsWritten).toBe(4);
    const rows = await executeCypher(`
      MATCH (a)-[r]->(b) WHERE a.id IN ['per-x-0', 'org-x-1', 'per-y', 'per-x-1']
      RETURN labels(a)[0] + ':' + a.id + '-' + type(r) + '-' + b.id AS edge,
             coalesce(r.role, toString(r.strength), '') AS value ORDER BY edge`);
    expect(rows).toEqual([
      { edge: "Organisation:org-x-1-WORKS_ON-thema-y", value: "" },
      { edge: "Person:per-x-0-WORKS_FOR-org-x-0", value: "voorzitter" },
      { edge: "Person:per-x-1-WORKS_FOR-org-x-1", value: "lid" },
      { edge: "Person:per-y-KNOWS-per-x-1", value: "2" },
    ]);
    const [person] = await executeCypher(
      "MATCH (p:Person {id: 'per-y'}) RETURN p.name AS name, p.version AS version, count { (p)--() } AS ties",
    );
    expect(person).toEqual({ name: "Daarna", version: 2, ties: 1 });
    const [theme] = await executeCypher("MATCH (t:Theme {id: 'thema-y'}) RETURN t.version AS v");
    expect(theme).toEqual({ v: 1 });
  });
});

describe("export and erasure of an imported person", () => {
  const admin = { as: "admin" } as const;

  it("exports the person's import rows and erases only those, keeping the rest of the pack", async () => {
    await importJson(network(3));
    const { exportPerson } = await queryData<{ exportPerson: { history: Change[] } }>(
      `query { exportPerson(id: "per-x-1") }`,
      {},
      admin,
    );
    expect(exportPerson.history.map((c) => [c.op, c.targetId])).toEqual([
      ["IMPORT", "per-x-1"],
      ["IMPORT", "WORKS_FOR:per-x-1:org-x-1"],
    ]);
    expect(exportPerson.history[0]!.after).toMatchObject({
      name: "Persoon 1",
      phone: "0612345001",
    });

    const { erasePerson } = await queryData<{
      erasePerson: { pseudonym: string; historyEntriesErased: number };
    }>(`mutation { erasePerson(id: "per-x-1") { pseudonym historyEntriesErased } }`, {}, admin);
    expect(erasePerson.historyEntriesErased).toBe(2);
    const dump = JSON.stringify(await executeCypher("MATCH (c:Change) RETURN c {.*} AS c"));
    expect(dump).not.toMatch(/per-x-1\b|Persoon 1"|0612345001/);
    expect(dump).toContain("Persoon 2");

    const erased = await history(erasePerson.pseudonym);
    expect(erased.map((c) => [c.op, c.before, c.after])).toEqual([
      ["IMPORT", null, null],
      ["IMPORT", null, null],
    ]);
    // The other rows of the same import are untouched.
    expect((await history("per-x-2"))[1]!.after).toMatchObject({ name: "Persoon 2" });
    expect((await history("org-x-1"))[1]!.after).toMatchObject({ name: "Organisatie 1" });
  });
});
