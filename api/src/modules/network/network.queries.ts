/**
 * The one statement behind the map: nodes, degrees and edges in a single round trip. Nodes come
 * as lists, edges as tab-separated strings (see `parseEdge` in network.service.ts).
 */
import { type CypherQuery, ident } from "../../db/cypher.js";
import { ALL_NODE_SPECS, NODE_SPECS, type NodeType } from "../../model/node-types.js";
import { ALL_RELATIONSHIP_SPECS, RelationshipType } from "../../model/relationship-types.js";

export interface NetworkQueryInput {
  nodeTypes?: readonly NodeType[] | null;
  relationshipTypes?: readonly RelationshipType[] | null;
  themeIds?: readonly string[] | null;
  villages?: readonly string[] | null;
  focusId?: string | null;
  hops?: number | null;
}

/** The relationships that tie a node to a theme directly. */
export const THEME_TIE_TYPES: readonly RelationshipType[] = [
  RelationshipType.SIGNALS,
  RelationshipType.WORKS_ON,
  RelationshipType.TREKKER_OF,
  RelationshipType.CONTRIBUTES_TO,
  RelationshipType.CONCERNS,
];
/** The relationships that carry themes as a property: `themeId` (routes), `themeIds` (activity). */
export const THEMED_ROUTE_TYPES: readonly RelationshipType[] = [
  RelationshipType.REFERS_TO,
  RelationshipType.ACTIVE_AT,
];
const THEME_TIES = THEME_TIE_TYPES.map(ident).join("|");
const THEMED_ROUTES = THEMED_ROUTE_TYPES.map(ident).join("|");

/** The relationship types a map follows and draws: those asked for, or all. */
export function mapRelationshipTypes(filter: NetworkQueryInput): readonly RelationshipType[] {
  return filter.relationshipTypes?.length
    ? filter.relationshipTypes
    : ALL_RELATIONSHIP_SPECS.map((spec) => spec.type);
}

/** How far a focus reaches: 1 to 3 hops, 1 when not given. */
export const mapHops = (filter: NetworkQueryInput): number =>
  Math.min(3, Math.max(1, filter.hops ?? 1));

export function networkQuery(filter: NetworkQueryInput): CypherQuery {
  const labels = (
    filter.nodeTypes?.length ? filter.nodeTypes.map((t) => NODE_SPECS[t]) : ALL_NODE_SPECS
  )
    .map((spec) => ident(spec.label))
    .join("|");
  const relTypes = mapRelationshipTypes(filter).map(ident).join("|");
  const hops = mapHops(filter);

  // With a focus: the nodes within `hops` over the allowed relationship types. With themes only:
  // start from the themes and the theme-carrying relationships instead of testing every node
  // (the same set as the EXISTS test below, which then only re-checks a few candidates).
  const candidates = filter.focusId
    ? `CALL () { ${ALL_NODE_SPECS.map((s) => `MATCH (f:${ident(s.label)} {id: $focusId}) RETURN f`).join(" UNION ALL ")} }
       MATCH (f)-[:${relTypes}]-{0,${hops}}(n:${labels})
       WITH DISTINCT n`
    : filter.themeIds?.length
      ? `CALL () {
           MATCH (n:Theme) WHERE n.id IN $themeIds RETURN n
           UNION
           MATCH (t:Theme)-[:${THEME_TIES}]-(n) WHERE t.id IN $themeIds RETURN n
           UNION
           MATCH (a)-[r:REFERS_TO]->(b) WHERE r.themeId IN $themeIds
           UNWIND [a, b] AS n
           RETURN n
           UNION
           MATCH (a)-[r:ACTIVE_AT]->(b) WHERE any(x IN coalesce(r.themeIds, []) WHERE x IN $themeIds)
           UNWIND [a, b] AS n
           RETURN n
         }
         WITH n`
      : `MATCH (n:${labels})`;
  const fromThemes = !filter.focusId && Boolean(filter.themeIds?.length);
  const themeCheck = fromThemes
    ? `n:${labels}`
    : `($themeIds IS NULL
             OR (n:Theme AND n.id IN $themeIds)
             OR EXISTS { MATCH (n)-[:${THEME_TIES}]-(t:Theme) WHERE t.id IN $themeIds }
             OR EXISTS { MATCH (n)-[r:${THEMED_ROUTES}]-()
                         WHERE r.themeId IN $themeIds OR any(x IN coalesce(r.themeIds, []) WHERE x IN $themeIds) })`;

  return {
    cypher: `
      ${candidates}
      WHERE ($villages IS NULL OR n.village IS NULL OR n.village IN $villages)
        AND ${themeCheck}
      WITH collect(n) AS kept
      CALL (kept) {
        UNWIND kept AS a
        MATCH (a)-[r:${relTypes}]->(b)
        WHERE b IN kept
          AND ($themeIds IS NULL OR NOT type(r) IN $themedRouteTypes
               OR r.themeId IN $themeIds OR any(x IN coalesce(r.themeIds, []) WHERE x IN $themeIds))
        // One tab-separated string per edge (ids match ID_PATTERN: no tabs), as the analytics
        // snapshot: the driver decodes one string far faster than a list of seven values.
        RETURN collect(r.id + '\t' + type(r) + '\t' + a.id + '\t' + b.id + '\t' +
                       coalesce(r.themeId, '') + '\t' + coalesce(toString(r.agreed), '') + '\t' +
                       coalesce(toString(r.strength), '')) AS edges
      }
      CALL () {
        MATCH (t:Theme) RETURN collect([t.id, t.name]) AS themes
      }
      // Compact lists rather than maps: the driver decodes them several times faster.
      RETURN [n IN kept | [n.id, labels(n), coalesce(n.name, n.title), n.village, n.kind,
                           COUNT { (n)--() }]] AS nodes,
             edges, themes`,
    params: {
      villages: filter.villages?.length ? filter.villages : null,
      themeIds: filter.themeIds?.length ? filter.themeIds : null,
      focusId: filter.focusId ?? null,
      themedRouteTypes: THEMED_ROUTE_TYPES,
    },
  };
}

/** Nodes whose name contains `text` (any case): names starting with it first. */
export function searchQuery(text: string, limit: number): CypherQuery {
  return {
    cypher: `
      CALL () {
        ${ALL_NODE_SPECS.map(
          (s) =>
            `MATCH (n:${ident(s.label)}) WHERE toLower(n.${ident(s.nameKey)}) CONTAINS toLower($text) RETURN n`,
        ).join(" UNION ALL ")}
      }
      WITH n, coalesce(n.name, n.title) AS name
      RETURN {id: n.id, labels: labels(n), name: name, village: n.village, kind: n.kind,
              degree: COUNT { (n)--() }} AS node
      ORDER BY CASE WHEN toLower(name) STARTS WITH toLower($text) THEN 0 ELSE 1 END, toLower(name), n.id
      LIMIT $limit`,
    params: { text, limit },
  };
}

/** The villages (kernen) that occur in the network. */
export const villagesQuery: CypherQuery = {
  cypher: `
    MATCH (n:Organisation|Vindplaats|Person|Meeting) WHERE n.village IS NOT NULL
    RETURN DISTINCT n.village AS village ORDER BY village`,
};
