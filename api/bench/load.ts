/**
 * Loads a synthetic network fast for the benchmark: UNWIND … CREATE in batches, one transaction
 * per batch, without the change log the import writes. The data has the same shape the API writes
 * (ids, createdAt/updatedAt/version, relationship ids), so every query sees a normal graph. The
 * import itself is measured separately (see run.ts).
 */
import type { Driver } from "neo4j-driver";

import { ident } from "../src/db/cypher.js";
import { NODE_SPECS } from "../src/model/node-types.js";
import { RELATIONSHIP_SPECS, relationshipId } from "../src/model/relationship-types.js";
import type { NetworkDocument } from "../src/modules/import-export/document.js";

const BATCH = 10_000;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

async function write(driver: Driver, cypher: string, params: Record<string, unknown> = {}) {
  await driver.executeQuery(cypher, params, { routing: "WRITE" });
}

/** Removes every node (in batches: one transaction for 100k nodes needs too much heap). */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run("MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 2000 ROWS");
  } finally {
    await session.close();
  }
  await write(driver, "MERGE (v:GraphVersion {id: 'graph'}) ON CREATE SET v.value = 0");
}

export async function bulkLoad(driver: Driver, document: NetworkDocument): Promise<void> {
  const labelOf = new Map<string, string>();
  for (const [type, nodes] of groupBy(document.nodes, (n) => n.type)) {
    const spec = NODE_SPECS[type as keyof typeof NODE_SPECS];
    const rows = nodes.map((node) => {
      labelOf.set(node.id, spec.label);
      const props = Object.fromEntries(
        spec.properties.filter((k) => node[k] != null).map((k) => [k, node[k]]),
      );
      return { id: node.id, props };
    });
    for (let i = 0; i < rows.length; i += BATCH) {
      await write(
        driver,
        `UNWIND $rows AS row
         CREATE (n:${ident(spec.label)})
         SET n = row.props, n.id = row.id, n.createdAt = datetime(), n.updatedAt = datetime(), n.version = 1`,
        { rows: rows.slice(i, i + BATCH) },
      );
    }
  }
  const edges = document.edges.map((edge) => {
    const { type, from, to, id: _id, ...props } = edge;
    const allowed = new Set<string>(RELATIONSHIP_SPECS[type].properties);
    return {
      key: `${type}|${labelOf.get(from)}|${labelOf.get(to)}`,
      row: {
        id: relationshipId(type, from, to, props.themeId as string | undefined),
        from,
        to,
        props: Object.fromEntries(
          Object.entries(props).filter(([k, v]) => allowed.has(k) && v != null),
        ),
      },
    };
  });
  for (const [key, group] of groupBy(edges, (e) => e.key)) {
    const [type, fromLabel, toLabel] = key.split("|") as [string, string, string];
    for (let i = 0; i < group.length; i += BATCH) {
      await write(
        driver,
        `UNWIND $rows AS row
         MATCH (a:${ident(fromLabel)} {id: row.from}), (b:${ident(toLabel)} {id: row.to})
         CREATE (a)-[r:${ident(type)}]->(b)
         SET r = row.props, r.id = row.id, r.createdAt = datetime()`,
        { rows: group.slice(i, i + BATCH).map((e) => e.row) },
      );
    }
  }
  await write(
    driver,
    "MERGE (v:GraphVersion {id: 'graph'}) SET v.value = coalesce(v.value, 0) + 1",
  );
}
