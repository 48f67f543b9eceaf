import { DEMO_PASSWORD } from "@csc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startJobQueue, type JobQueue } from "../jobs/job-queue";
import { createSmtpMailer } from "../notifications/mailer";
import { PASSWORD_RESET_SUBJECT } from "../notifications/subjects";
import { startSmtpSink, type SmtpSink } from "../notifications/testing/smtp-sink";
import { RESET_ANSWER_FLOOR_MS, RESETS_PER_ACCOUNT_PER_HOUR, RESETS_PER_ADDRESS } from "../services/password-reset";
import { startHarness, TEST_TODAY, type Harness } from "../testing/harness";

// Issue 9 "password change and reset": a one-time, expiring link e-mailed through the job queue and a real SMTP
// server on 127.0.0.1; the same answer whether or not the address has an account.

let h: Harness;
let smtp: SmtpSink;
let queue: JobQueue;
const APP = "https://complaints.example.gov.uk";
const REQUEST = `mutation($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) }`;
const RESET = `mutation($input: ResetPasswordInput!) { resetPassword(input: $input) }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { token } }`;
const NEW_PASSWORD = "correct horse battery staple";

async function waitForMail(to: string, count: number): Promise<string> {
  const end = Date.now() + 30_000;
  for (;;) {
    const mails = smtp.received.filter((m) => m.to.includes(to));
    if (mails.length >= count) return mails[count - 1]?.text ?? "";
    if (Date.now() > end) throw new Error(`no e-mail ${count} to ${to}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}
const tokenIn = (text: string) => new RegExp(`${APP}/reset-password#([\\w-]+)`).exec(text)?.[1] ?? "";

beforeAll(async () => {
  h = await startHarness({ appUrl: APP, sendPasswordReset: (message) => queue.sendMail(message) });
  smtp = await startSmtpSink();
  queue = await startJobQueue({
    url: h.db.url,
    root: h.db.prisma,
    mailer: createSmtpMailer({
      host: "127.0.0.1",
      port: smtp.port,
      secure: false,
      from: "Complaints <no-reply@csc.example>",
      rejectUnauthorized: false,
    }),
    logger: { log: () => undefined },
    today: () => TEST_TODAY,
    retryDelaySeconds: 1,
    pollingIntervalSeconds: 0.5,
  });
}, 120_000);

afterAll(async () => {
  await queue?.stop();
  await smtp?.stop().catch(() => undefined);
  await h?.stop();
});

describe("password reset by e-mail", () => {
  const email = "officer@demo-north.example";

  it("answers the same for an unknown address and sends nothing; the e-mail's subject names no one", async () => {
    let started = performance.now();
    const unknown = await h.gql(REQUEST, { input: { email: "nobody@nowhere.example" } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS);
    started = performance.now();
    const known = await h.gql(REQUEST, { input: { email } });
    expect(performance.now() - started).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS);
    expect(unknown).toEqual(known);
    expect(known.data).toEqual({ requestPasswordReset: true });
    const text = await waitForMail(email, 1);
    const mail = smtp.received.find((m) => m.to.includes(email));
    expect(mail?.subject).toBe(PASSWORD_RESET_SUBJECT);
    expect(mail?.subject).not.toMatch(/officer|north|@/i);
    expect(text).toContain("within 30 minutes");
    expect(smtp.received.some((m) => m.to.includes("nobody@nowhere.example"))).toBe(false);
    // Only the hash of the token is stored.
    const rows = await h.db.prisma.passwordReset.findMany({ select: { tokenHash: true } });
    expect(rows.map((r) => r.tokenHash)).not.toContain(tokenIn(text));
    const audits = await h.db.prisma.auditLog.findMany({ where: { action: "passwordResetRequested" }, orderBy: { at: "asc" } });
    expect(audits.map((a) => a.detail)).toEqual([{ outcome: "no_account" }, { outcome: "sent" }]);
    expect(JSON.stringify(audits.map((a) => a.detail))).not.toContain("nobody@");
  });

  it("sets a new password once, under the NCSC rules, and ends every open session", async () => {
    const before = await h.signIn("officer", "demo-north");
    const token = tokenIn(await waitForMail(email, 1));
    const weak = await h.gql(RESET, { input: { token, newPassword: "password1234" } });
    expect(weak.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "newPassword"] });
    const done = await h.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(done.errors).toBeUndefined();
    expect((await h.gql(`{ me { userId } }`, {}, before)).status).toBe(401);
    const again = await h.gql(RESET, { input: { token, newPassword: `${NEW_PASSWORD} again` } });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "token"] });
    const old = await h.gql(SIGN_IN, { input: { councilId: "demo-north", email, password: DEMO_PASSWORD } });
    expect(old.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const fresh = await h.gql<{ signIn: { token: string } }>(SIGN_IN, { input: { councilId: "demo-north", email, password: NEW_PASSWORD } });
    expect(fresh.data?.signIn.token).toBeTruthy();
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email } });
    expect(await h.db.prisma.auditLog.count({ where: { action: "passwordReset", actorId: user.id } })).toBe(1);
  });

  it("refuses an expired link and a made-up one", async () => {
    const other = "manager@demo-north.example";
    await h.gql(REQUEST, { input: { email: other } });
    const token = tokenIn(await waitForMail(other, 1));
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: other } });
    await h.db.prisma.passwordReset.updateMany({ where: { userId: user.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
    const expired = await h.gql(RESET, { input: { token, newPassword: NEW_PASSWORD } });
    expect(expired.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "token"] });
    const madeUp = await h.gql(RESET, { input: { token: "not-a-real-token", newPassword: NEW_PASSWORD } });
    expect(madeUp.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "token"] });
    expect((await h.gql(SIGN_IN, { input: { councilId: "demo-north", email: other, password: DEMO_PASSWORD } })).data).toBeTruthy();
  });

  it("sends at most a few links per account per hour, answering the same", async () => {
    const email3 = "auditor@demo-north.example";
    for (let i = 0; i < RESETS_PER_ACCOUNT_PER_HOUR + 2; i += 1) {
      expect((await h.gql(REQUEST, { input: { email: email3 } })).data).toEqual({ requestPasswordReset: true });
    }
    await waitForMail(email3, RESETS_PER_ACCOUNT_PER_HOUR);
    await new Promise((r) => setTimeout(r, 2000));
    expect(smtp.received.filter((m) => m.to.includes(email3))).toHaveLength(RESETS_PER_ACCOUNT_PER_HOUR);
    const user = await h.db.prisma.user.findUniqueOrThrow({ where: { email: email3 } });
    expect(
      await h.db.prisma.auditLog.count({
        where: { action: "passwordResetRequested", actorId: user.id, detail: { equals: { outcome: "account_limit" } } },
      }),
    ).toBe(2);
  });

  it("refuses an address that keeps asking with TOO_MANY_REQUESTS (it reveals nothing about accounts)", async () => {
    let code: string | undefined;
    for (let i = 0; i < RESETS_PER_ADDRESS + 1 && !code; i += 1) {
      code = (await h.gql(REQUEST, { input: { email: `someone-${i}@nowhere.example` } })).errors?.[0]?.extensions?.code;
    }
    expect(code).toBe("TOO_MANY_REQUESTS");
  });
});
