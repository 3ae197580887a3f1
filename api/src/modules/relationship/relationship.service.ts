/** Creating, updating and deleting relationships, checked against the graph model. */
import type { Executor, Tx } from "../../db/executor.js";
import { badInput, notFound } from "../../errors.js";
import { NODE_SPECS, NodeType, specForLabel } from "../../model/node-types.js";
import {
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
  relationshipId,
  type RelationshipSpec,
  RelationshipType,
} from "../../model/relationship-types.js";
import { ChangeOp, recordChanges, relationshipChange } from "../history/history.record.js";
import { writeGraph } from "../node/graph-write.js";
import { bumpGraphVersion, findLabels, lockNode } from "../node/node.queries.js";
import type { RelationshipCreateInput, RelationshipPropertiesInput } from "./relationship.input.js";
import {
  createRelationship,
  deleteRelationship,
  findRelationship,
  updateRelationship,
} from "./relationship.queries.js";

export interface RelationshipRecord {
  id: string;
  type: RelationshipType;
  fromId: string;
  toId: string;
  [property: string]: unknown;
}

const TYPE_PROPERTIES = ["role", "strength", "themeIds", "agreed", "perYear"] as const;

/** The type encoded in a relationship id (`TYPE:from:to…`), or a BAD_USER_INPUT error. */
export function typeOfRelationshipId(id: string): RelationshipType {
  const type = id.split(":")[0] as RelationshipType;
  if (!(type in RELATIONSHIP_SPECS))
    throw badInput("id", `"${id}" is not a relationship id`, "format");
  return type;
}

/** The properties to store: only those the type allows, with defaults; others are refused. */
function propertiesFor(
  spec: RelationshipSpec,
  input: RelationshipPropertiesInput,
  creating: boolean,
) {
  const props: Record<string, unknown> = {};
  for (const key of TYPE_PROPERTIES) {
    const value = input[key];
    if (value === undefined || value === null) continue;
    if (!spec.properties.includes(key)) {
      throw badInput(key, `is not a property of ${spec.type}`, "notAllowed");
    }
    props[key] = typeof value === "string" ? value.trim() : value;
  }
  for (const key of COMMON_RELATIONSHIP_PROPERTIES) {
    if (input[key] != null) props[key] = input[key];
  }
  if (creating) {
    for (const key of spec.required ?? []) {
      if (key !== "themeId" && props[key] === undefined) {
        throw badInput(key, `is required for ${spec.type}`, "required");
      }
    }
    if (spec.type === RelationshipType.KNOWS && props.strength === undefined) props.strength = 2;
  }
  if (
    typeof props.since === "string" &&
    typeof props.until === "string" &&
    props.until < props.since
  ) {
    throw badInput("until", "must not be before since", "order");
  }
  return props;
}

export class RelationshipService {
  constructor(private readonly executor: Executor) {}

  async get(id: string): Promise<RelationshipRecord | null> {
    const rows = await this.executor.read(findRelationship(typeOfRelationshipId(id), id));
    return (rows[0]?.rel as RelationshipRecord | undefined) ?? null;
  }

