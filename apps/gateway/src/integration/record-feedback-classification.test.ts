import { DEMO_PASSWORD, hashPassword } from "@csc/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { TEST_TODAY, startHarness } from "../testing/harness";
import type { GraphqlAnswer, Harness } from "../testing/harness";
import { RECORD_FEEDBACK, complaint } from "../testing/operations";

let h: Harness;
let officer: string;

const COUNCIL = "demo-north";
type Recorded = { recordFeedback: { id: string } };
type EqualityQuestions = Array<{ question: string; label: string; source: string; answers: Array<{ code: string; label: string }> }>;
const EQUALITY_QUESTIONS = `query($on: Date!) { equalityQuestions(on: $on) { question label source answers { code label } } }`;

const firstError = (answer: GraphqlAnswer<unknown>) => {
  const [error] = answer.errors ?? [];
  return { code: error?.extensions?.["code"], field: error?.extensions?.["field"], message: error?.message };
};

async function record(overrides: Record<string, unknown>): Promise<GraphqlAnswer<Recorded>> {
  return h.gql<Recorded>(RECORD_FEEDBACK, { input: complaint(overrides) }, officer);
}

async function entryId(kind: "channel" | "complainant_type" | "reason_taxonomy", code: string): Promise<string> {
  const entry = await h.db.prisma.vocabularyEntry.findFirstOrThrow({
    where: { councilId: COUNCIL, code, version: { kind, version: 1 } },
    select: { id: true },
  });
  return entry.id;
}

const storedCase = (id: string) =>
  h.db.prisma.case.findUniqueOrThrow({
    where: { councilId_id: { councilId: COUNCIL, id } },
    select: {
      channel: true,
      localChannel: true,
      channelEntryId: true,
      complainantRelationship: true,
      localComplainantType: true,
      complainantTypeEntryId: true,
      gender: true,
      ethnicity: true,
      disability: true,
      ageBand: true,
    },
  });

const storedPoints = (caseId: string) =>
  h.db.prisma.pointOfComplaint.findMany({
    where: { councilId: COUNCIL, caseId },
    orderBy: { seq: "asc" },
    select: { theme: true, categoryCode: true, reasonCode: true, reasonEntryId: true },
  });

beforeAll(async () => {
  h = await startHarness();
  officer = await h.signIn("officer", COUNCIL);
});
afterAll(async () => h?.stop());

