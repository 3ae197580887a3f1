/**
 * From file contents to a network document, checking every row against the same input types the
 * GraphQL API uses (type-graphql field types for enums and numbers, class-validator for lengths,
 * formats and ranges), so the rules are written once.
 */
import { validateSync } from "class-validator";
import { GraphQLID, GraphQLInt, GraphQLScalarType } from "graphql";
import { getMetadataStorage } from "type-graphql";

import { NODE_SPECS, NodeType } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  relationshipId,
  RelationshipType,
} from "../../model/relationship-types.js";
import { ActionCreateInput } from "../action/action.input.js";
import { MeetingCreateInput } from "../meeting/meeting.input.js";
import { OrganisationCreateInput } from "../organisation/organisation.input.js";
import { PersonCreateInput } from "../person/person.input.js";
import { RelationshipCreateInput } from "../relationship/relationship.input.js";
import { TargetGroupCreateInput } from "../target-group/target-group.input.js";
import { ThemeCreateInput } from "../theme/theme.input.js";
import { VindplaatsCreateInput } from "../vindplaats/vindplaats.input.js";
import {
  EDGE_COLUMNS,
  NODE_COLUMNS,
  NODE_TYPE_NAMES,
  nodeTypeOf,
  relationshipTypeOf,
} from "./columns.js";
import { parseCsv, unneutralise } from "./csv.js";
import type { DocumentEdge, DocumentNode, NetworkDocument } from "./document.js";
import { type ImportProblem, problem, sortProblems } from "./import.problems.js";

export const NODE_INPUTS: Record<NodeType, new () => object> = {
  [NodeType.PERSON]: PersonCreateInput,
  [NodeType.ORGANISATION]: OrganisationCreateInput,
  [NodeType.THEME]: ThemeCreateInput,
  [NodeType.VINDPLAATS]: VindplaatsCreateInput,
  [NodeType.TARGET_GROUP]: TargetGroupCreateInput,
  [NodeType.ACTION]: ActionCreateInput,
  [NodeType.MEETING]: MeetingCreateInput,
};

type FieldKind =
  | { kind: "string" | "int" | "boolean"; array: boolean; required: boolean }
  | { kind: "enum"; values: string[]; array: boolean; required: boolean };

/** Field kinds of an input class (and its parents), from type-graphql's metadata. */
function fieldKinds(cls: new () => object): Map<string, FieldKind> {
  const targets: unknown[] = [];
  for (let c: unknown = cls; c && c !== Function.prototype; c = Object.getPrototypeOf(c))
    targets.push(c);
  const out = new Map<string, FieldKind>();
  for (const field of getMetadataStorage().fields) {
    if (!targets.includes(field.target) || out.has(field.name)) continue;
    const type = field.getType() as unknown;
    const array = Boolean(field.typeOptions.array);
    const required = !field.typeOptions.nullable;
    if (type === GraphQLInt) out.set(field.name, { kind: "int", array, required });
    else if (type === Boolean) out.set(field.name, { kind: "boolean", array, required });
    else if (type === String || type === GraphQLID || type instanceof GraphQLScalarType)
      out.set(field.name, { kind: "string", array, required });
    else if (type && typeof type === "object")
      out.set(field.name, {
        kind: "enum",
        values: Object.values(type as Record<string, string>),
        array,
        required,
      });
    else out.set(field.name, { kind: "string", array, required });
  }
  return out;
}

const KINDS = new Map<new () => object, Map<string, FieldKind>>();
function kindsOf(cls: new () => object): Map<string, FieldKind> {
  let kinds = KINDS.get(cls);
  if (!kinds) KINDS.set(cls, (kinds = fieldKinds(cls)));
  return kinds;
}

const TRUE = new Set(["true", "ja", "yes", "waar", "1", "j", "y"]);
const FALSE = new Set(["false", "nee", "no", "onwaar", "0", "n"]);

interface Cell {
  /** The column (CSV) or key (JSON) the value came from. */
  column: string;
  value: unknown;
}

/** A source row: the cells by property name, with where they came from. */
interface SourceRow {
  file: string;
  row: number;
  cells: Map<string, Cell>;
}

type Coerced = { value: unknown } | { problem: [rule: string, params: Record<string, string>] };

