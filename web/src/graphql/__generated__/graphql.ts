/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionStatus =
  | 'DONE'
  | 'IDEA'
  | 'RUNNING'
  | 'STALLED';

/** Which part of the coverage matrix to show. */
export type CoverageFilter = {
  /** Only this target group. */
  targetGroupId?: string | number | null | undefined;
  /** Only this theme. */
  themeId?: string | number | null | undefined;
  /** Only vindplaatsen in this village (kern). */
  village?: string | null | undefined;
};

export type Direction =
  | 'INCOMING'
  | 'OUTGOING';

/** Social or physical domain (Omgevingswet). */
export type Domain =
  | 'FYSIEK'
  | 'SOCIAAL';

/** Which gaps to report; every given condition must hold. */
export type GapFilter = {
  /** At least this severe. */
  minSeverity?: GapSeverity | null | undefined;
  /** Only gaps about this theme (see Gap.themeIds). */
  themeId?: string | number | null | undefined;
  /** Only these types (all when left out). */
  types?: Array<GapType> | null | undefined;
  /** Only gaps involving a node in this village (kern). */
  village?: string | null | undefined;
};

/** How urgent a gap is. */
export type GapSeverity =
  | 'HIGH'
  | 'LOW'
  | 'MEDIUM';

/** The kinds of gap in the network (DESIGN.md §5). */
export type GapType =
  /** A person or organisation whose removal splits the network: an articulation point of the undirected graph of people and organisations over KNOWS, WORKS_FOR, COLLABORATES_WITH and REFERS_TO. nodeIds: the broker, then the nodes cut off from the largest remaining part. HIGH when 3 or more are cut off, MEDIUM for 2, LOW for 1. */
  | 'BROKER_DEPENDENCY'
  /** A REFERS_TO with agreed=false that is used: perYear > 0 or not given. MEDIUM from 10 a year, else LOW. */
  | 'INFORMAL_ROUTE'
  /** An organisation with no relationships except its own people's WORKS_FOR, whose people have no KNOWS outside it. MEDIUM. */
  | 'ISOLATED_ORGANISATION'
  /** A vindplaats with load > 1 (distinct organisations active there directly or through their people, divided by capacity). HIGH from load 1.5, else MEDIUM. */
  | 'OVERLOADED_VINDPLAATS'
  /** Someone SIGNALS theme T, and their organisation (for an organisation: itself; for a person: each organisation they WORK_FOR) neither WORKS_ON T nor has a REFERS_TO for T to an organisation that does. A person with several organisations has a route when any one of them does; a person without organisation has none. HIGH. */
  | 'SIGNAL_WITHOUT_ROUTE'
  /** An organisation with 2 or more people who have KNOWS ties, all of them to colleagues in the organisation, while the organisation itself has other relationships (is not isolated). MEDIUM. */
  | 'SILO'
  /** All referral routes for a theme end at one organisation: exactly one provider (WORKS_ON), at least one REFERS_TO for the theme, and all of them end there. MEDIUM. */
  | 'SINGLE_PROVIDER'
  /** A theme with at least one signaller (SIGNALS) but no organisation that WORKS_ON it. HIGH. */
  | 'THEME_WITHOUT_PROVIDER'
  /** A theme that no person is trekker of (no TREKKER_OF to the theme). MEDIUM. */
  | 'THEME_WITHOUT_TREKKER'
  /** A theme CONCERNS target group G, but nobody signalling or working on it is ACTIVE_AT a vindplaats that REACHES G. 'Nobody' = persons and organisations that SIGNAL or WORK_ON the theme, or whose organisation does. HIGH. */
  | 'UNREACHED_TARGET_GROUP';

/** The part of the network to measure: all of it, a theme or a village. */
export type HealthScope = {
  /** People and organisations tied to this theme, and the people of those organisations. */
  themeId?: string | number | null | undefined;
  /** People and organisations in this village, and the people of those organisations. */
  village?: string | null | undefined;
};

/** Which vindplaatsen to show. */
export type LoadFilter = {
  /** Only vindplaatsen where this theme is asked (named in an ACTIVE_AT). */
  themeId?: string | number | null | undefined;
  /** Only vindplaatsen in this village (kern). */
  village?: string | null | undefined;
};

/** How busy a vindplaats is, from load = parties / capacity. */
export type LoadStatus =
  /** 0.8 ≤ load ≤ 1 */
  | 'BUSY'
  /** load < 0.8 */
  | 'OK'
  /** load > 1 */
  | 'OVERLOADED'
  /** no capacity recorded */
  | 'UNKNOWN';

