/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActionCreateInput = {
  goal?: string | null | undefined;
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  status: ActionStatus;
  title: string;
};

export type ActionStatus =
  | 'DONE'
  | 'IDEA'
  | 'RUNNING'
  | 'STALLED';

export type ActionUpdateInput = {
  goal?: string | null | undefined;
  status?: ActionStatus | null | undefined;
  title?: string | null | undefined;
};

/** What the user did: UNDO and RESTORE entries reverse an earlier change, REDO entries reverse an UNDO. */
export type ChangeOp =
  | 'CREATE'
  | 'DELETE'
  | 'IMPORT'
  | 'MERGE'
  | 'REDO'
  | 'RESTORE'
  | 'UNDO'
  | 'UPDATE';

export type ChangeTargetKind =
  | 'NODE'
  | 'RELATIONSHIP';

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

/** JSON (round-trips exactly), CSV (nodes.csv + edges.csv) or GraphML (Gephi, yEd). */
export type ExportFormat =
  | 'CSV'
  | 'GRAPHML'
  | 'JSON';

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

/** The file contents as text: nodes.csv (and edges.csv), or a JSON export. At most 5,000,000 characters each; use `npm run import` for larger files. */
export type ImportFilesInput = {
  edgesCsv?: string | null | undefined;
  json?: string | null | undefined;
  nodesCsv?: string | null | undefined;
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

export type MeetingCreateInput = {
  /** The day, as YYYY-MM-DD. */
  date: string;
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  title: string;
  village?: string | null | undefined;
};

export type MeetingUpdateInput = {
  /** The day, as YYYY-MM-DD. */
  date?: string | null | undefined;
  title?: string | null | undefined;
  village?: string | null | undefined;
};

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

export type OrganisationCreateInput = {
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  kind: OrganisationKind;
  name: string;
  village: string;
  website?: string | null | undefined;
};

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

export type OrganisationUpdateInput = {
  kind?: OrganisationKind | null | undefined;
  name?: string | null | undefined;
  village?: string | null | undefined;
  website?: string | null | undefined;
};

export type PersonCreateInput = {
  email?: string | null | undefined;
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  name: string;
  phone?: string | null | undefined;
  role?: string | null | undefined;
  village?: string | null | undefined;
};

export type PersonUpdateInput = {
  email?: string | null | undefined;
  name?: string | null | undefined;
  phone?: string | null | undefined;
  role?: string | null | undefined;
  village?: string | null | undefined;
};

export type RelationshipCreateInput = {
  /** REFERS_TO: true for an agreed route, false for informal. */
  agreed?: boolean | null | undefined;
  /** When a party last confirmed the tie is still true (YYYY-MM-DD). */
  confirmedAt?: string | null | undefined;
  /** Id of the start node. */
  from: string | number;
  /** REFERS_TO: referrals per year, when known. */
  perYear?: number | null | undefined;
  /** WORKS_FOR: the role in the organisation. */
  role?: string | null | undefined;
  /** When the tie started (YYYY-MM-DD). */
  since?: string | null | undefined;
  /** KNOWS: 1 (weak) to 3 (strong). */
  strength?: number | null | undefined;
  /** REFERS_TO: the theme of the referral route (required there). */
  themeId?: string | number | null | undefined;
  /** ACTIVE_AT: the themes it is active there for. */
  themeIds?: Array<string | number> | null | undefined;
  /** Id of the end node. */
  to: string | number;
  type: RelationshipType;
  /** When the tie ended (YYYY-MM-DD). */
  until?: string | null | undefined;
};

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

export type RelationshipUpdateInput = {
  /** REFERS_TO: true for an agreed route, false for informal. */
  agreed?: boolean | null | undefined;
  /** When a party last confirmed the tie is still true (YYYY-MM-DD). */
  confirmedAt?: string | null | undefined;
  /** REFERS_TO: referrals per year, when known. */
  perYear?: number | null | undefined;
  /** WORKS_FOR: the role in the organisation. */
  role?: string | null | undefined;
  /** When the tie started (YYYY-MM-DD). */
  since?: string | null | undefined;
  /** KNOWS: 1 (weak) to 3 (strong). */
  strength?: number | null | undefined;
  /** ACTIVE_AT: the themes it is active there for. */
  themeIds?: Array<string | number> | null | undefined;
  /** When the tie ended (YYYY-MM-DD). */
  until?: string | null | undefined;
};

/** viewer: reads everything except contact fields; editor: also contact fields, changes and import; admin: also users, audit log, export and erasure of a person. */
export type Role =
  | 'ADMIN'
  | 'EDITOR'
  | 'VIEWER';

export type SignInInput = {
  email: string;
  password: string;
};

/** SAME: equal after normalising; SPELLING: few letters differ; TRIGRAMS: mostly the same letter groups; CONTAINS: one name holds every word of the other. */
export type SimilarityReason =
  | 'CONTAINS'
  | 'SAME'
  | 'SPELLING'
  | 'TRIGRAMS';

export type TargetGroupCreateInput = {
  description?: string | null | undefined;
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  name: string;
};

export type TargetGroupUpdateInput = {
  description?: string | null | undefined;
  name?: string | null | undefined;
};

export type ThemeCreateInput = {
  description?: string | null | undefined;
  domain: Domain;
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  name: string;
  programme?: string | null | undefined;
};

export type ThemeUpdateInput = {
  description?: string | null | undefined;
  domain?: Domain | null | undefined;
  name?: string | null | undefined;
  programme?: string | null | undefined;
};

export type VindplaatsCreateInput = {
  /** How many parties it can host (at least 1). */
  capacity: number;
  /** Optional; generated when left out. */
  id?: string | number | null | undefined;
  kind: VindplaatsKind;
  name: string;
  village: string;
};

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

export type VindplaatsUpdateInput = {
  capacity?: number | null | undefined;
  kind?: VindplaatsKind | null | undefined;
  name?: string | null | undefined;
  village?: string | null | undefined;
};

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

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, email: string, role: Role } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, role: Role } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { signOut: boolean };

