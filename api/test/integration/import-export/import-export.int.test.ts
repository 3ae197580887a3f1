/**
 * Import and export against a real Neo4j: exact round trips (JSON and CSV), previews, every
 * malformed-file case refused with row, column and rule while the graph stays as it was.
 */
import { beforeEach, describe, expect, it } from "vitest";

import { RelationshipType as R } from "../../../src/model/relationship-types.js";
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
} from "../../factories/index.js";
import { queryData, queryError } from "../../helpers/graphql.js";
import { executeCypher, graphFingerprint, resetDatabase } from "../../helpers/test-db.js";

interface ExportResult {
  files: { name: string; content: string }[];
  nodeCount: number;
  relationshipCount: number;
}
interface Counts {
  new: number;
  changed: number;
  unchanged: number;
}
interface Report {
  valid: boolean;
  applied: boolean;
  nodes: Counts;
  relationships: Counts;
  problems: {
    file: string;
    row: number | null;
    column: string | null;
    rule: string;
    message: string;
  }[];
}

const EXPORT = `query ($format: ExportFormat!, $filter: NetworkFilter) {
  exportNetwork(format: $format, filter: $filter) { files { name content } nodeCount relationshipCount } }`;
const REPORT =
  "valid applied nodes { new changed unchanged } relationships { new changed unchanged } problems { file row column rule message }";
const PREVIEW = `query ($files: ImportFilesInput!) { importPreview(files: $files) { ${REPORT} } }`;
const IMPORT = `mutation ($files: ImportFilesInput!) { importNetwork(files: $files) { ${REPORT} } }`;

async function exportAs(format: string, filter?: unknown): Promise<ExportResult> {
  return (await queryData<{ exportNetwork: ExportResult }>(EXPORT, { format, filter }))
    .exportNetwork;
}

/** A small network touching every node type and relationship property, with awkward values. */
async function buildNetwork() {
  const theme = await buildTheme({
    name: "Eenzaamheid",
    programme: "Samen Voorst",
    domain: "SOCIAAL",
  });
  const theme2 = await buildTheme({
    name: "Schulden",
    description: 'Zegt "geldzorgen", ook\nop twee regels',
  });
  const welzijn = await buildOrganisation({
    name: "Stichting Welzijn, Voorst",
    website: "https://welzijn.example",
  });
  const bieb = await buildOrganisation({
    name: "Bibliotheek Voorst – Twello",
    kind: "BIBLIOTHEEK",
  });
  const anna = await buildPerson({
    name: "=Anna 't Hart",
    phone: "+31 6 12345678",
    email: "anna@example.nl",
    village: "Wilp",
  });
  const bert = await buildPerson({ name: "Bért Öztürk" });
  const school = await buildVindplaats({ capacity: 7 });
  const ouderen = await buildTargetGroup({ name: "Ouderen", description: "65+" });
  const actie = await buildAction({ title: "-Beweegmaatje", goal: "@iedereen in beweging" });
  const overleg = await buildMeeting({ village: "Teuge" });
  await relate(R.WORKS_FOR, anna, welzijn, {
    role: "coördinator",
    since: "2019-03-01",
    confirmedAt: "2025-01-15",
  });
  await relate(R.KNOWS, anna, bert, { strength: 3 });
  await relate(R.TREKKER_OF, anna, theme);
  await relate(R.WORKS_ON, welzijn, theme);
  await relate(R.SIGNALS, bieb, theme2);
  await relate(R.ACTIVE_AT, welzijn, school, { themeIds: [theme.id, theme2.id] });
  await buildReferralRoute(bieb, welzijn, theme, {
    agreed: false,
    perYear: 25,
    until: "2026-12-31",
  });
  await relate(R.COLLABORATES_WITH, welzijn, bieb);
  await relate(R.RUN_BY, school, welzijn);
  await relate(R.REACHES, school, ouderen);
  await relate(R.CONCERNS, theme, ouderen);
  await relate(R.TAKES_PART_IN, welzijn, actie);
  await relate(R.CONTRIBUTES_TO, actie, theme);
  await relate(R.ATTENDED, bert, overleg);
  return { theme, theme2, welzijn, bieb, anna, bert, school };
}

