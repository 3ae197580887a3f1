import { graphql } from "../../graphql/__generated__";

/** Who may change the network: editors and admins. */
export const EditingPermissionsQuery = graphql(`
  query EditingPermissions {
    me {
      id
      role
    }
  }
`);

/** A node with every writable field and its version, read fresh when a form opens. */
export const EditableNodeQuery = graphql(`
  query EditableNode($id: ID!) {
    node(id: $id) {
      __typename
      id
      type
      name
      version
      relations {
        id
      }
      ... on Person {
        role
        email
        phone
        village
      }
      ... on Organisation {
        organisationKind: kind
        village
        website
      }
      ... on Theme {
        description
        programme
        domain
      }
      ... on Vindplaats {
        vindplaatsKind: kind
        vindplaatsVillage: village
        capacity
      }
      ... on TargetGroup {
        description
      }
      ... on Action {
        title
        status
        goal
      }
      ... on Meeting {
        title
        date
        village
      }
    }
  }
`);

export const EditableRelationshipQuery = graphql(`
  query EditableRelationship($id: ID!) {
    relationship(id: $id) {
      id
      type
      fromId
      toId
      themeId
      themeIds
      agreed
      perYear
      strength
      role
      since
      until
      confirmedAt
    }
  }
`);

export const ThemeOptionsQuery = graphql(`
  query EditingThemeOptions {
    villages
    themes(take: 200) {
      id
      name
    }
  }
`);

export const SimilarNodesQuery = graphql(`
  query SimilarNodes($type: NodeType!, $name: String!) {
    similarNodes(type: $type, name: $name, take: 5) {
      score
      reason
      node {
        id
        name
        type
      }
    }
  }
`);

export const CreatePersonMutation = graphql(`
  mutation CreatePerson($input: PersonCreateInput!) {
    createPerson(input: $input) {
      id
      name
      version
    }
  }
`);
export const CreateOrganisationMutation = graphql(`
  mutation CreateOrganisation($input: OrganisationCreateInput!) {
    createOrganisation(input: $input) {
      id
      name
      version
    }
  }
`);
export const CreateThemeMutation = graphql(`
  mutation CreateTheme($input: ThemeCreateInput!) {
    createTheme(input: $input) {
      id
      name
      version
    }
  }
`);
export const CreateVindplaatsMutation = graphql(`
  mutation CreateVindplaats($input: VindplaatsCreateInput!) {
    createVindplaats(input: $input) {
      id
      name
      version
    }
  }
`);
export const CreateTargetGroupMutation = graphql(`
  mutation CreateTargetGroup($input: TargetGroupCreateInput!) {
    createTargetGroup(input: $input) {
      id
      name
      version
    }
  }
`);
export const CreateActionMutation = graphql(`
  mutation CreateAction($input: ActionCreateInput!) {
    createAction(input: $input) {
      id
      name
      version
    }
  }
`);
export const CreateMeetingMutation = graphql(`
  mutation CreateMeeting($input: MeetingCreateInput!) {
    createMeeting(input: $input) {
      id
      name
      version
    }
  }
`);

export const UpdatePersonMutation = graphql(`
  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!, $expectedVersion: Int) {
    updatePerson(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);
export const UpdateOrganisationMutation = graphql(`
  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdateInput!, $expectedVersion: Int) {
    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);
export const UpdateThemeMutation = graphql(`
  mutation UpdateTheme($id: ID!, $input: ThemeUpdateInput!, $expectedVersion: Int) {
    updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);
export const UpdateVindplaatsMutation = graphql(`
  mutation UpdateVindplaats($id: ID!, $input: VindplaatsUpdateInput!, $expectedVersion: Int) {
    updateVindplaats(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);
export const UpdateTargetGroupMutation = graphql(`
  mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdateInput!, $expectedVersion: Int) {
    updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);
export const UpdateActionMutation = graphql(`
  mutation UpdateAction($id: ID!, $input: ActionUpdateInput!, $expectedVersion: Int) {
    updateAction(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);
export const UpdateMeetingMutation = graphql(`
  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!, $expectedVersion: Int) {
    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {
      id
      name
      version
    }
  }
`);

export const DeletePersonMutation = graphql(`
  mutation DeletePerson($id: ID!, $expectedVersion: Int) {
    deletePerson(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);
export const DeleteOrganisationMutation = graphql(`
  mutation DeleteOrganisation($id: ID!, $expectedVersion: Int) {
    deleteOrganisation(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);
export const DeleteThemeMutation = graphql(`
  mutation DeleteTheme($id: ID!, $expectedVersion: Int) {
    deleteTheme(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);
export const DeleteVindplaatsMutation = graphql(`
  mutation DeleteVindplaats($id: ID!, $expectedVersion: Int) {
    deleteVindplaats(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);
export const DeleteTargetGroupMutation = graphql(`
  mutation DeleteTargetGroup($id: ID!, $expectedVersion: Int) {
    deleteTargetGroup(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);
export const DeleteActionMutation = graphql(`
  mutation DeleteAction($id: ID!, $expectedVersion: Int) {
    deleteAction(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);
export const DeleteMeetingMutation = graphql(`
  mutation DeleteMeeting($id: ID!, $expectedVersion: Int) {
    deleteMeeting(id: $id, expectedVersion: $expectedVersion) {
      id
      relationshipsRemoved
    }
  }
`);

export const CreateRelationshipMutation = graphql(`
  mutation CreateRelationship($input: RelationshipCreateInput!) {
    createRelationship(input: $input) {
      id
      type
      fromId
      toId
    }
  }
`);

export const UpdateRelationshipMutation = graphql(`
  mutation UpdateRelationship($id: ID!, $input: RelationshipUpdateInput!) {
    updateRelationship(id: $id, input: $input) {
      id
      type
      themeIds
      agreed
      perYear
      strength
      role
      since
      until
      confirmedAt
    }
  }
`);

export const DeleteRelationshipMutation = graphql(`
  mutation DeleteRelationship($id: ID!) {
    deleteRelationship(id: $id) {
      id
      type
    }
  }
`);

export const NodeHistoryQuery = graphql(`
  query NodeHistory($nodeId: ID!) {
    history(nodeId: $nodeId, take: 20) {
      ...ChangeEntry
    }
  }
`);

export const RecentChangesQuery = graphql(`
  query RecentChanges {
    recentChanges(take: 30) {
      ...ChangeEntry
    }
  }
`);

export const ChangeEntryFragment = graphql(`
  fragment ChangeEntry on Change {
    id
    seq
    at
    actor
    op
    targetKind
    targetType
    targetId
    nodeIds
    before
    after
    changedKeys
    undone
    undoOf
    batch
  }
`);

export const UndoLastChangeMutation = graphql(`
  mutation UndoLastChange {
    undoLastChange {
      undone {
        ...ChangeEntry
      }
    }
  }
`);

export const UndoChangeMutation = graphql(`
  mutation UndoChange($id: ID!) {
    undoChange(id: $id) {
      undone {
        ...ChangeEntry
      }
    }
  }
`);

export const RestoreNodeMutation = graphql(`
  mutation RestoreNode($changeId: ID!) {
    restoreNode(changeId: $changeId) {
      node {
        id
        name
        type
      }
      relationshipsRestored
      relationshipsSkipped
    }
  }
`);

export const MergeNodesMutation = graphql(`
  mutation MergeNodes($keepId: ID!, $mergeId: ID!) {
    mergeNodes(keepId: $keepId, mergeId: $mergeId) {
      node {
        id
        name
      }
      relationshipsMoved
      relationshipsMerged
      relationshipsDropped
    }
  }
`);
