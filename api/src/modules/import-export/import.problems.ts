/** The problems an import can find, each with a Dutch and an English message. */

export interface ImportProblem {
  /** nodes.csv, edges.csv or network.json. */
  file: string;
  /** The spreadsheet row (header = 1) or, in JSON, the 1-based position in nodes/edges. */
  row: number | null;
  column: string | null;
  rule: string;
  message: string;
  messageEn: string;
}

type Params = Record<string, string | number>;

const MESSAGES: Record<string, [nl: string, en: string]> = {
  utf16: [
    'Het bestand is opgeslagen als UTF-16 ("Unicode-tekst"). Sla het op als "CSV UTF-8 (door komma\'s gescheiden)".',
    'The file is UTF-16 ("Unicode text"). Save it as "CSV UTF-8 (comma delimited)".',
  ],
  invalidUtf8: [
    'Het bestand is geen UTF-8 (misschien Windows-1252). Sla het op als "CSV UTF-8 (door komma\'s gescheiden)".',
    'The file is not UTF-8 (perhaps Windows-1252). Save it as "CSV UTF-8 (comma delimited)".',
  ],
  delimiter: [
    'Het bestand gebruikt {found} als scheidingsteken; verwacht wordt een komma. Sla het op als "CSV UTF-8 (door komma\'s gescheiden)".',
    'The file is separated by {foundEn}; a comma is expected. Save it as "CSV UTF-8 (comma delimited)".',
  ],
  unclosedQuote: [
    "Een aanhalingsteken wordt niet gesloten; de rest van het bestand is onleesbaar.",
    "A quote is never closed; the rest of the file cannot be read.",
  ],
  empty: ["Het bestand is leeg.", "The file is empty."],
  tooLarge: [
    "Het bestand is te groot ({size} tekens, hoogstens {max}); gebruik de opdrachtregel (npm run import).",
    "The file is too large ({size} characters, at most {max}); use the command line (npm run import).",
  ],
  noFiles: [
    "Geef nodes.csv (en eventueel edges.csv) of een JSON-export.",
    "Give nodes.csv (and optionally edges.csv) or a JSON export.",
  ],
  json: ["Het bestand is geen geldige JSON: {detail}.", "The file is not valid JSON: {detail}."],
  shape: [
    'De JSON moet een object zijn met de lijsten "nodes" en "edges".',
    'The JSON must be an object with "nodes" and "edges" arrays.',
  ],
  missingColumn: ["De kolom {column} ontbreekt.", "The column {column} is missing."],
  unknownColumn: [
    "Onbekende kolom {column}; toegestaan: {allowed}.",
    "Unknown column {column}; allowed: {allowed}.",
  ],
  duplicateColumn: [
    "De kolom {column} staat er twee keer in.",
    "The column {column} appears twice.",
  ],
  extraFields: [
    "Deze rij heeft meer velden ({count}) dan de kopregel ({expected}); staat er een komma in een waarde zonder aanhalingstekens?",
    "This row has more fields ({count}) than the header ({expected}); is there a comma in an unquoted value?",
  ],
  required: ["{column} ontbreekt.", "{column} is required."],
  unknownType: [
    'Onbekend type "{value}"; kies uit {allowed}.',
    'Unknown type "{value}"; choose from {allowed}.',
  ],
  duplicate: [
    'Id "{value}" komt al voor in rij {first}.',
    'Id "{value}" already appears in row {first}.',
  ],
  duplicateEdge: [
    "Deze relatie staat al in rij {first}.",
    "This relationship already appears in row {first}.",
  ],
  idTaken: [
    'Id "{value}" is in de database al een {label}; een id hoort bij één soort knoop.',
    'Id "{value}" is already a {label} in the database; an id belongs to one kind of node.',
  ],
  unknownId: [
    '"{value}" staat niet in dit bestand en niet in de database.',
    '"{value}" is neither in this file nor in the database.',
  ],
  label: [
    '"{value}" is een {label}, maar {type} verwacht hier {allowed}.',
    '"{value}" is a {label}, but {type} expects {allowed} here.',
  ],
  enum: [
    '"{value}" is geen geldige waarde; kies uit {allowed}.',
    '"{value}" is not a valid value; choose from {allowed}.',
  ],
  integer: ['"{value}" is geen geheel getal.', '"{value}" is not a whole number.'],
  boolean: [
    '"{value}" is geen ja/nee-waarde (gebruik true of false).',
    '"{value}" is not a yes/no value (use true or false).',
  ],
  text: ["{column} moet tekst zijn.", "{column} must be text."],
  notAllowed: ["{column} hoort niet bij {type}.", "{column} does not belong to {type}."],
  notSelf: [
    "Een relatie van een knoop met zichzelf kan niet.",
    "A relationship from a node to itself is not possible.",
  ],
  order: ["until ligt vóór since.", "until is before since."],
  maxLength: [
    "{column} is te lang (hoogstens {max} tekens).",
    "{column} is too long (at most {max} characters).",
  ],
  min: ["{column} moet minstens {min} zijn.", "{column} must be at least {min}."],
  max: ["{column} mag hoogstens {max} zijn.", "{column} must be at most {max}."],
  isEmail: ["{column} is geen geldig e-mailadres.", "{column} is not a valid email address."],
  isUrl: [
    "{column} is geen geldig webadres (begin met http:// of https://).",
    "{column} is not a valid web address (start with http:// or https://).",
  ],
  isCalendarDate: [
    "{column} is geen geldige datum (JJJJ-MM-DD).",
    "{column} is not a valid date (YYYY-MM-DD).",
  ],
  matches: [
    "{column} heeft een ongeldige vorm: {detailNl}.",
    "{column} has an invalid format: {detail}.",
  ],
  arrayMaxSize: ["{column} bevat te veel waarden.", "{column} holds too many values."],
  invalid: ["{column} is ongeldig: {detail}.", "{column} is invalid: {detail}."],
};

function fill(template: string, params: Params): string {
  return template.replace(/\{(\w+)\}/g, (_m, key: string) => String(params[key] ?? ""));
}

export function problem(
  file: string,
  row: number | null,
  column: string | null,
  rule: string,
  params: Params = {},
): ImportProblem {
  const [nl, en] = MESSAGES[rule] ?? MESSAGES.invalid!;
  const all = { column: column ?? "", ...params };
  return { file, row, column, rule, message: fill(nl, all), messageEn: fill(en, all) };
}

/** One line per problem, for the command line and error messages. */
export function describeProblem(p: ImportProblem): string {
  const where = [
    p.file,
    p.row != null ? `rij ${p.row}` : null,
    p.column ? `kolom ${p.column}` : null,
  ]
    .filter(Boolean)
    .join(", ");
  return `${where}: ${p.message} [${p.rule}]`;
}

/** In file order: by file, then row (file-level problems first); stable within a row. */
export function sortProblems(problems: ImportProblem[]): ImportProblem[] {
  const files = [...new Set(problems.map((p) => p.file))];
  return problems.sort(
    (a, b) => files.indexOf(a.file) - files.indexOf(b.file) || (a.row ?? 0) - (b.row ?? 0),
  );
}
