import { graphql } from "../graphql/__generated__";

// The fields the map needs per node and edge; queries that feed GraphView spread these.
export const GraphNodeFragment = graphql(`
  fragment GraphView_node on MapNode {
    id
    type
    name
    village
    kind
    degree
  }
`);

export const GraphEdgeFragment = graphql(`
  fragment GraphView_edge on MapEdge {
    id
    type
    source
    target
    themeId
    themeName
    agreed
    strength
  }
`);
