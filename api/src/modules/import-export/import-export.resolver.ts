import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver } from "type-graphql";

import { Role } from "../../auth/roles.js";
import type { Context } from "../../context.js";
import { NodeType } from "../../model/node-types.js";
import { actorOf } from "../history/history.record.js";
import { NetworkFilter } from "../network/network.type.js";
import { ExportFormat } from "./export.service.js";
import {
  ExportResult,
  ImportFilesInput,
  ImportReport,
  MergeResult,
  SimilarNode,
} from "./import-export.type.js";

@Resolver()
export class ImportExportResolver {
  @Authorized(Role.EDITOR)
  @Query(() => ImportReport, {
    description:
      "Checks import files without writing: counts of new, changed and unchanged nodes and relationships, and every problem (row, column, rule).",
  })
  importPreview(
    @Arg("files", () => ImportFilesInput) files: ImportFilesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.imports.preview(files);
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => ImportReport, {
    description:
      "Imports the files in one transaction (MERGE on id: running it twice changes nothing). Any problem: nothing is written and BAD_USER_INPUT lists every problem in extensions.problems.",
  })
  importNetwork(
    @Arg("files", () => ImportFilesInput) files: ImportFilesInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.imports.import(files, { actor: actorOf(ctx) });
  }

  @Authorized(Role.EDITOR)
  @Query(() => ExportResult, {
    description:
      "The network, or the part a network filter draws, as JSON, CSV (two files) or GraphML.",
  })
  exportNetwork(
    @Arg("format", () => ExportFormat) format: ExportFormat,
    @Arg("filter", () => NetworkFilter, { nullable: true }) filter: NetworkFilter | null,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.exports.export(format, filter);
  }

  @Authorized(Role.VIEWER)
  @Query(() => [SimilarNode], {
    description:
      "Existing persons or organisations whose name looks like this one (possible duplicates), best first.",
  })
  similarNodes(
    @Arg("type", () => NodeType) type: NodeType,
    @Arg("name", () => String) name: string,
    @Arg("take", () => Int, { defaultValue: 10 }) take: number,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.duplicates.similarNodes(type, name, Math.min(50, Math.max(1, take)));
  }

  @Authorized(Role.EDITOR)
  @Mutation(() => MergeResult, {
    description:
      "Merges mergeId into keepId (same kind only): its relationships move over, keepId's empty fields are filled, mergeId is deleted. Undo with undoLastChange or restoreNode(changeId).",
  })
  mergeNodes(
    @Arg("keepId", () => ID) keepId: string,
    @Arg("mergeId", () => ID) mergeId: string,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.duplicates.merge(keepId, mergeId, actorOf(ctx));
  }
}
