/** The columns of nodes.csv and edges.csv, and the Dutch and English names of types. */
import { NODE_SPECS, NodeType } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RelationshipType,
} from "../../model/relationship-types.js";

/** Dutch first: the names used in nodes.csv exports. */
export const NODE_TYPE_NAMES: Record<NodeType, string> = {
  [NodeType.PERSON]: "persoon",
  [NodeType.ORGANISATION]: "organisatie",
  [NodeType.THEME]: "thema",
  [NodeType.VINDPLAATS]: "vindplaats",
  [NodeType.TARGET_GROUP]: "doelgroep",
  [NodeType.ACTION]: "actie",
  [NodeType.MEETING]: "bijeenkomst",
};

const NODE_TYPE_ALIASES: Record<string, NodeType> = {
  persoon: NodeType.PERSON,
  person: NodeType.PERSON,
  organisatie: NodeType.ORGANISATION,
  organisation: NodeType.ORGANISATION,
  organization: NodeType.ORGANISATION,
  thema: NodeType.THEME,
  opgave: NodeType.THEME,
  theme: NodeType.THEME,
  vindplaats: NodeType.VINDPLAATS,
  doelgroep: NodeType.TARGET_GROUP,
  target_group: NodeType.TARGET_GROUP,
  targetgroup: NodeType.TARGET_GROUP,
  actie: NodeType.ACTION,
  action: NodeType.ACTION,
  bijeenkomst: NodeType.MEETING,
  netwerkbijeenkomst: NodeType.MEETING,
  ontmoeting: NodeType.MEETING,
  meeting: NodeType.MEETING,
};

const EDGE_TYPE_ALIASES: Record<string, RelationshipType> = {
  werkt_voor: RelationshipType.WORKS_FOR,
  kent: RelationshipType.KNOWS,
  trekker_van: RelationshipType.TREKKER_OF,
  werkt_aan: RelationshipType.WORKS_ON,
  signaleert: RelationshipType.SIGNALS,
  actief_bij: RelationshipType.ACTIVE_AT,
  verwijst_naar: RelationshipType.REFERS_TO,
  werkt_samen_met: RelationshipType.COLLABORATES_WITH,
  gerund_door: RelationshipType.RUN_BY,
  beheerd_door: RelationshipType.RUN_BY,
  bereikt: RelationshipType.REACHES,
  betreft: RelationshipType.CONCERNS,
  neemt_deel_aan: RelationshipType.TAKES_PART_IN,
  draagt_bij_aan: RelationshipType.CONTRIBUTES_TO,
  bezocht: RelationshipType.ATTENDED,
};

const key = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, "_");

export function nodeTypeOf(value: string): NodeType | undefined {
  return NODE_TYPE_ALIASES[key(value)];
}

export function relationshipTypeOf(value: string): RelationshipType | undefined {
  const k = key(value);
  return (
    EDGE_TYPE_ALIASES[k] ?? (RelationshipType as Record<string, RelationshipType>)[k.toUpperCase()]
  );
}

/** The columns of nodes.csv: id, type, name (title for actions and meetings), then properties. */
export const NODE_COLUMNS = [
  "id",
  "type",
  "name",
  ...new Set(
    Object.values(NODE_SPECS).flatMap((spec) =>
      spec.properties.filter((p) => p !== "name" && p !== "title"),
    ),
  ),
];

export const EDGE_PROPERTY_COLUMNS = [
  "themeId",
  "agreed",
  "perYear",
  "strength",
  "role",
  "themeIds",
  ...COMMON_RELATIONSHIP_PROPERTIES,
] as const;

export const EDGE_COLUMNS = ["from", "to", "type", ...EDGE_PROPERTY_COLUMNS];
