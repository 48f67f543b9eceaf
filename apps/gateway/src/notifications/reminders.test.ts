import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { QUEUES, startJobQueue, type JobQueue } from "../jobs/job-queue";
import { installJobQueue, jobsUrl } from "../jobs/install-job-queue";
import { issueFormToken } from "../public/form-token";
import type { LogFields } from "../log";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";
import { caseMutation, complaint, RECORD_FEEDBACK } from "../testing/operations";
import { createSmtpMailer } from "./mailer";
import { SUBJECTS } from "./subjects";
import { startSmtpSink, type ReceivedMail, type SmtpSink } from "./testing/smtp-sink";

/**
 * Reminders end to end: cases recorded through the gateway, the job queue (pg-boss in the test's own embedded
 * PostgreSQL) decides and queues the e-mails, nodemailer hands them to a real SMTP server on 127.0.0.1.
 * "Today" is the harness's 2026-06-30.
 */
let h: Harness;
let smtp: SmtpSink;
let queue: JobQueue;
let manager: string;
let officerId: string;
const logs: Array<{ event: string; fields: LogFields }> = [];
const CHILD = "Jamie Childname";
const COMPLAINANT = "Alex Example";

interface CaseView {
  id: string;
  reference: string;
  version: number;
  clocks: Array<{ clockId: string; dueOn: string; stoppedOn: string | null }>;
}