beforeEach(resetDatabase);

// Each test builds a network of 24 elements first; generous time on a busy machine.
describe("round trips", { timeout: 120_000 }, () => {
  it("JSON: export → import into an empty database → export is byte-identical", async () => {
    await buildNetwork();
    const first = await exportAs("JSON");
    expect(first).toMatchObject({ nodeCount: 10, relationshipCount: 14 });
    await resetDatabase();

    const { importNetwork } = await queryData<{ importNetwork: Report }>(IMPORT, {
      files: { json: first.files[0]!.content },
    });
    expect(importNetwork).toMatchObject({
      valid: true,
      applied: true,
      nodes: { new: 10, changed: 0, unchanged: 0 },
      relationships: { new: 14, changed: 0, unchanged: 0 },
    });
    const second = await exportAs("JSON");
    expect(second.files[0]!.content).toBe(first.files[0]!.content);
  });

  it("CSV: export → import → export is byte-identical, formulas neutralised in the sheet", async () => {
    await buildNetwork();
    const first = await exportAs("CSV");
    const [nodes, edges] = first.files;
    expect([nodes!.name, edges!.name]).toEqual(["nodes.csv", "edges.csv"]);
    expect(nodes!.content).toContain(",persoon,'=Anna 't Hart,");
    expect(nodes!.content).toContain(",'+31 6 12345678,");
    expect(nodes!.content).toContain(",actie,'-Beweegmaatje,");
    const json = (await exportAs("JSON")).files[0]!.content;
    await resetDatabase();

    await queryData(IMPORT, { files: { nodesCsv: nodes!.content, edgesCsv: edges!.content } });
    const second = await exportAs("CSV");
    expect(second.files.map((f) => f.content)).toEqual(first.files.map((f) => f.content));
    expect((await exportAs("JSON")).files[0]!.content).toBe(json);
  });

  it("re-importing the same file changes nothing: preview says unchanged, graph and history stay", async () => {
    await buildNetwork();
    const json = (await exportAs("JSON")).files[0]!.content;
    const before = await graphFingerprint();

    const { importPreview } = await queryData<{ importPreview: Report }>(PREVIEW, {
      files: { json },
    });
    expect(importPreview).toMatchObject({
      valid: true,
      applied: false,
      nodes: { new: 0, changed: 0, unchanged: 10 },
      relationships: { new: 0, changed: 0, unchanged: 14 },
    });
    await queryData(IMPORT, { files: { json } });
    expect(await graphFingerprint()).toBe(before);
  });

  it("preview counts new, changed and unchanged rows without writing", async () => {
    const { welzijn, anna } = await buildNetwork();
    const before = await graphFingerprint();
    const nodesCsv =
      "id,type,name,kind,village\n" +
      `${welzijn.id},organisatie,Stichting Welzijn Voorst (nieuw),WELZIJN,Twello\n` +
      "org-nieuw,organisatie,Dorpshuis Wilp,BEWONERSINITIATIEF,Wilp\n";
    const edgesCsv = `from,to,type,role\n${anna.id},org-nieuw,WORKS_FOR,vrijwilliger\n`;
    const { importPreview } = await queryData<{ importPreview: Report }>(PREVIEW, {
      files: { nodesCsv, edgesCsv },
    });
    expect(importPreview).toMatchObject({
      valid: true,
      nodes: { new: 1, changed: 1, unchanged: 0 },
      relationships: { new: 1, changed: 0, unchanged: 0 },
    });
    expect(await graphFingerprint()).toBe(before);
  });
});

