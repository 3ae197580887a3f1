import { skipToken, useQuery } from "@apollo/client/react";

import type { PickedNode } from "./NodePicker";
import { NodeNameQuery } from "./queries";

/** The node behind an id from the URL, once its name is known. */
export function usePickedNode(id: string | null): PickedNode | null {
  const { data } = useQuery(NodeNameQuery, id ? { variables: { id } } : skipToken);
  const node = data?.node;
  return node && node.id === id ? { id: node.id, name: node.name, type: node.type } : null;
}
