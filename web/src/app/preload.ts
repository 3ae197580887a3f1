import type { OperationVariables, TypedDocumentNode } from "@apollo/client";
import { ApolloLink } from "@apollo/client";
import {
  addTypenameToDocument,
  canonicalStringify,
  getMainDefinition,
  Observable,
  print,
} from "@apollo/client/utilities";
import type { FormattedExecutionResult } from "graphql";

/**
 * Queries asked for before the app has rendered.
 *
 * The map on the start page waits for the largest answer of the app (~2 MB at 2 000 nodes). Asked
 * for by its component, it leaves only when React has built the page, and until then the API has
 * nothing to do. Asked for by the entry module (`main.tsx`), the API works on it while the browser
 * builds the page. `preloadedAnswers()` is the link that then hands the answer to the first
 * operation with the same name and the same variables, once; every other operation, a later one,
 * and one whose early request failed go to the API as usual.
 */

/** An early answer is used for this long; after that (a tab left loading) the API is asked again. */
export const PRELOAD_KEEP_MS = 30_000;

interface Preloaded {
  variables: string;
  /** The answer, or null when the request failed: then the operation asks the API itself. */
  answer: Promise<FormattedExecutionResult | null>;
  expires: number;
}

const preloaded = new Map<string, Preloaded>();

/**
 * Sends `document` with `variables` now, as Apollo's HTTP link would send it (the same text, with
 * `__typename`, the same headers, the session cookie). Only named operations can be preloaded.
 */
export function preloadQuery<TData, TVariables extends OperationVariables>(
  document: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  { uri = "/graphql", send = fetch }: { uri?: string; send?: typeof fetch } = {},
): void {
  const name = getMainDefinition(document).name?.value;
  if (!name) return;
  const answer = send(uri, {
    method: "POST",
    credentials: "same-origin",
    headers: {
      "content-type": "application/json",
      accept: "application/graphql-response+json,application/json;q=0.9",
    },
    body: JSON.stringify({
      operationName: name,
      variables,
      query: print(addTypenameToDocument(document)),
    }),
  })
    // Anything but a plain answer (an HTTP error, a network failure) is left to the HTTP link,
    // which knows how to report it.
    .then((response) =>
      response.ok ? (response.json() as Promise<FormattedExecutionResult>) : null,
    )
    .catch(() => null);
  preloaded.set(name, {
    variables: canonicalStringify(variables),
    answer,
    expires: Date.now() + PRELOAD_KEEP_MS,
  });
}

/** The link that answers an operation from its early request (see above). */
export function preloadedAnswers(now: () => number = Date.now): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const early = preloaded.get(operation.operationName ?? "");
    if (!early) return forward(operation);
    preloaded.delete(operation.operationName!);
    if (early.expires < now() || early.variables !== canonicalStringify(operation.variables)) {
      return forward(operation);
    }
    return new Observable<ApolloLink.Result>((observer) => {
      let inner: { unsubscribe(): void } | undefined;
      let closed = false;
      void early.answer.then((answer) => {
        if (closed) return;
        if (answer) {
          observer.next(answer);
          observer.complete();
        } else {
          inner = forward(operation).subscribe(observer);
        }
      });
      return () => {
        closed = true;
        inner?.unsubscribe();
      };
    });
  });
}

/** Forgets every early request (tests). */
export function clearPreloaded(): void {
  preloaded.clear();
}
