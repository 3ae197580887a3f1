/** Writes a whole network document in one transaction: all of it lands, or none of it. */
import type { Executor } from "../../db/executor.js";
import { NODE_SPECS, specForLabel } from "../../model/node-types.js";
import { RELATIONSHIP_SPECS, relationshipId } from "../../model/relationship-types.js";
import { bumpGraphVersion, findLabels } from "../node/node.queries.js";
import type { NetworkDocument } from "./document.js";
import { upsertNodes, upsertRelationships } from "./upsert.queries.js";

export interface UpsertResult {
  nodesChanged: number;
  relationshipsChanged: number;
  relationshipsWritten: number;
}

const BATCH = 2_000;

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    groups.set(k, [...(groups.get(k) ?? []), item]);
  }
  return groups;
}

export class UpsertService {
  constructor(private readonly executor: Executor) {}

  /** MERGE on id: running the same document twice changes nothing the second time. */
  async upsert(document: NetworkDocument): Promise<UpsertResult> {
    return this.executor.transaction("WRITE", async (tx) => {
      const labelOf = new Map(document.nodes.map((node) => [node.id, NODE_SPECS[node.type].label]));
      const unknown = [...new Set(document.edges.flatMap((e) => [e.from, e.to]))].filter(
        (id) => !labelOf.has(id),
      );
      if (unknown.length) {
        for (const row of await tx.run(findLabels(unknown)))
          labelOf.set(String(row.id), String(row.label));
      }

      let nodesChanged = 0;
      for (const [label, nodes] of groupBy(document.nodes, (n) => NODE_SPECS[n.type].label)) {
        const spec = specForLabel(label)!;
        for (const chunk of chunks(nodes)) {
          const rows = chunk.map((node) => ({
            id: node.id,
            props: Object.fromEntries(
              spec.properties.filter((k) => node[k] != null).map((k) => [k, node[k]]),
            ),
          }));
          const [result] = await tx.run(upsertNodes(label, rows));
          nodesChanged += Number(result?.changed ?? 0);
        }
      }

      let relationshipsWritten = 0;
      let relationshipsChanged = 0;
      const edges = document.edges.map((edge) => {
        const { type, from, to, id: _id, ...props } = edge;
        const fromLabel = labelOf.get(from);
        const toLabel = labelOf.get(to);
        if (!fromLabel || !toLabel)
          throw new Error(`Edge ${type} ${from} → ${to} has an unknown endpoint`);
        const allowed = new Set<string>([
          ...RELATIONSHIP_SPECS[type].properties,
          "since",
          "until",
          "confirmedAt",
        ]);
        const kept = Object.fromEntries(
          Object.entries(props).filter(([k, v]) => allowed.has(k) && v != null),
        );
        return {
          type,
          fromLabel,
          toLabel,
          row: {
            id: relationshipId(type, from, to, props.themeId as string),
            from,
            to,
            props: kept,
          },
        };
      });
      for (const [, group] of groupBy(edges, (e) => `${e.type}|${e.fromLabel}|${e.toLabel}`)) {
        const { type, fromLabel, toLabel } = group[0]!;
        for (const chunk of chunks(group)) {
          const [result] = await tx.run(
            upsertRelationships(
              type,
              fromLabel,
              toLabel,
              chunk.map((e) => e.row),
            ),
          );
          relationshipsWritten += Number(result?.written ?? 0);
          relationshipsChanged += Number(result?.changed ?? 0);
        }
      }
      if (relationshipsWritten !== edges.length) {
        throw new Error(
          `Only ${relationshipsWritten} of ${edges.length} relationships could be written`,
        );
      }
      if (nodesChanged + relationshipsChanged > 0) await tx.run(bumpGraphVersion);
      return { nodesChanged, relationshipsChanged, relationshipsWritten };
    });
  }
}
