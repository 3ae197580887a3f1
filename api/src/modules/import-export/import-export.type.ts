import { Field, Float, InputType, Int, ObjectType, registerEnumType } from "type-graphql";

import { Node } from "../node/node.type.js";
import { ExportFormat } from "./export.service.js";

export enum SimilarityReason {
  SAME = "SAME",
  SPELLING = "SPELLING",
  TRIGRAMS = "TRIGRAMS",
  CONTAINS = "CONTAINS",
}
registerEnumType(SimilarityReason, {
  name: "SimilarityReason",
  description:
    "SAME: equal after normalising; SPELLING: few letters differ; TRIGRAMS: mostly the same letter groups; CONTAINS: one name holds every word of the other.",
});

@InputType({
  description:
    "The file contents as text: nodes.csv (and edges.csv), or a JSON export. At most 5,000,000 characters each; use `npm run import` for larger files.",
})
export class ImportFilesInput {
  @Field(() => String, { nullable: true })
  nodesCsv?: string | null;

  @Field(() => String, { nullable: true })
  edgesCsv?: string | null;

  @Field(() => String, { nullable: true })
  json?: string | null;
}

@ObjectType({ description: "One problem in an import file: where, which rule, and what to do." })
export class ImportProblem {
  @Field()
  file: string;

  @Field(() => Int, {
    nullable: true,
    description:
      "The spreadsheet row (header = 1); in JSON the position in nodes or edges (1 = first).",
  })
  row: number | null;

  @Field(() => String, { nullable: true })
  column: string | null;

  @Field({ description: "The rule that was broken, e.g. required, enum, unknownId, delimiter." })
  rule: string;

  @Field({ description: "In Dutch." })
  message: string;

  @Field({ description: "In English." })
  messageEn: string;
}

@ObjectType()
export class ImportCounts {
  @Field(() => Int)
  new: number;

  @Field(() => Int)
  changed: number;

  @Field(() => Int)
  unchanged: number;
}

@ObjectType()
export class ImportReport {
  @Field({ description: "True when the files have no problems." })
  valid: boolean;

  @Field({ description: "True when the import was written." })
  applied: boolean;

  @Field(() => ImportCounts)
  nodes: ImportCounts;

  @Field(() => ImportCounts)
  relationships: ImportCounts;

  @Field(() => [ImportProblem])
  problems: ImportProblem[];
}

@ObjectType()
export class ExportFile {
  @Field()
  name: string;

  @Field()
  mimeType: string;

  @Field()
  content: string;
}

@ObjectType()
export class ExportResult {
  @Field(() => ExportFormat)
  format: ExportFormat;

  @Field(() => [ExportFile])
  files: ExportFile[];

  @Field(() => Int)
  nodeCount: number;

  @Field(() => Int)
  relationshipCount: number;
}

@ObjectType()
export class SimilarNode {
  @Field(() => Node)
  node: object;

  @Field(() => Float, { description: "0 to 1; 0.8 and up are listed." })
  score: number;

  @Field(() => SimilarityReason)
  reason: SimilarityReason;
}

@ObjectType()
export class MergeResult {
  @Field(() => Node, { description: "The kept node, with empty properties filled from the other." })
  node: object;

  @Field(() => Int)
  relationshipsMoved: number;

  @Field(() => Int, {
    description: "Relationships the kept node had already; properties combined.",
  })
  relationshipsMerged: number;

  @Field(() => Int, {
    description: "Relationships between the two nodes (they would become loops).",
  })
  relationshipsDropped: number;

  @Field({
    description: "The change that removed the merged node; restoreNode(changeId) brings it back.",
  })
  changeId: string;
}
