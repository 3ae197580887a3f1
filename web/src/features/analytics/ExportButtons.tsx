import type { RefObject } from "react";
import { useState } from "react";
import { useTranslation } from "react-i18next";

import type { CsvValue } from "./csv";
import { downloadCsv, downloadUrl, toCsv } from "./csv";
import { svgToPng } from "./png";

export interface CsvButtonProps {
  /** File name without extension. */
  fileName: string;
  /** What is exported, added (for screen readers) to the button's visible text. */
  what: string;
  header: readonly string[];
  rows: () => readonly (readonly CsvValue[])[];
  disabled?: boolean;
}

/** Export a table, as the user sees it, to CSV. */
export function CsvButton({ fileName, what, header, rows, disabled }: CsvButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--secondary"
      disabled={disabled}
      onClick={() => downloadCsv(toCsv(header, rows()), `${fileName}.csv`)}
    >
      {t("export.csv")}
      <span className="visually-hidden">: {what}</span>
    </button>
  );
}

/** Export the SVG chart inside `target` to PNG. */
export function ChartPngButton({
  target,
  fileName,
  what,
}: {
  target: RefObject<HTMLElement | null>;
  fileName: string;
  what: string;
}) {
  const { t } = useTranslation();
  const [failed, setFailed] = useState(false);
  const save = async () => {
    const svg = target.current?.querySelector<SVGSVGElement>("svg.recharts-surface");
    if (!svg) return;
    try {
      downloadUrl(await svgToPng(svg), `${fileName}.png`);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  };
  return (
    <>
      <button type="button" className="button button--secondary" onClick={() => void save()}>
        {t("export.png")}
        <span className="visually-hidden">: {what}</span>
      </button>
      {failed && (
        <span role="alert" className="analytics__error">
          {t("export.pngFailed")}
        </span>
      )}
    </>
  );
}
