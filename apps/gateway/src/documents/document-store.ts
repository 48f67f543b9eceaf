import type { CouncilTransaction } from "../db/client";

/**
 * Where a document's bytes live. The default keeps them in PostgreSQL (case_document.content), so a database
 * backup holds them. A council may point the gateway at an S3-compatible store instead: implement this interface
 * (put the object under a key such as `<councilId>/<caseId>/<documentId>`, return storage "s3" and the key; get it
 * back by the key) and pass it to createGateway. Not built here: no S3 client is bundled.
 */
export interface DocumentStore {
  /** Stores the bytes; what to record on the case_document row. */
  put(tx: CouncilTransaction, where: { councilId: string; caseId: string; documentId: string }, bytes: Buffer): Promise<StoredAt>;
  /** The bytes of a stored document. */
  get(tx: CouncilTransaction, row: { councilId: string; id: string; storage: string; storageKey: string | null }): Promise<Buffer>;
}

export interface StoredAt {
  storage: "postgres" | "s3";
  storageKey: string | null;
  /** The bytes to keep in case_document.content (PostgreSQL storage), or null. */
  content: Buffer | null;
}

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
};
