import { useApolloClient } from "@apollo/client/react";
import { useMemo } from "react";

import type {
  ExportFormat,
  ImportFilesInput,
  NetworkFilter,
} from "../../graphql/__generated__/graphql";
import { ExportNetworkQuery, ImportNetworkMutation, ImportPreviewQuery } from "./queries";

/** Preview, import and export of whole files; an import makes every cached answer stale. */
export function useImportExport() {
  const client = useApolloClient();
  return useMemo(
    () => ({
      preview: async (files: ImportFilesInput) => {
        const result = await client.query({
          query: ImportPreviewQuery,
          variables: { files },
          // A preview is of these files at this moment: never from the cache.
          fetchPolicy: "no-cache",
        });
        return result.data?.importPreview;
      },
      importFiles: async (files: ImportFilesInput) => {
        const result = await client.mutate({
          mutation: ImportNetworkMutation,
          variables: { files },
        });
        // Anything may have changed: drop every cached answer except who is signed in; what is
        // on screen asks again, everything else when it is next shown.
        client.cache.modify({
          id: "ROOT_QUERY",
          fields: (value: unknown, { fieldName, DELETE }): unknown =>
            fieldName === "me" ? value : DELETE,
        });
        client.cache.gc();
        return result.data?.importNetwork;
      },
      exportNetwork: async (format: ExportFormat, filter: NetworkFilter | null) => {
        const result = await client.query({
          query: ExportNetworkQuery,
          variables: { format, filter },
          fetchPolicy: "no-cache",
        });
        return result.data?.exportNetwork;
      },
    }),
    [client],
  );
}
