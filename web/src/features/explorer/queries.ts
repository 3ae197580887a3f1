import { graphql } from "../../graphql/__generated__";

export const NetworkQuery = graphql(`
  query ExplorerNetwork($filter: NetworkFilter) {
    network(filter: $filter) {
      nodes {
        ...GraphView_node
      }
      edges {
        ...GraphView_edge
      }
      # Large maps come placed: the page skips its own quick layout.
      positions {
        id
        x
        y
      }
    }
  }
`);

export const FilterOptionsQuery = graphql(`
  query FilterOptions {
    villages
    # The API's maximum page; a municipality has tens of themes, not hundreds.
    themes(take: 200) {
      id
      name
    }
  }
`);

export const SearchQuery = graphql(`
  query SearchNodes($text: String!, $limit: Int) {
    search(text: $text, limit: $limit) {
      id
      type
      name
      village
    }
  }
`);
