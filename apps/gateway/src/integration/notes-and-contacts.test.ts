import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let caseId = "";

const ADD_NOTE = `mutation($input: AddCaseNoteInput!) { addCaseNote(input: $input) { id version notes { text author writtenAt } } }`;
const LOG_CONTACT = `mutation($input: LogCaseContactInput!) { logCaseContact(input: $input) { id contacts { kind direction occurredOn occurredTime withWhom summary loggedBy } } }`;

beforeAll(async () => {
  h = await startHarness();
  const officer = await h.signIn("officer", "demo-north");
  const answer = await h.gql<{ recordFeedback: { id: string } }>(RECORD_FEEDBACK, { input: complaint() }, officer);
  caseId = answer.data!.recordFeedback.id;
});
afterAll(async () => h?.stop());

describe("case notes and the contact log", () => {
  it("an officer adds notes, newest first, without changing the case's version; the audit names no words", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const first = await h.gql<{ addCaseNote: { version: number; notes: { text: string; author: string | null }[] } }>(
      ADD_NOTE,
      { input: { caseId, text: "Spoke to the team manager." } },
      officer,
    );
    expect(first.errors).toBeUndefined();
    const second = await h.gql<{ addCaseNote: { version: number; notes: { text: string; author: string | null }[] } }>(
      ADD_NOTE,
      { input: { caseId, text: "Mother asked for a meeting." } },
      officer,
    );
    expect(second.data?.addCaseNote.notes.map((n) => n.text)).toEqual(["Mother asked for a meeting.", "Spoke to the team manager."]);
    expect(second.data?.addCaseNote.notes[0]?.author).toBeTruthy();
    expect(second.data?.addCaseNote.version).toBe(first.data?.addCaseNote.version);
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", caseId, action: "addCaseNote" } });
    expect(audit).toHaveLength(2);
    expect(JSON.stringify(audit.map((a) => a.detail))).not.toMatch(/manager|meeting/i);
  });

  it("logs a call with when, who, which way and what was said", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const answer = await h.gql<{ logCaseContact: { contacts: Record<string, unknown>[] } }>(
      LOG_CONTACT,
      {
        input: {
          caseId,
          kind: "CALL",
          direction: "INCOMING",
          occurredOn: "2026-06-29",
          occurredTime: "14:30",
          withWhom: "Alex Example (mother)",
          summary: "Asked for an update.",
        },
      },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data?.logCaseContact.contacts).toEqual([
      expect.objectContaining({
        kind: "CALL",
        direction: "INCOMING",
        occurredOn: "2026-06-29",
        occurredTime: "14:30",
        withWhom: "Alex Example (mother)",
        summary: "Asked for an update.",
      }),
    ]);
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: "demo-north", caseId, action: "logCaseContact" } });
    expect(audit?.detail).toMatchObject({ kind: "call", direction: "incoming" });
    expect(JSON.stringify(audit?.detail)).not.toMatch(/Alex|update/);
  });

  it("refuses a contact in the future, a bad time or an empty summary, naming the field and the rule", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const base = { caseId, kind: "EMAIL", direction: "OUTGOING", occurredOn: "2026-06-01", withWhom: "Alex", summary: "Sent the response." };
    const future = await h.gql(LOG_CONTACT, { input: { ...base, occurredOn: "2026-07-01" } }, officer);
    expect(future.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(future.errors)).toMatch(/occurredOn.*today or earlier|today or earlier.*occurredOn/);
    const time = await h.gql(LOG_CONTACT, { input: { ...base, occurredTime: "25:00" } }, officer);
    expect(JSON.stringify(time.errors)).toMatch(/a time like 14:30/);
    const empty = await h.gql(LOG_CONTACT, { input: { ...base, summary: "  " } }, officer);
    expect(JSON.stringify(empty.errors)).toMatch(/summary/);
    const unknown = await h.gql(ADD_NOTE, { input: { caseId: "nope", text: "x" } }, officer);
    expect(unknown.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("an auditor may not read or add notes or contacts; reads by an officer are audited", async () => {
    const auditor = await h.signIn("auditor", "demo-north");
    const read = await h.gql(`query($id: ID!) { case(id: $id) { notes { text } } }`, { id: caseId }, auditor);
    expect(read.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const add = await h.gql(ADD_NOTE, { input: { caseId, text: "x" } }, auditor);
    expect(add.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const before = await h.db.prisma.auditLog.count({ where: { councilId: "demo-north", caseId, action: "read_personal_data" } });
    await h.gql(`query($id: ID!) { case(id: $id) { contacts { summary } } }`, { id: caseId }, await h.signIn("manager", "demo-north"));
    expect(await h.db.prisma.auditLog.count({ where: { councilId: "demo-north", caseId, action: "read_personal_data" } })).toBe(before + 1);
  });

  it("another council cannot add to the case", async () => {
    const other = await h.signIn("officer", "demo-south");
    const answer = await h.gql(ADD_NOTE, { input: { caseId, text: "x" } }, other);
    expect(answer.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
