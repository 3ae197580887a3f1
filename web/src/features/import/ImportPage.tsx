import "../editing/editing.css";

import type { FormEvent } from "react";
import { useId, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";

import { useDocumentTitle } from "../../app/useDocumentTitle";
import type {
  ExportFormat,
  ImportFilesInput,
  ImportReportFieldsFragment,
} from "../../graphql/__generated__/graphql";
import { readApiError } from "../editing/apiErrors";
import { useEditPermission } from "../editing/mutations";
import { announce, StatusRegion } from "../editing/status";
import { activeFilterCount, decodeState, toNetworkFilter } from "../explorer/urlState";
import { downloadText } from "./download";
import { ImportPreview } from "./ImportPreview";
import { useImportExport } from "./mutations";

type FileKey = "nodesCsv" | "edgesCsv" | "json";

const FILE_INPUTS: { key: FileKey; accept: string }[] = [
  { key: "nodesCsv", accept: ".csv,text/csv" },
  { key: "edgesCsv", accept: ".csv,text/csv" },
  { key: "json", accept: ".json,application/json" },
];

/** Reads the chosen files as text: the API takes file contents, not uploads. */
async function readFiles(files: Partial<Record<FileKey, File>>): Promise<ImportFilesInput> {
  const input: ImportFilesInput = {};
  for (const { key } of FILE_INPUTS) {
    const file = files[key];
    if (file) input[key] = await file.text();
  }
  return input;
}

function ImportSection() {
  const { t } = useTranslation();
  const id = useId();
  const [searchParams] = useSearchParams();
  const { preview, importFiles } = useImportExport();
  const [files, setFiles] = useState<Partial<Record<FileKey, File>>>({});
  const [report, setReport] = useState<ImportReportFieldsFragment | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<"check" | "import" | null>(null);
  const [imported, setImported] = useState(false);

  const choose = (key: FileKey, file: File | undefined) => {
    setFiles((current) => ({ ...current, [key]: file }));
    setReport(null);
    setImported(false);
    setProblem(null);
  };

  const check = async (event: FormEvent) => {
    event.preventDefault();
    setProblem(null);
    setImported(false);
    if (!files.nodesCsv && !files.json) {
      setProblem(t("importPage.needFiles"));
      return;
    }
    setBusy("check");
    try {
      setReport((await preview(await readFiles(files))) ?? null);
    } catch (error) {
      setProblem(t(`editing.failure.${readApiError(error).kind}` as "editing.failure.other"));
    } finally {
      setBusy(null);
    }
  };

  const confirm = async () => {
    setBusy("import");
    setProblem(null);
    try {
      const result = await importFiles(await readFiles(files));
      if (result) {
        setReport(result);
        setImported(result.applied);
        announce(
          t("importPage.done", {
            nodes: t("status.nodes", { count: result.nodes.new + result.nodes.changed }),
            relationships: t("status.edges", {
              count: result.relationships.new + result.relationships.changed,
            }),
          }),
        );
      }
    } catch (error) {
      setProblem(t(`editing.failure.${readApiError(error).kind}` as "editing.failure.other"));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("importPage.importTitle")}</h2>
      <p>{t("importPage.intro")}</p>
      <form className="form" noValidate onSubmit={(event) => void check(event)}>
        {FILE_INPUTS.map(({ key, accept }) => (
          <div className="form-field" key={key}>
            <label htmlFor={`${id}-${key}`}>{t(`importPage.file_${key}`)}</label>
            <input
              id={`${id}-${key}`}
              type="file"
              accept={accept}
              data-testid={`import-file-${key}`}
              aria-describedby={problem ? `${id}-problem` : undefined}
              onChange={(event) => choose(key, event.target.files?.[0])}
            />
          </div>
        ))}
        {problem && (
          <p id={`${id}-problem`} className="form-field__error" role="alert">
            {problem}
          </p>
        )}
        <div className="form__actions" style={{ justifyContent: "flex-start" }}>
          <button type="submit" className="button button--secondary" disabled={busy !== null}>
            {busy === "check" ? t("importPage.checking") : t("importPage.check")}
          </button>
        </div>
      </form>
      {report && (
        <>
          <h3>{imported ? t("importPage.resultTitle") : t("importPage.previewTitle")}</h3>
          <ImportPreview report={report} />
          {!imported && report.valid && (
            <button
              type="button"
              className="button button--primary"
              disabled={busy !== null}
              onClick={() => void confirm()}
            >
              {busy === "import" ? t("importPage.importing") : t("importPage.confirm")}
            </button>
          )}
          {imported && (
            <p>
              <Link to={{ pathname: "/", search: searchParams.toString() }}>
                {t("importPage.toMap")}
              </Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

const FORMATS: ExportFormat[] = ["JSON", "CSV", "GRAPHML"];

function ExportSection() {
  const { t } = useTranslation();
  const id = useId();
  const [params] = useSearchParams();
  const state = useMemo(() => decodeState(params), [params]);
  const filtered = activeFilterCount(state) > 0 || state.focusId !== null;
  const [scope, setScope] = useState<"all" | "view">("all");
  const [busy, setBusy] = useState(false);
  const { exportNetwork } = useImportExport();

  const run = async (format: ExportFormat) => {
    setBusy(true);
    try {
      const result = await exportNetwork(
        format,
        scope === "view" && filtered ? toNetworkFilter(state) : null,
      );
      if (!result) return;
      for (const file of result.files) downloadText(file.name, file.content, file.mimeType);
      announce(
        t("importPage.exported", {
          nodes: t("status.nodes", { count: result.nodeCount }),
          relationships: t("status.edges", { count: result.relationshipCount }),
          files: result.files.map((file) => file.name).join(", "),
        }),
      );
    } catch (error) {
      announce(t(`editing.failure.${readApiError(error).kind}` as "editing.failure.other"));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t("importPage.exportTitle")}</h2>
      <fieldset className="form-field">
        <legend>{t("importPage.scope")}</legend>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === "all"}
            onChange={() => setScope("all")}
          />
          {t("importPage.scopeAll")}
        </label>
        <label className="checkbox">
          <input
            type="radio"
            name={`${id}-scope`}
            checked={scope === "view"}
            disabled={!filtered}
            onChange={() => setScope("view")}
          />
          {filtered ? t("importPage.scopeView") : t("importPage.scopeViewNone")}
        </label>
      </fieldset>
      <div className="editing-actions">
        {FORMATS.map((format) => (
          <button
            key={format}
            type="button"
            className="button button--secondary"
            disabled={busy}
            onClick={() => void run(format)}
          >
            {t(`importPage.format_${format}`)}
          </button>
        ))}
      </div>
    </section>
  );
}

/** /importeren: upload nodes.csv + edges.csv or a JSON export, preview, confirm; and export. */
export function ImportPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("importPage.title"));
  const { canEdit, loading } = useEditPermission();
  return (
    <div className="page import-page">
      <h1>{t("importPage.title")}</h1>
      <StatusRegion testId="import-status" />
      {canEdit && (
        <>
          <ImportSection />
          <ExportSection />
        </>
      )}
      {!canEdit && !loading && <p className="notice">{t("importPage.editorsOnly")}</p>}
    </div>
  );
}
