/**
 * The Cypher projection of a prefetch plan (prefetch.ts): a map projection with the asked
 * properties, and per relation field a pattern comprehension of nodes (or [node, relationship]
 * pairs where the field reads the relationship), nested to the depth of the GraphQL selection.
 * One statement, one round trip. Nested lists come in the database's order; prefetch.ts puts
 * them in name order as the loaders do (`byName`).
 */
import { ident } from "../../db/cypher.js";
import { specForLabel } from "../../model/node-types.js";
import { pattern } from "./related.queries.js";
import type { RelationField } from "./relation-fields.js";

export interface NodePlan {
  /** The node type (GraphQL object type = label); null for any node (an interface). */
  typeName: string | null;
  /** Properties to read besides id, labels, name and title; null: all of them. */
  props: string[] | null;
  relations: { field: RelationField; target: NodePlan }[];
  /** The `relations` field (every relationship, with the node at the other end). */
  allRelations: NodePlan | null;
  /** The relationship properties `relations` asks for besides id. */
  relationProps?: string[];
  /** Read whole, nothing nested (a relation field answering a non-node type). */
  whole?: boolean;
  /** Every node read here is of `typeName` (so its labels need not be read). */
  exact?: boolean;
}

/** Keys of the nested answers in a projected node map (never property names: those have no `_`). */
export const relationKey = (i: number) => `_r${i}`;
export const RELATIONS_KEY = "_all";

const ORDER_BY_NAME = (m: string) => `toLower(coalesce(${m}.name, ${m}.title)), ${m}.id`;

export function projectPlanned(alias: string, plan: NodePlan): string {
  let counter = 0;
  const project = (n: string, p: NodePlan): string => {
    // A node of a known type needs neither its labels nor both name keys (fewer values to
    // decode per node); one of the Node interface reads its labels to learn its type.
    const spec = p.exact && p.typeName !== null ? specForLabel(p.typeName) : undefined;
    const names = spec ? [`.${spec.nameKey}`] : [".name", ".title"];
    const parts =
      p.props === null ? [".*"] : [".id", ...names, ...p.props.map((prop) => `.${ident(prop)}`)];
    if (!spec) parts.push(`labels: labels(${n})`);
    p.relations.forEach(({ field, target }, i) => {
      const k = ++counter;
      const [r, m] = [`r${k}`, `m${k}`];
      // [node, relationship] pairs only where the relationship is read: a bare node map otherwise.
      // A pattern comprehension, in the database's order: Neo4j answers it faster than an ordered
      // COLLECT subquery (10k nodes, the bench's nested read: ~1.5 ms of ~9); the loaders' order
      // is restored in the API (`byName` in node.loaders.ts).
      const item = field.withRel ? `[${project(m, target)}, ${r} {.*}]` : project(m, target);
      parts.push(`${relationKey(i)}: [${pattern(field.type, field.way, n, r, m)} | ${item}]`);
    });
    if (p.allRelations) {
      const k = ++counter;
      const [r, m, t] = [`r${k}`, `m${k}`, `t${k}`];
      const relProps = `${r} {${[".id", ...(p.relationProps ?? []).map((x) => `.${ident(x)}`)].join(", ")}}`;
      parts.push(
        `${RELATIONS_KEY}: COLLECT { MATCH (${n})-[${r}]-(${m}) WHERE NOT ${m}:GraphVersion
          OPTIONAL MATCH (${t}:Theme {id: ${r}.themeId})
          RETURN {type: type(${r}), outgoing: startNode(${r}) = ${n}, rel: ${relProps},
                  node: ${project(m, p.allRelations)}, themeName: ${t}.name}
          ORDER BY type(${r}), ${ORDER_BY_NAME(m)} }`,
      );
    }
    return `${n} {${parts.join(", ")}}`;
  };
  return project(alias, plan);
}
