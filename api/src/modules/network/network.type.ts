import { ArrayMaxSize, IsOptional, Matches, Max, Min } from "class-validator";
import { Field, Float, ID, InputType, Int, ObjectType } from "type-graphql";

import { NodeType } from "../../model/node-types.js";
import { RelationshipType } from "../../model/relationship-types.js";
import { ID_PATTERN } from "../common/fields.js";
import { MapNode } from "../node/node.type.js";

@InputType({ description: "Which part of the network to draw. Every given condition must hold." })
export class NetworkFilter {
  @Field(() => [NodeType], {
    nullable: true,
    description: "Only these node types (all when left out).",
  })
  @IsOptional()
  nodeTypes?: NodeType[] | null;

  @Field(() => [RelationshipType], {
    nullable: true,
    description: "Only these relationship types.",
  })
  @IsOptional()
  relationshipTypes?: RelationshipType[] | null;

  @Field(() => [ID], {
    nullable: true,
    description:
      "Only these themes and what is tied to them: signals, works on, leads, contributes to, concerns, and referral routes and vindplaats activity for them.",
  })
  @IsOptional()
  @ArrayMaxSize(100)
  @Matches(ID_PATTERN, { each: true, message: "themeIds must hold theme ids" })
  themeIds?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: "Only nodes in these villages (kernen); nodes without a village are kept.",
  })
  @IsOptional()
  @ArrayMaxSize(50)
  villages?: string[] | null;

  @Field(() => ID, { nullable: true, description: "Only the neighbourhood of this node…" })
  @IsOptional()
  @Matches(ID_PATTERN, { message: "focusId must be a node id" })
  focusId?: string | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: 1,
    description: "…within this many hops (1–3).",
  })
  @IsOptional()
  @Min(1)
  @Max(3)
  hops?: number | null;
}

@ObjectType({ description: "A relationship as drawn on the map." })
export class MapEdge {
  @Field(() => ID)
  id: string;

  @Field(() => RelationshipType)
  type: RelationshipType;

  @Field(() => ID)
  source: string;

  @Field(() => ID)
  target: string;

  @Field(() => ID, { nullable: true })
  themeId?: string | null;

  @Field(() => String, { nullable: true, description: "Name of the theme of a referral route." })
  themeName?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: "Referral routes: false is an informal route.",
  })
  agreed?: boolean | null;

  @Field(() => Int, { nullable: true })
  strength?: number | null;
}

@ObjectType({ description: "Where the map places a node, in model pixels." })
export class NodePosition {
  @Field(() => ID)
  id: string;

  @Field(() => Float)
  x: number;

  @Field(() => Float)
  y: number;
}

@ObjectType({ description: "Nodes and edges for the map." })
export class NetworkGraph {
  @Field(() => [MapNode])
  nodes: MapNode[];

  @Field(() => [MapEdge])
  edges: MapEdge[];
}