  async create(input: RelationshipCreateInput, actor = "anonymous"): Promise<RelationshipRecord> {
    const spec = RELATIONSHIP_SPECS[input.type];
    const props = propertiesFor(spec, input, true);
    if (input.from === input.to)
      throw badInput("to", "must differ from from (no relationship to itself)", "notSelf");
    if (input.themeId != null && input.type !== RelationshipType.REFERS_TO) {
      throw badInput("themeId", `is not a property of ${spec.type}`, "notAllowed");
    }
    if (input.type === RelationshipType.REFERS_TO) {
      if (!input.themeId) throw badInput("themeId", "is required for REFERS_TO", "required");
      props.themeId = input.themeId;
    }
    const id = relationshipId(input.type, input.from, input.to, input.themeId);

    return writeGraph(this.executor, async (tx) => {
      const labels = await this.labelsOf(tx, [
        input.from,
        input.to,
        input.themeId,
        ...(input.themeIds ?? []),
      ]);
      const fromLabel = this.expectLabel(labels, "from", input.from, spec.from);
      const toLabel = this.expectLabel(labels, "to", input.to, spec.to);
      if (input.themeId) this.expectLabel(labels, "themeId", input.themeId, [NodeType.THEME]);
      for (const themeId of input.themeIds ?? [])
        this.expectLabel(labels, "themeIds", themeId, [NodeType.THEME]);

      // Lock both endpoints (in id order) so two identical creates cannot both pass the check.
      for (const nodeId of [input.from, input.to].sort()) {
        const label = nodeId === input.from ? fromLabel : toLabel;
        await tx.run(lockNode(specForLabel(label)!, nodeId));
      }
      const [existing] = await tx.run(findRelationship(input.type, id));
      if (existing)
        throw badInput("to", `this ${input.type} relationship exists already`, "unique");
      const [row] = await tx.run(
        createRelationship(input.type, fromLabel, toLabel, input.from, input.to, id, props),
      );
      await recordChanges(tx, actor, [relationshipChange(ChangeOp.CREATE, null, row?.rel)]);
      await tx.run(bumpGraphVersion);
      return row?.rel as RelationshipRecord;
    });
  }

  async update(
    id: string,
    input: RelationshipPropertiesInput,
    actor = "anonymous",
  ): Promise<RelationshipRecord> {
    const type = typeOfRelationshipId(id);
    const props = propertiesFor(RELATIONSHIP_SPECS[type], input, false);
    return writeGraph(this.executor, async (tx) => {
      if (input.themeIds?.length) {
        const labels = await this.labelsOf(tx, input.themeIds);
        for (const themeId of input.themeIds)
          this.expectLabel(labels, "themeIds", themeId, [NodeType.THEME]);
      }
      const [before] = await tx.run(findRelationship(type, id));
      if (!before) throw notFound("id", id);
      // A new since or until is checked against the stored other end of the period too.
      const stored = before.rel as Record<string, unknown>;
      const since = props.since ?? stored.since;
      const until = props.until ?? stored.until;
      if (typeof since === "string" && typeof until === "string" && until < since) {
        throw badInput("until", "must not be before since", "order");
      }
      const [row] = await tx.run(updateRelationship(type, id, props));
      if (!row) throw notFound("id", id);
      await recordChanges(tx, actor, [relationshipChange(ChangeOp.UPDATE, before.rel, row.rel)]);
      await tx.run(bumpGraphVersion);
      return row.rel as RelationshipRecord;
    });
  }

  /** Deletes the relationship and returns it as it was. */
  async delete(id: string, actor = "anonymous"): Promise<RelationshipRecord> {
    const type = typeOfRelationshipId(id);
    return writeGraph(this.executor, async (tx) => {
      const [row] = await tx.run(findRelationship(type, id));
      if (!row) throw notFound("id", id);
      await tx.run(deleteRelationship(type, id));
      await recordChanges(tx, actor, [relationshipChange(ChangeOp.DELETE, row.rel, null)]);
      await tx.run(bumpGraphVersion);
      return row.rel as RelationshipRecord;
    });
  }

  private async labelsOf(tx: Tx, ids: (string | null | undefined)[]): Promise<Map<string, string>> {
    const wanted = [...new Set(ids.filter((id): id is string => Boolean(id)))];
    const rows = await tx.run(findLabels(wanted));
    return new Map(rows.map((row) => [String(row.id), String(row.label)]));
  }

  private expectLabel(
    labels: Map<string, string>,
    field: string,
    id: string,
    allowed: readonly NodeType[],
  ): string {
    const label = labels.get(id);
    const names = allowed.map((type) => NODE_SPECS[type].label);
    if (!label) throw badInput(field, `no node with id "${id}"`, "exists");
    if (!names.includes(label)) {
      throw badInput(field, `must be a ${names.join(" or ")}, but "${id}" is a ${label}`, "label");
    }
    return label;
  }
}
