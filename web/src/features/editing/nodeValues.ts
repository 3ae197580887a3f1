import type { EditableNodeQuery, NodeType } from "../../graphql/__generated__/graphql";
import { NODE_FIELDS } from "./model";
import type { FormValues } from "./validation";

export type EditableNode = NonNullable<EditableNodeQuery["node"]>;

function text(value: unknown): string {
  if (value === null || value === undefined) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** Form values from stored properties (as the API names them: name, kind, village, …). */
export function valuesFromRecord(type: NodeType, record: Record<string, unknown>): FormValues {
  return Object.fromEntries(NODE_FIELDS[type].map((spec) => [spec.name, text(record[spec.name])]));
}

/** Form values of a node read by EditableNodeQuery (kinds and villages come aliased). */
export function valuesFromNode(node: EditableNode): FormValues {
  const record: Record<string, unknown> = { ...node };
  if (node.__typename === "Organisation") record.kind = node.organisationKind;
  if (node.__typename === "Vindplaats") {
    record.kind = node.vindplaatsKind;
    record.village = node.vindplaatsVillage;
  }
  return valuesFromRecord(node.type, record);
}

export function emptyValues(type: NodeType): FormValues {
  const values = valuesFromRecord(type, {});
  // A sensible start for the selects that need a value.
  if (type === "ACTION") values.status = "IDEA";
  if (type === "THEME") values.domain = "SOCIAAL";
  if (type === "VINDPLAATS") values.capacity = "1";
  return values;
}
