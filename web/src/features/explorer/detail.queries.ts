import { graphql } from "../../graphql/__generated__";

// One fragment per node type, shown by the matching section of DetailPanel.
export const PersonDetails = graphql(`
  fragment NodeDetails_person on Person {
    role
    email
    phone
    village
  }
`);

export const OrganisationDetails = graphql(`
  fragment NodeDetails_organisation on Organisation {
    # Aliased: Organisation.kind and Vindplaats.kind are different enums.
    organisationKind: kind
    village
    website
  }
`);

export const ThemeDetails = graphql(`
  fragment NodeDetails_theme on Theme {
    description
    programme
    domain
    trekker {
      id
      name
    }
  }
`);

export const VindplaatsDetails = graphql(`
  fragment NodeDetails_vindplaats on Vindplaats {
    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.
    vindplaatsKind: kind
    vindplaatsVillage: village
    capacity
  }
`);

export const TargetGroupDetails = graphql(`
  fragment NodeDetails_targetGroup on TargetGroup {
    description
  }
`);

export const ActionDetails = graphql(`
  fragment NodeDetails_action on Action {
    status
    goal
  }
`);

export const MeetingDetails = graphql(`
  fragment NodeDetails_meeting on Meeting {
    date
    village
  }
`);

export const NodeDetailsQuery = graphql(`
  query NodeDetails($id: ID!) {
    node(id: $id) {
      __typename
      id
      type
      name
      ...NodeDetails_person
      ...NodeDetails_organisation
      ...NodeDetails_theme
      ...NodeDetails_vindplaats
      ...NodeDetails_targetGroup
      ...NodeDetails_action
      ...NodeDetails_meeting
      relations {
        id
        type
        direction
        themeName
        agreed
        strength
        role
        perYear
        other {
          id
          type
          name
        }
      }
    }
  }
`);
