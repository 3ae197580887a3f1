import "reflect-metadata";

import { describe, expect, it } from "vitest";

import type { NetworkDocument } from "../../../src/modules/import-export/document.js";
import {
  documentToCsv,
  documentToGraphML,
  escapeXml,
} from "../../../src/modules/import-export/export.formats.js";
import { readImportFiles } from "../../../src/modules/import-export/import.rows.js";

const NODES = "id,type,name,kind,village,capacity,status,domain,email,date\n";

function problemsOf(nodesCsv: string, edgesCsv?: string) {
  return readImportFiles({ nodesCsv, edgesCsv }).problems.map(({ file, row, column, rule }) => ({
    file,
    row,
    column,
    rule,
  }));
}

describe("reading nodes.csv and edges.csv", () => {
  it("accepts Dutch and English type names, title in the name column, and typed values", () => {
    const { document, problems } = readImportFiles({
      nodesCsv:
        "id,type,name,kind,village,capacity,status,domain\n" +
        "org-1,organisatie,Welzijn Voorst,welzijn,Twello,,,\n" +
        "vp-1,Vindplaats,Bibliotheek,BIBLIOTHEEK,Twello,4,,\n" +
        "actie-1,action,Beweegmaatje,,,,RUNNING,\n" +
        "thema-1,thema,Eenzaamheid,,,,,sociaal\n",
      edgesCsv:
        "from,to,type,themeId,agreed,perYear,themeIds\n" +
        "org-1,vp-1,ACTIVE_AT,,,,thema-1; thema-2\n" +
        "org-1,org-2,verwijst_naar,thema-1,ja,12,\n",
    });
    expect(problems).toEqual([]);
    expect(document.nodes).toEqual([
      {
        id: "org-1",
        type: "ORGANISATION",
        name: "Welzijn Voorst",
        kind: "WELZIJN",
        village: "Twello",
      },
      {
        id: "vp-1",
        type: "VINDPLAATS",
        name: "Bibliotheek",
        kind: "BIBLIOTHEEK",
        village: "Twello",
        capacity: 4,
      },
      { id: "actie-1", type: "ACTION", title: "Beweegmaatje", status: "RUNNING" },
      { id: "thema-1", type: "THEME", name: "Eenzaamheid", domain: "SOCIAAL" },
    ]);
    expect(document.edges).toEqual([
      { type: "ACTIVE_AT", from: "org-1", to: "vp-1", themeIds: ["thema-1", "thema-2"] },
      {
        type: "REFERS_TO",
        from: "org-1",
        to: "org-2",
        themeId: "thema-1",
        agreed: true,
        perYear: 12,
      },
    ]);
  });

  it("lists every problem of the file with its row, column and rule", () => {
    const problems = problemsOf(
      NODES +
        "a,persoon,Anna,,,,,,anna@,\n" + // row 2: bad email
        "b,kabouter,Bert,,,,,,,\n" + // row 3: unknown type
        "c,organisatie,,GEMEENTE,Voorst,,,,,\n" + // row 4: missing name
        "a,persoon,Dubbel,,,,,,,\n" + // row 5: duplicate id
        "d,organisatie,Club,VOETBAL,Voorst,,,,,\n" + // row 6: bad enum
        "e,vindplaats,School,SCHOOL,Wilp,0,,,,\n" + // row 7: capacity < 1
        "f,bijeenkomst,Overleg,,,,,,,2024-02-31\n" + // row 8: bad date
        `g,persoon,${"x".repeat(201)},,,,,,,\n` + // row 9: too long
        "h,actie,Plan,,,,BEZIG,,,\n", // row 10: bad status
      "from,to,type,strength\na,b,KNOWS,5\na,b,VRIENDEN,\n",
    );
    expect(problems).toEqual([
      { file: "nodes.csv", row: 2, column: "email", rule: "isEmail" },
      { file: "nodes.csv", row: 3, column: "type", rule: "unknownType" },
      { file: "nodes.csv", row: 4, column: "name", rule: "required" },
      { file: "nodes.csv", row: 5, column: "id", rule: "duplicate" },
      { file: "nodes.csv", row: 6, column: "kind", rule: "enum" },
      { file: "nodes.csv", row: 7, column: "capacity", rule: "min" },
      { file: "nodes.csv", row: 8, column: "date", rule: "isCalendarDate" },
      { file: "nodes.csv", row: 9, column: "name", rule: "maxLength" },
      { file: "nodes.csv", row: 10, column: "status", rule: "enum" },
      { file: "edges.csv", row: 2, column: "strength", rule: "max" },
      { file: "edges.csv", row: 3, column: "type", rule: "unknownType" },
    ]);
  });

  it("gives Dutch and English messages that say what to do", () => {
    const [delimiter] = readImportFiles({ nodesCsv: "id;type;name\na;persoon;Anna\n" }).problems;
    expect(delimiter).toMatchObject({ row: 1, rule: "delimiter" });
    expect(delimiter!.message).toContain("puntkomma");
    expect(delimiter!.messageEn).toContain("semicolons");
    const [missing] = readImportFiles({ nodesCsv: "id,type,name\na,organisatie,Club\n" }).problems;
    expect(missing).toMatchObject({
      column: "kind",
      rule: "required",
      message: "kind ontbreekt.",
      messageEn: "kind is required.",
    });
  });

  it("refuses unknown columns and properties that do not belong to the type", () => {
    expect(problemsOf("id,type,name,leeftijd\na,persoon,Anna,40\n")).toEqual([
      { file: "nodes.csv", row: 1, column: "leeftijd", rule: "unknownColumn" },
    ]);
    expect(problemsOf("id,type,name,capacity\na,persoon,Anna,4\n")).toEqual([
      { file: "nodes.csv", row: 2, column: "capacity", rule: "notAllowed" },
    ]);
  });

  it("reads values that were neutralised against formulas back as they were", () => {
    const { document } = readImportFiles({
      nodesCsv: "id,type,name,phone\na,persoon,'=Anna,'+31 6 12345678\n",
    });
    expect(document.nodes[0]).toMatchObject({ name: "=Anna", phone: "+31 6 12345678" });
  });
});

