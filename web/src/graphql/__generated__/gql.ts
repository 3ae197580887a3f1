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
    "\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n": typeof types.CoverageDocument,
    "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n": typeof types.NodeDetails_PersonFragmentDoc,
    "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n": typeof types.NodeDetails_OrganisationFragmentDoc,
    "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n": typeof types.NodeDetails_ThemeFragmentDoc,
    "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n": typeof types.NodeDetails_VindplaatsFragmentDoc,
    "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n": typeof types.NodeDetails_TargetGroupFragmentDoc,
    "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n": typeof types.NodeDetails_ActionFragmentDoc,
    "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n": typeof types.NodeDetails_MeetingFragmentDoc,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n": typeof types.NodeDetailsDocument,
    "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n": typeof types.ExplorerNetworkDocument,
    "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": typeof types.FilterOptionsDocument,
    "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n": typeof types.SearchNodesDocument,
    "\n  fragment GapCard_gap on Gap {\n    id\n    type\n    severity\n    explanation {\n      nl\n      en\n    }\n    suggestion {\n      nl\n      en\n    }\n    nodeIds\n    edgeIds\n    themeIds\n  }\n": typeof types.GapCard_GapFragmentDoc,
    "\n  query Gaps($filter: GapFilter) {\n    gaps(filter: $filter) {\n      ...GapCard_gap\n    }\n  }\n": typeof types.GapsDocument,
    "\n  query NetworkHealth($scope: HealthScope) {\n    networkHealth(scope: $scope) {\n      nodes\n      relationships\n      density\n      components\n      largestComponent\n      degreeCentralisation\n      averagePathLength\n      communities\n      modularity\n      sampled\n      explanation {\n        nl\n        en\n      }\n      topBrokers {\n        id\n        name\n        type\n        betweenness\n        closeness\n        degree\n        community\n      }\n      nodeMetrics {\n        id\n        name\n        type\n        degree\n        community\n      }\n    }\n  }\n": typeof types.NetworkHealthDocument,
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
    "\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n": types.CoverageDocument,
    "\n  fragment NodeDetails_person on Person {\n    role\n    email\n    phone\n    village\n  }\n": types.NodeDetails_PersonFragmentDoc,
    "\n  fragment NodeDetails_organisation on Organisation {\n    # Aliased: Organisation.kind and Vindplaats.kind are different enums.\n    organisationKind: kind\n    village\n    website\n  }\n": types.NodeDetails_OrganisationFragmentDoc,
    "\n  fragment NodeDetails_theme on Theme {\n    description\n    programme\n    domain\n    trekker {\n      id\n      name\n    }\n  }\n": types.NodeDetails_ThemeFragmentDoc,
    "\n  fragment NodeDetails_vindplaats on Vindplaats {\n    # Aliased: kind is another enum than Organisation.kind, village non-null unlike elsewhere.\n    vindplaatsKind: kind\n    vindplaatsVillage: village\n    capacity\n  }\n": types.NodeDetails_VindplaatsFragmentDoc,
    "\n  fragment NodeDetails_targetGroup on TargetGroup {\n    description\n  }\n": types.NodeDetails_TargetGroupFragmentDoc,
    "\n  fragment NodeDetails_action on Action {\n    status\n    goal\n  }\n": types.NodeDetails_ActionFragmentDoc,
    "\n  fragment NodeDetails_meeting on Meeting {\n    date\n    village\n  }\n": types.NodeDetails_MeetingFragmentDoc,
    "\n  query NodeDetails($id: ID!) {\n    node(id: $id) {\n      __typename\n      id\n      type\n      name\n      ...NodeDetails_person\n      ...NodeDetails_organisation\n      ...NodeDetails_theme\n      ...NodeDetails_vindplaats\n      ...NodeDetails_targetGroup\n      ...NodeDetails_action\n      ...NodeDetails_meeting\n      relations {\n        id\n        type\n        direction\n        themeName\n        agreed\n        strength\n        role\n        perYear\n        other {\n          id\n          type\n          name\n        }\n      }\n    }\n  }\n": types.NodeDetailsDocument,
    "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n": types.ExplorerNetworkDocument,
    "\n  query FilterOptions {\n    villages\n    # The API's maximum page; a municipality has tens of themes, not hundreds.\n    themes(take: 200) {\n      id\n      name\n    }\n  }\n": types.FilterOptionsDocument,
    "\n  query SearchNodes($text: String!, $limit: Int) {\n    search(text: $text, limit: $limit) {\n      id\n      type\n      name\n      village\n    }\n  }\n": types.SearchNodesDocument,
    "\n  fragment GapCard_gap on Gap {\n    id\n    type\n    severity\n    explanation {\n      nl\n      en\n    }\n    suggestion {\n      nl\n      en\n    }\n    nodeIds\n    edgeIds\n    themeIds\n  }\n": types.GapCard_GapFragmentDoc,
    "\n  query Gaps($filter: GapFilter) {\n    gaps(filter: $filter) {\n      ...GapCard_gap\n    }\n  }\n": types.GapsDocument,
    "\n  query NetworkHealth($scope: HealthScope) {\n    networkHealth(scope: $scope) {\n      nodes\n      relationships\n      density\n      components\n      largestComponent\n      degreeCentralisation\n      averagePathLength\n      communities\n      modularity\n      sampled\n      explanation {\n        nl\n        en\n      }\n      topBrokers {\n        id\n        name\n        type\n        betweenness\n        closeness\n        degree\n        community\n      }\n      nodeMetrics {\n        id\n        name\n        type\n        degree\n        community\n      }\n    }\n  }\n": types.NetworkHealthDocument,
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
export function graphql(source: "\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n"): (typeof documents)["\n  query Coverage($filter: CoverageFilter) {\n    coverage(filter: $filter) {\n      theme {\n        id\n        name\n      }\n      targetGroup {\n        id\n        name\n      }\n      covered\n      explanation {\n        nl\n        en\n      }\n      cells {\n        vindplaats {\n          id\n          name\n          village\n        }\n        actors {\n          id\n          name\n          type\n        }\n      }\n      nodeIds\n      edgeIds\n    }\n  }\n"];
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
export function graphql(source: "\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n"): (typeof documents)["\n  query ExplorerNetwork($filter: NetworkFilter) {\n    network(filter: $filter) {\n      nodes {\n        ...GraphView_node\n      }\n      edges {\n        ...GraphView_edge\n      }\n    }\n  }\n"];
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