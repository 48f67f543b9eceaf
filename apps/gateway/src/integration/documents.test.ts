import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let caseId = "";
const PDF = Buffer.from("%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");

async function upload(token: string, name: string, body: Buffer, id = caseId) {
  const res = await fetch(`${h.url}/documents/upload?caseId=${id}&name=${encodeURIComponent(name)}`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, "content-type": "application/octet-stream" },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  h = await startHarness();
  const officer = await h.signIn("officer", "demo-north");
  const answer = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  caseId = answer.data!.recordFeedback.id;
});
afterAll(async () => h?.stop());

describe("documents attached to a case, through the gateway", () => {
  it("an officer attaches a PDF (stored in PostgreSQL), lists it and downloads the same bytes; both audited", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const sent = await upload(officer, "Response letter.pdf", PDF);
    expect(sent.status).toBe(201);
    expect(sent.body).toMatchObject({ fileName: "Response letter.pdf", mediaType: "application/pdf", sizeBytes: PDF.length });
    const listed = await h.gql<{ case: { documents: { id: string; fileName: string }[] } }>(
      `query($id: ID!) { case(id: $id) { documents { id fileName mediaType sizeBytes } } }`,
      { id: caseId },
      officer,
    );
    expect(listed.data?.case.documents.map((d) => d.fileName)).toEqual(["Response letter.pdf"]);
    const res = await fetch(`${h.url}/documents/download?id=${String(sent.body.id)}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("Response%20letter.pdf");
    expect(Buffer.from(await res.arrayBuffer()).equals(PDF)).toBe(true);
    const row = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: "demo-north", caseId } });
    expect(row.storage).toBe("postgres");
    expect(row.content?.length).toBe(PDF.length);
    expect(row).toMatchObject({ id: sent.body.id, sizeBytes: PDF.length, sha256: createHash("sha256").update(PDF).digest("hex") });
    const actions = (await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", caseId }, select: { action: true } })).map(
      (a) => a.action,
    );
    expect(actions).toEqual(expect.arrayContaining(["attachDocument", "downloadDocument"]));
  });

  it("refuses a file that is not what its name says, naming the rule", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const sent = await upload(officer, "invoice.pdf", Buffer.from("MZ\x90\x00 not really a pdf"));
    expect(sent.status).toBe(415);
    expect(String(sent.body.error)).toMatch(/^file: "invoice.pdf" is not a PDF, Word, Excel, image or email file by its content/);
  });

  it("refuses more than 20 MB with 413", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const sent = await upload(officer, "big.pdf", Buffer.concat([PDF, Buffer.alloc(20 * 1024 * 1024)]));
    expect(sent.status).toBe(413);
  });

  it("an auditor can neither attach nor download; another council finds nothing", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    expect((await upload(auditor, "a.pdf", PDF)).status).toBe(403);
    const doc = await h.db.prisma.caseDocument.findFirstOrThrow({ where: { councilId: "demo-north", caseId } });
    const res = await fetch(`${h.url}/documents/download?id=${doc.id}`, { headers: { authorization: `Bearer ${auditor}` } });
    expect(res.status).toBe(403);
    const other = await h.signIn("officer", "demo-south");
    const theirs = await fetch(`${h.url}/documents/download?id=${doc.id}`, { headers: { authorization: `Bearer ${other}` } });
    expect(theirs.status).toBe(404);
    expect((await upload(other, "a.pdf", PDF)).status).toBe(404);
    const anonymous = await fetch(`${h.url}/documents/download?id=${doc.id}`);
    expect(anonymous.status).toBe(401);
  });
});