function coerce(raw: unknown, field: FieldKind): Coerced {
  if (field.array) {
    const items =
      typeof raw === "string"
        ? raw
            .split(";")
            .map((s) => s.trim())
            .filter(Boolean)
        : Array.isArray(raw)
          ? raw
          : null;
    if (!items) return { problem: ["text", {}] };
    const out: unknown[] = [];
    for (const item of items) {
      const one = coerce(item, { ...field, array: false });
      if ("problem" in one) return one;
      out.push(one.value);
    }
    return { value: out };
  }
  if (field.kind === "int") {
    if (typeof raw === "number" && Number.isInteger(raw)) return { value: raw };
    if (typeof raw === "string" && /^-?\d{1,9}$/.test(raw.trim())) return { value: Number(raw) };
    return { problem: ["integer", { value: String(raw) }] };
  }
  if (field.kind === "boolean") {
    if (typeof raw === "boolean") return { value: raw };
    const v = String(raw).trim().toLowerCase();
    if (TRUE.has(v)) return { value: true };
    if (FALSE.has(v)) return { value: false };
    return { problem: ["boolean", { value: String(raw) }] };
  }
  if (typeof raw !== "string") return { problem: ["text", {}] };
  if (field.kind === "enum") {
    const match = field.values.find((v) => v === raw.trim().toUpperCase());
    return match
      ? { value: match }
      : { problem: ["enum", { value: raw, allowed: field.values.join(", ") }] };
  }
  return { value: raw };
}

/** Runs class-validator on the input class; each broken rule becomes a problem at its column. */
function validateInput(
  cls: new () => object,
  values: Record<string, unknown>,
  row: SourceRow,
  skip: Set<string>,
): ImportProblem[] {
  const instance = Object.assign(new cls(), values);
  const errors = validateSync(instance, { forbidUnknownValues: false });
  const problems: ImportProblem[] = [];
  for (const error of errors) {
    if (skip.has(error.property)) continue;
    const column = row.cells.get(error.property)?.column ?? error.property;
    const [name, detail] = Object.entries(error.constraints ?? {})[0] ?? ["invalid", "is invalid"];
    const number = /(\d[\d_,]*)/.exec(detail)?.[1]?.replace(/[_,]/g, "") ?? "";
    const missing = values[error.property] === undefined;
    const rule = missing
      ? "required"
      : name === "isLength" || name === "maxLength"
        ? "maxLength"
        : name === "notBlank"
          ? "required"
          : name;
    const detailNl =
      error.property === "phone"
        ? "een telefoonnummer bestaat uit cijfers, spaties en + - ( )"
        : "gebruik alleen letters, cijfers en _ . : - (hoogstens 100 tekens)";
    problems.push(
      problem(row.file, row.row, column, rule, { max: number, min: number, detail, detailNl }),
    );
    // One problem per field is enough.
    skip.add(error.property);
  }
  return problems;
}

export interface ConvertedRows {
  document: NetworkDocument;
  /** Where each node and edge came from, for problems found later (against the database). */
  nodeRows: SourceRow[];
  edgeRows: SourceRow[];
  problems: ImportProblem[];
}

const NODE_META = new Set(["createdAt", "updatedAt", "version"]);

function toNode(row: SourceRow, problems: ImportProblem[]): DocumentNode | null {
  const before = problems.length;
  const typeCell = row.cells.get("type");
  const rawType = typeof typeCell?.value === "string" ? typeCell.value : "";
  const type = nodeTypeOf(rawType);
  const allowedTypes = Object.values(NODE_TYPE_NAMES).join(", ");
  if (!rawType.trim()) {
    problems.push(problem(row.file, row.row, typeCell?.column ?? "type", "required"));
    return null;
  }
  if (!type) {
    problems.push(
      problem(row.file, row.row, typeCell!.column, "unknownType", {
        value: rawType,
        allowed: allowedTypes,
      }),
    );
    return null;
  }
  const spec = NODE_SPECS[type];
  const cls = NODE_INPUTS[type];
  const kinds = kindsOf(cls);
  // Actions and meetings have a title; the name column holds it too.
  if (spec.nameKey === "title" && !row.cells.has("title") && row.cells.has("name")) {
    row.cells.set("title", row.cells.get("name")!);
    row.cells.delete("name");
  }
  const values: Record<string, unknown> = {};
  const skip = new Set<string>();
  for (const [prop, cell] of row.cells) {
    if (prop === "type" || NODE_META.has(prop)) continue;
    const field = kinds.get(prop);
    if (!field || (prop !== "id" && !spec.properties.includes(prop))) {
      problems.push(
        problem(row.file, row.row, cell.column, "notAllowed", { type: NODE_TYPE_NAMES[type] }),
      );
      continue;
    }
    const coerced = coerce(cell.value, field);
    if ("problem" in coerced) {
      const [rule, params] = coerced.problem;
      problems.push(problem(row.file, row.row, cell.column, rule, params));
      skip.add(prop);
    } else values[prop] = coerced.value;
  }
  if (values.id === undefined) {
    problems.push(problem(row.file, row.row, row.cells.get("id")?.column ?? "id", "required"));
    skip.add("id");
  }
  for (const [prop, field] of kinds) {
    if (field.required && values[prop] === undefined && !skip.has(prop)) {
      const column = row.cells.get(prop)?.column ?? (prop === spec.nameKey ? "name" : prop);
      problems.push(problem(row.file, row.row, column, "required"));
      skip.add(prop);
    }
  }
  problems.push(...validateInput(cls, values, row, skip));
  if (problems.length > before) return null;
  return { ...values, id: values.id as string, type };
}