async function waitFor<T>(what: string, probe: () => T | null | undefined | Promise<T | null | undefined>, timeoutMs = 30_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function recordAllocated(receivedOn: string, extra: Record<string, unknown> = {}): Promise<CaseView> {
  const created = await h.gql<{ recordFeedback: CaseView }>(
    RECORD_FEEDBACK,
    { input: complaint({ receivedOn, child: { name: CHILD }, complainant: { name: COMPLAINANT, email: "alex@example.test" }, ...extra }) },
    manager,
  );
  expect(created.errors).toBeUndefined();
  const c = created.data?.recordFeedback as CaseView;
  const allocated = await h.gql<{ allocateCase: CaseView }>(
    caseMutation("allocateCase", "AllocateCaseInput"),
    { input: { caseId: c.id, version: c.version, officerId } },
    manager,
  );
  expect(allocated.errors).toBeUndefined();
  return allocated.data?.allocateCase as CaseView;
}

const to = (address: string) => (m: ReceivedMail) => m.to.includes(address);

beforeAll(async () => {
  // The gateway queues a council's e-mails after feedback arrives through the public form (as main.ts wires it).
  h = await startHarness({ afterPublicSubmission: (councilId) => void queue?.requestScan(councilId) });
  smtp = await startSmtpSink();
  manager = await h.signIn("manager", "demo-north");
  officerId = (await h.db.prisma.user.findUniqueOrThrow({ where: { email: "officer@demo-north.example" } })).id;
  // As main.ts runs it: pg-boss's schema installed as the owner, the queue on the gateway's login role as csc_jobs.
  await installJobQueue(h.db.url);
  queue = await startJobQueue({
    url: jobsUrl(h.db.gatewayUrl),
    migrate: false,
    root: h.runtime,
    mailer: createSmtpMailer({
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      from: "Complaints <complaints@demo-north.example>",
      rejectUnauthorized: false,
    }),
    logger: { log: (_level, event, fields = {}) => logs.push({ event, fields }) },
    today: () => TEST_TODAY,
    retryLimit: 10,
    retryDelaySeconds: 1,
    pollingIntervalSeconds: 0.5,
  });
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await smtp?.stop().catch(() => undefined);
  await h?.stop();
});

describe("reminders by e-mail through a real SMTP server", () => {
  let overdue: CaseView;

  it("sends the officer the overdue reminder, the manager the digest and the complainant the acknowledgement", async () => {
    overdue = await recordAllocated("2026-06-01");
    const acknowledged = await h.gql<{ acknowledgeCase: CaseView }>(
      caseMutation("acknowledgeCase", "DatedCaseChangeInput"),
      { input: { caseId: overdue.id, version: overdue.version, on: "2026-06-26" } },
      manager,
    );
    expect(acknowledged.errors).toBeUndefined();
    const stage1 = acknowledged.data?.acknowledgeCase.clocks.find((k) => k.clockId === "stage1");
    expect(stage1?.stoppedOn).toBeNull();
    expect(stage1 && stage1.dueOn < TEST_TODAY).toBe(true);

    const queued = await queue.scanReminders();
    expect(queued).toBeGreaterThanOrEqual(3);
    const officerMail = await waitFor("the overdue reminder", () =>
      smtp.received.find((m) => to("officer@demo-north.example")(m) && m.subject === SUBJECTS.clock_overdue && m.text.includes(overdue.reference)),
    );
    expect(officerMail.text).toContain(`was due on ${stage1?.dueOn}`);
    expect(officerMail.text).toMatch(/SI 2006\/1738 reg 14/);
    const digest = await waitFor("the manager's digest", () =>
      smtp.received.find((m) => to("manager@demo-north.example")(m) && m.subject === SUBJECTS.manager_digest),
    );
    expect(digest.text).toContain(overdue.reference);
    expect(digest.text).toMatch(/Overdue \(1\)/);
    const ack = await waitFor("the complainant's acknowledgement", () => smtp.received.find(to("alex@example.test")));
    expect(ack.subject).toBe(SUBJECTS.complainant_acknowledgement);
    expect(ack.text).toContain(overdue.reference);
    expect(ack.text).toContain("acknowledged it on 2026-06-26");
  });

  it("sends the receipt with its reference at once to someone who wrote through the public form", async () => {
    const SUBMIT = `mutation($input: SubmitPublicFeedbackInput!) { submitPublicFeedback(input: $input) { reference } }`;
    const sent = await h.gql<{ submitPublicFeedback: { reference: string } }>(SUBMIT, {
      input: {
        councilId: "demo-north",
        formToken: issueFormToken("demo-north", Date.now() - 10_000),
        website: "",
        version: "YOUNG_PEOPLE",
        kind: "COMPLAINT",
        writer: "CHILD_OR_YOUNG_PERSON",
        summary: "Nobody tells me when my contact visits are moved.",
        outcomeSought: null,
        name: COMPLAINANT,
        email: "robin@example.org",
        phone: "",
        wantsAdvocate: true,
      },
    });
    expect(sent.errors).toBeUndefined();
    const reference = sent.data?.submitPublicFeedback.reference as string;
    // No scan is asked for here: the submission itself queued it.
    const receipt = await waitFor("the receipt", () => smtp.received.find(to("robin@example.org")));
    expect(receipt.subject).toBe(SUBJECTS.complainant_receipt);
    expect(receipt.text).toContain(`Your reference is ${reference}`);
    expect(receipt.text).toMatch(/We will be in touch by \d{4}-\d{2}-\d{2}/);
    expect(receipt.text).toContain("s.26A");
  });

  it("never puts a name, a reference or a case detail in a subject line", () => {
    expect(smtp.received.length).toBeGreaterThanOrEqual(3);
    for (const mail of smtp.received) {
      expect(Object.values(SUBJECTS)).toContain(mail.subject);
      for (const secret of [CHILD, "Jamie", COMPLAINANT, overdue.reference, "social worker", "contact visits", "2026-"])
        expect(mail.subject).not.toContain(secret);
      for (const name of [CHILD, COMPLAINANT]) expect(mail.text).not.toContain(name);
    }
  });

  it("sends each reminder once per clock state: a second scan queues nothing", async () => {
    const before = smtp.received.length;
    expect(await queue.scanReminders()).toBe(0);
    await new Promise((r) => setTimeout(r, 1500));
    expect(smtp.received.length).toBe(before);
    const overdueMails = smtp.received.filter((m) => m.subject === SUBJECTS.clock_overdue && m.text.includes(overdue.reference));
    expect(overdueMails.length).toBe(new Set(overdueMails.map((m) => m.text)).size);
  });

  it("retries while the SMTP server is down and delivers once it is back", async () => {
    await smtp.stop();
    const late = await recordAllocated("2026-05-11", { complainant: { name: COMPLAINANT } });
    const queued = await queue.scanReminders();
    expect(queued).toBeGreaterThanOrEqual(1);
    const failed = await waitFor("a failed attempt", async () =>
      h.db.prisma.notification.findFirst({
        where: { councilId: "demo-north", caseId: late.id, kind: "clock_overdue", attempts: { gte: 1 }, sentAt: null },
      }),
    );
    expect(failed.lastError).toBeTruthy();
    const count = smtp.received.length;
    await smtp.start();
    const delivered = await waitFor(
      "the retried reminder",
      () => smtp.received.slice(count).find((m) => m.subject === SUBJECTS.clock_overdue && m.text.includes(late.reference)),
      45_000,
    );
    expect(delivered.to).toEqual(["officer@demo-north.example"]);
    const row = await waitFor("the retried row marked sent", () =>
      h.db.prisma.notification.findFirst({ where: { councilId: "demo-north", id: failed.id, sentAt: { not: null } } }),
    );
    expect(row.attempts).toBeGreaterThanOrEqual(2);
  }, 90_000);

  it("runs the retention job through the same queue, and logs no personal data", async () => {
    await queue.boss.send(QUEUES.retentionRun, { councilId: "demo-north" });
    const run = await waitFor("the retention run", () => logs.find((l) => l.event === "retention.run"));
    expect(run.fields).toEqual({ councilId: "demo-north", erased: 0, held: 0 });
    const logged = JSON.stringify(logs);
    for (const secret of [CHILD, COMPLAINANT, "alex@example.test", "officer@demo-north.example"]) expect(logged).not.toContain(secret);
  });
});
