/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AnalyticsNodeName($id: ID!) {\n    node(id: $id) {\n      id\n      name\n      type\n    }\n  }\n": typeof types.AnalyticsNodeNameDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": typeof types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  query EditingPermissions {\n    me {\n      id\n      role\n    }\n  }\n": typeof types.EditingPermissionsDocument,
    "\n  query EditableNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      version\n      relations {\n        id\n      }\n      ... on Person {\n        role\n        email\n        phone\n        village\n      }\n      ... on Organisation {\n        organisationKind: kind\n        village\n        website\n      }\n      ... on Theme {\n        description\n        programme\n        domain\n      }\n      ... on Vindplaats {\n        vindplaatsKind: kind\n        vindplaatsVillage: village\n        capacity\n      }\n      ... on TargetGroup {\n        description\n      }\n      ... on Action {\n        title\n        status\n        goal\n      }\n      ... on Meeting {\n        title\n        date\n        village\n      }\n    }\n  }\n": typeof types.EditableNodeDocument,
    "\n  query EditableRelationship($id: ID!) {\n    relationship(id: $id) {\n      id\n      type\n      fromId\n      toId\n      themeId\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n": typeof types.EditableRelationshipDocument,
    "\n  query EditingThemeOptions {\n    villages\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": typeof types.EditingThemeOptionsDocument,
    "\n  query SimilarNodes($type: NodeType!, $name: String!) {\n    similarNodes(type: $type, name: $name, take: 5) {\n      score\n      reason\n      node {\n        id\n        name\n        type\n      }\n    }\n  }\n": typeof types.SimilarNodesDocument,
    "\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation CreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation CreateTheme($input: ThemeCreateInput!) {\n    createTheme(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateThemeDocument,
    "\n  mutation CreateVindplaats($input: VindplaatsCreateInput!) {\n    createVindplaats(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateVindplaatsDocument,
    "\n  mutation CreateTargetGroup($input: TargetGroupCreateInput!) {\n    createTargetGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateTargetGroupDocument,
    "\n  mutation CreateAction($input: ActionCreateInput!) {\n    createAction(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateActionDocument,
    "\n  mutation CreateMeeting($input: MeetingCreateInput!) {\n    createMeeting(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!, $expectedVersion: Int) {\n    updatePerson(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdateInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation UpdateTheme($id: ID!, $input: ThemeUpdateInput!, $expectedVersion: Int) {\n    updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateThemeDocument,
    "\n  mutation UpdateVindplaats($id: ID!, $input: VindplaatsUpdateInput!, $expectedVersion: Int) {\n    updateVindplaats(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateVindplaatsDocument,
    "\n  mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdateInput!, $expectedVersion: Int) {\n    updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateTargetGroupDocument,
    "\n  mutation UpdateAction($id: ID!, $input: ActionUpdateInput!, $expectedVersion: Int) {\n    updateAction(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateActionDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!, $expectedVersion: Int) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation DeletePerson($id: ID!, $expectedVersion: Int) {\n    deletePerson(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeletePersonDocument,
    "\n  mutation DeleteOrganisation($id: ID!, $expectedVersion: Int) {\n    deleteOrganisation(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeleteOrganisationDocument,
    "\n  mutation DeleteTheme($id: ID!, $expectedVersion: Int) {\n    deleteTheme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeleteThemeDocument,
    "\n  mutation DeleteVindplaats($id: ID!, $expectedVersion: Int) {\n    deleteVindplaats(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeleteVindplaatsDocument,
    "\n  mutation DeleteTargetGroup($id: ID!, $expectedVersion: Int) {\n    deleteTargetGroup(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeleteTargetGroupDocument,
    "\n  mutation DeleteAction($id: ID!, $expectedVersion: Int) {\n    deleteAction(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeleteActionDocument,
    "\n  mutation DeleteMeeting($id: ID!, $expectedVersion: Int) {\n    deleteMeeting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": typeof types.DeleteMeetingDocument,
    "\n  mutation CreateRelationship($input: RelationshipCreateInput!) {\n    createRelationship(input: $input) {\n      id\n      type\n      fromId\n      toId\n    }\n  }\n": typeof types.CreateRelationshipDocument,
    "\n  mutation UpdateRelationship($id: ID!, $input: RelationshipUpdateInput!) {\n    updateRelationship(id: $id, input: $input) {\n      id\n      type\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n": typeof types.UpdateRelationshipDocument,
    "\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n      type\n    }\n  }\n": typeof types.DeleteRelationshipDocument,
    "\n  query NodeHistory($nodeId: ID!) {\n    history(nodeId: $nodeId, take: 20) {\n      ...ChangeEntry\n    }\n  }\n": typeof types.NodeHistoryDocument,
    "\n  query RecentChanges {\n    recentChanges(take: 30) {\n      ...ChangeEntry\n    }\n  }\n": typeof types.RecentChangesDocument,
    "\n  fragment ChangeEntry on Change {\n    id\n    seq\n    at\n    actor\n    op\n    targetKind\n    targetType\n    targetId\n    nodeIds\n    before\n    after\n    changedKeys\n    undone\n    undoOf\n    batch\n  }\n": typeof types.ChangeEntryFragmentDoc,
    "\n  mutation UndoLastChange {\n    undoLastChange {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n": typeof types.UndoLastChangeDocument,
    "\n  mutation UndoChange($id: ID!) {\n    undoChange(id: $id) {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n": typeof types.UndoChangeDocument,
    "\n  mutation RestoreNode($changeId: ID!) {\n    restoreNode(changeId: $changeId) {\n      node {\n        id\n        name\n        type\n      }\n      relationshipsRestored\n      relationshipsSkipped\n    }\n  }\n": typeof types.RestoreNodeDocument,
    "\n  mutation MergeNodes($keepId: ID!, $mergeId: ID!) {\n    mergeNodes(keepId: $keepId, mergeId: $mergeId) {\n      node {\n        id\n        name\n      }\n      relationshipsMoved\n      relationshipsMerged\n      relationshipsDropped\n    }\n  }\n": typeof types.MergeNodesDocument,
    "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n": typeof types.NodeDetails_PersonFragmentDoc,
    "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n": typeof types.NodeDetails_OrganisationFragmentDoc,
    "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n": typeof types.NodeDetails_ThemeFragmentDoc,
    "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n": typeof types.NodeDetails_VindplaatsFragmentDoc,
    "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n": typeof types.NodeDetails_TargetGroupFragmentDoc,
    "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n": typeof types.NodeDetails_ActionFragmentDoc,
    "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n": typeof types.NodeDetails_MeetingFragmentDoc,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n      # Large maps come placed: the page skips its own quick layout.\n      positions {\n        id\n        x\n        y\n      }\n    }\n  }\n": typeof types.ExplorerNetworkDocument,
    "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n": typeof types.SearchNodesDocument,
    "\n  fragment GapCard_gap on Gap {\n    id\n    type\n    severity\n    explanation {\n      nl\n      en\n    }\n    suggestion {\n      nl\n      en\n    }\n    nodeIds\n    edgeIds\n    themeIds\n  }\n": typeof types.GapCard_GapFragmentDoc,
    "\n  query Gaps($filter: GapFilter) {\n    gaps(filter: $filter) {\n      ...GapCard_gap\n    }\n  }\n": typeof types.GapsDocument,
    "\n  query NetworkHealth($scope: HealthScope) {\n    networkHealth(scope: $scope) {\n      nodes\n      relationships\n      density\n      components\n      largestComponent\n      degreeCentralisation\n      averagePathLength\n      communities\n      modularity\n      sampled\n      explanation {\n        nl\n        en\n      }\n      topBrokers {\n        id\n        name\n        type\n        betweenness\n        closeness\n        degree\n        community\n      }\n      nodeMetrics {\n        id\n        name\n        type\n        degree\n        community\n      }\n    }\n  }\n": typeof types.NetworkHealthDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    valid\n    applied\n    nodes {\n      new\n      changed\n      unchanged\n    }\n    relationships {\n      new\n      changed\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      rule\n      message\n      messageEn\n    }\n  }\n": typeof types.ImportReportFieldsFragmentDoc,
    "\n  query ImportPreview($files: ImportFilesInput!) {\n    importPreview(files: $files) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportPreviewDocument,
    "\n  mutation ImportNetwork($files: ImportFilesInput!) {\n    importNetwork(files: $files) {\n      ...ImportReportFields\n    }\n  }\n": typeof types.ImportNetworkDocument,
    "\n  query ExportNetwork($format: ExportFormat!, $filter: NetworkFilter) {\n    exportNetwork(format: $format, filter: $filter) {\n      format\n      nodeCount\n      relationshipCount\n      files {\n        name\n        mimeType\n        content\n      }\n    }\n  }\n": typeof types.ExportNetworkDocument,
    "\n  fragment PartnerCard_candidate on PartnerCandidate {\n    candidate {\n      id\n      name\n      type\n      village\n    }\n    score\n    parts {\n      sharedThemes\n      sharedVindplaatsen\n      sharedTargetGroups\n      commonContacts\n      commonContactCount\n      complementarity\n    }\n    reasons {\n      nl\n      en\n    }\n    contactPerson {\n      id\n      name\n    }\n    introductionPath {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n    nodeIds\n    edgeIds\n  }\n": typeof types.PartnerCard_CandidateFragmentDoc,
    "\n  query PartnerSuggestions($forPerson: ID, $forOrganisation: ID, $forTheme: ID, $limit: Int!) {\n    partnerSuggestions(\n      forPerson: $forPerson\n      forOrganisation: $forOrganisation\n      forTheme: $forTheme\n      limit: $limit\n    ) {\n      ...PartnerCard_candidate\n    }\n  }\n": typeof types.PartnerSuggestionsDocument,
    "\n  query IntroductionPaths($from: ID!, $to: ID!, $k: Int!, $maxHops: Int!) {\n    introductionPaths(from: $from, to: $to, k: $k, maxHops: $maxHops) {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n  }\n": typeof types.IntroductionPathsDocument,
    "\n  query VindplaatsLoad($filter: LoadFilter) {\n    vindplaatsLoad(filter: $filter) {\n      vindplaats {\n        id\n        name\n        village\n      }\n      capacity\n      partyCount\n      parties {\n        id\n        name\n        direct\n        viaPersonIds\n      }\n      asks {\n        themeId\n        themeName\n        count\n      }\n      load\n      status\n      underused\n      uniqueTargetGroups {\n        id\n        name\n      }\n      explanation {\n        nl\n        en\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n": typeof types.VindplaatsLoadDocument,
    "\n  query WhatIf($removeNodeIds: [ID!]!) {\n    whatIf(removeNodeIds: $removeNodeIds) {\n      explanation {\n        nl\n        en\n      }\n      gapsAppearing {\n        ...GapCard_gap\n      }\n      gapsResolved {\n        ...GapCard_gap\n      }\n      targetGroupsNoLongerReached {\n        id\n        name\n      }\n      themesWithoutProvider {\n        id\n        name\n      }\n      themesWithoutRoute {\n        id\n        name\n      }\n      componentsBefore\n      componentsAfter\n      splits {\n        sizeBefore\n        parts {\n          nodeIds\n        }\n      }\n      nodeIds\n      edgeIds\n      removedNodeIds\n    }\n  }\n": typeof types.WhatIfDocument,
    "\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n": typeof types.GraphView_NodeFragmentDoc,
    "\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n": typeof types.GraphView_EdgeFragmentDoc,
};
const documents: Documents = {
    "\n  query AnalyticsNodeName($id: ID!) {\n    node(id: $id) {\n      id\n      name\n      type\n    }\n  }\n": types.AnalyticsNodeNameDocument,
    "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n": types.MeDocument,
    "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n": types.SignInDocument,
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n": types.CoverageDocument,
    "\n  query EditingPermissions {\n    me {\n      id\n      role\n    }\n  }\n": types.EditingPermissionsDocument,
    "\n  query EditableNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      version\n      relations {\n        id\n      }\n      ... on Person {\n        role\n        email\n        phone\n        village\n      }\n      ... on Organisation {\n        organisationKind: kind\n        village\n        website\n      }\n      ... on Theme {\n        description\n        programme\n        domain\n      }\n      ... on Vindplaats {\n        vindplaatsKind: kind\n        vindplaatsVillage: village\n        capacity\n      }\n      ... on TargetGroup {\n        description\n      }\n      ... on Action {\n        title\n        status\n        goal\n      }\n      ... on Meeting {\n        title\n        date\n        village\n      }\n    }\n  }\n": types.EditableNodeDocument,
    "\n  query EditableRelationship($id: ID!) {\n    relationship(id: $id) {\n      id\n      type\n      fromId\n      toId\n      themeId\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n": types.EditableRelationshipDocument,
    "\n  query EditingThemeOptions {\n    villages\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": types.EditingThemeOptionsDocument,
    "\n  query SimilarNodes($type: NodeType!, $name: String!) {\n    similarNodes(type: $type, name: $name, take: 5) {\n      score\n      reason\n      node {\n        id\n        name\n        type\n      }\n    }\n  }\n": types.SimilarNodesDocument,
    "\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation CreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation CreateTheme($input: ThemeCreateInput!) {\n    createTheme(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateThemeDocument,
    "\n  mutation CreateVindplaats($input: VindplaatsCreateInput!) {\n    createVindplaats(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateVindplaatsDocument,
    "\n  mutation CreateTargetGroup($input: TargetGroupCreateInput!) {\n    createTargetGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateTargetGroupDocument,
    "\n  mutation CreateAction($input: ActionCreateInput!) {\n    createAction(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateActionDocument,
    "\n  mutation CreateMeeting($input: MeetingCreateInput!) {\n    createMeeting(input: $input) {\n      id\n      name\n      version\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!, $expectedVersion: Int) {\n    updatePerson(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdateInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation UpdateTheme($id: ID!, $input: ThemeUpdateInput!, $expectedVersion: Int) {\n    updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateThemeDocument,
    "\n  mutation UpdateVindplaats($id: ID!, $input: VindplaatsUpdateInput!, $expectedVersion: Int) {\n    updateVindplaats(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateVindplaatsDocument,
    "\n  mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdateInput!, $expectedVersion: Int) {\n    updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateTargetGroupDocument,
    "\n  mutation UpdateAction($id: ID!, $input: ActionUpdateInput!, $expectedVersion: Int) {\n    updateAction(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateActionDocument,
    "\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!, $expectedVersion: Int) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation DeletePerson($id: ID!, $expectedVersion: Int) {\n    deletePerson(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeletePersonDocument,
    "\n  mutation DeleteOrganisation($id: ID!, $expectedVersion: Int) {\n    deleteOrganisation(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeleteOrganisationDocument,
    "\n  mutation DeleteTheme($id: ID!, $expectedVersion: Int) {\n    deleteTheme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeleteThemeDocument,
    "\n  mutation DeleteVindplaats($id: ID!, $expectedVersion: Int) {\n    deleteVindplaats(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeleteVindplaatsDocument,
    "\n  mutation DeleteTargetGroup($id: ID!, $expectedVersion: Int) {\n    deleteTargetGroup(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeleteTargetGroupDocument,
    "\n  mutation DeleteAction($id: ID!, $expectedVersion: Int) {\n    deleteAction(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeleteActionDocument,
    "\n  mutation DeleteMeeting($id: ID!, $expectedVersion: Int) {\n    deleteMeeting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n": types.DeleteMeetingDocument,
    "\n  mutation CreateRelationship($input: RelationshipCreateInput!) {\n    createRelationship(input: $input) {\n      id\n      type\n      fromId\n      toId\n    }\n  }\n": types.CreateRelationshipDocument,
    "\n  mutation UpdateRelationship($id: ID!, $input: RelationshipUpdateInput!) {\n    updateRelationship(id: $id, input: $input) {\n      id\n      type\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n": types.UpdateRelationshipDocument,
    "\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n      type\n    }\n  }\n": types.DeleteRelationshipDocument,
    "\n  query NodeHistory($nodeId: ID!) {\n    history(nodeId: $nodeId, take: 20) {\n      ...ChangeEntry\n    }\n  }\n": types.NodeHistoryDocument,
    "\n  query RecentChanges {\n    recentChanges(take: 30) {\n      ...ChangeEntry\n    }\n  }\n": types.RecentChangesDocument,
    "\n  fragment ChangeEntry on Change {\n    id\n    seq\n    at\n    actor\n    op\n    targetKind\n    targetType\n    targetId\n    nodeIds\n    before\n    after\n    changedKeys\n    undone\n    undoOf\n    batch\n  }\n": types.ChangeEntryFragmentDoc,
    "\n  mutation UndoLastChange {\n    undoLastChange {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n": types.UndoLastChangeDocument,
    "\n  mutation UndoChange($id: ID!) {\n    undoChange(id: $id) {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n": types.UndoChangeDocument,
    "\n  mutation RestoreNode($changeId: ID!) {\n    restoreNode(changeId: $changeId) {\n      node {\n        id\n        name\n        type\n      }\n      relationshipsRestored\n      relationshipsSkipped\n    }\n  }\n": types.RestoreNodeDocument,
    "\n  mutation MergeNodes($keepId: ID!, $mergeId: ID!) {\n    mergeNodes(keepId: $keepId, mergeId: $mergeId) {\n      node {\n        id\n        name\n      }\n      relationshipsMoved\n      relationshipsMerged\n      relationshipsDropped\n    }\n  }\n": types.MergeNodesDocument,
    "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n": types.NodeDetails_PersonFragmentDoc,
    "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n": types.NodeDetails_OrganisationFragmentDoc,
    "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n": types.NodeDetails_ThemeFragmentDoc,
    "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n": types.NodeDetails_VindplaatsFragmentDoc,
    "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n": types.NodeDetails_TargetGroupFragmentDoc,
    "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n": types.NodeDetails_ActionFragmentDoc,
    "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n": types.NodeDetails_MeetingFragmentDoc,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n      # Large maps come placed: the page skips its own quick layout.\n      positions {\n        id\n        x\n        y\n      }\n    }\n  }\n": types.ExplorerNetworkDocument,
    "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n": types.SearchNodesDocument,
    "\n  fragment GapCard_gap on Gap {\n    id\n    type\n    severity\n    explanation {\n      nl\n      en\n    }\n    suggestion {\n      nl\n      en\n    }\n    nodeIds\n    edgeIds\n    themeIds\n  }\n": types.GapCard_GapFragmentDoc,
    "\n  query Gaps($filter: GapFilter) {\n    gaps(filter: $filter) {\n      ...GapCard_gap\n    }\n  }\n": types.GapsDocument,
    "\n  query NetworkHealth($scope: HealthScope) {\n    networkHealth(scope: $scope) {\n      nodes\n      relationships\n      density\n      components\n      largestComponent\n      degreeCentralisation\n      averagePathLength\n      communities\n      modularity\n      sampled\n      explanation {\n        nl\n        en\n      }\n      topBrokers {\n        id\n        name\n        type\n        betweenness\n        closeness\n        degree\n        community\n      }\n      nodeMetrics {\n        id\n        name\n        type\n        degree\n        community\n      }\n    }\n  }\n": types.NetworkHealthDocument,
    "\n  fragment ImportReportFields on ImportReport {\n    valid\n    applied\n    nodes {\n      new\n      changed\n      unchanged\n    }\n    relationships {\n      new\n      changed\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      rule\n      message\n      messageEn\n    }\n  }\n": types.ImportReportFieldsFragmentDoc,
    "\n  query ImportPreview($files: ImportFilesInput!) {\n    importPreview(files: $files) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportPreviewDocument,
    "\n  mutation ImportNetwork($files: ImportFilesInput!) {\n    importNetwork(files: $files) {\n      ...ImportReportFields\n    }\n  }\n": types.ImportNetworkDocument,
    "\n  query ExportNetwork($format: ExportFormat!, $filter: NetworkFilter) {\n    exportNetwork(format: $format, filter: $filter) {\n      format\n      nodeCount\n      relationshipCount\n      files {\n        name\n        mimeType\n        content\n      }\n    }\n  }\n": types.ExportNetworkDocument,
    "\n  fragment PartnerCard_candidate on PartnerCandidate {\n    candidate {\n      id\n      name\n      type\n      village\n    }\n    score\n    parts {\n      sharedThemes\n      sharedVindplaatsen\n      sharedTargetGroups\n      commonContacts\n      commonContactCount\n      complementarity\n    }\n    reasons {\n      nl\n      en\n    }\n    contactPerson {\n      id\n      name\n    }\n    introductionPath {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n    nodeIds\n    edgeIds\n  }\n": types.PartnerCard_CandidateFragmentDoc,
    "\n  query PartnerSuggestions($forPerson: ID, $forOrganisation: ID, $forTheme: ID, $limit: Int!) {\n    partnerSuggestions(\n      forPerson: $forPerson\n      forOrganisation: $forOrganisation\n      forTheme: $forTheme\n      limit: $limit\n    ) {\n      ...PartnerCard_candidate\n    }\n  }\n": types.PartnerSuggestionsDocument,
    "\n  query IntroductionPaths($from: ID!, $to: ID!, $k: Int!, $maxHops: Int!) {\n    introductionPaths(from: $from, to: $to, k: $k, maxHops: $maxHops) {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n  }\n": types.IntroductionPathsDocument,
    "\n  query VindplaatsLoad($filter: LoadFilter) {\n    vindplaatsLoad(filter: $filter) {\n      vindplaats {\n        id\n        name\n        village\n      }\n      capacity\n      partyCount\n      parties {\n        id\n        name\n        direct\n        viaPersonIds\n      }\n      asks {\n        themeId\n        themeName\n        count\n      }\n      load\n      status\n      underused\n      uniqueTargetGroups {\n        id\n        name\n      }\n      explanation {\n        nl\n        en\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n": types.VindplaatsLoadDocument,
    "\n  query WhatIf($removeNodeIds: [ID!]!) {\n    whatIf(removeNodeIds: $removeNodeIds) {\n      explanation {\n        nl\n        en\n      }\n      gapsAppearing {\n        ...GapCard_gap\n      }\n      gapsResolved {\n        ...GapCard_gap\n      }\n      targetGroupsNoLongerReached {\n        id\n        name\n      }\n      themesWithoutProvider {\n        id\n        name\n      }\n      themesWithoutRoute {\n        id\n        name\n      }\n      componentsBefore\n      componentsAfter\n      splits {\n        sizeBefore\n        parts {\n          nodeIds\n        }\n      }\n      nodeIds\n      edgeIds\n      removedNodeIds\n    }\n  }\n": types.WhatIfDocument,
    "\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n": types.GraphView_NodeFragmentDoc,
    "\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n": types.GraphView_EdgeFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AnalyticsNodeName($id: ID!) {\n    node(id: $id) {\n      id\n      name\n      type\n    }\n  }\n"): (typeof documents)["\n  query AnalyticsNodeName($id: ID!) {\n    node(id: $id) {\n      id\n      name\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      email\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($input: SignInInput!) {\n    signIn(input: $input) {\n      user {\n        id\n        role\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n"): (typeof documents)["\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingPermissions {\n    me {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  query EditingPermissions {\n    me {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      version\n      relations {\n        id\n      }\n      ... on Person {\n        role\n        email\n        phone\n        village\n      }\n      ... on Organisation {\n        organisationKind: kind\n        village\n        website\n      }\n      ... on Theme {\n        description\n        programme\n        domain\n      }\n      ... on Vindplaats {\n        vindplaatsKind: kind\n        vindplaatsVillage: village\n        capacity\n      }\n      ... on TargetGroup {\n        description\n      }\n      ... on Action {\n        title\n        status\n        goal\n      }\n      ... on Meeting {\n        title\n        date\n        village\n      }\n    }\n  }\n"): (typeof documents)["\n  query EditableNode($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      version\n      relations {\n        id\n      }\n      ... on Person {\n        role\n        email\n        phone\n        village\n      }\n      ... on Organisation {\n        organisationKind: kind\n        village\n        website\n      }\n      ... on Theme {\n        description\n        programme\n        domain\n      }\n      ... on Vindplaats {\n        vindplaatsKind: kind\n        vindplaatsVillage: village\n        capacity\n      }\n      ... on TargetGroup {\n        description\n      }\n      ... on Action {\n        title\n        status\n        goal\n      }\n      ... on Meeting {\n        title\n        date\n        village\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditableRelationship($id: ID!) {\n    relationship(id: $id) {\n      id\n      type\n      fromId\n      toId\n      themeId\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  query EditableRelationship($id: ID!) {\n    relationship(id: $id) {\n      id\n      type\n      fromId\n      toId\n      themeId\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EditingThemeOptions {\n    villages\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query EditingThemeOptions {\n    villages\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SimilarNodes($type: NodeType!, $name: String!) {\n    similarNodes(type: $type, name: $name, take: 5) {\n      score\n      reason\n      node {\n        id\n        name\n        type\n      }\n    }\n  }\n"): (typeof documents)["\n  query SimilarNodes($type: NodeType!, $name: String!) {\n    similarNodes(type: $type, name: $name, take: 5) {\n      score\n      reason\n      node {\n        id\n        name\n        type\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: PersonCreateInput!) {\n    createPerson(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: OrganisationCreateInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTheme($input: ThemeCreateInput!) {\n    createTheme(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTheme($input: ThemeCreateInput!) {\n    createTheme(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateVindplaats($input: VindplaatsCreateInput!) {\n    createVindplaats(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateVindplaats($input: VindplaatsCreateInput!) {\n    createVindplaats(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateTargetGroup($input: TargetGroupCreateInput!) {\n    createTargetGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateTargetGroup($input: TargetGroupCreateInput!) {\n    createTargetGroup(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateAction($input: ActionCreateInput!) {\n    createAction(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateAction($input: ActionCreateInput!) {\n    createAction(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: MeetingCreateInput!) {\n    createMeeting(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: MeetingCreateInput!) {\n    createMeeting(input: $input) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!, $expectedVersion: Int) {\n    updatePerson(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($id: ID!, $input: PersonUpdateInput!, $expectedVersion: Int) {\n    updatePerson(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdateInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($id: ID!, $input: OrganisationUpdateInput!, $expectedVersion: Int) {\n    updateOrganisation(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTheme($id: ID!, $input: ThemeUpdateInput!, $expectedVersion: Int) {\n    updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTheme($id: ID!, $input: ThemeUpdateInput!, $expectedVersion: Int) {\n    updateTheme(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateVindplaats($id: ID!, $input: VindplaatsUpdateInput!, $expectedVersion: Int) {\n    updateVindplaats(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateVindplaats($id: ID!, $input: VindplaatsUpdateInput!, $expectedVersion: Int) {\n    updateVindplaats(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdateInput!, $expectedVersion: Int) {\n    updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateTargetGroup($id: ID!, $input: TargetGroupUpdateInput!, $expectedVersion: Int) {\n    updateTargetGroup(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateAction($id: ID!, $input: ActionUpdateInput!, $expectedVersion: Int) {\n    updateAction(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateAction($id: ID!, $input: ActionUpdateInput!, $expectedVersion: Int) {\n    updateAction(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!, $expectedVersion: Int) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($id: ID!, $input: MeetingUpdateInput!, $expectedVersion: Int) {\n    updateMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {\n      id\n      name\n      version\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePerson($id: ID!, $expectedVersion: Int) {\n    deletePerson(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeletePerson($id: ID!, $expectedVersion: Int) {\n    deletePerson(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteOrganisation($id: ID!, $expectedVersion: Int) {\n    deleteOrganisation(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteOrganisation($id: ID!, $expectedVersion: Int) {\n    deleteOrganisation(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTheme($id: ID!, $expectedVersion: Int) {\n    deleteTheme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTheme($id: ID!, $expectedVersion: Int) {\n    deleteTheme(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteVindplaats($id: ID!, $expectedVersion: Int) {\n    deleteVindplaats(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteVindplaats($id: ID!, $expectedVersion: Int) {\n    deleteVindplaats(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteTargetGroup($id: ID!, $expectedVersion: Int) {\n    deleteTargetGroup(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteTargetGroup($id: ID!, $expectedVersion: Int) {\n    deleteTargetGroup(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteAction($id: ID!, $expectedVersion: Int) {\n    deleteAction(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteAction($id: ID!, $expectedVersion: Int) {\n    deleteAction(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeeting($id: ID!, $expectedVersion: Int) {\n    deleteMeeting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteMeeting($id: ID!, $expectedVersion: Int) {\n    deleteMeeting(id: $id, expectedVersion: $expectedVersion) {\n      id\n      relationshipsRemoved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateRelationship($input: RelationshipCreateInput!) {\n    createRelationship(input: $input) {\n      id\n      type\n      fromId\n      toId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateRelationship($input: RelationshipCreateInput!) {\n    createRelationship(input: $input) {\n      id\n      type\n      fromId\n      toId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateRelationship($id: ID!, $input: RelationshipUpdateInput!) {\n    updateRelationship(id: $id, input: $input) {\n      id\n      type\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateRelationship($id: ID!, $input: RelationshipUpdateInput!) {\n    updateRelationship(id: $id, input: $input) {\n      id\n      type\n      themeIds\n      agreed\n      perYear\n      strength\n      role\n      since\n      until\n      confirmedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n      type\n    }\n  }\n"): (typeof documents)["\n  mutation DeleteRelationship($id: ID!) {\n    deleteRelationship(id: $id) {\n      id\n      type\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeHistory($nodeId: ID!) {\n    history(nodeId: $nodeId, take: 20) {\n      ...ChangeEntry\n    }\n  }\n"): (typeof documents)["\n  query NodeHistory($nodeId: ID!) {\n    history(nodeId: $nodeId, take: 20) {\n      ...ChangeEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RecentChanges {\n    recentChanges(take: 30) {\n      ...ChangeEntry\n    }\n  }\n"): (typeof documents)["\n  query RecentChanges {\n    recentChanges(take: 30) {\n      ...ChangeEntry\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChangeEntry on Change {\n    id\n    seq\n    at\n    actor\n    op\n    targetKind\n    targetType\n    targetId\n    nodeIds\n    before\n    after\n    changedKeys\n    undone\n    undoOf\n    batch\n  }\n"): (typeof documents)["\n  fragment ChangeEntry on Change {\n    id\n    seq\n    at\n    actor\n    op\n    targetKind\n    targetType\n    targetId\n    nodeIds\n    before\n    after\n    changedKeys\n    undone\n    undoOf\n    batch\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoLastChange {\n    undoLastChange {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoLastChange {\n    undoLastChange {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UndoChange($id: ID!) {\n    undoChange(id: $id) {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UndoChange($id: ID!) {\n    undoChange(id: $id) {\n      undone {\n        ...ChangeEntry\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RestoreNode($changeId: ID!) {\n    restoreNode(changeId: $changeId) {\n      node {\n        id\n        name\n        type\n      }\n      relationshipsRestored\n      relationshipsSkipped\n    }\n  }\n"): (typeof documents)["\n  mutation RestoreNode($changeId: ID!) {\n    restoreNode(changeId: $changeId) {\n      node {\n        id\n        name\n        type\n      }\n      relationshipsRestored\n      relationshipsSkipped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MergeNodes($keepId: ID!, $mergeId: ID!) {\n    mergeNodes(keepId: $keepId, mergeId: $mergeId) {\n      node {\n        id\n        name\n      }\n      relationshipsMoved\n      relationshipsMerged\n      relationshipsDropped\n    }\n  }\n"): (typeof documents)["\n  mutation MergeNodes($keepId: ID!, $mergeId: ID!) {\n    mergeNodes(keepId: $keepId, mergeId: $mergeId) {\n      node {\n        id\n        name\n      }\n      relationshipsMoved\n      relationshipsMerged\n      relationshipsDropped\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n"): (typeof documents)["\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n"): (typeof documents)["\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n"): (typeof documents)["\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n"): (typeof documents)["\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n"): (typeof documents)["\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n"): (typeof documents)["\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n      # Large maps come placed: the page skips its own quick layout.\n      positions {\n        id\n        x\n        y\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n      # Large maps come placed: the page skips its own quick layout.\n      positions {\n        id\n        x\n        y\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n"): (typeof documents)["\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GapCard_gap on Gap {\n    id\n    type\n    severity\n    explanation {\n      nl\n      en\n    }\n    suggestion {\n      nl\n      en\n    }\n    nodeIds\n    edgeIds\n    themeIds\n  }\n"): (typeof documents)["\n  fragment GapCard_gap on Gap {\n    id\n    type\n    severity\n    explanation {\n      nl\n      en\n    }\n    suggestion {\n      nl\n      en\n    }\n    nodeIds\n    edgeIds\n    themeIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Gaps($filter: GapFilter) {\n    gaps(filter: $filter) {\n      ...GapCard_gap\n    }\n  }\n"): (typeof documents)["\n  query Gaps($filter: GapFilter) {\n    gaps(filter: $filter) {\n      ...GapCard_gap\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NetworkHealth($scope: HealthScope) {\n    networkHealth(scope: $scope) {\n      nodes\n      relationships\n      density\n      components\n      largestComponent\n      degreeCentralisation\n      averagePathLength\n      communities\n      modularity\n      sampled\n      explanation {\n        nl\n        en\n      }\n      topBrokers {\n        id\n        name\n        type\n        betweenness\n        closeness\n        degree\n        community\n      }\n      nodeMetrics {\n        id\n        name\n        type\n        degree\n        community\n      }\n    }\n  }\n"): (typeof documents)["\n  query NetworkHealth($scope: HealthScope) {\n    networkHealth(scope: $scope) {\n      nodes\n      relationships\n      density\n      components\n      largestComponent\n      degreeCentralisation\n      averagePathLength\n      communities\n      modularity\n      sampled\n      explanation {\n        nl\n        en\n      }\n      topBrokers {\n        id\n        name\n        type\n        betweenness\n        closeness\n        degree\n        community\n      }\n      nodeMetrics {\n        id\n        name\n        type\n        degree\n        community\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportReportFields on ImportReport {\n    valid\n    applied\n    nodes {\n      new\n      changed\n      unchanged\n    }\n    relationships {\n      new\n      changed\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      rule\n      message\n      messageEn\n    }\n  }\n"): (typeof documents)["\n  fragment ImportReportFields on ImportReport {\n    valid\n    applied\n    nodes {\n      new\n      changed\n      unchanged\n    }\n    relationships {\n      new\n      changed\n      unchanged\n    }\n    problems {\n      file\n      row\n      column\n      rule\n      message\n      messageEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportPreview($files: ImportFilesInput!) {\n    importPreview(files: $files) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  query ImportPreview($files: ImportFilesInput!) {\n    importPreview(files: $files) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportNetwork($files: ImportFilesInput!) {\n    importNetwork(files: $files) {\n      ...ImportReportFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportNetwork($files: ImportFilesInput!) {\n    importNetwork(files: $files) {\n      ...ImportReportFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ExportNetwork($format: ExportFormat!, $filter: NetworkFilter) {\n    exportNetwork(format: $format, filter: $filter) {\n      format\n      nodeCount\n      relationshipCount\n      files {\n        name\n        mimeType\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExportNetwork($format: ExportFormat!, $filter: NetworkFilter) {\n    exportNetwork(format: $format, filter: $filter) {\n      format\n      nodeCount\n      relationshipCount\n      files {\n        name\n        mimeType\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PartnerCard_candidate on PartnerCandidate {\n    candidate {\n      id\n      name\n      type\n      village\n    }\n    score\n    parts {\n      sharedThemes\n      sharedVindplaatsen\n      sharedTargetGroups\n      commonContacts\n      commonContactCount\n      complementarity\n    }\n    reasons {\n      nl\n      en\n    }\n    contactPerson {\n      id\n      name\n    }\n    introductionPath {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n    nodeIds\n    edgeIds\n  }\n"): (typeof documents)["\n  fragment PartnerCard_candidate on PartnerCandidate {\n    candidate {\n      id\n      name\n      type\n      village\n    }\n    score\n    parts {\n      sharedThemes\n      sharedVindplaatsen\n      sharedTargetGroups\n      commonContacts\n      commonContactCount\n      complementarity\n    }\n    reasons {\n      nl\n      en\n    }\n    contactPerson {\n      id\n      name\n    }\n    introductionPath {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n    nodeIds\n    edgeIds\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerSuggestions($forPerson: ID, $forOrganisation: ID, $forTheme: ID, $limit: Int!) {\n    partnerSuggestions(\n      forPerson: $forPerson\n      forOrganisation: $forOrganisation\n      forTheme: $forTheme\n      limit: $limit\n    ) {\n      ...PartnerCard_candidate\n    }\n  }\n"): (typeof documents)["\n  query PartnerSuggestions($forPerson: ID, $forOrganisation: ID, $forTheme: ID, $limit: Int!) {\n    partnerSuggestions(\n      forPerson: $forPerson\n      forOrganisation: $forOrganisation\n      forTheme: $forTheme\n      limit: $limit\n    ) {\n      ...PartnerCard_candidate\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntroductionPaths($from: ID!, $to: ID!, $k: Int!, $maxHops: Int!) {\n    introductionPaths(from: $from, to: $to, k: $k, maxHops: $maxHops) {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n  }\n"): (typeof documents)["\n  query IntroductionPaths($from: ID!, $to: ID!, $k: Int!, $maxHops: Int!) {\n    introductionPaths(from: $from, to: $to, k: $k, maxHops: $maxHops) {\n      hops\n      nodeIds\n      nodes {\n        id\n        name\n        type\n      }\n      edgeIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query VindplaatsLoad($filter: LoadFilter) {\n    vindplaatsLoad(filter: $filter) {\n      vindplaats {\n        id\n        name\n        village\n      }\n      capacity\n      partyCount\n      parties {\n        id\n        name\n        direct\n        viaPersonIds\n      }\n      asks {\n        themeId\n        themeName\n        count\n      }\n      load\n      status\n      underused\n      uniqueTargetGroups {\n        id\n        name\n      }\n      explanation {\n        nl\n        en\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n"): (typeof documents)["\n  query VindplaatsLoad($filter: LoadFilter) {\n    vindplaatsLoad(filter: $filter) {\n      vindplaats {\n        id\n        name\n        village\n      }\n      capacity\n      partyCount\n      parties {\n        id\n        name\n        direct\n        viaPersonIds\n      }\n      asks {\n        themeId\n        themeName\n        count\n      }\n      load\n      status\n      underused\n      uniqueTargetGroups {\n        id\n        name\n      }\n      explanation {\n        nl\n        en\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WhatIf($removeNodeIds: [ID!]!) {\n    whatIf(removeNodeIds: $removeNodeIds) {\n      explanation {\n        nl\n        en\n      }\n      gapsAppearing {\n        ...GapCard_gap\n      }\n      gapsResolved {\n        ...GapCard_gap\n      }\n      targetGroupsNoLongerReached {\n        id\n        name\n      }\n      themesWithoutProvider {\n        id\n        name\n      }\n      themesWithoutRoute {\n        id\n        name\n      }\n      componentsBefore\n      componentsAfter\n      splits {\n        sizeBefore\n        parts {\n          nodeIds\n        }\n      }\n      nodeIds\n      edgeIds\n      removedNodeIds\n    }\n  }\n"): (typeof documents)["\n  query WhatIf($removeNodeIds: [ID!]!) {\n    whatIf(removeNodeIds: $removeNodeIds) {\n      explanation {\n        nl\n        en\n      }\n      gapsAppearing {\n        ...GapCard_gap\n      }\n      gapsResolved {\n        ...GapCard_gap\n      }\n      targetGroupsNoLongerReached {\n        id\n        name\n      }\n      themesWithoutProvider {\n        id\n        name\n      }\n      themesWithoutRoute {\n        id\n        name\n      }\n      componentsBefore\n      componentsAfter\n      splits {\n        sizeBefore\n        parts {\n          nodeIds\n        }\n      }\n      nodeIds\n      edgeIds\n      removedNodeIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n"): (typeof documents)["\n  fragment GraphView_node on MapNode {\n    id\n    type\n    name\n    village\n    kind\n    degree\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n"): (typeof documents)["\n  fragment GraphView_edge on MapEdge {\n    id\n    type\n    source\n    target\n    themeId\n    themeName\n    agreed\n    strength\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;