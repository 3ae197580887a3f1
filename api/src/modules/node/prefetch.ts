/**
 * One statement for a node query and everything nested under it. The GraphQL selection is read
 * into a plan: per node, the properties asked for and the relation fields (relation-fields.ts),
 * to any depth. The list and `node(id)` queries return that plan as one Cypher projection
 * (prefetch.queries.ts); the answer primes this request's loaders, so the nested field resolvers
 * find their neighbours without another round trip and the driver decodes only what was asked.
 */
import {
  type FieldNode,
  type FragmentDefinitionNode,
  getNamedType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  isLeafType,
  isObjectType,
  Kind,
  type SelectionSetNode,
} from "graphql";

import type { Row } from "../../db/executor.js";
import { ALL_NODE_SPECS, NODE_SPECS, specForLabel } from "../../model/node-types.js";
import {
  ALL_RELATIONSHIP_SPECS,
  COMMON_RELATIONSHIP_PROPERTIES,
  RELATIONSHIP_SPECS,
} from "../../model/relationship-types.js";
import type { Loaders, RelatedItem } from "./node.loaders.js";
import { byName, toRelationItem } from "./node.loaders.js";
import { intoNodeRecord, type NodeRecord } from "./node.record.js";
import { type NodePlan, projectPlanned, relationKey, RELATIONS_KEY } from "./prefetch.queries.js";
import { type RelationField, relationFieldOf } from "./relation-fields.js";

/** The relationship of a related item whose field does not read it (shared, never written to). */
const NO_REL: Readonly<Record<string, unknown>> = Object.freeze({});

/** Properties every node carries besides its writable ones. */
const SYSTEM_PROPERTIES = ["createdAt", "updatedAt", "version"];
/** The fields of `Relation` that are the relationship's own properties (id is always read). */
const RELATION_PROPERTIES = new Set<string>([
  ...ALL_RELATIONSHIP_SPECS.flatMap((spec) => spec.properties),
  ...COMMON_RELATIONSHIP_PROPERTIES,
]);
/** Always read: identity, the name key(s) and, unless the type is known, the labels. */
const ALWAYS = new Set(["id", "type", "name", "title", "__typename"]);

class Planner {
  /**
   * The node properties asked for anywhere in the request, whatever the type (a relation may hold
   * several types, e.g. TREKKER_OF themes and actions; a missing property reads as null). Null:
   * all of them, because an unknown scalar may be computed from any property.
   */
  private props: Set<string> | null = new Set();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Record<string, FragmentDefinitionNode>,
  ) {}

  /** `typeName` null: an interface or union of node types (any node). */
  plan(typeName: string | null, sets: readonly SelectionSetNode[], exact = false): NodePlan {
    const plan: NodePlan = { typeName, props: null, relations: [], allRelations: null, exact };
    const objectType = typeName ? this.schema.getType(typeName) : undefined;
    const nodeType = typeName !== null && isObjectType(objectType) && specForLabel(typeName);
    for (const [name, nodes] of this.collect(typeName, sets)) {
      const field = nodeType && objectType.getFields()[name];
      const relation = nodeType ? relationFieldOf(typeName, name) : undefined;
      if (field && relation) {
        const target = getNamedType(field.type).name;
        // A relation field answering something other than a node (a referral, a party) is read
        // whole; its own nested fields come from the loaders.
        const targetIsNode = Boolean(specForLabel(target));
        plan.relations.push({
          field: relation,
          target: targetIsNode
            ? this.plan(target, selectionsOf(nodes), onlyEnd(relation) === target)
            : { typeName: null, props: null, relations: [], allRelations: null, whole: true },
        });
      } else if (name === "relations") {
        const fields = this.collect(null, selectionsOf(nodes));
        plan.allRelations = this.plan(null, selectionsOf(fields.get("other") ?? []));
        plan.relationProps = [...fields.keys()].filter((f) => RELATION_PROPERTIES.has(f)).sort();
      } else {
        this.addProperty(typeName, name, field || undefined);
      }
    }
    return plan;
  }

  private addProperty(
    typeName: string | null,
    name: string,
    field: GraphQLField<unknown, unknown> | undefined,
  ): void {
    if (ALWAYS.has(name) || this.props === null) return;
    const specs = typeName ? [specForLabel(typeName)] : ALL_NODE_SPECS;
    const known = specs.some(
      (spec) => spec && (spec.properties.includes(name) || SYSTEM_PROPERTIES.includes(name)),
    );
    if (known) this.props.add(name);
    else if (typeName !== null && (!field || isLeafType(getNamedType(field.type)))) {
      this.props = null;
    }
  }

  /** The fields of a selection (fragments flattened), by field name, aliases merged. */
  private collect(
    typeName: string | null,
    sets: readonly SelectionSetNode[],
  ): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visit = (set: SelectionSetNode) => {
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          const list = fields.get(selection.name.value) ?? [];
          list.push(selection);
          fields.set(selection.name.value, list);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (applies(typeName, selection.typeCondition?.name.value)) visit(selection.selectionSet);
        } else {
          const fragment = this.fragments[selection.name.value];
          if (fragment && applies(typeName, fragment.typeCondition.name.value))
            visit(fragment.selectionSet);
        }
      }
    };
    sets.forEach(visit);
    return fields;
  }

  /** Fills in each planned node's properties: what the whole request asks of nodes. */
  finish(plan: NodePlan): NodePlan {
    const props = this.props && [...this.props].sort();
    const fill = (p: NodePlan) => {
      if (!p.whole) p.props = props;
      p.relations.forEach((r) => fill(r.target));
      if (p.allRelations) fill(p.allRelations);
    };
    fill(plan);
    return plan;
  }
}

