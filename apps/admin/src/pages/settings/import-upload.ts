import { CSRF_HEADERS } from "../../auth/session";

/**
 * Sends a council's export to the gateway as a stream (POST /imports/cases, ≤ 50 MB) and answers the import job's
 * id; throws with the gateway's reason (which names the field) when it is refused.
 */
export async function uploadExport(file: File, dryRun: boolean): Promise<string> {
  const response = await fetch(`/imports/cases${dryRun ? "?dryRun=true" : ""}`, {
    method: "POST",
    headers: { ...CSRF_HEADERS, "content-type": "text/csv" },
    body: file,
  });
  const body = (await response.json().catch(() => ({}))) as { jobId?: string; error?: string };
  if (response.status !== 202 || !body.jobId) {
    throw new Error((body.error ?? `The file could not be uploaded (${response.status})`).replace(/^(file|csv): /, ""));
  }
  return body.jobId;
}
