import { request } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { issueFormToken } from "../public/form-token";
import { PUBLIC_LIMITS, PUBLIC_MAX_PER_ADDRESS } from "../public/public-limits";
import { startHarness } from "../testing/harness";
import type { GraphqlAnswer, Harness } from "../testing/harness";

// Issue 14 item 3: the public front door. No sign-in; one path to a case (the officer's record service).

let h: Harness;
/** Submissions this file has sent from 127.0.0.1 so far (each one counts towards the address's limit). */
let sentFromLoopback = 0;

const SUBMIT = `mutation($input: SubmitPublicFeedbackInput!) { submitPublicFeedback(input: $input) { reference } }`;
const FORM = `query($councilId: ID!) { publicFeedbackForm(councilId: $councilId) { councilId councilName open formToken } }`;
const FIND = `query($filter: CaseFilter) { cases(filter: $filter) { totalCount edges { node { id reference kind channel madeByChild advocacyOffered advocacyTaken } } } }`;

/** A form opened ten seconds ago (past the minimum fill time), filled in by a young person. */
const childForm = (overrides: Record<string, unknown> = {}) => ({
  councilId: "demo-north",
  formToken: issueFormToken((overrides.councilId as string | undefined) ?? "demo-north", Date.now() - 10_000),
  website: "",
  version: "YOUNG_PEOPLE",
  kind: "COMPLAINT",
  writer: "CHILD_OR_YOUNG_PERSON",
  summary: "My social worker keeps changing and nobody tells me.",
  outcomeSought: "Tell me who my social worker is.",
  name: "Robin Fairweather",
  email: "robin@example.org",
  phone: "",
  wantsAdvocate: true,
  ...overrides,
});

const submit = async (input: Record<string, unknown>) => {
  sentFromLoopback += 1;
  return h.gql<{ submitPublicFeedback: { reference: string } }>(SUBMIT, { input });
};

/** The same mutation sent from another loopback address (127.0.0.2): the limit is per address. */
function submitFrom(localAddress: string, input: Record<string, unknown>): Promise<GraphqlAnswer<{ submitPublicFeedback: { reference: string } }>> {
  const body = JSON.stringify({ query: SUBMIT, variables: { input } });
  const url = new URL(`${h.url}/graphql`);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: "POST",
        localAddress,
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(body) },
      },
      (res) => {
        let text = "";
        res.on("data", (chunk: Buffer) => (text += chunk.toString("utf8")));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as object) }));
      },
    );
    req.on("error", reject);
    req.end(body);
  });
}

beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => h?.stop());