/**
 * The one node type at the far end of a relation field, if the model allows only one (TREKKER_OF,
 * for one, leads to themes and actions: a field showing only themes filters them by type).
 */
function onlyEnd(field: RelationField): string | undefined {
  const spec = RELATIONSHIP_SPECS[field.type];
  const ends = new Set(
    field.way === "OUT" ? spec.to : field.way === "IN" ? spec.from : [...spec.from, ...spec.to],
  );
  return ends.size === 1 ? NODE_SPECS[[...ends][0]!].label : undefined;
}

function applies(typeName: string | null, condition: string | undefined): boolean {
  if (!condition || typeName === null) return true;
  return condition === typeName || !specForLabel(condition);
}

function selectionsOf(nodes: readonly FieldNode[]): SelectionSetNode[] {
  return nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
}

/** What a node query needs to read ahead: its projection, and how to take the answer apart. */
export class Prefetch {
  constructor(
    private readonly plan: NodePlan,
    private readonly loaders: Loaders,
  ) {}

  /** From the resolver's info: the node type the query returns (null for the Node interface). */
  static of(info: GraphQLResolveInfo, loaders: Loaders): Prefetch {
    const returned = getNamedType(info.returnType).name;
    const typeName = specForLabel(returned) ? returned : null;
    const planner = new Planner(info.schema, info.fragments);
    // A list of one type matches that label; `node(id)` may find any type.
    const plan = planner.plan(typeName, selectionsOf(info.fieldNodes), typeName !== null);
    return new Prefetch(planner.finish(plan), loaders);
  }

  /** The Cypher map projection of `alias` with everything nested under it. */
  readonly project = (alias: string): string => projectPlanned(alias, this.plan);

  /** The node of one answer row; the nested neighbours go into the loaders. */
  read(raw: unknown): NodeRecord {
    return this.take(this.plan, raw as Row);
  }

  /** Takes the nested answers out of `raw` (this request's own copy) and makes it the record. */
  private take(plan: NodePlan, raw: Row): NodeRecord {
    // The nested answers are cleared, not deleted: deleting a property V8 did not add last turns
    // the object into a slow dictionary, and GraphQL reads every field of it afterwards.
    const nested = plan.relations.map((_, i) => {
      const key = relationKey(i);
      const items = (raw[key] ?? []) as Row[] | [Row, Row][];
      raw[key] = undefined;
      return items;
    });
    const relations = (raw[RELATIONS_KEY] ?? []) as Row[];
    raw[RELATIONS_KEY] = undefined;
    const node = intoNodeRecord(
      raw,
      plan.exact && plan.typeName !== null ? specForLabel(plan.typeName) : undefined,
    );
    plan.relations.forEach((relation, i) => {
      const related: RelatedItem[] = relation.field.withRel
        ? (nested[i] as [Row, Row][]).map(([item, rel]) => ({
            node: this.take(relation.target, item),
            rel,
          }))
        : (nested[i] as Row[]).map((item) => ({
            node: this.take(relation.target, item),
            rel: NO_REL,
          }));
      this.loaders.primeRelated(relation.field, node.id, related.sort(byName));
    });
    if (plan.allRelations) {
      const target = plan.allRelations;
      this.loaders.primeRelations(
        NODE_SPECS[node.type].label,
        node.id,
        relations.map((row) => toRelationItem(row, this.take(target, row.node as Row))),
      );
    }
    return node;
  }
}
