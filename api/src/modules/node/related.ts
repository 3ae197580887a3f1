import type { MaybePromise, RelatedItem } from "./node.loaders.js";
import type { NodeRecord } from "./node.record.js";

/** The nodes of loaded neighbour items; synchronous when they were read ahead. */
export function nodesOf(items: MaybePromise<RelatedItem[]>): MaybePromise<NodeRecord[]> {
  return Array.isArray(items)
    ? items.map((item) => item.node)
    : items.then((loaded) => loaded.map((item) => item.node));
}
