import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startHarness } from "../testing/harness";
import type { Harness } from "../testing/harness";
import { RECORD_FEEDBACK, caseMutation, complaint } from "../testing/operations";

interface Listed {
  cases: { totalCount: number; edges: { node: { reference: string; status: string } }[] };
}

const LIST = `query($filter: CaseFilter) { cases(filter: $filter, sort: REFERENCE) { totalCount edges { node { reference status } } } }`;
const WITHDRAW = caseMutation("withdrawCase", "DatedCaseChangeInput");

let h: Harness;
const refs: Record<string, string> = {};

beforeAll(async () => {
  h = await startHarness();
  const officer = await h.signIn("officer", "demo-north");
  const record = async (key: string, input: Record<string, unknown>) => {
    const answer = await h.gql<{ recordFeedback: { id: string; reference: string; version: number } }>(RECORD_FEEDBACK, { input }, officer);
    expect(answer.errors).toBeUndefined();
    refs[key] = answer.data!.recordFeedback.reference;
    return answer.data!.recordFeedback;
  };
  await record("smith", complaint({ child: { name: "Jordan Smithson", dateOfBirth: "2014-03-27" } }));
  await record("other", complaint({ complainant: { name: "Pat Otherly" }, child: { name: "Sam Jones" } }));
  const gone = await record("withdrawn", complaint({ child: { name: "Kim Smithson" } }));
  const withdrawn = await h.gql(WITHDRAW, { input: { caseId: gone.id, version: gone.version, on: "2026-01-10" } }, officer);
  expect(withdrawn.errors).toBeUndefined();
});
afterAll(async () => h?.stop());

async function list(role: "officer" | "auditor", filter: Record<string, unknown>) {
  const answer = await h.gql<Listed>(LIST, { filter }, await h.signIn(role, "demo-north"));
  return answer;
}

describe("cases: find by reference, name and date of birth; open by default", () => {
  it("lists open cases only unless asked for finished ones", async () => {
    const open = await list("officer", {});
    expect(open.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.smith, refs.other]);
    const finished = await list("officer", { open: false });
    expect(finished.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.withdrawn]);
    const every = await list("officer", { open: null });
    expect(every.data?.cases.totalCount).toBe(3);
    const byStatus = await list("officer", { status: "WITHDRAWN" });
    expect(byStatus.data?.cases.totalCount).toBe(1);
  });

  it("an officer finds a case by the child's surname, any case, and by date of birth; the search is audited without the words", async () => {
    const bySurname = await list("officer", { search: "smithson" });
    expect(bySurname.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.smith]);
    const byComplainant = await list("officer", { search: "OTHERLY" });
    expect(byComplainant.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.other]);
    const byBirth = await list("officer", { search: "27/3/2014" });
    expect(byBirth.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.smith]);
    const both = await list("officer", { search: "Smithson", open: false });
    expect(both.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.withdrawn]);
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "demo-north", action: "search_personal_data" } });
    expect(audit.length).toBeGreaterThanOrEqual(4);
    expect(JSON.stringify(audit.map((row) => row.detail))).not.toMatch(/smithson|otherly|2014/i);
  });

  it("finds by reference for every role, but an auditor's search never looks at names", async () => {
    const byRef = await list("auditor", { search: refs.other!.toLowerCase() });
    expect(byRef.data?.cases.edges.map((e) => e.node.reference)).toEqual([refs.other]);
    const byName = await list("auditor", { search: "Smithson" });
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.cases.totalCount).toBe(0);
  });

  it("refuses a one-letter search naming the field and the rule", async () => {
    const answer = await list("officer", { search: "s" });
    expect(answer.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(answer.errors)).toMatch(/search/);
    expect(JSON.stringify(answer.errors)).toMatch(/at least 2/);
  });

  it("counts open cases by stage for home", async () => {
    const answer = await h.gql<{ caseCounts: { key: string; count: number }[] }>(
      `{ caseCounts(groupBy: STATUS, filter: { open: true }) { key count } }`,
      {},
      await h.signIn("officer", "demo-north"),
    );
    expect(answer.data?.caseCounts.map((c) => c.key)).not.toContain("withdrawn");
  });
});

