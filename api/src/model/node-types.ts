/** The node labels of the graph model (DESIGN.md §3) and what may be written on each. */
import { registerEnumType } from "type-graphql";

export enum NodeType {
  PERSON = "PERSON",
  ORGANISATION = "ORGANISATION",
  THEME = "THEME",
  VINDPLAATS = "VINDPLAATS",
  TARGET_GROUP = "TARGET_GROUP",
  ACTION = "ACTION",
  MEETING = "MEETING",
}

registerEnumType(NodeType, {
  name: "NodeType",
  description: "The kinds of node in the network.",
});

export interface NodeSpec {
  type: NodeType;
  label: string;
  /** Prefix of generated ids, e.g. `org-…`. */
  idPrefix: string;
  /** The property that names the node: `name`, or `title` for actions and meetings. */
  nameKey: "name" | "title";
  /** Writable properties besides id. */
  properties: readonly string[];
  /** Properties personal to a person: never logged, later only for signed-in editors. */
  personal?: readonly string[];
}

export const NODE_SPECS: Record<NodeType, NodeSpec> = {
  [NodeType.PERSON]: {
    type: NodeType.PERSON,
    label: "Person",
    idPrefix: "per",
    nameKey: "name",
    properties: ["name", "role", "email", "phone", "village"],
    personal: ["email", "phone"],
  },
  [NodeType.ORGANISATION]: {
    type: NodeType.ORGANISATION,
    label: "Organisation",
    idPrefix: "org",
    nameKey: "name",
    properties: ["name", "kind", "village", "website"],
  },
  [NodeType.THEME]: {
    type: NodeType.THEME,
    label: "Theme",
    idPrefix: "thema",
    nameKey: "name",
    properties: ["name", "description", "programme", "domain"],
  },
  [NodeType.VINDPLAATS]: {
    type: NodeType.VINDPLAATS,
    label: "Vindplaats",
    idPrefix: "vp",
    nameKey: "name",
    properties: ["name", "kind", "village", "capacity"],
  },
  [NodeType.TARGET_GROUP]: {
    type: NodeType.TARGET_GROUP,
    label: "TargetGroup",
    idPrefix: "dg",
    nameKey: "name",
    properties: ["name", "description"],
  },
  [NodeType.ACTION]: {
    type: NodeType.ACTION,
    label: "Action",
    idPrefix: "actie",
    nameKey: "title",
    properties: ["title", "status", "goal"],
  },
  [NodeType.MEETING]: {
    type: NodeType.MEETING,
    label: "Meeting",
    idPrefix: "bijeenkomst",
    nameKey: "title",
    properties: ["title", "date", "village"],
  },
};

export const ALL_NODE_SPECS = Object.values(NODE_SPECS);

const BY_LABEL = new Map(ALL_NODE_SPECS.map((spec) => [spec.label, spec]));

export function specForLabel(label: string): NodeSpec | undefined {
  return BY_LABEL.get(label);
}

export const NODE_LABELS = ALL_NODE_SPECS.map((spec) => spec.label);