/** Which part of the network to draw. Every given condition must hold. */
export type NetworkFilter = {
  /** Only the neighbourhood of this node… */
  focusId?: string | number | null | undefined;
  /** …within this many hops (1–3). */
  hops?: number | null | undefined;
  /** Only these node types (all when left out). */
  nodeTypes?: Array<NodeType> | null | undefined;
  /** Only these relationship types. */
  relationshipTypes?: Array<RelationshipType> | null | undefined;
  /** Only these themes and what is tied to them: signals, works on, leads, contributes to, concerns, and referral routes and vindplaats activity for them. */
  themeIds?: Array<string | number> | null | undefined;
  /** Only nodes in these villages (kernen); nodes without a village are kept. */
  villages?: Array<string> | null | undefined;
};

/** The kinds of node in the network. */
export type NodeType =
  | 'ACTION'
  | 'MEETING'
  | 'ORGANISATION'
  | 'PERSON'
  | 'TARGET_GROUP'
  | 'THEME'
  | 'VINDPLAATS';

export type OrganisationKind =
  | 'BEDRIJF'
  | 'BEWONERSINITIATIEF'
  | 'BIBLIOTHEEK'
  | 'GEMEENTE'
  | 'JEUGD'
  | 'KERK'
  | 'ONDERWIJS'
  | 'SPORT'
  | 'VRIJWILLIGERS'
  | 'WELZIJN'
  | 'WONEN'
  | 'ZORG';

/** The kinds of relationship in the network; KNOWS and COLLABORATES_WITH are undirected. */
export type RelationshipType =
  | 'ACTIVE_AT'
  | 'ATTENDED'
  | 'COLLABORATES_WITH'
  | 'CONCERNS'
  | 'CONTRIBUTES_TO'
  | 'KNOWS'
  | 'REACHES'
  | 'REFERS_TO'
  | 'RUN_BY'
  | 'SIGNALS'
  | 'TAKES_PART_IN'
  | 'TREKKER_OF'
  | 'WORKS_FOR'
  | 'WORKS_ON';

export type VindplaatsKind =
  | 'BIBLIOTHEEK'
  | 'CONSULTATIEBUREAU'
  | 'DORPSHUIS'
  | 'HUISARTSENPRAKTIJK'
  | 'KERK'
  | 'SCHOOL'
  | 'SPORTVERENIGING'
  | 'VOEDSELBANK'
  | 'WIJKTEAM';

export type AnalyticsNodeNameQueryVariables = Exact<{
  id: string | number;
}>;


export type AnalyticsNodeNameQuery = { node:
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
    | { id: string, name: string, type: NodeType }
   | null };

export type CoverageQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ covered: boolean, nodeIds: Array<string>, edgeIds: Array<string>, theme: { id: string, name: string }, targetGroup: { id: string, name: string }, explanation: { nl: string, en: string }, cells: Array<{ vindplaats: { id: string, name: string, village: string | null }, actors: Array<{ id: string, name: string, type: NodeType }> }> }> };

export type NodeDetails_PersonFragment = { role: string | null, email: string | null, phone: string | null, village: string | null };

export type NodeDetails_OrganisationFragment = { village: string | null, website: string | null, organisationKind: OrganisationKind };

export type NodeDetails_ThemeFragment = { description: string | null, programme: string | null, domain: Domain, trekker: { id: string, name: string } | null };

export type NodeDetails_VindplaatsFragment = { capacity: number, vindplaatsKind: VindplaatsKind, vindplaatsVillage: string };

export type NodeDetails_TargetGroupFragment = { description: string | null };

export type NodeDetails_ActionFragment = { status: ActionStatus, goal: string | null };

export type NodeDetails_MeetingFragment = { date: string, village: string | null };

export type NodeDetailsQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeDetailsQuery = { node:
    | { __typename: 'Action', id: string, type: NodeType, name: string, status: ActionStatus, goal: string | null, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }> }
    | { __typename: 'Meeting', id: string, type: NodeType, name: string, date: string, village: string | null, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }> }
    | { __typename: 'Organisation', id: string, type: NodeType, name: string, village: string | null, website: string | null, organisationKind: OrganisationKind, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }> }
    | { __typename: 'Person', id: string, type: NodeType, name: string, role: string | null, email: string | null, phone: string | null, village: string | null, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }> }
    | { __typename: 'TargetGroup', id: string, type: NodeType, name: string, description: string | null, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }> }
    | { __typename: 'Theme', id: string, type: NodeType, name: string, description: string | null, programme: string | null, domain: Domain, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }>, trekker: { id: string, name: string } | null }
    | { __typename: 'Vindplaats', id: string, type: NodeType, name: string, capacity: number, vindplaatsKind: VindplaatsKind, vindplaatsVillage: string, relations: Array<{ id: string, type: RelationshipType, direction: Direction, themeName: string | null, agreed: boolean | null, strength: number | null, role: string | null, perYear: number | null, other:
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
          | { id: string, type: NodeType, name: string }
         }> }
   | null };

