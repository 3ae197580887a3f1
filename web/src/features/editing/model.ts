/**
 * What can be written on each node and relationship type: the web's copy of the API's inputs
 * (api/src/modules/<type>/<type>.input.ts) and of the graph model's relationship endpoints
 * (api/src/model/relationship-types.ts). The API checks again; this copy lets a form say what is
 * wrong before anything is sent.
 */
import type { NodeType, RelationshipType } from "../../graphql/__generated__/graphql";

export type FieldKind =
  "text" | "textarea" | "select" | "number" | "date" | "email" | "tel" | "url";

export interface FieldSpec {
  /** The input field of the API (name, title, kind, …). */
  name: string;
  kind: FieldKind;
  required?: boolean;
  /** Longest text allowed. */
  max?: number;
  /** Smallest and largest number allowed. */
  minValue?: number;
  maxValue?: number;
  /** Values of an enum (shown as a select). */
  options?: readonly string[];
  /** The i18n key prefix naming the options (kind.X, domain.X, actionStatus.X). */
  optionLabels?: "kind" | "domain" | "actionStatus";
  /** Offer the villages of the network as suggestions. */
  villages?: boolean;
}

export const ORGANISATION_KINDS = [
  "GEMEENTE",
  "WELZIJN",
  "ONDERWIJS",
  "ZORG",
  "BIBLIOTHEEK",
  "SPORT",
  "VRIJWILLIGERS",
  "KERK",
  "WONEN",
  "BEDRIJF",
  "BEWONERSINITIATIEF",
  "JEUGD",
] as const;

export const VINDPLAATS_KINDS = [
  "SCHOOL",
  "HUISARTSENPRAKTIJK",
  "CONSULTATIEBUREAU",
  "BIBLIOTHEEK",
  "SPORTVERENIGING",
  "DORPSHUIS",
  "VOEDSELBANK",
  "WIJKTEAM",
  "KERK",
] as const;

export const DOMAINS = ["SOCIAAL", "FYSIEK"] as const;
export const ACTION_STATUSES = ["IDEA", "RUNNING", "DONE", "STALLED"] as const;

const NAME: FieldSpec = { name: "name", kind: "text", required: true, max: 200 };
const TITLE: FieldSpec = { name: "title", kind: "text", required: true, max: 200 };

export const NODE_FIELDS: Record<NodeType, readonly FieldSpec[]> = {
  PERSON: [
    NAME,
    { name: "role", kind: "text", max: 200 },
    { name: "email", kind: "email", max: 200 },
    { name: "phone", kind: "tel" },
    { name: "village", kind: "text", max: 100, villages: true },
  ],
  ORGANISATION: [
    NAME,
    {
      name: "kind",
      kind: "select",
      required: true,
      options: ORGANISATION_KINDS,
      optionLabels: "kind",
    },
    { name: "village", kind: "text", required: true, max: 100, villages: true },
    { name: "website", kind: "url", max: 300 },
  ],
  THEME: [
    NAME,
    { name: "description", kind: "textarea", max: 2000 },
    { name: "programme", kind: "text", max: 200 },
    { name: "domain", kind: "select", required: true, options: DOMAINS, optionLabels: "domain" },
  ],
  VINDPLAATS: [
    NAME,
    {
      name: "kind",
      kind: "select",
      required: true,
      options: VINDPLAATS_KINDS,
      optionLabels: "kind",
    },
    { name: "village", kind: "text", required: true, max: 100, villages: true },
    { name: "capacity", kind: "number", required: true, minValue: 1, maxValue: 10_000 },
  ],
  TARGET_GROUP: [NAME, { name: "description", kind: "textarea", max: 2000 }],
  ACTION: [
    TITLE,
    {
      name: "status",
      kind: "select",
      required: true,
      options: ACTION_STATUSES,
      optionLabels: "actionStatus",
    },
    { name: "goal", kind: "textarea", max: 2000 },
  ],
  MEETING: [
    TITLE,
    { name: "date", kind: "date", required: true },
    { name: "village", kind: "text", max: 100, villages: true },
  ],
};

export type RelationProperty = "role" | "strength" | "themeIds" | "themeId" | "agreed" | "perYear";

export interface RelationSpec {
  type: RelationshipType;
  from: readonly NodeType[];
  to: readonly NodeType[];
  undirected?: boolean;
  properties: readonly RelationProperty[];
}

export const RELATION_SPECS: readonly RelationSpec[] = [
  { type: "WORKS_FOR", from: ["PERSON"], to: ["ORGANISATION"], properties: ["role"] },
  { type: "KNOWS", from: ["PERSON"], to: ["PERSON"], undirected: true, properties: ["strength"] },
  { type: "TREKKER_OF", from: ["PERSON"], to: ["THEME", "ACTION"], properties: [] },
  { type: "WORKS_ON", from: ["ORGANISATION"], to: ["THEME"], properties: [] },
  { type: "SIGNALS", from: ["PERSON", "ORGANISATION"], to: ["THEME"], properties: [] },
  {
    type: "ACTIVE_AT",
    from: ["PERSON", "ORGANISATION"],
    to: ["VINDPLAATS"],
    properties: ["themeIds"],
  },
  {
    type: "REFERS_TO",
    from: ["ORGANISATION"],
    to: ["ORGANISATION"],
    properties: ["themeId", "agreed", "perYear"],
  },
  {
    type: "COLLABORATES_WITH",
    from: ["ORGANISATION"],
    to: ["ORGANISATION"],
    undirected: true,
    properties: [],
  },
  { type: "RUN_BY", from: ["VINDPLAATS"], to: ["ORGANISATION"], properties: [] },
  { type: "REACHES", from: ["VINDPLAATS"], to: ["TARGET_GROUP"], properties: [] },
  { type: "CONCERNS", from: ["THEME"], to: ["TARGET_GROUP"], properties: [] },
  { type: "TAKES_PART_IN", from: ["ORGANISATION"], to: ["ACTION"], properties: [] },
  { type: "CONTRIBUTES_TO", from: ["ACTION"], to: ["THEME"], properties: [] },
  { type: "ATTENDED", from: ["PERSON"], to: ["MEETING"], properties: [] },
];

export function relationSpec(type: RelationshipType): RelationSpec {
  const spec = RELATION_SPECS.find((s) => s.type === type);
  if (!spec) throw new Error(`Unknown relationship type ${type}`);
  return spec;
}

/** A relationship this node can take part in: its type, and whether this node is its start. */
export interface RelationChoice {
  /** `TYPE:OUT` or `TYPE:IN`: unique per choice. */
  key: string;
  type: RelationshipType;
  outgoing: boolean;
  /** Node types allowed at the other end. */
  otherTypes: readonly NodeType[];
}

/**
 * Relationship types valid for a node of this type, read from this node: outgoing where it may be
 * the start, incoming where it may be the end. Undirected types are offered once.
 */
export function relationChoices(nodeType: NodeType): RelationChoice[] {
  const choices: RelationChoice[] = [];
  for (const spec of RELATION_SPECS) {
    if (spec.from.includes(nodeType)) {
      choices.push({
        key: `${spec.type}:OUT`,
        type: spec.type,
        outgoing: true,
        otherTypes: spec.to,
      });
    }
    if (spec.to.includes(nodeType) && !spec.undirected) {
      choices.push({
        key: `${spec.type}:IN`,
        type: spec.type,
        outgoing: false,
        otherTypes: spec.from,
      });
    }
  }
  return choices;
}
