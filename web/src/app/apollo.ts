import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";

import { signInOnUnauthenticated } from "../features/auth/signInRedirect";
import { possibleTypes } from "./possibleTypes";
import { preloadedAnswers } from "./preload";

/** The API serves the app and GraphQL from the same origin, so a relative URI suffices. */
export function createApolloClient(uri = "/graphql") {
  return new ApolloClient({
    // A request without a (valid) session goes to the sign-in page.
    // Answers asked for before the app rendered (the map, see main.tsx) are served from there.
    link: ApolloLink.from([signInOnUnauthenticated(), preloadedAnswers(), new HttpLink({ uri })]),
    cache: createCache(),
  });
}

export function createCache() {
  return new InMemoryCache({
    possibleTypes,
    typePolicies: {
      // Map nodes and edges are views computed per filter (degree may differ per view):
      // store them inside their query instead of merging them across queries.
      MapNode: { keyFields: false },
      MapEdge: { keyFields: false },
    },
  });
}