function toEdge(row: SourceRow, problems: ImportProblem[]): DocumentEdge | null {
  const before = problems.length;
  const typeCell = row.cells.get("type");
  const rawType = typeof typeCell?.value === "string" ? typeCell.value : "";
  const type = relationshipTypeOf(rawType);
  if (!rawType.trim()) {
    problems.push(problem(row.file, row.row, typeCell?.column ?? "type", "required"));
    return null;
  }
  if (!type) {
    problems.push(
      problem(row.file, row.row, typeCell!.column, "unknownType", {
        value: rawType,
        allowed: Object.values(RelationshipType).join(", "),
      }),
    );
    return null;
  }
  const spec = RELATIONSHIP_SPECS[type];
  const kinds = kindsOf(RelationshipCreateInput);
  const allowed = new Set<string>([
    "from",
    "to",
    ...spec.properties,
    ...COMMON_RELATIONSHIP_PROPERTIES,
  ]);
  const values: Record<string, unknown> = { type };
  const skip = new Set<string>(["type"]);
  for (const [prop, cell] of row.cells) {
    if (prop === "type" || prop === "id" || prop === "createdAt" || prop === "updatedAt") continue;
    const field = kinds.get(prop);
    if (!field || !allowed.has(prop)) {
      problems.push(problem(row.file, row.row, cell.column, "notAllowed", { type }));
      continue;
    }
    const coerced = coerce(cell.value, field);
    if ("problem" in coerced) {
      const [rule, params] = coerced.problem;
      problems.push(problem(row.file, row.row, cell.column, rule, params));
      skip.add(prop);
    } else values[prop] = coerced.value;
  }
  for (const prop of ["from", "to", ...(spec.required ?? [])]) {
    if (values[prop] === undefined && !skip.has(prop)) {
      problems.push(problem(row.file, row.row, row.cells.get(prop)?.column ?? prop, "required"));
      skip.add(prop);
    }
  }
  problems.push(...validateInput(RelationshipCreateInput, values, row, skip));
  if (problems.length > before) return null;
  if (values.from === values.to) {
    problems.push(problem(row.file, row.row, row.cells.get("to")?.column ?? "to", "notSelf"));
    return null;
  }
  if (
    typeof values.since === "string" &&
    typeof values.until === "string" &&
    values.until < values.since
  ) {
    problems.push(problem(row.file, row.row, row.cells.get("until")?.column ?? "until", "order"));
    return null;
  }
  return values as unknown as DocumentEdge;
}

/** CSV text → source rows; header problems stop there. */
function csvRows(
  file: string,
  text: string,
  columns: readonly string[],
  required: readonly string[],
  problems: ImportProblem[],
): SourceRow[] {
  const parsed = parseCsv(text);
  for (const p of parsed.problems) {
    const found = p.found === ";" ? "een puntkomma (;)" : "een tab";
    const foundEn = p.found === ";" ? "semicolons (;)" : "tabs";
    problems.push(problem(file, p.line, null, p.rule, { found, foundEn }));
  }
  if (parsed.problems.length) return [];
  const known = new Map(columns.map((c) => [c.toLowerCase(), c]));
  const header: (string | null)[] = [];
  const seen = new Set<string>();
  for (const name of parsed.header) {
    const prop =
      known.get(name.toLowerCase()) ?? (name.toLowerCase() === "title" ? "title" : undefined);
    if (!prop) {
      problems.push(problem(file, 1, name, "unknownColumn", { allowed: columns.join(", ") }));
      header.push(null);
    } else if (seen.has(prop)) {
      problems.push(problem(file, 1, name, "duplicateColumn"));
      header.push(null);
    } else {
      seen.add(prop);
      header.push(prop);
    }
  }
  for (const column of required) {
    if (!seen.has(column) && !(column === "name" && seen.has("title"))) {
      problems.push(problem(file, 1, column, "missingColumn"));
    }
  }
  if (problems.length) return [];
  return parsed.records.map((record) => {
    const cells = new Map<string, Cell>();
    if (record.fields.length > header.length) {
      problems.push(
        problem(file, record.line, null, "extraFields", {
          count: record.fields.length,
          expected: header.length,
        }),
      );
    }
    header.forEach((prop, i) => {
      const value = unneutralise((record.fields[i] ?? "").trim());
      if (prop && value !== "") cells.set(prop, { column: parsed.header[i]!, value });
    });
    return { file, row: record.line, cells };
  });
}

