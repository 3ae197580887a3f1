import { graphql } from "../../graphql/__generated__";

export const CoverageQuery = graphql(`
  query Coverage($filter: CoverageFilter) {
    coverage(filter: $filter) {
      theme {
        id
        name
      }
      targetGroup {
        id
        name
      }
      covered
      explanation {
        nl
        en
      }
      cells {
        vindplaats {
          id
          name
          village
        }
        actors {
          id
          name
          type
        }
      }
      nodeIds
      edgeIds
    }
  }
`);
