import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let officer = "";
let caseId = "";
let version = 0;

const UPDATE = `mutation($input: UpdateCaseDetailsInput!) { updateCaseDetails(input: $input) {
  id version channel complainantRelationship summary outcomeSought complainant { name email phone } child { name dateOfBirth } } }`;

interface Updated {
  updateCaseDetails: {
    version: number;
    channel: string | null;
    complainantRelationship: string | null;
    summary: string | null;
    outcomeSought: string | null;
    complainant: { name: string | null; email: string | null; phone: string | null } | null;
    child: { name: string | null; dateOfBirth: string | null } | null;
  };
}

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", "demo-north");
  const answer = await h.gql<{ recordFeedback: { id: string; version: number } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  caseId = answer.data!.recordFeedback.id;
  version = answer.data!.recordFeedback.version;
});
afterAll(async () => h?.stop());

describe("updateCaseDetails: change what was recorded at intake", () => {
  it("changes the channel at the version read and writes the before and after to the audit trail", async () => {
    const answer = await h.gql<Updated>(UPDATE, { input: { caseId, version, channel: "PHONE" } }, officer);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.updateCaseDetails.channel).toBe("PHONE");
    expect(answer.data?.updateCaseDetails.version).toBe(version + 1);
    version += 1;
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: "demo-north", caseId, action: "updateCaseDetails" } });
    expect(audit?.detail).toMatchObject({ fields: ["channel"] });
    expect(audit?.detail).toMatchObject({ before: { channel: "email" }, after: { channel: "phone" } });
  });

  it("changes personal details; the audit names the fields but never their words", async () => {
    const answer = await h.gql<Updated>(
      UPDATE,
      {
        input: {
          caseId,
          version,
          summary: "No reply to five calls since March.",
          outcomeSought: "A new social worker.",
          complainant: { phone: "07700 900123" },
          child: { name: "Jordan Smithson", dateOfBirth: "2014-03-27" },
        },
      },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    const c = answer.data!.updateCaseDetails;
    expect(c.summary).toBe("No reply to five calls since March.");
    expect(c.outcomeSought).toBe("A new social worker.");
    expect(c.complainant).toEqual({ name: "Alex Example", email: "alex@example.test", phone: "07700 900123" });
    expect(c.child).toEqual({ name: "Jordan Smithson", dateOfBirth: "2014-03-27" });
    version = c.version;
    const audit = await h.db.prisma.auditLog.findMany({
      where: { councilId: "demo-north", caseId, action: "updateCaseDetails" },
      orderBy: { id: "desc" },
    });
    expect(audit[0]?.detail).toMatchObject({ fields: ["summary", "outcomeSought", "complainant.phone", "child.name", "child.dateOfBirth"] });
    expect(JSON.stringify(audit[0]?.detail)).not.toMatch(/Smithson|07700|five calls|social worker|2014/);
  });

  it("refuses a stale version with CONFLICT, and a bad value naming the field and the rule", async () => {
    const stale = await h.gql(UPDATE, { input: { caseId, version: version - 1, channel: "LETTER" } }, officer);
    expect(stale.errors?.[0]?.extensions?.code).toBe("CONFLICT");
    const email = await h.gql(UPDATE, { input: { caseId, version, complainant: { email: "not an email" } } }, officer);
    expect(email.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(email.errors)).toMatch(/email/);
    expect(JSON.stringify(email.errors)).toMatch(/must be an email address/);
    const local = await h.gql(UPDATE, { input: { caseId, version, localChannel: "PIGEON" } }, officer);
    expect(local.errors?.[0]?.extensions?.field).toEqual(["input", "localChannel"]);
    expect(local.errors?.[0]?.message).toMatch(/not a channel code of your council in force/);
    const cleared = await h.gql(UPDATE, { input: { caseId, version, summary: "  " } }, officer);
    expect(JSON.stringify(cleared.errors)).toMatch(/summary.*must not be empty|must not be empty/);
  });

  it("is refused to an auditor, who may not see the personal fields either", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    const answer = await h.gql(UPDATE, { input: { caseId, version, channel: "LETTER" } }, auditor);
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const read = await h.gql(`query($id: ID!) { case(id: $id) { outcomeSought } }`, { id: caseId }, auditor);
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("an auditor reads the change in the audit trail, filtered by case, action, date and user, a page at a time", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    const reference = (await h.db.prisma.case.findFirstOrThrow({ where: { id: caseId } })).reference;
    const me = await h.gql<{ me: { userId: string } }>(`{ me { userId } }`, {}, officer);
    const query = `query($filter: AuditTrailFilter, $page: Int) { auditTrail(filter: $filter, page: $page, pageSize: 1) {
      page pageCount totalCount records { action actorName actorRole caseReference detail } } }`;
    const answer = await h.gql<{
      auditTrail: { pageCount: number; totalCount: number; records: { action: string; caseReference: string; actorName: string; detail: unknown }[] };
    }>(query, { filter: { caseReference: reference, action: "updateCaseDetails", from: "2020-01-01", actorId: me.data?.me.userId } }, auditor);
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.auditTrail.totalCount).toBe(2);
    expect(answer.data?.auditTrail.pageCount).toBe(2);
    const last = answer.data!.auditTrail.records[0]!;
    expect(last.caseReference).toBe(reference);
    expect(last.actorName).toBeTruthy();
    const second = await h.gql<{ auditTrail: { records: { detail: unknown }[] } }>(
      query,
      { filter: { caseReference: reference, action: "updateCaseDetails" }, page: 2 },
      auditor,
    );
    // The first change's codes, as objects in GraphQL (not JSON text inside the JSON).
    expect(second.data!.auditTrail.records[0]!.detail).toMatchObject({
      fields: ["channel"],
      before: { channel: "email" },
      after: { channel: "phone" },
    });
    const none = await h.gql<{ auditTrail: { totalCount: number } }>(query, { filter: { caseReference: reference, to: "2020-01-01" } }, auditor);
    expect(none.data?.auditTrail.totalCount).toBe(0);
    const refused = await h.gql(query, {}, officer);
    expect(refused.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("reads an older record's before and after, stored as JSON text, as objects", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    await h.db.prisma.auditLog.create({
      data: {
        councilId: "demo-north",
        actorRole: "officer",
        action: "updateCaseDetailsOlder",
        caseId,
        detail: { fields: ["channel"], before: '{"channel":"letter"}', after: '{"channel":"email"}', personalFieldsChanged: [] },
      },
    });
    const answer = await h.gql<{ auditTrail: { records: { detail: unknown }[] } }>(
      `query($filter: AuditTrailFilter) { auditTrail(filter: $filter) { records { detail } } }`,
      { filter: { action: "updateCaseDetailsOlder" } },
      auditor,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.auditTrail.records[0]?.detail).toEqual({
      fields: ["channel"],
      before: { channel: "letter" },
      after: { channel: "email" },
      personalFieldsChanged: [],
    });
  });
});
