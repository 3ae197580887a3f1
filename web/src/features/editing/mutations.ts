/**
 * Every change to the network goes through these hooks. They own what happens to the cache
 * afterwards: the active queries (the map, the detail panel, the history) are asked again, so the
 * map updates by id inside the existing Cytoscape instance and nothing shows stale data.
 */
import type { ApolloCache, TypedDocumentNode } from "@apollo/client";
import { useApolloClient, useQuery } from "@apollo/client/react";
import { useCallback, useMemo } from "react";

import type {
  NodeType,
  RelationshipCreateInput,
  RelationshipUpdateInput,
} from "../../graphql/__generated__/graphql";
import {
  CreateActionMutation,
  CreateMeetingMutation,
  CreateOrganisationMutation,
  CreatePersonMutation,
  CreateRelationshipMutation,
  CreateTargetGroupMutation,
  CreateThemeMutation,
  CreateVindplaatsMutation,
  DeleteActionMutation,
  DeleteMeetingMutation,
  DeleteOrganisationMutation,
  DeletePersonMutation,
  DeleteRelationshipMutation,
  DeleteTargetGroupMutation,
  DeleteThemeMutation,
  DeleteVindplaatsMutation,
  EditingPermissionsQuery,
  MergeNodesMutation,
  RestoreNodeMutation,
  UndoChangeMutation,
  UndoLastChangeMutation,
  UpdateActionMutation,
  UpdateMeetingMutation,
  UpdateOrganisationMutation,
  UpdatePersonMutation,
  UpdateRelationshipMutation,
  UpdateTargetGroupMutation,
  UpdateThemeMutation,
  UpdateVindplaatsMutation,
} from "./queries";

type AnyDocument = TypedDocumentNode<Record<string, unknown>, Record<string, unknown>>;
const loose = (document: unknown) => document as AnyDocument;

const CREATE: Record<NodeType, AnyDocument> = {
  PERSON: loose(CreatePersonMutation),
  ORGANISATION: loose(CreateOrganisationMutation),
  THEME: loose(CreateThemeMutation),
  VINDPLAATS: loose(CreateVindplaatsMutation),
  TARGET_GROUP: loose(CreateTargetGroupMutation),
  ACTION: loose(CreateActionMutation),
  MEETING: loose(CreateMeetingMutation),
};

const UPDATE: Record<NodeType, AnyDocument> = {
  PERSON: loose(UpdatePersonMutation),
  ORGANISATION: loose(UpdateOrganisationMutation),
  THEME: loose(UpdateThemeMutation),
  VINDPLAATS: loose(UpdateVindplaatsMutation),
  TARGET_GROUP: loose(UpdateTargetGroupMutation),
  ACTION: loose(UpdateActionMutation),
  MEETING: loose(UpdateMeetingMutation),
};

const DELETE: Record<NodeType, AnyDocument> = {
  PERSON: loose(DeletePersonMutation),
  ORGANISATION: loose(DeleteOrganisationMutation),
  THEME: loose(DeleteThemeMutation),
  VINDPLAATS: loose(DeleteVindplaatsMutation),
  TARGET_GROUP: loose(DeleteTargetGroupMutation),
  ACTION: loose(DeleteActionMutation),
  MEETING: loose(DeleteMeetingMutation),
};

/** The field under which a mutation returns its result (createPerson, deleteTheme, …). */
function resultOf<T>(data: Record<string, unknown> | null | undefined): T {
  const value = data ? Object.values(data)[0] : undefined;
  return value as T;
}

export interface SavedNode {
  id: string;
  name: string;
  version: number;
}

/** Whether the signed-in user may change the network (editor or admin), and if that is known. */
export function useEditPermission(): { canEdit: boolean; loading: boolean } {
  const { data, loading } = useQuery(EditingPermissionsQuery);
  const role = data?.me?.role;
  return { canEdit: role === "EDITOR" || role === "ADMIN", loading };
}

export function useCanEdit(): boolean {
  return useEditPermission().canEdit;
}

/** Asks again for everything on screen (after a conflict: show what is stored now). */
export function useRefreshActive() {
  const client = useApolloClient();
  return useCallback(() => client.refetchQueries({ include: "active" }), [client]);
}

/** Create, update and delete nodes of any type; each refreshes what is on screen. */
export function useNodeMutations() {
  const client = useApolloClient();
  const mutate = useCallback(
    async <T>(mutation: AnyDocument, variables: Record<string, unknown>): Promise<T> => {
      const result = await client.mutate({
        mutation,
        variables,
        refetchQueries: "active",
        awaitRefetchQueries: true,
      });
      return resultOf<T>(result.data);
    },
    [client],
  );
  return useMemo(
    () => ({
      createNode: (type: NodeType, input: Record<string, unknown>) =>
        mutate<SavedNode>(CREATE[type], { input }),
      updateNode: (
        type: NodeType,
        id: string,
        input: Record<string, unknown>,
        expectedVersion: number,
      ) => mutate<SavedNode>(UPDATE[type], { id, input, expectedVersion }),
      deleteNode: (type: NodeType, id: string, expectedVersion: number) =>
        mutate<{ id: string; relationshipsRemoved: number }>(DELETE[type], {
          id,
          expectedVersion,
        }),
    }),
    [mutate],
  );
}

/** Create, update and delete relationships; each refreshes what is on screen. */
export function useRelationshipMutations() {
  const client = useApolloClient();
  return useMemo(
    () => ({
      createRelationship: async (input: RelationshipCreateInput) => {
        const result = await client.mutate({
          mutation: CreateRelationshipMutation,
          variables: { input },
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.createRelationship;
      },
      updateRelationship: async (id: string, input: RelationshipUpdateInput) => {
        const result = await client.mutate({
          mutation: UpdateRelationshipMutation,
          variables: { id, input },
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.updateRelationship;
      },
      deleteRelationship: async (id: string) => {
        const result = await client.mutate({
          mutation: DeleteRelationshipMutation,
          variables: { id },
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.deleteRelationship;
      },
    }),
    [client],
  );
}

/**
 * Undo, restore and merge may bring back nodes and relationships the cache knows as gone
 * (`node(id)` answered null): forget those answers so a panel opened next asks again.
 */
function forgetLookups(cache: ApolloCache) {
  cache.evict({ id: "ROOT_QUERY", fieldName: "node" });
  cache.evict({ id: "ROOT_QUERY", fieldName: "relationship" });
  cache.gc();
}

/** Undo, restore and merge: changes that may touch many nodes at once. */
export function useHistoryMutations() {
  const client = useApolloClient();
  return useMemo(
    () => ({
      undoLastChange: async () => {
        const result = await client.mutate({
          mutation: UndoLastChangeMutation,
          update: forgetLookups,
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.undoLastChange.undone ?? [];
      },
      undoChange: async (id: string) => {
        const result = await client.mutate({
          mutation: UndoChangeMutation,
          update: forgetLookups,
          variables: { id },
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.undoChange.undone ?? [];
      },
      restoreNode: async (changeId: string) => {
        const result = await client.mutate({
          mutation: RestoreNodeMutation,
          update: forgetLookups,
          variables: { changeId },
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.restoreNode;
      },
      mergeNodes: async (keepId: string, mergeId: string) => {
        const result = await client.mutate({
          mutation: MergeNodesMutation,
          update: forgetLookups,
          variables: { keepId, mergeId },
          refetchQueries: "active",
          awaitRefetchQueries: true,
        });
        return result.data?.mergeNodes;
      },
    }),
    [client],
  );
}
