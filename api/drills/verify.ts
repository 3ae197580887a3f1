import { createDriver } from "../src/db/driver.js";

const credentials = { neo4jUser: "neo4j", neo4jPassword: "neo4j" };

/** How many of `ids` exist as nodes (checked directly in Neo4j, not through the API). */
export async function countNodes(uri: string, ids: string[]): Promise<number> {
  const driver = createDriver(credentials, uri);
  try {
    const { records } = await driver.executeQuery(
      "MATCH (n:Organisation) WHERE n.id IN $ids RETURN count(n) AS c",
      { ids },
    );
    return Number(records[0]?.get("c"));
  } finally {
    await driver.close();
  }
}

export async function runCypher(uri: string, cypher: string, params: Record<string, unknown> = {}) {
  const driver = createDriver(credentials, uri);
  try {
    return (await driver.executeQuery(cypher, params)).records.map((r) => r.toObject());
  } finally {
    await driver.close();
  }
}
