import { Field, ID, InputType, Int, InterfaceType, ObjectType } from "type-graphql";

import { NODE_SPECS, NodeType } from "../../model/node-types.js";
import { Direction } from "../common/enums.js";
import { OptionalText } from "../common/fields.js";
import { RelationshipFields } from "../relationship/relationship-fields.type.js";
import type { NodeRecord } from "./node.record.js";

/** The GraphQL object type of a node record: its label. */
export const nodeTypeName = (value: NodeRecord): string => NODE_SPECS[value.type].label;

@InterfaceType({
  description:
    "Every node of the network: a person, organisation, theme, vindplaats, target group, action or meeting.",
  resolveType: nodeTypeName,
})
export abstract class Node {
  @Field(() => ID)
  id: string;

  @Field(() => NodeType)
  type: NodeType;

  @Field({ description: "The name (the title for actions and meetings)." })
  name: string;

  @Field()
  createdAt: Date;

  @Field()
  updatedAt: Date;

  @Field(() => Int, {
    description: "Increases with every change; pass it back to detect conflicting edits.",
  })
  version: number;
}

@ObjectType({ description: "A node as drawn on the map: just what the map needs." })
export class MapNode {
  @Field(() => ID)
  id: string;

  @Field(() => NodeType)
  type: NodeType;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  village?: string | null;

  @Field(() => String, { nullable: true })
  kind?: string | null;

  @Field(() => Int, { description: "Number of relationships of this node in the whole network." })
  degree: number;
}

@ObjectType({ description: "One relationship of a node, seen from that node." })
export class Relation extends RelationshipFields {
  @Field(() => Direction)
  direction: Direction;

  @Field(() => Node, { description: "The node at the other end." })
  other: NodeRecord;

  @Field(() => String, { nullable: true })
  themeName?: string | null;
}

@ObjectType()
export class DeletedNode {
  @Field(() => ID)
  id: string;

  @Field(() => NodeType)
  type: NodeType;

  @Field(() => Int, { description: "Relationships removed together with the node." })
  relationshipsRemoved: number;
}

@InputType({ description: "Filters for list queries; all given conditions must hold." })
export class NodeFilter {
  @OptionalText(200, "Name (or title) contains this text, ignoring case.")
  nameContains?: string | null;

  @OptionalText(100, "Exactly this village (kern).")
  village?: string | null;

  @OptionalText(100, "Exactly this kind (organisations and vindplaatsen).")
  kind?: string | null;

  @OptionalText(100, "Tied to this theme (signals, works on, leads, active at or refers for it).")
  themeId?: string | null;
}
