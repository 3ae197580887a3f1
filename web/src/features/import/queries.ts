import { graphql } from "../../graphql/__generated__";

export const ImportReportFragment = graphql(`
  fragment ImportReportFields on ImportReport {
    valid
    applied
    nodes {
      new
      changed
      unchanged
    }
    relationships {
      new
      changed
      unchanged
    }
    problems {
      file
      row
      column
      rule
      message
      messageEn
    }
  }
`);

export const ImportPreviewQuery = graphql(`
  query ImportPreview($files: ImportFilesInput!) {
    importPreview(files: $files) {
      ...ImportReportFields
    }
  }
`);

export const ImportNetworkMutation = graphql(`
  mutation ImportNetwork($files: ImportFilesInput!) {
    importNetwork(files: $files) {
      ...ImportReportFields
    }
  }
`);

export const ExportNetworkQuery = graphql(`
  query ExportNetwork($format: ExportFormat!, $filter: NetworkFilter) {
    exportNetwork(format: $format, filter: $filter) {
      format
      nodeCount
      relationshipCount
      files {
        name
        mimeType
        content
      }
    }
  }
`);