describe("export", { timeout: 120_000 }, () => {
  it("exports exactly what network(filter) draws, with every property", async () => {
    const { theme2, bieb, anna } = await buildNetwork();
    const filter = { themeIds: [theme2.id] };
    const { network } = await queryData<{
      network: { nodes: { id: string }[]; edges: { id: string }[] };
    }>(
      `query ($filter: NetworkFilter) { network(filter: $filter) { nodes { id } edges { id } } }`,
      { filter },
    );
    const result = await exportAs("JSON", filter);
    const doc = JSON.parse(result.files[0]!.content) as {
      nodes: { id: string; name: string }[];
      edges: { type: string; from: string }[];
    };
    expect(doc.nodes.map((n) => n.id).sort()).toEqual(network.nodes.map((n) => n.id).sort());
    expect(doc.nodes.map((n) => n.id)).toContain(bieb.id);
    expect(doc.nodes.map((n) => n.id)).not.toContain(anna.id);
    expect(result.relationshipCount).toBe(network.edges.length);
    expect(doc.edges.map((e) => e.type)).toContain("SIGNALS");
  });

  it("GraphML has a key per attribute and every node and edge, XML-escaped", async () => {
    await buildNetwork();
    const { files, nodeCount, relationshipCount } = await exportAs("GRAPHML");
    const xml = files[0]!.content;
    expect(files[0]!.name).toBe("network.graphml");
    expect(xml.match(/<node /g)).toHaveLength(nodeCount);
    expect(xml.match(/<edge /g)).toHaveLength(relationshipCount);
    expect(xml).toContain('attr.name="capacity" attr.type="int"');
    expect(xml).toContain('attr.name="agreed" attr.type="boolean"');
    expect(xml).toContain("Zegt &quot;geldzorgen&quot;");
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  });
});

