import { graphql } from "../../graphql/__generated__";

export const PartnerCard_candidate = graphql(`
  fragment PartnerCard_candidate on PartnerCandidate {
    candidate {
      id
      name
      type
      village
    }
    score
    parts {
      sharedThemes
      sharedVindplaatsen
      sharedTargetGroups
      commonContacts
      commonContactCount
      complementarity
    }
    reasons {
      nl
      en
    }
    contactPerson {
      id
      name
    }
    introductionPath {
      hops
      nodeIds
      nodes {
        id
        name
        type
      }
      edgeIds
    }
    nodeIds
    edgeIds
  }
`);

export const PartnerSuggestionsQuery = graphql(`
  query PartnerSuggestions($forPerson: ID, $forOrganisation: ID, $forTheme: ID, $limit: Int!) {
    partnerSuggestions(
      forPerson: $forPerson
      forOrganisation: $forOrganisation
      forTheme: $forTheme
      limit: $limit
    ) {
      ...PartnerCard_candidate
    }
  }
`);
