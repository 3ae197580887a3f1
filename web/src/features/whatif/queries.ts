import { graphql } from "../../graphql/__generated__";

export const WhatIfQuery = graphql(`
  query WhatIf($removeNodeIds: [ID!]!) {
    whatIf(removeNodeIds: $removeNodeIds) {
      explanation {
        nl
        en
      }
      gapsAppearing {
        ...GapCard_gap
      }
      gapsResolved {
        ...GapCard_gap
      }
      targetGroupsNoLongerReached {
        id
        name
      }
      themesWithoutProvider {
        id
        name
      }
      themesWithoutRoute {
        id
        name
      }
      componentsBefore
      componentsAfter
      splits {
        sizeBefore
        parts {
          nodeIds
        }
      }
      nodeIds
      edgeIds
      removedNodeIds
    }
  }
`);
