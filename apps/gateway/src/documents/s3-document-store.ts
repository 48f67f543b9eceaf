import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import type { DocumentStore } from "./document-store";
import { postgresDocumentStore } from "./document-store";

/** How to reach an S3-compatible store (./document-store-config.ts reads it from the environment). */
export interface S3StoreSettings {
  /** e.g. https://s3.eu-west-2.amazonaws.com, or a council's own S3-compatible service. */
  endpoint: string;
  region: string;
  bucket: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** Bucket in the path (most S3-compatible services) rather than in the host name. */
  forcePathStyle: boolean;
}

/**
 * Documents in an S3-compatible bucket (signed with AWS Signature Version 4 by the maintained AWS SDK), each
 * under `<councilId>/<caseId>/<documentId>`. A document stored in PostgreSQL before the switch is still read
 * from its row. The object key names ids only, never a person or a file name.
 */
export function s3DocumentStore(settings: S3StoreSettings, client?: S3Client): DocumentStore {
  const s3 =
    client ??
    new S3Client({
      endpoint: settings.endpoint,
      region: settings.region,
      forcePathStyle: settings.forcePathStyle,
      credentials: { accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey },
    });
  const Bucket = settings.bucket;
  return {
    async put(_tx, where, bytes) {
      const Key = `${where.councilId}/${where.caseId}/${where.documentId}`;
      await s3.send(new PutObjectCommand({ Bucket, Key, Body: bytes, ContentLength: bytes.length }));
      return { storage: "s3", storageKey: Key, content: null };
    },
    async get(tx, row) {
      if (row.storage !== "s3") return postgresDocumentStore.get(tx, row);
      if (!row.storageKey) throw new Error("document storage key missing");
      const answer = await s3.send(new GetObjectCommand({ Bucket, Key: row.storageKey }));
      if (!answer.Body) throw new Error("document content missing");
      return Buffer.from(await answer.Body.transformToByteArray());
    },
    async remove(rows) {
      for (const row of rows) {
        if (row.storage === "s3" && row.storageKey) await s3.send(new DeleteObjectCommand({ Bucket, Key: row.storageKey }));
      }
    },
  };
}