/** JSON objects → source rows (a key is its own column). */
function jsonRows(file: string, items: unknown[], problems: ImportProblem[]): SourceRow[] {
  return items.map((item, i) => {
    const cells = new Map<string, Cell>();
    if (!item || typeof item !== "object" || Array.isArray(item)) {
      problems.push(problem(file, i + 1, null, "shape"));
    } else {
      for (const [k, value] of Object.entries(item)) {
        if (value !== null && value !== undefined && value !== "")
          cells.set(k, { column: k, value });
      }
    }
    return { file, row: i + 1, cells };
  });
}

/** Rows → document, with every row-level problem (unknown type, missing name, bad values, duplicates). */
function convert(
  nodeRows: SourceRow[],
  edgeRows: SourceRow[],
  problems: ImportProblem[],
): ConvertedRows {
  const nodes: DocumentNode[] = [];
  const keptNodeRows: SourceRow[] = [];
  const firstRow = new Map<string, number>();
  for (const row of nodeRows) {
    if (!row.cells.size) continue;
    // Duplicates count even when the first row has other problems.
    const idCell = row.cells.get("id");
    const rawId = typeof idCell?.value === "string" ? idCell.value : null;
    const first = rawId === null ? undefined : firstRow.get(rawId);
    if (rawId !== null && first !== undefined) {
      problems.push(
        problem(row.file, row.row, idCell!.column, "duplicate", { value: rawId, first }),
      );
      continue;
    }
    if (rawId !== null) firstRow.set(rawId, row.row);
    const node = toNode(row, problems);
    if (!node) continue;
    nodes.push(node);
    keptNodeRows.push(row);
  }
  const edges: DocumentEdge[] = [];
  const keptEdgeRows: SourceRow[] = [];
  const firstEdge = new Map<string, number>();
  for (const row of edgeRows) {
    if (!row.cells.size) continue;
    const edge = toEdge(row, problems);
    if (!edge) continue;
    const id = relationshipId(edge.type, edge.from, edge.to, edge.themeId as string | undefined);
    const first = firstEdge.get(id);
    if (first !== undefined) {
      problems.push(problem(row.file, row.row, null, "duplicateEdge", { first }));
      continue;
    }
    firstEdge.set(id, row.row);
    edges.push(edge);
    keptEdgeRows.push(row);
  }
  sortProblems(problems);
  return { document: { nodes, edges }, nodeRows: keptNodeRows, edgeRows: keptEdgeRows, problems };
}

export interface ImportFiles {
  nodesCsv?: string | null;
  edgesCsv?: string | null;
  json?: string | null;
}

export const FILE_NAMES = { nodes: "nodes.csv", edges: "edges.csv", json: "network.json" };

/** Parses and checks the files on their own (no database): the first stage of every import. */
export function readImportFiles(files: ImportFiles, problems: ImportProblem[] = []): ConvertedRows {
  if (files.json != null) {
    let value: unknown;
    try {
      value = JSON.parse(files.json.startsWith("\uFEFF") ? files.json.slice(1) : files.json);
    } catch (error) {
      problems.push(
        problem(FILE_NAMES.json, null, null, "json", {
          detail: error instanceof Error ? error.message : String(error),
        }),
      );
      return convert([], [], problems);
    }
    const doc = value as { nodes?: unknown; edges?: unknown } | null;
    if (
      !doc ||
      typeof doc !== "object" ||
      !Array.isArray(doc.nodes) ||
      !Array.isArray(doc.edges ?? [])
    ) {
      problems.push(problem(FILE_NAMES.json, null, null, "shape"));
      return convert([], [], problems);
    }
    return convert(
      jsonRows(`${FILE_NAMES.json} nodes`, doc.nodes, problems),
      jsonRows(`${FILE_NAMES.json} edges`, (doc.edges ?? []) as unknown[], problems),
      problems,
    );
  }
  if (files.nodesCsv == null && files.edgesCsv == null) {
    problems.push(problem(FILE_NAMES.nodes, null, null, "noFiles"));
    return convert([], [], problems);
  }
  const nodeRows =
    files.nodesCsv != null
      ? csvRows(FILE_NAMES.nodes, files.nodesCsv, NODE_COLUMNS, ["id", "type", "name"], problems)
      : [];
  const edgeRows =
    files.edgesCsv != null
      ? csvRows(FILE_NAMES.edges, files.edgesCsv, EDGE_COLUMNS, ["from", "to", "type"], problems)
      : [];
  return convert(nodeRows, edgeRows, problems);
}
