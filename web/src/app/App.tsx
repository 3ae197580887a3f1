import type { ApolloClient } from "@apollo/client";
import { ApolloProvider } from "@apollo/client/react";
import { useState } from "react";
import { createBrowserRouter } from "react-router";
// The DOM RouterProvider supports `flushSync` navigations (used by the filters).
import { RouterProvider } from "react-router/dom";

import { routes } from "./routes";

export function App({ client }: { client: ApolloClient }) {
  // Created once: a router re-created on render would reset navigation state.
  const [router] = useState(() => createBrowserRouter(routes));
  return (
    <ApolloProvider client={client}>
      <RouterProvider router={router} />
    </ApolloProvider>
  );
}