describe("recording feedback in the council's own vocabulary", () => {
  it("stores each local code with the canonical value and the entry in force on the received date", async () => {
    const answer = await record({
      receivedOn: "2026-03-02",
      channel: null,
      complainantRelationship: null,
      localChannel: "EMAIL",
      localComplainantType: "CYP",
      madeByChild: true,
      advocacyOffered: true,
      points: [
        { summary: "No reply to calls", reasonTheme: "COMMUNICATION", localReason: "COMMS-NORESP" },
        { summary: "About communication in general", reasonTheme: "COMMUNICATION", localReason: "COMMS" },
        { summary: "No local code", reasonTheme: "DECISION_MAKING" },
      ],
    });
    expect(answer.errors).toBeUndefined();
    const id = answer.data?.recordFeedback.id as string;
    expect(await storedCase(id)).toMatchObject({
      channel: "email",
      localChannel: "EMAIL",
      channelEntryId: await entryId("channel", "EMAIL"),
      complainantRelationship: "child_or_young_person",
      localComplainantType: "CYP",
      complainantTypeEntryId: await entryId("complainant_type", "CYP"),
    });
    expect(await storedPoints(id)).toEqual([
      { theme: "communication", categoryCode: "COMMS", reasonCode: "COMMS-NORESP", reasonEntryId: await entryId("reason_taxonomy", "COMMS-NORESP") },
      { theme: "communication", categoryCode: "COMMS", reasonCode: null, reasonEntryId: await entryId("reason_taxonomy", "COMMS") },
      { theme: "decision_making", categoryCode: null, reasonCode: null, reasonEntryId: null },
    ]);
  });

  it('stores the equalities answers, with "not_given" when the person preferred not to say', async () => {
    const answer = await record({ gender: "female", ethnicity: "not_given", disability: "not_given", ageBand: "13-15" });
    expect(answer.errors).toBeUndefined();
    expect(await storedCase(answer.data?.recordFeedback.id as string)).toMatchObject({
      gender: "female",
      ethnicity: "not_given",
      disability: "not_given",
      ageBand: "13-15",
      // Without local codes the canonical values given are kept and no entry is linked.
      channel: "email",
      localChannel: null,
      channelEntryId: null,
    });
  });

  it("offers a council that keeps no equalities lists the platform's answers, and groups its figures by them", async () => {
    const questions = await h.gql<{ equalityQuestions: EqualityQuestions }>(EQUALITY_QUESTIONS, { on: TEST_TODAY }, officer);
    expect(questions.errors).toBeUndefined();
    const lists = questions.data!.equalityQuestions;
    expect(lists.map((q) => [q.question, q.label, q.source])).toEqual([
      ["GENDER", "Gender", "PLATFORM"],
      ["ETHNICITY", "Ethnic group", "PLATFORM"],
      ["DISABILITY", "Disability", "PLATFORM"],
      ["AGE_BAND", "Age band", "PLATFORM"],
    ]);
    expect(lists[0]?.answers.map((a) => a.code)).toEqual(["female", "male", "non_binary", "other"]);
    expect(lists[3]?.answers).toContainEqual({ code: "13-15", label: "13 to 15" });
    // A platform answer is its own group (before, every answer but "not_given" counted as "other" for such a council).
    const manager = await h.signIn("manager", COUNCIL);
    const answer = await record({ gender: "male", ageBand: "16-17" });
    expect(answer.errors).toBeUndefined();
    // Recorded as received on 5 January 2026 (testing/operations complaint): financial year 2025/26.
    const stats = await h.gql<{ statistics: { groups: Array<{ key: string[]; value: number | null }> } }>(
      `{ statistics(metric: CASES_RECEIVED, groupBy: ["gender"], financialYear: 2025) { groups { key value } } }`,
      {},
      manager,
    );
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.statistics.groups.map((g) => g.key[0])).toEqual(expect.arrayContaining(["male", "female"]));
  });

  it("refuses an unknown local code naming the field, and stores nothing", async () => {
    const before = await h.db.prisma.case.count({ where: { councilId: COUNCIL } });
    const channel = firstError(await record({ localChannel: "PIGEON" }));
    expect(channel).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "localChannel"] });
    expect(channel.message).toContain('"PIGEON" is not a channel code of your council in force on 2026-01-05');
    const type = firstError(await record({ localComplainantType: "ALIEN" }));
    expect(type).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "localComplainantType"] });
    const reason = firstError(
      await record({
        points: [
          { summary: "a", reasonTheme: "COMMUNICATION" },
          { summary: "b", reasonTheme: "COMMUNICATION", localReason: "NOPE" },
        ],
      }),
    );
    expect(reason).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "points", 1, "localReason"] });
    expect(await h.db.prisma.case.count({ where: { councilId: COUNCIL } })).toBe(before);
  });

  it("refuses a canonical value that contradicts the local code's, naming the canonical field", async () => {
    const channel = firstError(await record({ localChannel: "EMAIL", channel: "PHONE" }));
    expect(channel).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "channel"] });
    expect(channel.message).toContain("must be EMAIL, the value your council's channel code");
    const theme = firstError(await record({ points: [{ summary: "a", reasonTheme: "FINANCE_PAYMENTS", localReason: "COMMS-NORESP" }] }));
    expect(theme).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "points", 0, "reasonTheme"] });
  });

  it("classifies by the version in force on the received date, not a later one", async () => {
    const admin = await h.signIn("admin", COUNCIL);
    const v1 = await h.db.prisma.vocabularyEntry.findMany({
      where: { councilId: COUNCIL, version: { kind: "channel", version: 1 } },
      select: { code: true, label: true, canonical: true },
    });
    const entries = [...v1, { code: "TEXT", label: "Text message", canonical: "text" }];
    const published = await h.gql(
      `mutation($input: PublishVocabularyVersionInput!) { publishVocabularyVersion(input: $input) { version } }`,
      { input: { kind: "CHANNEL", effectiveFrom: "2026-07-01", entries } },
      admin,
    );
    expect(published.errors).toBeUndefined();
    // Received today (before version 2 takes effect): the new code is not yet in force, EMAIL is version 1's.
    const early = firstError(await record({ receivedOn: TEST_TODAY, channel: null, localChannel: "TEXT" }));
    expect(early).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "localChannel"] });
    const answer = await record({ receivedOn: TEST_TODAY, channel: null, localChannel: "EMAIL" });
    expect(answer.errors).toBeUndefined();
    expect((await storedCase(answer.data?.recordFeedback.id as string)).channelEntryId).toBe(await entryId("channel", "EMAIL"));
  });
});