describe("export formats", () => {
  const doc: NetworkDocument = {
    nodes: [
      {
        id: "org-1",
        type: "ORGANISATION" as never,
        name: 'Café "De <Kroon>" & Co',
        kind: "WELZIJN",
        village: "Wilp",
      },
      { id: "per-1", type: "PERSON" as never, name: "=HYPERLINK()", phone: "+31 6 12345678" },
      { id: "actie-1", type: "ACTION" as never, title: "Plan", status: "IDEA" },
    ],
    edges: [
      { type: "WORKS_FOR" as never, from: "per-1", to: "org-1", role: "-coördinator" },
      { type: "KNOWS" as never, from: "per-1", to: "per-2", strength: 3 },
    ],
  };

  it("CSV export reads back into the same document", () => {
    const { nodesCsv, edgesCsv } = documentToCsv(doc);
    expect(nodesCsv).toContain(`per-1,persoon,'=HYPERLINK(),`);
    const back = readImportFiles({ nodesCsv, edgesCsv });
    expect(back.problems).toEqual([]);
    expect(back.document).toEqual(doc);
  });

  it("GraphML escapes XML and declares a key per attribute with its type", () => {
    const xml = documentToGraphML(doc);
    expect(xml).toContain('<key id="e_strength" for="edge" attr.name="strength" attr.type="int"/>');
    expect(xml).toContain("Café &quot;De &lt;Kroon&gt;&quot; &amp; Co");
    expect(xml).toContain('<edge id="e1" source="per-1" target="per-2" directed="false">');
    expect(escapeXml("a\u0001b\uFFFFc")).toBe("abc");
  });
});
