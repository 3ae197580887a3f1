/** The Voorst demo network: read from the data files in `seed/voorst/`. */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import type { Executor } from "../db/executor.js";
import { NodeType } from "../model/node-types.js";
import type {
  DocumentEdge,
  DocumentNode,
  NetworkDocument,
} from "../modules/import-export/document.js";
import { type UpsertResult, UpsertService } from "../modules/import-export/upsert.service.js";

export const demoDir = resolve(dirname(fileURLToPath(import.meta.url)), "../../../seed/voorst");

const FILES: [string, NodeType][] = [
  ["organisations.json", NodeType.ORGANISATION],
  ["persons.json", NodeType.PERSON],
  ["themes.json", NodeType.THEME],
  ["vindplaatsen.json", NodeType.VINDPLAATS],
  ["target-groups.json", NodeType.TARGET_GROUP],
  ["actions.json", NodeType.ACTION],
  ["meetings.json", NodeType.MEETING],
];

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(join(demoDir, file), "utf8")) as T;
}

export function demoDocument(): NetworkDocument {
  const nodes = FILES.flatMap(([file, type]) =>
    readJson<Omit<DocumentNode, "type">[]>(file).map((node) => ({ ...node, type }) as DocumentNode),
  );
  const edges = readJson<DocumentEdge[]>("relationships.json");
  return { nodes, edges };
}

export async function seedDemo(executor: Executor): Promise<UpsertResult> {
  return new UpsertService(executor).upsert(demoDocument(), { recordHistory: false });
}

/** Seeds the demo network only into an empty database (first start of `npm start`). */
export async function seedDemoIfEmpty(executor: Executor): Promise<UpsertResult | null> {
  const [row] = await executor.read({
    // Accounts, sessions and the audit log are not network data.
    cypher: `MATCH (n) WHERE NOT (n:GraphVersion OR n:User OR n:Session OR n:LoginThrottle OR n:AuditEntry)
             RETURN count(n) > 0 AS any`,
  });
  if (row?.any) return null;
  return seedDemo(executor);
}
