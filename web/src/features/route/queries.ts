import { graphql } from "../../graphql/__generated__";

export const IntroductionPathsQuery = graphql(`
  query IntroductionPaths($from: ID!, $to: ID!, $k: Int!, $maxHops: Int!) {
    introductionPaths(from: $from, to: $to, k: $k, maxHops: $maxHops) {
      hops
      nodeIds
      nodes {
        id
        name
        type
      }
      edgeIds
    }
  }
`);
