export const DOWNLOAD_FORMATS = [
  { format: "docx", label: "Word (DOCX)" },
  { format: "pdf", label: "PDF" },
  { format: "xlsx", label: "Excel (XLSX)" },
  { format: "csv", label: "CSV (all tables)" },
  { format: "html", label: "Web page (HTML, ready to print)" },
] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number]["format"];

/** Fetches the rendered report (the annual report, or the Complaint Handling Code report) with the signed-in session (its cookie) and saves it; throws with the gateway's message. */
export async function downloadReport(financialYear: number, format: DownloadFormat, report: "annual" | "code" = "annual"): Promise<string> {
  const response = await fetch(`/reports/download?financialYear=${financialYear}&format=${format}&report=${report}`, { credentials: "same-origin" });
  if (!response.ok) {
    const body = await response.text();
    let message = `The ${format.toUpperCase()} could not be made (${response.status})`;
    try {
      message = (JSON.parse(body) as { error?: string }).error ?? message;
    } catch {
      // not JSON: keep the status message
    }
    throw new Error(message);
  }
  const blob = await response.blob();
  const disposition = response.headers.get("content-disposition") ?? "";
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? `report-${financialYear}.${format}`;
  saveBlob(blob, name);
  return name;
}

/** Saves a file the page made or fetched under the given name (the browser's download). */
export function saveBlob(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