export type ExplorerNetworkQueryVariables = Exact<{
  filter?: NetworkFilter | null | undefined;
}>;


export type ExplorerNetworkQuery = { network: { nodes: Array<{ id: string, type: NodeType, name: string, village: string | null, kind: string | null, degree: number }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, themeId: string | null, themeName: string | null, agreed: boolean | null, strength: number | null }> } };

export type FilterOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type FilterOptionsQuery = { villages: Array<string>, themes: Array<{ id: string, name: string }> };

export type SearchNodesQueryVariables = Exact<{
  text: string;
  limit?: number | null | undefined;
}>;


export type SearchNodesQuery = { search: Array<{ id: string, type: NodeType, name: string, village: string | null }> };

export type GapCard_GapFragment = { id: string, type: GapType, severity: GapSeverity, nodeIds: Array<string>, edgeIds: Array<string>, themeIds: Array<string>, explanation: { nl: string, en: string }, suggestion: { nl: string, en: string } };

export type GapsQueryVariables = Exact<{
  filter?: GapFilter | null | undefined;
}>;


export type GapsQuery = { gaps: Array<{ id: string, type: GapType, severity: GapSeverity, nodeIds: Array<string>, edgeIds: Array<string>, themeIds: Array<string>, explanation: { nl: string, en: string }, suggestion: { nl: string, en: string } }> };

export type NetworkHealthQueryVariables = Exact<{
  scope?: HealthScope | null | undefined;
}>;


export type NetworkHealthQuery = { networkHealth: { nodes: number, relationships: number, density: number, components: number, largestComponent: number, degreeCentralisation: number, averagePathLength: number | null, communities: number, modularity: number, sampled: boolean, explanation: { nl: string, en: string }, topBrokers: Array<{ id: string, name: string, type: NodeType, betweenness: number, closeness: number, degree: number, community: number }>, nodeMetrics: Array<{ id: string, name: string, type: NodeType, degree: number, community: number }> } };

export type PartnerCard_CandidateFragment = { score: number, nodeIds: Array<string>, edgeIds: Array<string>, candidate: { id: string, name: string, type: NodeType, village: string | null }, parts: { sharedThemes: number, sharedVindplaatsen: number, sharedTargetGroups: number, commonContacts: number, commonContactCount: number, complementarity: number }, reasons: Array<{ nl: string, en: string }>, contactPerson: { id: string, name: string } | null, introductionPath: { hops: number, nodeIds: Array<string>, edgeIds: Array<string>, nodes: Array<{ id: string, name: string, type: NodeType }> } | null };

export type PartnerSuggestionsQueryVariables = Exact<{
  forPerson?: string | number | null | undefined;
  forOrganisation?: string | number | null | undefined;
  forTheme?: string | number | null | undefined;
  limit: number;
}>;


export type PartnerSuggestionsQuery = { partnerSuggestions: Array<{ score: number, nodeIds: Array<string>, edgeIds: Array<string>, candidate: { id: string, name: string, type: NodeType, village: string | null }, parts: { sharedThemes: number, sharedVindplaatsen: number, sharedTargetGroups: number, commonContacts: number, commonContactCount: number, complementarity: number }, reasons: Array<{ nl: string, en: string }>, contactPerson: { id: string, name: string } | null, introductionPath: { hops: number, nodeIds: Array<string>, edgeIds: Array<string>, nodes: Array<{ id: string, name: string, type: NodeType }> } | null }> };

export type IntroductionPathsQueryVariables = Exact<{
  from: string | number;
  to: string | number;
  k: number;
  maxHops: number;
}>;


export type IntroductionPathsQuery = { introductionPaths: Array<{ hops: number, nodeIds: Array<string>, edgeIds: Array<string>, nodes: Array<{ id: string, name: string, type: NodeType }> }> };

export type VindplaatsLoadQueryVariables = Exact<{
  filter?: LoadFilter | null | undefined;
}>;


export type VindplaatsLoadQuery = { vindplaatsLoad: Array<{ capacity: number | null, partyCount: number, load: number | null, status: LoadStatus, underused: boolean, nodeIds: Array<string>, edgeIds: Array<string>, vindplaats: { id: string, name: string, village: string | null }, parties: Array<{ id: string, name: string, direct: boolean, viaPersonIds: Array<string> }>, asks: Array<{ themeId: string, themeName: string, count: number }>, uniqueTargetGroups: Array<{ id: string, name: string }>, explanation: { nl: string, en: string } }> };

export type WhatIfQueryVariables = Exact<{
  removeNodeIds: Array<string | number> | string | number;
}>;


