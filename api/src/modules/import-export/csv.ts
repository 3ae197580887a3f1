/**
 * CSV as spreadsheets write it (RFC 4180): quoted fields with "" escapes and line breaks, CRLF or
 * LF, an optional UTF-8 BOM. Pure functions, unit-tested.
 */

export interface CsvRecord {
  /** The file line the record starts on (the header is line 1), as a spreadsheet numbers rows. */
  line: number;
  fields: string[];
}

export interface CsvParseProblem {
  line: number;
  rule: "delimiter" | "unclosedQuote" | "empty";
  /** The delimiter that was found instead of a comma. */
  found?: string;
}

export interface CsvParseResult {
  header: string[];
  records: CsvRecord[];
  problems: CsvParseProblem[];
}

/** The delimiter the header line uses: the most frequent of , ; and tab outside quotes. */
export function detectDelimiter(text: string): "," | ";" | "\t" {
  const counts = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) break;
    else if (!quoted && char in counts) counts[char as keyof typeof counts] += 1;
  }
  if (counts[","] >= counts[";"] && counts[","] >= counts["\t"]) return ",";
  return counts[";"] >= counts["\t"] ? ";" : "\t";
}

/** Splits CSV text into records; a comma is required (a ; or tab file gets a "delimiter" problem). */
export function parseCsv(input: string): CsvParseResult {
  const text = input.startsWith("\uFEFF") ? input.slice(1) : input;
  const problems: CsvParseProblem[] = [];
  if (!text.trim()) return { header: [], records: [], problems: [{ line: 1, rule: "empty" }] };
  const delimiter = detectDelimiter(text);
  if (delimiter !== ",") {
    return {
      header: [],
      records: [],
      problems: [{ line: 1, rule: "delimiter", found: delimiter }],
    };
  }
  const all: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  let line = 1;
  let recordLine = 1;
  const endField = () => {
    fields.push(field);
    field = "";
    fieldStart = true;
  };
  const endRecord = () => {
    endField();
    // A blank line is no record.
    if (!(fields.length === 1 && fields[0] === "")) all.push({ line: recordLine, fields });
    fields = [];
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (char === "\n" || (char === "\r" && text[i + 1] !== "\n")) line++;
        field += char;
      }
      continue;
    }
    if (char === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (char === ",") {
      endField();
    } else if (char === "\n" || char === "\r") {
      if (char === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      recordLine = line;
    } else {
      field += char;
      fieldStart = false;
    }
  }
  if (quoted) problems.push({ line: recordLine, rule: "unclosedQuote" });
  else if (field !== "" || fields.length) endRecord();
  const [head, ...records] = all;
  return { header: (head?.fields ?? []).map((h) => h.trim()), records, problems };
}

/** Values a spreadsheet would run as a formula (or that hide one behind apostrophes). */
const FORMULA = /^'*[=+\-@\t\r]/;
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** Prefixes formula-like values with ' so spreadsheets show them as text. */
export function neutralise(value: string): string {
  return FORMULA.test(value) ? `'${value}` : value;
}

/** Removes the one ' that `neutralise` added; other values (like "'t Veld") stay as they are. */
export function unneutralise(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

function quote(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** Writes rows as CSV with a UTF-8 BOM (so Excel reads accents right) and CRLF line ends. */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((v) => quote(neutralise(v))).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
