import { fileTypeFromBuffer } from "file-type";

/** The largest document a case takes: 20 MB. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** What a case accepts, by the type found in the content: PDF, Word, Excel, images, email files. */
const ACCEPTED: Record<string, string> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  png: "image/png",
  jpg: "image/jpeg",
  gif: "image/gif",
  webp: "image/webp",
  tif: "image/tiff",
  heic: "image/heic",
};

/** Old Office files and Outlook .msg share one container format (OLE compound file): the name tells which. */
const COMPOUND: Record<string, string> = {
  doc: "application/msword",
  xls: "application/vnd.ms-excel",
  msg: "application/vnd.ms-outlook",
};

const EMAIL_HEADER = /^(received|return-path|from|to|subject|date|message-id|mime-version|delivered-to|x-[a-z-]+):/i;

function extensionOf(name: string): string {
  const dot = name.lastIndexOf(".");
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : "";
}

type DocumentCheck = { ok: true; mediaType: string } | { ok: false; message: string };

/**
 * Checks a document by its content (magic bytes), not its name: PDF, Word, Excel, images, .eml and .msg email files.
 * The name only tells apart formats whose content is the same container (.doc/.xls/.msg) and a plain-text .eml.
 */
export async function checkDocument(name: string, bytes: Buffer): Promise<DocumentCheck> {
  if (bytes.length === 0) return { ok: false, message: "file: the document is empty" };
  if (bytes.length > MAX_DOCUMENT_BYTES) return { ok: false, message: `file: must be ${MAX_DOCUMENT_BYTES / (1024 * 1024)} MB or smaller` };
  const found = await fileTypeFromBuffer(bytes);
  const ext = extensionOf(name);
  if (found && ACCEPTED[found.ext]) return { ok: true, mediaType: ACCEPTED[found.ext] ?? found.mime };
  if (found?.ext === "cfb" && COMPOUND[ext]) return { ok: true, mediaType: COMPOUND[ext] ?? "application/octet-stream" };
  if (!found && ext === "eml") {
    const head = bytes.subarray(0, 2048).toString("utf8");
    if (EMAIL_HEADER.test(head.trimStart())) return { ok: true, mediaType: "message/rfc822" };
  }
  return {
    ok: false,
    message: `file: "${name}" is not a PDF, Word, Excel, image or email file by its content${found ? ` (it is ${found.mime})` : ""}`,
  };
}
