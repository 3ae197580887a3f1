import type { RelatedItem } from "./node.loaders.js";
import type { NodeRecord } from "./node.record.js";

/** The nodes of loaded neighbour items. */
export async function nodesOf(items: Promise<RelatedItem[]>): Promise<NodeRecord[]> {
  return (await items).map((item) => item.node);
}
