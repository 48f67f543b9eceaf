import { GetObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresDocumentStore } from "../documents/document-store";
import { s3DocumentStore } from "../documents/s3-document-store";
import type { DocumentStore } from "../documents/document-store";
import { runRetention } from "../retention/retention";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";
import { startS3Server, type RunningS3 } from "../testing/s3-server";

/**
 * Documents in an S3-compatible store (a real one, s3rver on 127.0.0.1) for demo-north, PostgreSQL for the
 * other councils: attached and downloaded through the gateway with the same role rules and audit as ever,
 * and deleted from the bucket when retention erases the case's personal data.
 */
let h: Harness;
let s3: RunningS3;
let store: DocumentStore;
let client: S3Client;
const COUNCIL = "demo-north";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

async function upload(token: string, caseId: string, name: string, body: Buffer) {
  const res = await fetch(`${h.url}/documents/upload?caseId=${caseId}&name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function inBucket(key: string): Promise<Buffer | null> {
  try {
    const object = await client.send(new GetObjectCommand({ Bucket: s3.settings.bucket, Key: key }));
    return Buffer.from((await object.Body?.transformToByteArray()) ?? []);
  } catch {
    return null;
  }
}

async function newCase(token: string, input: Record<string, unknown> = {}): Promise<{ id: string; version: number }> {
  const answer = await h.gql<{ recordFeedback: { id: string; version: number } }>(RECORD_FEEDBACK, { input: complaint(input) }, token);
  expect(answer.errors).toBeUndefined();
  return answer.data?.recordFeedback as { id: string; version: number };
}

beforeAll(async () => {
  s3 = await startS3Server();
  store = s3DocumentStore(s3.settings);
  client = new S3Client({ endpoint: s3.settings.endpoint, region: s3.settings.region, forcePathStyle: true, credentials: s3.settings });
  h = await startHarness({ documentStores: (councilId) => (councilId === COUNCIL ? store : postgresDocumentStore) });
});
afterAll(async () => {
  await h?.stop();
  await s3?.stop();
});

describe("documents in an S3-compatible store, through the gateway", () => {
  it("an officer attaches a PDF to the bucket (no bytes in PostgreSQL) and downloads the same bytes; both audited", async () => {
    const officer = await h.signIn("officer", COUNCIL);
    const c = await newCase(officer);
    const sent = await upload(officer, c.id, "Response letter.pdf", PDF);
    expect(sent.status).toBe(201);
    const row = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: COUNCIL, caseId: c.id } });
    expect(row).toMatchObject({ storage: "s3", storageKey: `${COUNCIL}/${c.id}/${row.id}`, content: null });
    expect((await inBucket(row.storageKey as string))?.equals(PDF)).toBe(true);
    const res = await fetch(`${h.url}/documents/download?id=${row.id}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const actions = (await h.db.prisma.auditLog.findMany({ where: { councilId: COUNCIL, caseId: c.id }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["attachDocument", "downloadDocument"]));

    const auditor = await h.signIn("auditor", COUNCIL);
    expect((await fetch(`${h.url}/documents/download?id=${row.id}`, { headers: { authorization: `Bearer ${auditor}` } })).status).toBe(403);
    const other = await h.signIn("officer", "demo-south");
    expect((await fetch(`${h.url}/documents/download?id=${row.id}`, { headers: { authorization: `Bearer ${other}` } })).status).toBe(404);
  });

  it("a letter the officer writes is kept in the council's store too, not in PostgreSQL", async () => {
    const officer = await h.signIn("officer", COUNCIL);
    const c = await newCase(officer);
    const written = await h.gql<{ generateLetter: { id: string } }>(
      `mutation($caseId: ID!) { generateLetter(caseId: $caseId, template: ACKNOWLEDGEMENT, format: DOCX) { id } }`,
      { caseId: c.id },
      officer,
    );
    expect(written.errors).toBeUndefined();
    const row = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: COUNCIL, id: written.data?.generateLetter.id as string } });
    expect(row).toMatchObject({ storage: "s3", storageKey: `${COUNCIL}/${c.id}/${row.id}`, content: null });
    const res = await fetch(`${h.url}/documents/download?id=${row.id}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(200);
    expect((await inBucket(row.storageKey as string))?.equals(Buffer.from(await res.arrayBuffer()))).toBe(true);
  });

  it("another council keeps its documents in PostgreSQL", async () => {
    const officer = await h.signIn("officer", "demo-south");
    const c = await newCase(officer);
    expect((await upload(officer, c.id, "note.pdf", PDF)).status).toBe(201);
    const row = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: "demo-south", caseId: c.id } });
    expect(row).toMatchObject({ storage: "postgres", storageKey: null });
    expect(row.content?.length).toBe(PDF.length);
  });

  it("retention erasure deletes the document from the bucket with its row", async () => {
    const officer = await h.signIn("officer", COUNCIL);
    const c = await newCase(officer, { receivedOn: "2018-01-08" });
    const closed = await h.gql(
      caseMutation("closeCase", "CloseCaseInput"),
      { input: { caseId: c.id, version: c.version, closedOn: "2018-02-01", reason: "Resolved" } },
      officer,
    );
    expect(closed.errors).toBeUndefined();
    expect((await upload(officer, c.id, "old.pdf", PDF)).status).toBe(201);
    const row = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: COUNCIL, caseId: c.id } });
    expect(await inBucket(row.storageKey as string)).not.toBeNull();
    const run = await runRetention(h.db.prisma, COUNCIL, "2026-12-04", store);
    expect(run.erased.map((e) => e.caseId)).toContain(c.id);
    expect(await h.db.prisma.caseDocument.count({ where: { councilId: COUNCIL, caseId: c.id } })).toBe(0);
    expect(await inBucket(row.storageKey as string)).toBeNull();
  });
});
