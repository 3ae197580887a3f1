/** The relationship types of the graph model (DESIGN.md §3): endpoints and properties. */
import { registerEnumType } from "type-graphql";

import { NodeType } from "./node-types.js";

export enum RelationshipType {
  WORKS_FOR = "WORKS_FOR",
  KNOWS = "KNOWS",
  TREKKER_OF = "TREKKER_OF",
  WORKS_ON = "WORKS_ON",
  SIGNALS = "SIGNALS",
  ACTIVE_AT = "ACTIVE_AT",
  REFERS_TO = "REFERS_TO",
  COLLABORATES_WITH = "COLLABORATES_WITH",
  RUN_BY = "RUN_BY",
  REACHES = "REACHES",
  CONCERNS = "CONCERNS",
  TAKES_PART_IN = "TAKES_PART_IN",
  CONTRIBUTES_TO = "CONTRIBUTES_TO",
  ATTENDED = "ATTENDED",
}

registerEnumType(RelationshipType, {
  name: "RelationshipType",
  description:
    "The kinds of relationship in the network; KNOWS and COLLABORATES_WITH are undirected.",
});

/** Properties a relationship type may carry besides the common ones. */
export type RelationshipProperty =
  "role" | "strength" | "themeIds" | "themeId" | "agreed" | "perYear";

/** Every relationship may carry these (DESIGN.md §3). */
export const COMMON_RELATIONSHIP_PROPERTIES = ["since", "until", "confirmedAt"] as const;

export interface RelationshipSpec {
  type: RelationshipType;
  from: readonly NodeType[];
  to: readonly NodeType[];
  /** Read in both directions; stored once, identified by its sorted endpoints. */
  undirected?: boolean;
  properties: readonly RelationshipProperty[];
  required?: readonly RelationshipProperty[];
  description: string;
}

const { PERSON, ORGANISATION, THEME, VINDPLAATS, TARGET_GROUP, ACTION, MEETING } = NodeType;

export const RELATIONSHIP_SPECS: Record<RelationshipType, RelationshipSpec> = {
  WORKS_FOR: {
    type: RelationshipType.WORKS_FOR,
    from: [PERSON],
    to: [ORGANISATION],
    properties: ["role"],
    description: "A person works or volunteers for an organisation.",
  },
  KNOWS: {
    type: RelationshipType.KNOWS,
    from: [PERSON],
    to: [PERSON],
    undirected: true,
    properties: ["strength"],
    description: "Two people know each other; strength 1 (weak) to 3 (strong), 2 when not given.",
  },
  TREKKER_OF: {
    type: RelationshipType.TREKKER_OF,
    from: [PERSON],
    to: [THEME, ACTION],
    properties: [],
    description: "A person leads (is trekker of) a theme or an action.",
  },
  WORKS_ON: {
    type: RelationshipType.WORKS_ON,
    from: [ORGANISATION],
    to: [THEME],
    properties: [],
    description: "An organisation provides help for a theme.",
  },
  SIGNALS: {
    type: RelationshipType.SIGNALS,
    from: [PERSON, ORGANISATION],
    to: [THEME],
    properties: [],
    description: "A person or organisation notices this problem early.",
  },
  ACTIVE_AT: {
    type: RelationshipType.ACTIVE_AT,
    from: [PERSON, ORGANISATION],
    to: [VINDPLAATS],
    properties: ["themeIds"],
    description: "A person or organisation relies on or is present at a vindplaats, for themes.",
  },
  REFERS_TO: {
    type: RelationshipType.REFERS_TO,
    from: [ORGANISATION],
    to: [ORGANISATION],
    properties: ["themeId", "agreed", "perYear"],
    required: ["themeId", "agreed"],
    description:
      "A referral route: one organisation sends people on to another for a theme; agreed=false is an informal route.",
  },
  COLLABORATES_WITH: {
    type: RelationshipType.COLLABORATES_WITH,
    from: [ORGANISATION],
    to: [ORGANISATION],
    undirected: true,
    properties: [],
    description: "Two organisations work together.",
  },
  RUN_BY: {
    type: RelationshipType.RUN_BY,
    from: [VINDPLAATS],
    to: [ORGANISATION],
    properties: [],
    description: "A vindplaats is run by an organisation.",
  },
  REACHES: {
    type: RelationshipType.REACHES,
    from: [VINDPLAATS],
    to: [TARGET_GROUP],
    properties: [],
    description: "A target group is found at this vindplaats.",
  },
  CONCERNS: {
    type: RelationshipType.CONCERNS,
    from: [THEME],
    to: [TARGET_GROUP],
    properties: [],
    description: "A theme concerns a target group.",
  },
  TAKES_PART_IN: {
    type: RelationshipType.TAKES_PART_IN,
    from: [ORGANISATION],
    to: [ACTION],
    properties: [],
    description: "An organisation takes part in an action.",
  },
  CONTRIBUTES_TO: {
    type: RelationshipType.CONTRIBUTES_TO,
    from: [ACTION],
    to: [THEME],
    properties: [],
    description: "An action contributes to a theme.",
  },
  ATTENDED: {
    type: RelationshipType.ATTENDED,
    from: [PERSON],
    to: [MEETING],
    properties: [],
    description: "A person attended a network meeting.",
  },
};

export const ALL_RELATIONSHIP_SPECS = Object.values(RELATIONSHIP_SPECS);

/**
 * The stable id of a relationship: its type and endpoints (sorted when undirected) and, for
 * referral routes, the theme — so an import or seed run twice merges onto the same relationship.
 */
export function relationshipId(
  type: RelationshipType,
  from: string,
  to: string,
  themeId?: string | null,
): string {
  const [a, b] = RELATIONSHIP_SPECS[type].undirected && to < from ? [to, from] : [from, to];
  return type === RelationshipType.REFERS_TO
    ? `${type}:${a}:${b}:${themeId ?? ""}`
    : `${type}:${a}:${b}`;
}
