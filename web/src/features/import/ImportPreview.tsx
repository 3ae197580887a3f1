import { useTranslation } from "react-i18next";

import type { ImportReportFieldsFragment } from "../../graphql/__generated__/graphql";

/** Counts new / changed / unchanged, and every problem with its file, row, column and rule. */
export function ImportPreview({ report }: { report: ImportReportFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const rows = [
    { key: "nodes", label: t("importPage.nodes"), counts: report.nodes },
    { key: "relationships", label: t("importPage.relationships"), counts: report.relationships },
  ] as const;
  return (
    <div data-testid="import-preview">
      <table className="table counts-table">
        <caption>{t("importPage.countsCaption")}</caption>
        <thead>
          <tr>
            <td />
            <th scope="col">{t("importPage.new")}</th>
            <th scope="col">{t("importPage.changed")}</th>
            <th scope="col">{t("importPage.unchanged")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-testid={`import-counts-${row.key}`}>
              <th scope="row">{row.label}</th>
              <td data-testid={`import-${row.key}-new`}>{row.counts.new}</td>
              <td data-testid={`import-${row.key}-changed`}>{row.counts.changed}</td>
              <td data-testid={`import-${row.key}-unchanged`}>{row.counts.unchanged}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.problems.length === 0 ? (
        <p data-testid="import-valid">{t("importPage.noProblems")}</p>
      ) : (
        <>
          <h3 role="alert">{t("importPage.problems", { count: report.problems.length })}</h3>
          <div className="table-scroll">
            <table className="table" data-testid="import-problems">
              <thead>
                <tr>
                  <th scope="col">{t("importPage.file")}</th>
                  <th scope="col">{t("importPage.row")}</th>
                  <th scope="col">{t("importPage.column")}</th>
                  <th scope="col">{t("importPage.rule")}</th>
                  <th scope="col">{t("importPage.message")}</th>
                </tr>
              </thead>
              <tbody>
                {report.problems.map((problem, index) => (
                  <tr key={`${problem.file}-${problem.row}-${problem.column}-${index}`}>
                    <td>{problem.file}</td>
                    <td className="table__number">{problem.row ?? "–"}</td>
                    <td>{problem.column ?? "–"}</td>
                    <td>{problem.rule}</td>
                    <td>{i18n.language === "en" ? problem.messageEn : problem.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
    </div>
  );
}