describe("casePage: numbered pages for GOV.UK pagination", () => {
  it("pages the open cases with a page count and keeps the order", async () => {
    const officer = await h.signIn("officer", "demo-north");
    const query = `query($page: Int) { casePage(page: $page, pageSize: 1, sort: REFERENCE) { page pageCount totalCount cases { reference } } }`;
    const first = await h.gql<{ casePage: { page: number; pageCount: number; totalCount: number; cases: { reference: string }[] } }>(
      query,
      { page: 1 },
      officer,
    );
    expect(first.data?.casePage).toEqual({ page: 1, pageCount: 2, totalCount: 2, cases: [{ reference: refs.smith }] });
    const second = await h.gql<{ casePage: { cases: { reference: string }[] } }>(query, { page: 2 }, officer);
    expect(second.data?.casePage.cases).toEqual([{ reference: refs.other }]);
    const bad = await h.gql(`{ casePage(page: 0) { page } }`, {}, officer);
    expect(bad.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("is refused to an analyst", async () => {
    const answer = await h.gql(`{ casePage { totalCount } }`, {}, await h.signIn("analyst", "demo-north"));
    expect(answer.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });
});

describe("officers: who a case may be allocated to", () => {
  it("lists the council's officers and managers, not its analysts or auditors", async () => {
    const answer = await h.gql<{ officers: { displayName: string }[] }>(
      `{ officers { id displayName } }`,
      {},
      await h.signIn("officer", "demo-north"),
    );
    expect(answer.errors).toBeUndefined();
    const names = answer.data!.officers.map((o) => o.displayName);
    expect(names.length).toBeGreaterThanOrEqual(2);
    expect(names.join(" ")).not.toMatch(/analyst|auditor/i);
  });
});

describe("caseCounts: the same filter and search as the case list", () => {
  const COUNTS = `query($filter: CaseFilter) { caseCounts(groupBy: CURRENT_STAGE, filter: $filter) { key count } }`;
  const counts = async (role: "officer" | "analyst", filter: Record<string, unknown>) =>
    h.gql<{ caseCounts: Array<{ key: string; count: number | null }> }>(COUNTS, { filter }, await h.signIn(role, "demo-north"));

  it("counts open cases by stage matching the search, as the list finds them, and audits a search of names", async () => {
    const before = await h.db.prisma.auditLog.count({ where: { councilId: "demo-north", action: "search_personal_data" } });
    const all = await counts("officer", { open: true });
    expect(all.data?.caseCounts).toEqual([{ key: "stage1", count: 2 }]);
    const found = await counts("officer", { open: true, search: "smithson" });
    expect(found.errors).toBeUndefined();
    expect(found.data?.caseCounts).toEqual([{ key: "stage1", count: 1 }]);
    const listed = await list("officer", { open: true, search: "smithson" });
    expect(listed.data?.cases.totalCount).toBe(1);
    const byRef = await counts("officer", { open: true, search: refs.other });
    expect(byRef.data?.caseCounts).toEqual([{ key: "stage1", count: 1 }]);
    const after = await h.db.prisma.auditLog.findMany({
      where: { councilId: "demo-north", action: "search_personal_data" },
      orderBy: { at: "desc" },
    });
    expect(after.length).toBeGreaterThanOrEqual(before + 3);
    expect(JSON.stringify(after.map((row) => row.detail))).not.toMatch(/smithson/i);
  });

  it("an analyst's search never looks at names or dates of birth, and a bad search names the field", async () => {
    const byName = await counts("analyst", { search: "Smithson" });
    expect(byName.errors).toBeUndefined();
    expect(byName.data?.caseCounts).toEqual([]);
    const tooShort = await counts("officer", { search: "s" });
    expect(tooShort.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(JSON.stringify(tooShort.errors?.[0]?.extensions)).toContain("search");
  });
});