export type CoverageQueryVariables = Exact<{
  filter?: CoverageFilter | null | undefined;
}>;


export type CoverageQuery = { coverage: Array<{ covered: boolean, nodeIds: Array<string>, edgeIds: Array<string>, theme: { id: string, name: string }, targetGroup: { id: string, name: string }, explanation: { nl: string, en: string }, cells: Array<{ vindplaats: { id: string, name: string, village: string | null }, actors: Array<{ id: string, name: string, type: NodeType }> }> }> };

export type EditingPermissionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditingPermissionsQuery = { me: { id: string, role: Role } | null };

export type EditableNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableNodeQuery = { node:
    | { __typename: 'Action', title: string, status: ActionStatus, goal: string | null, id: string, type: NodeType, name: string, version: number, relations: Array<{ id: string }> }
    | { __typename: 'Meeting', title: string, date: string, village: string | null, id: string, type: NodeType, name: string, version: number, relations: Array<{ id: string }> }
    | { __typename: 'Organisation', village: string | null, website: string | null, id: string, type: NodeType, name: string, version: number, organisationKind: OrganisationKind, relations: Array<{ id: string }> }
    | { __typename: 'Person', role: string | null, email: string | null, phone: string | null, village: string | null, id: string, type: NodeType, name: string, version: number, relations: Array<{ id: string }> }
    | { __typename: 'TargetGroup', description: string | null, id: string, type: NodeType, name: string, version: number, relations: Array<{ id: string }> }
    | { __typename: 'Theme', description: string | null, programme: string | null, domain: Domain, id: string, type: NodeType, name: string, version: number, relations: Array<{ id: string }> }
    | { __typename: 'Vindplaats', capacity: number, id: string, type: NodeType, name: string, version: number, vindplaatsKind: VindplaatsKind, vindplaatsVillage: string, relations: Array<{ id: string }> }
   | null };

export type EditableRelationshipQueryVariables = Exact<{
  id: string | number;
}>;


