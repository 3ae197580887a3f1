import { graphql } from "../../graphql/__generated__";

export const VindplaatsLoadQuery = graphql(`
  query VindplaatsLoad($filter: LoadFilter) {
    vindplaatsLoad(filter: $filter) {
      vindplaats {
        id
        name
        village
      }
      capacity
      partyCount
      parties {
        id
        name
        direct
        viaPersonIds
      }
      asks {
        themeId
        themeName
        count
      }
      load
      status
      underused
      uniqueTargetGroups {
        id
        name
      }
      explanation {
        nl
        en
      }
      nodeIds
      edgeIds
    }
  }
`);
