import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CouncilTransaction } from "../db/client";
import { startS3Server, type RunningS3 } from "../testing/s3-server";
import { documentStoresFromEnv, s3SettingsFromEnv } from "./document-store-config";
import { postgresDocumentStore } from "./document-store";
import { s3DocumentStore } from "./s3-document-store";

let s3: RunningS3;
// The S3 store reads and writes no database row for an S3 document.
const noTx = {} as CouncilTransaction;

beforeAll(async () => {
  s3 = await startS3Server();
});
afterAll(async () => s3?.stop());

const env = (settings: RunningS3["settings"], more: Record<string, string> = {}): NodeJS.ProcessEnv => ({
  CSC_DOCUMENT_STORE: "s3",
  CSC_S3_ENDPOINT: settings.endpoint,
  CSC_S3_REGION: settings.region,
  CSC_S3_BUCKET: settings.bucket,
  CSC_S3_ACCESS_KEY_ID: settings.accessKeyId,
  CSC_S3_SECRET_ACCESS_KEY: settings.secretAccessKey,
  ...more,
});

describe("the S3-compatible document store, against a real S3-compatible server", () => {
  it("puts a document under council/case/document, reads the same bytes back, and deletes it", async () => {
    const store = s3DocumentStore(s3.settings);
    const bytes = Buffer.from("%PDF-1.7\nsome bytes\n%%EOF\n");
    const at = await store.put(noTx, { councilId: "demo-north", caseId: "case-1", documentId: "doc-1" }, bytes);
    expect(at).toEqual({ storage: "s3", storageKey: "demo-north/case-1/doc-1", content: null });
    const row = { councilId: "demo-north", id: "doc-1", storage: "s3", storageKey: at.storageKey };
    expect((await store.get(noTx, row)).equals(bytes)).toBe(true);
    // The object is really in the bucket, read by another client.
    const client = new S3Client({ endpoint: s3.settings.endpoint, region: s3.settings.region, forcePathStyle: true, credentials: s3.settings });
    const object = await client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: "demo-north/case-1/doc-1" }));
    expect(Buffer.from((await object.Body?.transformToByteArray()) ?? []).equals(bytes)).toBe(true);
    await store.remove([row]);
    await expect(store.get(noTx, row)).rejects.toMatchObject({ name: "NoSuchKey" });
  });

  it("is refused by the server with an access key it does not know", async () => {
    const store = s3DocumentStore({ ...s3.settings, accessKeyId: "NOT-A-KEY" });
    await expect(store.put(noTx, { councilId: "c", caseId: "k", documentId: "d" }, Buffer.from("x"))).rejects.toMatchObject({
      name: "InvalidAccessKeyId",
    });
  });

  it("is chosen by CSC_DOCUMENT_STORE=s3, for every council or only those in CSC_S3_COUNCILS; a missing setting is named", () => {
    expect(documentStoresFromEnv({})("demo-north")).toBe(postgresDocumentStore);
    expect(documentStoresFromEnv(env(s3.settings))("demo-north")).not.toBe(postgresDocumentStore);
    const some = documentStoresFromEnv(env(s3.settings, { CSC_S3_COUNCILS: "worcestershire, somerset" }));
    expect(some("somerset")).not.toBe(postgresDocumentStore);
    expect(some("demo-north")).toBe(postgresDocumentStore);
    expect(() => s3SettingsFromEnv({ CSC_DOCUMENT_STORE: "s3", CSC_S3_ENDPOINT: "http://127.0.0.1:1" })).toThrow(
      "CSC_DOCUMENT_STORE=s3 needs CSC_S3_REGION, CSC_S3_BUCKET, CSC_S3_ACCESS_KEY_ID, CSC_S3_SECRET_ACCESS_KEY",
    );
    expect(() => documentStoresFromEnv({ CSC_DOCUMENT_STORE: "ftp" })).toThrow('CSC_DOCUMENT_STORE must be "postgres" or "s3", not "ftp"');
    expect(s3SettingsFromEnv(env(s3.settings, { CSC_S3_FORCE_PATH_STYLE: "false" })).forcePathStyle).toBe(false);
  });
});
