/**
 * The map's answers kept with the in-memory snapshot of the graph (graph-snapshots.ts): the same
 * `network` request for the same graph version is answered without executing it again. At 2 000
 * nodes executing it costs ~0.1 s of API CPU (graphql-js and its garbage for 11 000 objects);
 * everyone who opens the start page asks the same, and the graph changes only on a write.
 *
 * - Only operations that ask for `network` alone (the map's fields are all plain values: no
 *   contact fields, nothing audited) are kept, and only error-free answers.
 * - An answer is kept per access: the viewer's role, or anonymous reading. Authorisation depends
 *   on nothing else (auth.checker.ts), so an answer served again was allowed for that access.
 * - Answers live in the snapshot's `derived` map: a write makes a new snapshot, so they go with
 *   the old one. Kept only while the snapshot is loaded and the graph has at most `maxNodes`
 *   nodes; at most `maxElements` nodes and edges in all kept answers together.
 */
import {
  type ApolloServerPlugin,
  type GraphQLRequestContext,
  type GraphQLResponse,
  HeaderMap,
} from "@apollo/server";
import {
  type FormattedExecutionResult,
  Kind,
  type OperationDefinitionNode,
  OperationTypeNode,
} from "graphql";

import type { Context } from "../../context.js";
import { type GraphSnapshots, memo } from "../analytics/graph-snapshots.js";

/** Root fields whose answers are kept (plain values only, see above). */
const KEPT_ROOT_FIELDS: ReadonlySet<string> = new Set(["network"]);

export interface AnswerCacheOptions {
  /** Graphs with more nodes are not kept (MAP_MEMORY_MAX_NODES). */
  maxNodes: number;
  /** Nodes and edges in all kept answers of one graph version together. */
  maxElements?: number;
}

/** Answers of one graph version by request, oldest first; `elements` is their size together. */
interface Answers {
  byKey: Map<string, { result: FormattedExecutionResult; elements: number }>;
  elements: number;
}

/** Whether the operation is a query for kept root fields only (and `__typename`). */
function isKeptOperation(operation: OperationDefinitionNode | undefined): boolean {
  if (operation?.operation !== OperationTypeNode.QUERY) return false;
  const names = operation.selectionSet.selections.map((selection) =>
    selection.kind === Kind.FIELD ? selection.name.value : null,
  );
  const kept = (name: string | null) => name !== null && KEPT_ROOT_FIELDS.has(name);
  return names.some(kept) && names.every((name) => name === "__typename" || kept(name));
}

/** Nodes and edges in a `network` answer (the size an answer is counted by). */
function elementsOf(result: FormattedExecutionResult): number {
  let count = 0;
  for (const value of Object.values(result.data ?? {})) {
    const graph = value as { nodes?: unknown[]; edges?: unknown[] } | null;
    count += (graph?.nodes?.length ?? 0) + (graph?.edges?.length ?? 0);
  }
  return count;
}

function requestKey(request: GraphQLRequestContext<Context>): string {
  const { user, publicRead } = request.contextValue;
  const access = user ? `role:${user.role}` : publicRead ? "public" : "anonymous";
  return JSON.stringify([
    access,
    request.queryHash,
    request.operationName ?? null,
    request.request.variables ?? {},
  ]);
}

export function answerCachePlugin(
  snapshots: GraphSnapshots,
  { maxNodes, maxElements = 200_000 }: AnswerCacheOptions,
): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let keep: ((result: FormattedExecutionResult) => void) | undefined;
      return {
        async responseForOperation(request): Promise<GraphQLResponse | null> {
          if (!isKeptOperation(request.operation)) return null;
          const graph = await snapshots.ifLoaded();
          if (!graph || graph.data.nodes.size > maxNodes) return null;
          const answers = memo<Answers>(graph.derived, "answers", () => ({
            byKey: new Map(),
            elements: 0,
          }));
          const key = requestKey(request);
          const kept = answers.byKey.get(key);
          if (kept) {
            // Most recently used last: the oldest goes first when room is needed.
            answers.byKey.delete(key);
            answers.byKey.set(key, kept);
            return {
              http: { headers: new HeaderMap() },
              body: { kind: "single", singleResult: kept.result },
            };
          }
          keep = (result) => {
            const elements = elementsOf(result);
            if (elements > maxElements || answers.byKey.has(key)) return;
            for (const [oldest, answer] of answers.byKey) {
              if (answers.elements + elements <= maxElements) break;
              answers.byKey.delete(oldest);
              answers.elements -= answer.elements;
            }
            // A copy as plain objects: graphql-js answers with prototype-less objects, which
            // JSON.stringify handles more slowly on every later request.
            answers.byKey.set(key, {
              result: JSON.parse(JSON.stringify(result)) as FormattedExecutionResult,
              elements,
            });
            answers.elements += elements;
          };
          return null;
        },
        async willSendResponse({ response }) {
          const body = response.body;
          if (!keep || body.kind !== "single" || body.singleResult.errors) return;
          const store = keep;
          const result = body.singleResult;
          // After the answer is on its way: the copy costs this request nothing.
          setImmediate(() => store(result));
        },
      };
    },
  };
}