describe("malformed files are refused whole, with row, column and rule; the graph stays as it was", () => {
  const H = "id,type,name,kind,village,capacity,domain,date\n";
  const cases: {
    name: string;
    files: () => Promise<Record<string, string>> | Record<string, string>;
    expected: { file?: string; row: number | null; column: string | null; rule: string };
  }[] = [
    {
      name: "unknown type",
      files: () => ({ nodesCsv: `${H}x,kabouter,Bert,,,,,\n` }),
      expected: { row: 2, column: "type", rule: "unknownType" },
    },
    {
      name: "missing name",
      files: () => ({ nodesCsv: `${H}x,organisatie,,GEMEENTE,Voorst,,,\n` }),
      expected: { row: 2, column: "name", rule: "required" },
    },
    {
      name: "duplicate id",
      files: () => ({
        nodesCsv: `${H}x,persoon,Anna,,,,,\ny,persoon,Bert,,,,,\nx,persoon,Cor,,,,,\n`,
      }),
      expected: { row: 4, column: "id", rule: "duplicate" },
    },
    {
      name: "edge to an unknown id",
      files: () => ({
        nodesCsv: `${H}x,persoon,Anna,,,,,\n`,
        edgesCsv: "from,to,type\nx,org-bestaat-niet,WORKS_FOR\n",
      }),
      expected: { file: "edges.csv", row: 2, column: "to", rule: "unknownId" },
    },
    {
      name: "endpoint of the wrong label (in the database)",
      files: async () => {
        const theme = await buildTheme();
        return {
          nodesCsv: `${H}x,persoon,Anna,,,,,\n`,
          edgesCsv: `from,to,type\nx,${theme.id},WORKS_FOR\n`,
        };
      },
      expected: { file: "edges.csv", row: 2, column: "to", rule: "label" },
    },
    {
      name: "bad kind",
      files: () => ({ nodesCsv: `${H}x,organisatie,Club,VOETBAL,Voorst,,,\n` }),
      expected: { row: 2, column: "kind", rule: "enum" },
    },
    {
      name: "bad domain",
      files: () => ({ nodesCsv: `${H}x,thema,Sport,,,,MAATSCHAPPELIJK,\n` }),
      expected: { row: 2, column: "domain", rule: "enum" },
    },
    {
      name: "bad status (JSON)",
      files: () => ({
        json: JSON.stringify({
          nodes: [{ id: "a", type: "ACTION", title: "X", status: "BEZIG" }],
          edges: [],
        }),
      }),
      expected: { file: "network.json nodes", row: 1, column: "status", rule: "enum" },
    },
    {
      name: "capacity < 1",
      files: () => ({ nodesCsv: `${H}x,vindplaats,School,SCHOOL,Wilp,0,,\n` }),
      expected: { row: 2, column: "capacity", rule: "min" },
    },
    {
      name: "strength not 1..3",
      files: () => ({
        nodesCsv: `${H}x,persoon,Anna,,,,,\ny,persoon,Bert,,,,,\n`,
        edgesCsv: "from,to,type,strength\nx,y,KNOWS,4\n",
      }),
      expected: { file: "edges.csv", row: 2, column: "strength", rule: "max" },
    },
    {
      name: "bad date",
      files: () => ({ nodesCsv: `${H}x,bijeenkomst,Overleg,,,,,12-03-2026\n` }),
      expected: { row: 2, column: "date", rule: "isCalendarDate" },
    },
    {
      name: "semicolons",
      files: () => ({ nodesCsv: "id;type;name\nx;persoon;Anna\n" }),
      expected: { row: 1, column: null, rule: "delimiter" },
    },
    {
      name: "tabs",
      files: () => ({ nodesCsv: "id\ttype\tname\nx\tpersoon\tAnna\n" }),
      expected: { row: 1, column: null, rule: "delimiter" },
    },
    {
      name: "bad encoding",
      files: () => ({ nodesCsv: `${H}x,persoon,Caf\uFFFD,,,,,\n` }),
      expected: { row: null, column: null, rule: "invalidUtf8" },
    },
    {
      name: "UTF-16",
      files: () => ({ nodesCsv: "i\0d\0,\0t\0y\0p\0e\0" }),
      expected: { row: null, column: null, rule: "utf16" },
    },
    {
      name: "over-long name",
      files: () => ({ nodesCsv: `${H}x,persoon,${"a".repeat(201)},,,,,\n` }),
      expected: { row: 2, column: "name", rule: "maxLength" },
    },
    {
      name: "id already used by another kind of node",
      files: async () => ({
        nodesCsv: `${H}${(await buildOrganisation()).id},persoon,Anna,,,,,\n`,
      }),
      expected: { row: 2, column: "id", rule: "idTaken" },
    },
    {
      name: "not JSON",
      files: () => ({ json: "{ nodes: [" }),
      expected: { file: "network.json", row: null, column: null, rule: "json" },
    },
  ];

  for (const c of cases) {
    it(`${c.name}`, async () => {
      await buildPerson();
      const files = await c.files();
      // One valid row besides the bad one: still nothing may be written.
      const before = await graphFingerprint();
      const error = await queryError(IMPORT, { files });
      expect(error.extensions?.code).toBe("BAD_USER_INPUT");
      expect(error.message).toContain("er is niets opgeslagen");
      const problems = error.extensions?.problems as Report["problems"];
      expect(problems[0]).toMatchObject({ file: c.expected.file ?? "nodes.csv", ...c.expected });
      expect(problems[0]!.message.length).toBeGreaterThan(10);
      expect(await graphFingerprint()).toBe(before);

      const { importPreview } = await queryData<{ importPreview: Report }>(PREVIEW, { files });
      expect(importPreview.valid).toBe(false);
      expect(importPreview.problems[0]).toMatchObject(c.expected);
    });
  }

  it("lists every problem of a file at once, in row order", async () => {
    const error = await queryError(IMPORT, {
      files: {
        nodesCsv: `${H}a,persoon,Anna,,,,,\nb,kabouter,X,,,,,\nc,vindplaats,School,SCHOOL,Wilp,0,,\nd,organisatie,,GEMEENTE,Voorst,,,\n`,
        edgesCsv: "from,to,type\na,zzz,KNOWS\n",
      },
    });
    const problems = error.extensions?.problems as Report["problems"];
    expect(problems.map((p) => [p.file, p.row, p.rule])).toEqual([
      ["nodes.csv", 3, "unknownType"],
      ["nodes.csv", 4, "min"],
      ["nodes.csv", 5, "required"],
      ["edges.csv", 2, "unknownId"],
    ]);
  });

  it("accepts a formula-like value on import (it is only data)", async () => {
    await queryData(IMPORT, { files: { nodesCsv: "id,type,name\nx,persoon,=1+1\n" } });
    const [row] = await executeCypher("MATCH (p:Person {id: 'x'}) RETURN p.name AS name");
    expect(row?.name).toBe("=1+1");
  });
});