describe("equalities answers of a council with its own published lists", () => {
  it('accepts the council\'s codes and "not_given", and refuses another code naming the question', async () => {
    // Worcestershire's adapter publishes an age band list (0-17, 18-24) and no gender list.
    await importCouncilFixture(h.db.prisma, "worcestershire");
    const user = await h.db.prisma.user.create({
      data: { email: "officer@worcestershire.example", displayName: "Officer W", passwordHash: await hashPassword(DEMO_PASSWORD) },
    });
    await h.db.prisma.userCouncilRole.create({ data: { councilId: "worcestershire", userId: user.id, role: "complaints_officer" } });
    const worcestershire = await h.signIn("officer", "worcestershire");
    const send = (overrides: Record<string, unknown>) => h.gql<Recorded>(RECORD_FEEDBACK, { input: complaint({ ...overrides }) }, worcestershire);

    const questions = await h.gql<{ equalityQuestions: EqualityQuestions }>(EQUALITY_QUESTIONS, { on: TEST_TODAY }, worcestershire);
    expect(questions.data!.equalityQuestions.map((q) => [q.question, q.source, q.answers.map((a) => a.code).join(" ")])).toEqual([
      ["GENDER", "PLATFORM", "female male non_binary other"],
      ["ETHNICITY", "PLATFORM", "asian black mixed white other"],
      ["DISABILITY", "PLATFORM", "yes no"],
      ["AGE_BAND", "COUNCIL", "0-17 18-24"],
    ]);
    const refused = firstError(await send({ ageBand: "13-15" }));
    expect(refused).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "ageBand"] });
    expect(refused.message).toContain('one of 0-17, 18-24, or "not_given"');
    for (const ageBand of ["0-17", "not_given"]) {
      const answer = await send({ ageBand, gender: "any local code" });
      expect(answer.errors).toBeUndefined();
      const stored = await h.db.prisma.case.findUniqueOrThrow({
        where: { councilId_id: { councilId: "worcestershire", id: answer.data?.recordFeedback.id as string } },
        select: { ageBand: true, gender: true },
      });
      expect(stored).toEqual({ ageBand, gender: "any local code" });
    }
  }, 120_000);
  it("gives the council's words for its codes with the figures, to an analyst too", async () => {
    // Cases with the local channel EMAIL and gender answers were recorded above.
    const analyst = await h.signIn("analyst", COUNCIL);
    type Labelled = { statistics: { groups: Array<{ key: string[]; labels: Array<string | null> }> } };
    const stats = await h.gql<Labelled>(
      `{ statistics(metric: CASES_RECEIVED, groupBy: ["localChannel", "channel"], financialYear: 2025) { groups { key labels } } }`,
      {},
      analyst,
    );
    expect(stats.errors).toBeUndefined();
    const email = await h.db.prisma.vocabularyEntry.findFirstOrThrow({ where: { councilId: COUNCIL, code: "EMAIL", version: { kind: "channel" } } });
    // The local code has the council's label; the canonical channel is its own words (null).
    expect(stats.data!.statistics.groups).toContainEqual({ key: ["EMAIL", "email"], labels: [email.label, null] });
    const genders = await h.gql<Labelled>(
      `{ statistics(metric: CASES_RECEIVED, groupBy: ["gender"], financialYear: 2025) { groups { key labels } } }`,
      {},
      analyst,
    );
    expect(genders.data!.statistics.groups).toContainEqual({ key: ["male"], labels: ["Male"] });
    // No label for a value that is not the council's code (a group with no answer recorded).
    for (const g of genders.data!.statistics.groups.filter((g) => g.key[0] === "not_recorded")) expect(g.labels).toEqual([null]);
  });
});
