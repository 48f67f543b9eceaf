import type { CouncilTransaction } from "../db/client";

/** A stored document as the store needs it: where its bytes are (case_document.storage and storage_key). */
export interface StoredDocument {
  councilId: string;
  id: string;
  storage: string;
  storageKey: string | null;
}

/**
 * Where a document's bytes live. The default keeps them in PostgreSQL (case_document.content), so a database
 * backup holds them. The platform, or a council, may use an S3-compatible store instead (./s3-document-store.ts,
 * chosen by ./document-store-config.ts): objects under `<councilId>/<caseId>/<documentId>`, storage "s3".
 */
export interface DocumentStore {
  /** Stores the bytes; what to record on the case_document row. */
  put(tx: CouncilTransaction, where: { councilId: string; caseId: string; documentId: string }, bytes: Buffer): Promise<StoredAt>;
  /** The bytes of a stored document. */
  get(tx: CouncilTransaction, row: StoredDocument): Promise<Buffer>;
  /** Deletes the bytes of documents whose rows are being deleted (retention erasure); PostgreSQL's go with the row. */
  remove(rows: readonly StoredDocument[]): Promise<void>;
}

export interface StoredAt {
  storage: "postgres" | "s3";
  storageKey: string | null;
  /** The bytes to keep in case_document.content (PostgreSQL storage), or null. */
  content: Buffer | null;
}

/** Which store a council's documents go to (the same one for every council unless configured otherwise). */
export type DocumentStoreFor = (councilId: string) => DocumentStore;

/** The default store: the bytes in the case_document row itself. */
export const postgresDocumentStore: DocumentStore = {
  async put(_tx, _where, bytes) {
    return { storage: "postgres", storageKey: null, content: bytes };
  },
  async get(tx, row) {
    const found = await tx.caseDocument.findUnique({ where: { councilId_id: { councilId: row.councilId, id: row.id } }, select: { content: true } });
    if (!found?.content) throw new Error("document content missing");
    return Buffer.from(found.content);
  },
  async remove() {
    // The bytes are in the row: deleting the row deletes them.
  },
};
