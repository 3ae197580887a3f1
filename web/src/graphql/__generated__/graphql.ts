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

export type Direction =
  | 'INCOMING'
  | 'OUTGOING';

/** Social or physical domain (Omgevingswet). */
export type Domain =
  | 'FYSIEK'
  | 'SOCIAAL';

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

export type GraphView_NodeFragment = { id: string, type: NodeType, name: string, village: string | null, kind: string | null, degree: number };

export type GraphView_EdgeFragment = { id: string, type: RelationshipType, source: string, target: string, themeId: string | null, themeName: string | null, agreed: boolean | null, strength: number | null };

export const NodeDetails_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetails_PersonFragment, unknown>;
export const NodeDetails_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<NodeDetails_OrganisationFragment, unknown>;
export const NodeDetails_ThemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"trekker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodeDetails_ThemeFragment, unknown>;
export const NodeDetails_VindplaatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_vindplaats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]} as unknown as DocumentNode<NodeDetails_VindplaatsFragment, unknown>;
export const NodeDetails_TargetGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_targetGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<NodeDetails_TargetGroupFragment, unknown>;
export const NodeDetails_ActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}}]} as unknown as DocumentNode<NodeDetails_ActionFragment, unknown>;
export const NodeDetails_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetails_MeetingFragment, unknown>;
export const GraphView_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]} as unknown as DocumentNode<GraphView_NodeFragment, unknown>;
export const GraphView_EdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<GraphView_EdgeFragment, unknown>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_organisation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_theme"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_vindplaats"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_targetGroup"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_action"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_meeting"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"perYear"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"trekker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_vindplaats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_targetGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const ExplorerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphView_node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphView_edge"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;