import { createHash } from "node:crypto";
import type { CouncilTransaction } from "../db/client";
import type { DocumentStore } from "./document-store";

/** A document to keep on a case: who keeps it and what it is (its bytes are checked or written by the caller). */
interface CaseDocumentToKeep {
  councilId: string;
  caseId: string;
  fileName: string;
  mediaType: string;
  uploadedBy: string;
}

/**
 * Keeps a document on a case: its bytes in the store, then its case_document row (size, SHA-256, where the
 * bytes are). The one way an uploaded file and a written letter become case documents; the caller audits it.
 */
export async function keepCaseDocument(tx: CouncilTransaction, store: DocumentStore, document: CaseDocumentToKeep, bytes: Buffer) {
  const id = crypto.randomUUID();
  const stored = await store.put(tx, { councilId: document.councilId, caseId: document.caseId, documentId: id }, bytes);
  return tx.caseDocument.create({
    data: {
      ...document,
      id,
      sizeBytes: bytes.length,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      storage: stored.storage,
      storageKey: stored.storageKey,
      content: stored.content ? new Uint8Array(stored.content) : null,
    },
    select: { id: true, fileName: true, mediaType: true, sizeBytes: true, uploadedAt: true },
  });
}
