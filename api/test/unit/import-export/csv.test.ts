import { describe, expect, it } from "vitest";

import {
  detectDelimiter,
  neutralise,
  parseCsv,
  toCsv,
  unneutralise,
} from "../../../src/modules/import-export/csv.js";
import { decodeUtf8, textEncodingProblem } from "../../../src/modules/import-export/encoding.js";

describe("parseCsv", () => {
  it("reads quoted fields with commas, doubled quotes and line breaks, numbering rows as a spreadsheet does", () => {
    const text =
      'id,name,goal\r\na,"Bibliotheek, Twello","zegt ""hallo"""\r\nb,Twee,"regel 1\nregel 2"\r\nc,Drie,\r\n';
    const { header, records, problems } = parseCsv(text);
    expect(problems).toEqual([]);
    expect(header).toEqual(["id", "name", "goal"]);
    expect(records).toEqual([
      { line: 2, fields: ["a", "Bibliotheek, Twello", 'zegt "hallo"'] },
      { line: 3, fields: ["b", "Twee", "regel 1\nregel 2"] },
      { line: 5, fields: ["c", "Drie", ""] },
    ]);
  });

  it("skips a UTF-8 BOM and blank lines, and reads a last line without a line break", () => {
    const { header, records } = parseCsv("\uFEFFid,name\n\na,Een\nb,Twee");
    expect(header).toEqual(["id", "name"]);
    expect(records.map((r) => [r.line, r.fields[0]])).toEqual([
      [3, "a"],
      [4, "b"],
    ]);
  });

  it("says so when a file is separated by semicolons or tabs (Dutch Excel)", () => {
    expect(parseCsv("id;type;name\na;persoon;Anna\n").problems).toEqual([
      { line: 1, rule: "delimiter", found: ";" },
    ]);
    expect(parseCsv("id\ttype\tname\n").problems).toEqual([
      { line: 1, rule: "delimiter", found: "\t" },
    ]);
    expect(detectDelimiter('id,name,"a;b;c;d"\n')).toBe(",");
  });

  it("reports a quote that is never closed, at the row where it starts", () => {
    expect(parseCsv('id,name\na,"open\nb,x\n').problems).toEqual([
      { line: 2, rule: "unclosedQuote" },
    ]);
  });
});

describe("formula neutralising", () => {
  it("prefixes values a spreadsheet would run with ' and strips exactly that ' on import", () => {
    for (const value of ["=SUM(A1)", "+31 6 1234", "-5", "@cmd", "\tx", "'=already"]) {
      expect(neutralise(value)).toBe(`'${value}`);
      expect(unneutralise(neutralise(value))).toBe(value);
    }
  });

  it("leaves ordinary values, including Dutch names with an apostrophe, alone", () => {
    for (const value of ["'t Hoekje", "Anna", "2024-01-01", "a=b"]) {
      expect(neutralise(value)).toBe(value);
      expect(unneutralise(value)).toBe(value);
    }
  });

  it("writes CSV with a BOM, CRLF and quotes where needed, and reads it back", () => {
    const csv = toCsv(
      ["id", "name"],
      [
        ["a", 'Zeg "hoi", Twello'],
        ["b", "=1+1"],
      ],
    );
    expect(csv).toBe('\uFEFFid,name\r\na,"Zeg ""hoi"", Twello"\r\nb,\'=1+1\r\n');
    const back = parseCsv(csv).records.map((r) => r.fields.map(unneutralise));
    expect(back).toEqual([
      ["a", 'Zeg "hoi", Twello'],
      ["b", "=1+1"],
    ]);
  });
});

describe("encoding", () => {
  it("recognises UTF-16 files by their BOM and invalid UTF-8 bytes", () => {
    expect(decodeUtf8(new Uint8Array([0xff, 0xfe, 0x69, 0x00]))).toEqual({ problem: "utf16" });
    expect(decodeUtf8(new Uint8Array([0x69, 0x64, 0x0a, 0xe9, 0x0a]))).toEqual({
      problem: "invalidUtf8",
    });
    expect(decodeUtf8(new TextEncoder().encode("id,naam\nx,Café"))).toEqual({
      text: "id,naam\nx,Café",
    });
  });

  it("recognises text that was decoded wrongly before it reached the API", () => {
    expect(textEncodingProblem("id,name\na,Caf\uFFFD")).toBe("invalidUtf8");
    expect(textEncodingProblem("i\0d\0,\0")).toBe("utf16");
    expect(textEncodingProblem("id,name\na,Café")).toBeNull();
  });
});
