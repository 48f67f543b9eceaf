import { useState } from "react";
import { saveBlob } from "./download";

/**
 * Download buttons for a statistics or comparison result, as the gateway exports it (`csv`: UTF-8 with a
 * byte-order mark; `xlsx`: a base64 Excel workbook): the same figures as on the page, small numbers withheld as "[x]".
 */
export type ExportFormat = "csv" | "xlsx";

const TYPES: Record<ExportFormat, string> = {
  csv: "text/csv;charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
};

function fileOf(format: ExportFormat, content: string): Blob {
  if (format === "csv") return new Blob([content], { type: TYPES.csv });
  const bytes = Uint8Array.from(atob(content), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type: TYPES.xlsx });
}

export function ExportButtons({ name, load }: { name: string; load: (format: ExportFormat) => Promise<string | null> }) {
  const [status, setStatus] = useState<string>("");
  const download = async (format: ExportFormat) => {
    setStatus(`Preparing the ${format.toUpperCase()} file…`);
    const content = await load(format).catch(() => null);
    if (content === null) {
      setStatus(`The ${format.toUpperCase()} file could not be made: try again.`);
      return;
    }
    saveBlob(fileOf(format, content), `${name}.${format}`);
    setStatus(`Downloaded ${name}.${format}`);
  };
  return (
    <div className="govuk-button-group">
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => void download("csv")}>
        Download CSV
      </button>
      <button type="button" className="govuk-button govuk-button--secondary" data-module="govuk-button" onClick={() => void download("xlsx")}>
        Download Excel (XLSX)
      </button>
      <p className="govuk-body" role="status">
        {status}
      </p>
    </div>
  );
}
