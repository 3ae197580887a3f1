import { graphql } from "../../graphql/__generated__";

// The name of a node chosen earlier (its id is in the URL), to show what is picked.
export const NodeNameQuery = graphql(`
  query AnalyticsNodeName($id: ID!) {
    node(id: $id) {
      id
      name
      type
    }
  }
`);
