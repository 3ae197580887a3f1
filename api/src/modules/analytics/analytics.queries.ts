/** Cypher for analytics: the cache key and the snapshot (everything else runs on the snapshot). */
import type { CypherQuery } from "../../db/cypher.js";

/**
 * The graph version plus node and relationship counts (from the count store, so cheap): the
 * counts also catch writes that bypass the API and do not bump the version.
 */
export const graphVersionQuery: CypherQuery = {
  cypher: `
    OPTIONAL MATCH (v:GraphVersion {id: 'graph'})
    CALL () { MATCH (n) RETURN count(n) AS nodes }
    CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
    RETURN coalesce(v.value, 0) AS version, nodes, relationships`,
};

/** Every node and relationship with just what analytics needs, as compact lists. */
export const snapshotQuery: CypherQuery = {
  cypher: `
    CALL () {
      MATCH (n) WHERE n:Person OR n:Organisation OR n:Theme OR n:Vindplaats OR n:TargetGroup OR n:Action OR n:Meeting
      RETURN collect([n.id, labels(n), coalesce(n.name, n.title), n.village, n.kind, n.capacity]) AS nodes
    }
    CALL () {
      MATCH (a)-[r]->(b) WHERE r.id IS NOT NULL
      RETURN collect([r.id, type(r), a.id, b.id, r.themeId, r.themeIds, r.agreed, r.perYear, r.strength]) AS edges
    }
    RETURN nodes, edges`,
};
