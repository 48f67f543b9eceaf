import { CSRF_HEADERS } from "../../auth/session";

interface UploadedDocument {
  id: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
}

/** The session cookie goes by itself (same origin); an upload carries the CSRF header the gateway requires. */

async function problem(response: Response, fallback: string): Promise<Error> {
  try {
    const body = (await response.json()) as { error?: string };
    return new Error((body.error ?? fallback).replace(/^file: /, ""));
  } catch {
    return new Error(fallback);
  }
}

/** Sends the file to the gateway (checked there by its content, ≤ 20 MB); throws with the gateway's reason. */
export async function uploadDocument(caseId: string, file: File): Promise<UploadedDocument> {
  const response = await fetch(`/documents/upload?caseId=${encodeURIComponent(caseId)}&name=${encodeURIComponent(file.name)}`, {
    method: "POST",
    headers: { ...CSRF_HEADERS, "content-type": "application/octet-stream" },
    body: file,
  });
  if (!response.ok) throw await problem(response, `The document could not be attached (${response.status})`);
  return (await response.json()) as UploadedDocument;
}

/** Fetches the document with the signed-in session and saves it under its own name. */
export async function downloadDocument(id: string, fileName: string): Promise<void> {
  const response = await fetch(`/documents/download?id=${encodeURIComponent(id)}`, { credentials: "same-origin" });
  if (!response.ok) throw await problem(response, `The document could not be downloaded (${response.status})`);
  const url = URL.createObjectURL(await response.blob());
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