export type EditableRelationshipQuery = { relationship: { id: string, type: RelationshipType, fromId: string, toId: string, themeId: string | null, themeIds: Array<string> | null, agreed: boolean | null, perYear: number | null, strength: number | null, role: string | null, since: string | null, until: string | null, confirmedAt: string | null } | null };

export type EditingThemeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type EditingThemeOptionsQuery = { villages: Array<string>, themes: Array<{ id: string, name: string }> };

export type SimilarNodesQueryVariables = Exact<{
  type: NodeType;
  name: string;
}>;


export type SimilarNodesQuery = { similarNodes: Array<{ score: number, reason: SimilarityReason, node:
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
     }> };

export type CreatePersonMutationVariables = Exact<{
  input: PersonCreateInput;
}>;


export type CreatePersonMutation = { createPerson: { id: string, name: string, version: number } };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationCreateInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, name: string, version: number } };

export type CreateThemeMutationVariables = Exact<{
  input: ThemeCreateInput;
}>;


export type CreateThemeMutation = { createTheme: { id: string, name: string, version: number } };

export type CreateVindplaatsMutationVariables = Exact<{
  input: VindplaatsCreateInput;
}>;


export type CreateVindplaatsMutation = { createVindplaats: { id: string, name: string, version: number } };

export type CreateTargetGroupMutationVariables = Exact<{
  input: TargetGroupCreateInput;
}>;


export type CreateTargetGroupMutation = { createTargetGroup: { id: string, name: string, version: number } };

export type CreateActionMutationVariables = Exact<{
  input: ActionCreateInput;
}>;


export type CreateActionMutation = { createAction: { id: string, name: string, version: number } };

export type CreateMeetingMutationVariables = Exact<{
  input: MeetingCreateInput;
}>;


export type CreateMeetingMutation = { createMeeting: { id: string, name: string, version: number } };