export type WhatIfQuery = { whatIf: { componentsBefore: number, componentsAfter: number, nodeIds: Array<string>, edgeIds: Array<string>, removedNodeIds: Array<string>, explanation: { nl: string, en: string }, gapsAppearing: Array<{ id: string, type: GapType, severity: GapSeverity, nodeIds: Array<string>, edgeIds: Array<string>, themeIds: Array<string>, explanation: { nl: string, en: string }, suggestion: { nl: string, en: string } }>, gapsResolved: Array<{ id: string, type: GapType, severity: GapSeverity, nodeIds: Array<string>, edgeIds: Array<string>, themeIds: Array<string>, explanation: { nl: string, en: string }, suggestion: { nl: string, en: string } }>, targetGroupsNoLongerReached: Array<{ id: string, name: string }>, themesWithoutProvider: Array<{ id: string, name: string }>, themesWithoutRoute: Array<{ id: string, name: string }>, splits: Array<{ sizeBefore: number, parts: Array<{ nodeIds: Array<string> }> }> } };

export type GraphView_NodeFragment = { id: string, type: NodeType, name: string, village: string | null, kind: string | null, degree: number };

export type GraphView_EdgeFragment = { id: string, type: RelationshipType, source: string, target: string, themeId: string | null, themeName: string | null, agreed: boolean | null, strength: number | null };

export const NodeDetails_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetails_PersonFragment, unknown>;
export const NodeDetails_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<NodeDetails_OrganisationFragment, unknown>;
export const NodeDetails_ThemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"trekker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodeDetails_ThemeFragment, unknown>;
export const NodeDetails_VindplaatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_vindplaats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]} as unknown as DocumentNode<NodeDetails_VindplaatsFragment, unknown>;
export const NodeDetails_TargetGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_targetGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<NodeDetails_TargetGroupFragment, unknown>;
export const NodeDetails_ActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}}]} as unknown as DocumentNode<NodeDetails_ActionFragment, unknown>;
export const NodeDetails_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetails_MeetingFragment, unknown>;
export const GapCard_GapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCard_gap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}}]}}]} as unknown as DocumentNode<GapCard_GapFragment, unknown>;
export const PartnerCard_CandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVindplaatsen"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTargetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"commonContacts"}},{"kind":"Field","name":{"kind":"Name","value":"commonContactCount"}},{"kind":"Field","name":{"kind":"Name","value":"complementarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introductionPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]} as unknown as DocumentNode<PartnerCard_CandidateFragment, unknown>;
export const GraphView_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]} as unknown as DocumentNode<GraphView_NodeFragment, unknown>;
export const GraphView_EdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<GraphView_EdgeFragment, unknown>;
export const AnalyticsNodeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsNodeName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<AnalyticsNodeNameQuery, AnalyticsNodeNameQueryVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vindplaats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_organisation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_theme"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_vindplaats"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_targetGroup"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_action"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_meeting"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"perYear"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"trekker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_vindplaats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_targetGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const ExplorerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphView_node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphView_edge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;
export const GapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCard_gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCard_gap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}}]}}]} as unknown as DocumentNode<GapsQuery, GapsQueryVariables>;
export const NetworkHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HealthScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponent"}},{"kind":"Field","name":{"kind":"Name","value":"degreeCentralisation"}},{"kind":"Field","name":{"kind":"Name","value":"averagePathLength"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topBrokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkHealthQuery, NetworkHealthQueryVariables>;
export const PartnerSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forPerson"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forOrganisation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forTheme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forPerson"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forPerson"}}},{"kind":"Argument","name":{"kind":"Name","value":"forOrganisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forOrganisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"forTheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forTheme"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerCard_candidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVindplaatsen"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTargetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"commonContacts"}},{"kind":"Field","name":{"kind":"Name","value":"commonContactCount"}},{"kind":"Field","name":{"kind":"Name","value":"complementarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introductionPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]} as unknown as DocumentNode<PartnerSuggestionsQuery, PartnerSuggestionsQueryVariables>;
export const IntroductionPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntroductionPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductionPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]}}]} as unknown as DocumentNode<IntroductionPathsQuery, IntroductionPathsQueryVariables>;
export const VindplaatsLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VindplaatsLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vindplaatsLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vindplaats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partyCount"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"viaPersonIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"underused"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueTargetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]}}]} as unknown as DocumentNode<VindplaatsLoadQuery, VindplaatsLoadQueryVariables>;
export const WhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"removeNodeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"removeNodeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"removeNodeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsAppearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCard_gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsResolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCard_gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupsNoLongerReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themesWithoutProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themesWithoutRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"componentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"componentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeBefore"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"removedNodeIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCard_gap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}}]}}]} as unknown as DocumentNode<WhatIfQuery, WhatIfQueryVariables>;