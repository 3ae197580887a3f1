import type { Driver } from "neo4j-driver";

import type { Api } from "../drills/stack.js";

export interface WebResult {
  nodes: number;
}

export async function benchWeb(
  _ctx: { api: Api; driver: Driver; log: (line: string) => void },
  _sizes: number[],
): Promise<WebResult[]> {
  return [];
}
