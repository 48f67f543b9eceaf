import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { startHarness, type Harness } from "../testing/harness";
import { RECORD_FEEDBACK } from "../testing/operations";

/**
 * Compliments and member enquiries recorded live (Hartlepool's fixture council, 2020/21): an officer records two
 * compliments with who was praised, what for and a quote (one publishable), and an MP's enquiry with its reply
 * date. Hartlepool's own compliments table and the Complaint Handling Code report count them, and only the
 * publishable quote is printed.
 */
let h: Harness;
let officer: string;
let analyst: string;
const PUBLISHED = "Thank you for listening to our son and for getting his placement right.";
const PRIVATE = "Please pass my thanks to the whole duty team.";

type Cell = { number: number | null; text: string | null };
type Table = { id: string; columns: string[]; rows: Array<{ label: string; cells: Cell[] }> };
type Sections = { sections: Array<{ tables: Table[] }> };

const TABLES = "sections { tables { id columns rows { label cells { number text } } } }";
async function annual(): Promise<Table[]> {
  const answer = await h.gql<{ report: Sections }>(`query { report(financialYear: 2020) { ${TABLES} } }`, {}, analyst);
  expect(answer.errors).toBeUndefined();
  return answer.data!.report.sections.flatMap((s) => s.tables);
}
async function codeReport(): Promise<Table[]> {
  const answer = await h.gql<{ complaintHandlingCodeReport: Sections }>(
    `query { complaintHandlingCodeReport(financialYear: 2020) { ${TABLES} } }`,
    {},
    analyst,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.complaintHandlingCodeReport.sections.flatMap((s) => s.tables);
}
const thisYear = (tables: Table[], id: string, column: number) => tables.find((t) => t.id === id)!.rows[0]!.cells[column]!.number;

async function recordCase(kind: "COMPLIMENT" | "MEMBER_ENQUIRY", receivedOn: string): Promise<string> {
  const answer = await h.gql<{ recordFeedback: { id: string } }>(
    RECORD_FEEDBACK,
    {
      input: { kind, receivedOn, madeByChild: false, summary: kind === "COMPLIMENT" ? "A parent thanked the team" : "An MP asked about a placement" },
    },
    officer,
  );
  expect(answer.errors).toBeUndefined();
  return answer.data!.recordFeedback.id;
}

beforeAll(async () => {
  h = await startHarness();
  await importCouncilFixture(h.db.prisma, "hartlepool");
  await h.addUser("hartlepool", "complaints_officer", "officer@hartlepool.example");
  await h.addUser("hartlepool", "analyst", "analyst@hartlepool.example");
  officer = await h.signIn("officer", "hartlepool");
  analyst = await h.signIn("analyst", "hartlepool");
}, 300_000);
afterAll(async () => h?.stop());

const COMPLIMENT = `mutation($input: RecordComplimentInput!) { recordCompliment(input: $input) { id compliment { praised whatFor publishable quote } } }`;
const MEMBER = `mutation($input: RecordMemberEnquiryInput!) { recordMemberEnquiry(input: $input) { id memberEnquiry { memberType repliedOn workingDaysTaken } } }`;

describe("compliments and member enquiries recorded live", () => {
  it("count in the council's compliments table and the Code report, which prints only publishable quotes", async () => {
    const annualBefore = thisYear(await annual(), "compliments", 1)!;
    const codeBefore = thisYear(await codeReport(), "code-compliments", 0)!;

    const published = await recordCase("COMPLIMENT", "2020-10-01");
    const answer = await h.gql<{ recordCompliment: { compliment: Record<string, unknown> } }>(
      COMPLIMENT,
      {
        input: {
          caseId: published,
          praised: "Social worker, Children in Care team",
          whatFor: "Listening and finding the right placement",
          quote: PUBLISHED,
          publishable: true,
        },
      },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordCompliment.compliment).toEqual({
      praised: "Social worker, Children in Care team",
      whatFor: "Listening and finding the right placement",
      publishable: true,
      quote: PUBLISHED,
    });
    const unpublished = await recordCase("COMPLIMENT", "2020-11-02");
    expect(
      (
        await h.gql(
          COMPLIMENT,
          { input: { caseId: unpublished, praised: "Duty team", whatFor: "Quick help", quote: PRIVATE, publishable: false } },
          officer,
        )
      ).errors,
    ).toBeUndefined();

    expect(thisYear(await annual(), "compliments", 1)).toBe(annualBefore + 2);
    const code = await codeReport();
    expect(thisYear(code, "code-compliments", 0)).toBe(codeBefore + 2);
    const quotes = code.find((t) => t.id === "compliment-quotes")!;
    expect(quotes.rows.map((r) => r.label)).toEqual([`“${PUBLISHED}”`]);
    expect(quotes.rows[0]!.cells.map((c) => c.text)).toEqual([null, "Listening and finding the right placement"]);
    expect(JSON.stringify(code)).not.toContain(PRIVATE);
    expect(JSON.stringify(code)).not.toContain("Social worker, Children in Care team");
  }, 180_000);

  it("records an MP's enquiry and the reply, counting working days from receipt", async () => {
    const enquiry = await recordCase("MEMBER_ENQUIRY", "2020-12-21");
    // 21 December 2020 (Monday, day 0) to 4 January 2021: 22, 23, 24, 29, 30, 31 December and 4 January; Christmas Day, Boxing Day (substitute 28 December) and New Year's Day are not working days.
    const answer = await h.gql<{ recordMemberEnquiry: { memberEnquiry: Record<string, unknown> } }>(
      MEMBER,
      { input: { caseId: enquiry, memberType: "MP", repliedOn: "2021-01-04" } },
      officer,
    );
    expect(answer.errors).toBeUndefined();
    expect(answer.data!.recordMemberEnquiry.memberEnquiry).toEqual({ memberType: "MP", repliedOn: "2021-01-04", workingDaysTaken: 7 });
    const early = await h.gql(MEMBER, { input: { caseId: enquiry, memberType: "MP", repliedOn: "2020-12-01" } }, officer);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "repliedOn"] });
  });

  it("refuses details for a case of another kind, naming the field", async () => {
    const enquiry = await recordCase("MEMBER_ENQUIRY", "2020-12-22");
    const wrong = await h.gql(COMPLIMENT, { input: { caseId: enquiry, praised: "Someone", whatFor: "Something", publishable: false } }, officer);
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: ["input", "caseId"] });
    const byAnalyst = await h.gql(COMPLIMENT, { input: { caseId: enquiry, praised: "Someone", whatFor: "Something", publishable: false } }, analyst);
    expect(byAnalyst.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});