export type UpdatePersonMutationVariables = Exact<{
  id: string | number;
  input: PersonUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdatePersonMutation = { updatePerson: { id: string, name: string, version: number } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  input: OrganisationUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { id: string, name: string, version: number } };

export type UpdateThemeMutationVariables = Exact<{
  id: string | number;
  input: ThemeUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateThemeMutation = { updateTheme: { id: string, name: string, version: number } };

export type UpdateVindplaatsMutationVariables = Exact<{
  id: string | number;
  input: VindplaatsUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateVindplaatsMutation = { updateVindplaats: { id: string, name: string, version: number } };

export type UpdateTargetGroupMutationVariables = Exact<{
  id: string | number;
  input: TargetGroupUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateTargetGroupMutation = { updateTargetGroup: { id: string, name: string, version: number } };

export type UpdateActionMutationVariables = Exact<{
  id: string | number;
  input: ActionUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateActionMutation = { updateAction: { id: string, name: string, version: number } };

export type UpdateMeetingMutationVariables = Exact<{
  id: string | number;
  input: MeetingUpdateInput;
  expectedVersion?: number | null | undefined;
}>;


export type UpdateMeetingMutation = { updateMeeting: { id: string, name: string, version: number } };

export type DeletePersonMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeletePersonMutation = { deletePerson: { id: string, relationshipsRemoved: number } };

export type DeleteOrganisationMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteOrganisationMutation = { deleteOrganisation: { id: string, relationshipsRemoved: number } };

export type DeleteThemeMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteThemeMutation = { deleteTheme: { id: string, relationshipsRemoved: number } };

export type DeleteVindplaatsMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteVindplaatsMutation = { deleteVindplaats: { id: string, relationshipsRemoved: number } };

export type DeleteTargetGroupMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteTargetGroupMutation = { deleteTargetGroup: { id: string, relationshipsRemoved: number } };

export type DeleteActionMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteActionMutation = { deleteAction: { id: string, relationshipsRemoved: number } };

export type DeleteMeetingMutationVariables = Exact<{
  id: string | number;
  expectedVersion?: number | null | undefined;
}>;


export type DeleteMeetingMutation = { deleteMeeting: { id: string, relationshipsRemoved: number } };

export type CreateRelationshipMutationVariables = Exact<{
  input: RelationshipCreateInput;
}>;


export type CreateRelationshipMutation = { createRelationship: { id: string, type: RelationshipType, fromId: string, toId: string } };

export type UpdateRelationshipMutationVariables = Exact<{
  id: string | number;
  input: RelationshipUpdateInput;
}>;


export type UpdateRelationshipMutation = { updateRelationship: { id: string, type: RelationshipType, themeIds: Array<string> | null, agreed: boolean | null, perYear: number | null, strength: number | null, role: string | null, since: string | null, until: string | null, confirmedAt: string | null } };

export type DeleteRelationshipMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteRelationshipMutation = { deleteRelationship: { id: string, type: RelationshipType } };

export type NodeHistoryQueryVariables = Exact<{
  nodeId: string | number;
}>;


export type NodeHistoryQuery = { history: Array<{ id: string, seq: number, at: string, actor: string, op: ChangeOp, targetKind: ChangeTargetKind, targetType: string, targetId: string, nodeIds: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null, changedKeys: Array<string>, undone: boolean, undoOf: string | null, batch: string }> };

export type RecentChangesQueryVariables = Exact<{ [key: string]: never; }>;


export type RecentChangesQuery = { recentChanges: Array<{ id: string, seq: number, at: string, actor: string, op: ChangeOp, targetKind: ChangeTargetKind, targetType: string, targetId: string, nodeIds: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null, changedKeys: Array<string>, undone: boolean, undoOf: string | null, batch: string }> };

export type ChangeEntryFragment = { id: string, seq: number, at: string, actor: string, op: ChangeOp, targetKind: ChangeTargetKind, targetType: string, targetId: string, nodeIds: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null, changedKeys: Array<string>, undone: boolean, undoOf: string | null, batch: string };

export type UndoLastChangeMutationVariables = Exact<{ [key: string]: never; }>;


export type UndoLastChangeMutation = { undoLastChange: { undone: Array<{ id: string, seq: number, at: string, actor: string, op: ChangeOp, targetKind: ChangeTargetKind, targetType: string, targetId: string, nodeIds: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null, changedKeys: Array<string>, undone: boolean, undoOf: string | null, batch: string }> } };

export type UndoChangeMutationVariables = Exact<{
  id: string | number;
}>;


export type UndoChangeMutation = { undoChange: { undone: Array<{ id: string, seq: number, at: string, actor: string, op: ChangeOp, targetKind: ChangeTargetKind, targetType: string, targetId: string, nodeIds: Array<string>, before: Record<string, unknown> | null, after: Record<string, unknown> | null, changedKeys: Array<string>, undone: boolean, undoOf: string | null, batch: string }> } };

export type RestoreNodeMutationVariables = Exact<{
  changeId: string | number;
}>;


export type RestoreNodeMutation = { restoreNode: { relationshipsRestored: number, relationshipsSkipped: number, node:
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
      | { id: string, name: string, type: NodeType }
     } };

export type MergeNodesMutationVariables = Exact<{
  keepId: string | number;
  mergeId: string | number;
}>;


export type MergeNodesMutation = { mergeNodes: { relationshipsMoved: number, relationshipsMerged: number, relationshipsDropped: number, node:
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
      | { id: string, name: string }
     } };

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


export type ExplorerNetworkQuery = { network: { nodes: Array<{ id: string, type: NodeType, name: string, village: string | null, kind: string | null, degree: number }>, edges: Array<{ id: string, type: RelationshipType, source: string, target: string, themeId: string | null, themeName: string | null, agreed: boolean | null, strength: number | null }>, positions: Array<{ id: string, x: number, y: number }> | null } };

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

export type ImportReportFieldsFragment = { valid: boolean, applied: boolean, nodes: { new: number, changed: number, unchanged: number }, relationships: { new: number, changed: number, unchanged: number }, problems: Array<{ file: string, row: number | null, column: string | null, rule: string, message: string, messageEn: string }> };

export type ImportPreviewQueryVariables = Exact<{
  files: ImportFilesInput;
}>;


export type ImportPreviewQuery = { importPreview: { valid: boolean, applied: boolean, nodes: { new: number, changed: number, unchanged: number }, relationships: { new: number, changed: number, unchanged: number }, problems: Array<{ file: string, row: number | null, column: string | null, rule: string, message: string, messageEn: string }> } };

export type ImportNetworkMutationVariables = Exact<{
  files: ImportFilesInput;
}>;


export type ImportNetworkMutation = { importNetwork: { valid: boolean, applied: boolean, nodes: { new: number, changed: number, unchanged: number }, relationships: { new: number, changed: number, unchanged: number }, problems: Array<{ file: string, row: number | null, column: string | null, rule: string, message: string, messageEn: string }> } };

export type ExportNetworkQueryVariables = Exact<{
  format: ExportFormat;
  filter?: NetworkFilter | null | undefined;
}>;


export type ExportNetworkQuery = { exportNetwork: { format: ExportFormat, nodeCount: number, relationshipCount: number, files: Array<{ name: string, mimeType: string, content: string }> } };

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

export const ChangeEntryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"undone"}},{"kind":"Field","name":{"kind":"Name","value":"undoOf"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}}]}}]} as unknown as DocumentNode<ChangeEntryFragment, unknown>;
export const NodeDetails_PersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetails_PersonFragment, unknown>;
export const NodeDetails_OrganisationFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}}]} as unknown as DocumentNode<NodeDetails_OrganisationFragment, unknown>;
export const NodeDetails_ThemeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"trekker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NodeDetails_ThemeFragment, unknown>;
export const NodeDetails_VindplaatsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_vindplaats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}}]} as unknown as DocumentNode<NodeDetails_VindplaatsFragment, unknown>;
export const NodeDetails_TargetGroupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_targetGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]} as unknown as DocumentNode<NodeDetails_TargetGroupFragment, unknown>;
export const NodeDetails_ActionFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}}]} as unknown as DocumentNode<NodeDetails_ActionFragment, unknown>;
export const NodeDetails_MeetingFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetails_MeetingFragment, unknown>;
export const GapCard_GapFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCard_gap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}}]}}]} as unknown as DocumentNode<GapCard_GapFragment, unknown>;
export const ImportReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<ImportReportFieldsFragment, unknown>;
export const PartnerCard_CandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVindplaatsen"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTargetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"commonContacts"}},{"kind":"Field","name":{"kind":"Name","value":"commonContactCount"}},{"kind":"Field","name":{"kind":"Name","value":"complementarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introductionPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]} as unknown as DocumentNode<PartnerCard_CandidateFragment, unknown>;
export const GraphView_NodeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}}]} as unknown as DocumentNode<GraphView_NodeFragment, unknown>;
export const GraphView_EdgeFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<GraphView_EdgeFragment, unknown>;
export const AnalyticsNodeNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AnalyticsNodeName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<AnalyticsNodeNameQuery, AnalyticsNodeNameQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CoverageDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Coverage"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CoverageFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"coverage"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"theme"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"covered"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cells"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vindplaats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"actors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]}}]} as unknown as DocumentNode<CoverageQuery, CoverageQueryVariables>;
export const EditingPermissionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditingPermissions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<EditingPermissionsQuery, EditingPermissionsQueryVariables>;
export const EditableNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]}}]} as unknown as DocumentNode<EditableNodeQuery, EditableNodeQueryVariables>;
export const EditableRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditableRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"relationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"perYear"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]} as unknown as DocumentNode<EditableRelationshipQuery, EditableRelationshipQueryVariables>;
export const EditingThemeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EditingThemeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<EditingThemeOptionsQuery, EditingThemeOptionsQueryVariables>;
export const SimilarNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SimilarNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"type"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NodeType"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"similarNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"type"},"value":{"kind":"Variable","name":{"kind":"Name","value":"type"}}},{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]}}]} as unknown as DocumentNode<SimilarNodesQuery, SimilarNodesQueryVariables>;
export const CreatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createPerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreatePersonMutation, CreatePersonMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const CreateThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateThemeMutation, CreateThemeMutationVariables>;
export const CreateVindplaatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateVindplaats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VindplaatsCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createVindplaats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateVindplaatsMutation, CreateVindplaatsMutationVariables>;
export const CreateTargetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTargetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTargetGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateTargetGroupMutation, CreateTargetGroupMutationVariables>;
export const CreateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateActionMutation, CreateActionMutationVariables>;
export const CreateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateMeetingMutation, CreateMeetingMutationVariables>;
export const UpdatePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdatePersonMutation, UpdatePersonMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const UpdateThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ThemeUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateThemeMutation, UpdateThemeMutationVariables>;
export const UpdateVindplaatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVindplaats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VindplaatsUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateVindplaats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateVindplaatsMutation, UpdateVindplaatsMutationVariables>;
export const UpdateTargetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTargetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroupUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTargetGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateTargetGroupMutation, UpdateTargetGroupMutationVariables>;
export const UpdateActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActionUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateActionMutation, UpdateActionMutationVariables>;
export const UpdateMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingUpdateInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateMeetingMutation, UpdateMeetingMutationVariables>;
export const DeletePersonDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePerson"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePerson"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeletePersonMutation, DeletePersonMutationVariables>;
export const DeleteOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeleteOrganisationMutation, DeleteOrganisationMutationVariables>;
export const DeleteThemeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTheme"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTheme"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeleteThemeMutation, DeleteThemeMutationVariables>;
export const DeleteVindplaatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteVindplaats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteVindplaats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeleteVindplaatsMutation, DeleteVindplaatsMutationVariables>;
export const DeleteTargetGroupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteTargetGroup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteTargetGroup"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeleteTargetGroupMutation, DeleteTargetGroupMutationVariables>;
export const DeleteActionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteAction"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteAction"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeleteActionMutation, DeleteActionMutationVariables>;
export const DeleteMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRemoved"}}]}}]}}]} as unknown as DocumentNode<DeleteMeetingMutation, DeleteMeetingMutationVariables>;
export const CreateRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fromId"}},{"kind":"Field","name":{"kind":"Name","value":"toId"}}]}}]}}]} as unknown as DocumentNode<CreateRelationshipMutation, CreateRelationshipMutationVariables>;
export const UpdateRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RelationshipUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"perYear"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"until"}},{"kind":"Field","name":{"kind":"Name","value":"confirmedAt"}}]}}]}}]} as unknown as DocumentNode<UpdateRelationshipMutation, UpdateRelationshipMutationVariables>;
export const DeleteRelationshipDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteRelationship"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteRelationship"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}}]}}]} as unknown as DocumentNode<DeleteRelationshipMutation, DeleteRelationshipMutationVariables>;
export const NodeHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"history"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"nodeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"nodeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"undone"}},{"kind":"Field","name":{"kind":"Name","value":"undoOf"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}}]}}]} as unknown as DocumentNode<NodeHistoryQuery, NodeHistoryQueryVariables>;
export const RecentChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecentChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recentChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"30"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEntry"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"undone"}},{"kind":"Field","name":{"kind":"Name","value":"undoOf"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}}]}}]} as unknown as DocumentNode<RecentChangesQuery, RecentChangesQueryVariables>;
export const UndoLastChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoLastChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoLastChange"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"undone"}},{"kind":"Field","name":{"kind":"Name","value":"undoOf"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}}]}}]} as unknown as DocumentNode<UndoLastChangeMutation, UndoLastChangeMutationVariables>;
export const UndoChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UndoChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undoChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"undone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChangeEntry"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChangeEntry"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Change"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"seq"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"targetKind"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"targetId"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"changedKeys"}},{"kind":"Field","name":{"kind":"Name","value":"undone"}},{"kind":"Field","name":{"kind":"Name","value":"undoOf"}},{"kind":"Field","name":{"kind":"Name","value":"batch"}}]}}]} as unknown as DocumentNode<UndoChangeMutation, UndoChangeMutationVariables>;
export const RestoreNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RestoreNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"restoreNode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"changeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"changeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsRestored"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsSkipped"}}]}}]}}]} as unknown as DocumentNode<RestoreNodeMutation, RestoreNodeMutationVariables>;
export const MergeNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeNodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"keepId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mergeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsMoved"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsMerged"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipsDropped"}}]}}]}}]} as unknown as DocumentNode<MergeNodesMutation, MergeNodesMutationVariables>;
export const NodeDetailsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeDetails"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_person"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_organisation"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_theme"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_vindplaats"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_targetGroup"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_action"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"NodeDetails_meeting"}},{"kind":"Field","name":{"kind":"Name","value":"relations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"perYear"}},{"kind":"Field","name":{"kind":"Name","value":"other"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_person"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_organisation"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"organisationKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"website"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_theme"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Theme"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"programme"}},{"kind":"Field","name":{"kind":"Name","value":"domain"}},{"kind":"Field","name":{"kind":"Name","value":"trekker"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_vindplaats"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Vindplaats"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsKind"},"name":{"kind":"Name","value":"kind"}},{"kind":"Field","alias":{"kind":"Name","value":"vindplaatsVillage"},"name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_targetGroup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TargetGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"description"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_action"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Action"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NodeDetails_meeting"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]} as unknown as DocumentNode<NodeDetailsQuery, NodeDetailsQueryVariables>;
export const ExplorerNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExplorerNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"network"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphView_node"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GraphView_edge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"positions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"x"}},{"kind":"Field","name":{"kind":"Name","value":"y"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_node"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapNode"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GraphView_edge"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MapEdge"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"agreed"}},{"kind":"Field","name":{"kind":"Name","value":"strength"}}]}}]} as unknown as DocumentNode<ExplorerNetworkQuery, ExplorerNetworkQueryVariables>;
export const FilterOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilterOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"villages"}},{"kind":"Field","name":{"kind":"Name","value":"themes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"take"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilterOptionsQuery, FilterOptionsQueryVariables>;
export const SearchNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SearchNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"text"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"search"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"text"},"value":{"kind":"Variable","name":{"kind":"Name","value":"text"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}}]}}]} as unknown as DocumentNode<SearchNodesQuery, SearchNodesQueryVariables>;
export const GapsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Gaps"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GapFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"gaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCard_gap"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCard_gap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}}]}}]} as unknown as DocumentNode<GapsQuery, GapsQueryVariables>;
export const NetworkHealthDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NetworkHealth"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"scope"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HealthScope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"networkHealth"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"scope"},"value":{"kind":"Variable","name":{"kind":"Name","value":"scope"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"}},{"kind":"Field","name":{"kind":"Name","value":"relationships"}},{"kind":"Field","name":{"kind":"Name","value":"density"}},{"kind":"Field","name":{"kind":"Name","value":"components"}},{"kind":"Field","name":{"kind":"Name","value":"largestComponent"}},{"kind":"Field","name":{"kind":"Name","value":"degreeCentralisation"}},{"kind":"Field","name":{"kind":"Name","value":"averagePathLength"}},{"kind":"Field","name":{"kind":"Name","value":"communities"}},{"kind":"Field","name":{"kind":"Name","value":"modularity"}},{"kind":"Field","name":{"kind":"Name","value":"sampled"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"topBrokers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"betweenness"}},{"kind":"Field","name":{"kind":"Name","value":"closeness"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeMetrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"degree"}},{"kind":"Field","name":{"kind":"Name","value":"community"}}]}}]}}]}}]} as unknown as DocumentNode<NetworkHealthQuery, NetworkHealthQueryVariables>;
export const ImportPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<ImportPreviewQuery, ImportPreviewQueryVariables>;
export const ImportNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"files"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportFilesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"files"},"value":{"kind":"Variable","name":{"kind":"Name","value":"files"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ImportReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ImportReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ImportReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"applied"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"relationships"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"new"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}},{"kind":"Field","name":{"kind":"Name","value":"unchanged"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"messageEn"}}]}}]}}]} as unknown as DocumentNode<ImportNetworkMutation, ImportNetworkMutationVariables>;
export const ExportNetworkDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportNetwork"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExportFormat"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NetworkFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportNetwork"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"nodeCount"}},{"kind":"Field","name":{"kind":"Name","value":"relationshipCount"}},{"kind":"Field","name":{"kind":"Name","value":"files"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mimeType"}},{"kind":"Field","name":{"kind":"Name","value":"content"}}]}}]}}]}}]} as unknown as DocumentNode<ExportNetworkQuery, ExportNetworkQueryVariables>;
export const PartnerSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forPerson"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forOrganisation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"forTheme"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"limit"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"partnerSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"forPerson"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forPerson"}}},{"kind":"Argument","name":{"kind":"Name","value":"forOrganisation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forOrganisation"}}},{"kind":"Argument","name":{"kind":"Name","value":"forTheme"},"value":{"kind":"Variable","name":{"kind":"Name","value":"forTheme"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"Variable","name":{"kind":"Name","value":"limit"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PartnerCard_candidate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PartnerCard_candidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PartnerCandidate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"candidate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sharedThemes"}},{"kind":"Field","name":{"kind":"Name","value":"sharedVindplaatsen"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTargetGroups"}},{"kind":"Field","name":{"kind":"Name","value":"commonContacts"}},{"kind":"Field","name":{"kind":"Name","value":"commonContactCount"}},{"kind":"Field","name":{"kind":"Name","value":"complementarity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reasons"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"contactPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"introductionPath"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]} as unknown as DocumentNode<PartnerSuggestionsQuery, PartnerSuggestionsQueryVariables>;
export const IntroductionPathsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"IntroductionPaths"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"k"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"introductionPaths"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"k"},"value":{"kind":"Variable","name":{"kind":"Name","value":"k"}}},{"kind":"Argument","name":{"kind":"Name","value":"maxHops"},"value":{"kind":"Variable","name":{"kind":"Name","value":"maxHops"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hops"}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"type"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]}}]} as unknown as DocumentNode<IntroductionPathsQuery, IntroductionPathsQueryVariables>;
export const VindplaatsLoadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VindplaatsLoad"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LoadFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vindplaatsLoad"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"vindplaats"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"village"}}]}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"partyCount"}},{"kind":"Field","name":{"kind":"Name","value":"parties"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"direct"}},{"kind":"Field","name":{"kind":"Name","value":"viaPersonIds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"asks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"themeId"}},{"kind":"Field","name":{"kind":"Name","value":"themeName"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"load"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"underused"}},{"kind":"Field","name":{"kind":"Name","value":"uniqueTargetGroups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}}]}}]}}]} as unknown as DocumentNode<VindplaatsLoadQuery, VindplaatsLoadQueryVariables>;
export const WhatIfDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIf"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"removeNodeIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIf"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"removeNodeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"removeNodeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsAppearing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCard_gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapsResolved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapCard_gap"}}]}},{"kind":"Field","name":{"kind":"Name","value":"targetGroupsNoLongerReached"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themesWithoutProvider"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"themesWithoutRoute"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"componentsBefore"}},{"kind":"Field","name":{"kind":"Name","value":"componentsAfter"}},{"kind":"Field","name":{"kind":"Name","value":"splits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sizeBefore"}},{"kind":"Field","name":{"kind":"Name","value":"parts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"removedNodeIds"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapCard_gap"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Gap"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nl"}},{"kind":"Field","name":{"kind":"Name","value":"en"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodeIds"}},{"kind":"Field","name":{"kind":"Name","value":"edgeIds"}},{"kind":"Field","name":{"kind":"Name","value":"themeIds"}}]}}]} as unknown as DocumentNode<WhatIfQuery, WhatIfQueryVariables>;