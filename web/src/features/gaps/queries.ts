import { graphql } from "../../graphql/__generated__";

export const GapCard_gap = graphql(`
  fragment GapCard_gap on Gap {
    id
    type
    severity
    explanation {
      nl
      en
    }
    suggestion {
      nl
      en
    }
    nodeIds
    edgeIds
    themeIds
  }
`);

export const GapsQuery = graphql(`
  query Gaps($filter: GapFilter) {
    gaps(filter: $filter) {
      ...GapCard_gap
    }
  }
`);