describe("the public front door (issue 14 item 3)", () => {
  it("gives the form without signing in: the council's name, open, and a token", async () => {
    const form = await h.gql<{ publicFeedbackForm: { councilName: string; open: boolean; formToken: string } }>(FORM, { councilId: "demo-north" });
    expect(form.errors).toBeUndefined();
    expect(form.data?.publicFeedbackForm.open).toBe(true);
    expect(form.data?.publicFeedbackForm.councilName).toMatch(/North/);
    expect(form.data?.publicFeedbackForm.formToken.length).toBeGreaterThan(20);
    expect((await h.gql(FORM, { councilId: "no-such-council" })).errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });

  it("creates the case in that council with channel web form, visible to its officer and not to another council's", async () => {
    const answer = await submit(childForm());
    expect(answer.errors).toBeUndefined();
    const reference = answer.data?.submitPublicFeedback.reference;
    expect(reference).toMatch(/^2026-\d{4}$/);
    // The answer holds the reference and nothing else.
    expect(Object.keys(answer.data?.submitPublicFeedback ?? {})).toEqual(["reference"]);

    const north = await h.signIn("officer", "demo-north");
    const found = await h.gql<{ cases: { totalCount: number; edges: Array<{ node: Record<string, unknown> }> } }>(
      FIND,
      { filter: { search: reference } },
      north,
    );
    expect(found.errors).toBeUndefined();
    expect(found.data?.cases.totalCount).toBe(1);
    expect(found.data?.cases.edges[0]?.node).toMatchObject({
      reference,
      kind: "COMPLAINT",
      channel: "WEB_FORM",
      madeByChild: true,
      advocacyOffered: true,
      advocacyTaken: true,
    });
    const south = await h.signIn("officer", "demo-south");
    const elsewhere = await h.gql<{ cases: { totalCount: number } }>(FIND, { filter: { search: reference } }, south);
    expect(elsewhere.data?.cases.totalCount).toBe(0);

    // Stored as the officer's record path stores it: the contact email on the complainant, the words as the summary.
    const row = await h.db.prisma.case.findFirstOrThrow({ where: { councilId: "demo-north", reference }, select: { id: true } });
    const person = await h.db.prisma.casePerson.findFirstOrThrow({ where: { caseId: row.id, role: "complainant" } });
    expect(person.email).toBe("robin@example.org");
    expect(person.phone).toBeNull();
    const narrative = await h.db.prisma.caseNarrative.findMany({ where: { caseId: row.id }, orderBy: { kind: "asc" } });
    expect(narrative.map((n) => [n.kind, n.text])).toEqual([
      ["outcome_sought", "Tell me who my social worker is."],
      ["summary", "My social worker keeps changing and nobody tells me."],
    ]);
    // Audited as a public submission, in the council, with no person's words in the detail.
    const audit = await h.db.prisma.auditLog.findMany({ where: { caseId: row.id } });
    expect(audit.map((a) => [a.action, a.actorRole, a.actorId, a.councilId])).toEqual([["submitPublicFeedback", "public", null, "demo-north"]]);
    expect(JSON.stringify(audit[0]?.detail)).not.toMatch(/Robin|robin@|social worker/);
    const events = await h.db.prisma.caseEvent.findMany({ where: { caseId: row.id } });
    expect(events.map((e) => [e.type, e.actorRole])).toEqual([["received", "public"]]);
  });

  it("refuses a filled-in honeypot, a form sent too quickly, a token for another council, and oversized fields, naming the field", async () => {
    const before = await h.db.prisma.case.count();
    const honeypot = await submit(childForm({ website: "http://spam.example" }));
    expect(honeypot.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "website"] });

    const fresh = await h.gql<{ publicFeedbackForm: { formToken: string } }>(FORM, { councilId: "demo-north" });
    const quick = await submit(childForm({ formToken: fresh.data?.publicFeedbackForm.formToken }));
    expect(quick.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "formToken"] });
    expect(quick.errors?.[0]?.message).toMatch(/too quickly/);

    const otherCouncil = await submit(childForm({ formToken: issueFormToken("demo-south", Date.now() - 10_000) }));
    expect(otherCouncil.errors?.[0]?.extensions?.field).toEqual(["input", "formToken"]);

    // Size refusals come from the schema, before the service (they do not count towards the address's limit).
    sentFromLoopback -= 3;
    const long = await submit(childForm({ summary: "x".repeat(PUBLIC_LIMITS.summary + 1) }));
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "summary"] });
    expect(long.errors?.[0]?.message).toMatch(/at most 5000 characters/);
    const longName = await submit(childForm({ name: "n".repeat(PUBLIC_LIMITS.name + 1) }));
    expect(longName.errors?.[0]?.extensions?.field).toEqual(["input", "name"]);
    const badEmail = await submit(childForm({ email: "not-an-email" }));
    expect(badEmail.errors?.[0]?.extensions?.field).toEqual(["input", "email"]);
    expect(await h.db.prisma.case.count()).toBe(before);
  });

  it("a council administrator can close the form; a closed council refuses submissions", async () => {
    const admin = await h.signIn("admin", "demo-south");
    const closed = await h.gql<{ setPublicFeedbackOpen: boolean }>(`mutation { setPublicFeedbackOpen(open: false) }`, {}, admin);
    expect(closed.data?.setPublicFeedbackOpen).toBe(false);
    const form = await h.gql<{ publicFeedbackForm: { open: boolean } }>(FORM, { councilId: "demo-south" });
    expect(form.data?.publicFeedbackForm.open).toBe(false);
    const refused = await submit(childForm({ councilId: "demo-south" }));
    expect(refused.errors?.[0]?.extensions?.field).toEqual(["input", "councilId"]);
    const officer = await h.signIn("officer", "demo-south");
    expect((await h.gql(`mutation { setPublicFeedbackOpen(open: true) }`, {}, officer)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await h.gql(`mutation { setPublicFeedbackOpen(open: true) }`)).errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    await h.gql(`mutation { setPublicFeedbackOpen(open: true) }`, {}, admin);
  });

  it(`refuses 50 rapid submissions from one address after ${PUBLIC_MAX_PER_ADDRESS}, and still serves another address`, async () => {
    const before = await h.db.prisma.case.count();
    const allowed = PUBLIC_MAX_PER_ADDRESS - sentFromLoopback;
    expect(allowed).toBeGreaterThan(0);
    const answers = [];
    for (let i = 0; i < 50; i += 1) answers.push(await submit(childForm({ kind: "COMMENT", summary: `Comment number ${i}` })));
    const accepted = answers.filter((a) => a.data?.submitPublicFeedback.reference);
    const refused = answers.filter((a) => a.errors?.[0]?.extensions?.code === "TOO_MANY_REQUESTS");
    expect(accepted).toHaveLength(allowed);
    expect(refused).toHaveLength(50 - allowed);
    // Every refusal comes after the last acceptance.
    expect(answers.findIndex((a) => a.errors)).toBe(allowed);
    expect(await h.db.prisma.case.count()).toBe(before + allowed);
    const other = await submitFrom("127.0.0.2", childForm({ kind: "COMPLIMENT", summary: "Thank you" }));
    expect(other.errors).toBeUndefined();
    expect(other.data?.submitPublicFeedback.reference).toMatch(/^2026-/);
  });
});
