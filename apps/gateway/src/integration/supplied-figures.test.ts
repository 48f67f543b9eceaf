import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCouncilFixture } from "../import/import-fixture";
import { startHarness, type Harness } from "../testing/harness";

/**
 * Supplied figures through GraphQL over HTTP: a council administrator enters a figure the council takes from
 * elsewhere, with its source; the report prints it in the layout's supplied cell, labelled with its source, in
 * place of the council's configured one; other roles and other councils cannot read or write it; bad input is a
 * BAD_USER_INPUT naming the field.
 */
let h: Harness;
let admin: string;
let analyst: string;
let northAdmin: string;

beforeAll(async () => {
  h = await startHarness();
  await importCouncilFixture(h.db.prisma, "northamptonshire");
  await h.addUser("northamptonshire", "council_admin", "admin@northamptonshire.example");
  await h.addUser("northamptonshire", "analyst", "analyst@northamptonshire.example");
  admin = await h.signIn("admin", "northamptonshire");
  analyst = await h.signIn("analyst", "northamptonshire");
  northAdmin = await h.signIn("admin", "demo-north");
}, 240_000);
afterAll(async () => h?.stop());

type Answer = { errors?: Array<{ message: string; extensions?: { code?: string; field?: Array<string | number> } }> };
const codes = (answer: Answer) => answer.errors?.map((e) => e.extensions?.code);

const SAVE = `mutation($input: SaveSuppliedFigureInput!) { saveSuppliedFigure(input: $input) { financialYear key value source } }`;
const LIST = `query($fy: Int) { suppliedFigures(financialYear: $fy) { financialYear key value source } }`;
const DELETE = `mutation($fy: Int!, $key: String!) { deleteSuppliedFigure(financialYear: $fy, key: $key) }`;
const LGO_TABLE = `query { report(financialYear: 2015) { sections { tables { id rows { label cells { number text } } supplied { row column source label } } } } }`;
const ROW = "Upheld, as a percentage of complaints investigated";

type LgoAnswer = {
  report: {
    sections: Array<{
      tables: Array<{
        id: string;
        rows: Array<{ label: string; cells: Array<{ text: string | null }> }>;
        supplied: Array<{ row: string; column: string; source: string; label: string }>;
      }>;
    }>;
  };
};
async function lgoTable(token: string) {
  const answer = await h.gql<LgoAnswer>(LGO_TABLE, {}, token);
  expect(answer.errors).toBeUndefined();
  return answer.data?.report.sections.flatMap((s) => s.tables).find((t) => t.id === "lgo");
}

describe("supplied figures", () => {
  it("the report prints the council's configured figure (the Ombudsman's 62%) labelled with its source", async () => {
    const lgo = await lgoTable(analyst);
    expect(lgo?.rows.find((r) => r.label === ROW)?.cells[0]?.text).toBe("62%");
    expect(lgo?.supplied).toEqual([
      {
        row: ROW,
        column: "Number",
        source: expect.stringMatching(/annual letter/),
        label: expect.stringMatching(/^Supplied: Local Government Ombudsman/),
      },
    ]);
  }, 120_000);

  it("an administrator enters a correction with its source; the report prints it and its source instead", async () => {
    const input = { financialYear: 2015, key: "lgsco-upheld-rate", value: 60, source: "LGO annual review letter, corrected August 2016" };
    const saved = await h.gql<{ saveSuppliedFigure: typeof input }>(SAVE, { input }, admin);
    expect(saved.errors).toBeUndefined();
    expect(saved.data?.saveSuppliedFigure).toEqual(input);
    expect((await h.gql<{ suppliedFigures: unknown[] }>(LIST, { fy: 2015 }, admin)).data?.suppliedFigures).toEqual([input]);
    const lgo = await lgoTable(analyst);
    expect(lgo?.rows.find((r) => r.label === ROW)?.cells[0]?.text).toBe("60%");
    expect(lgo?.supplied[0]?.label).toBe("Supplied: LGO annual review letter, corrected August 2016");
    const audit = await h.db.prisma.auditLog.findMany({ where: { councilId: "northamptonshire", action: "saveSuppliedFigure" } });
    expect(audit.map((a) => a.detail)).toEqual([{ key: "lgsco-upheld-rate", financialYear: 2015 }]);

    // Removing it brings back the council's configured figure.
    expect((await h.gql<{ deleteSuppliedFigure: boolean }>(DELETE, { fy: 2015, key: "lgsco-upheld-rate" }, admin)).data?.deleteSuppliedFigure).toBe(
      true,
    );
    expect((await lgoTable(analyst))?.rows.find((r) => r.label === ROW)?.cells[0]?.text).toBe("62%");
  }, 120_000);

  it("refuses a missing source and a bad key, naming the field", async () => {
    const noSource = await h.gql(SAVE, { input: { financialYear: 2015, key: "lgsco-upheld-rate", value: 1, source: " " } }, admin);
    expect(codes(noSource)).toEqual(["BAD_USER_INPUT"]);
    expect(noSource.errors?.[0]?.extensions?.field).toEqual(["input", "source"]);
    expect(noSource.errors?.[0]?.message).toMatch(/say where the figure comes from/);
    const badKey = await h.gql(SAVE, { input: { financialYear: 2015, key: "LGO rate", value: 1, source: "annual letter" } }, admin);
    expect(badKey.errors?.[0]?.extensions?.field).toEqual(["input", "key"]);
    const badYear = await h.gql(SAVE, { input: { financialYear: 1800, key: "lgsco-upheld-rate", value: 1, source: "annual letter" } }, admin);
    expect(badYear.errors?.[0]?.extensions?.field).toEqual(["input", "financialYear"]);
  });

  it("only administrators read or write them, each council only its own", async () => {
    expect(
      codes(await h.gql(SAVE, { input: { financialYear: 2015, key: "lgsco-upheld-rate", value: 1, source: "annual letter" } }, analyst)),
    ).toEqual(["FORBIDDEN"]);
    expect(codes(await h.gql(LIST, {}, analyst))).toEqual(["FORBIDDEN"]);
    const other = await h.gql(
      SAVE,
      { input: { financialYear: 2015, key: "lgsco-upheld-rate", value: 99, source: "someone else's letter" } },
      northAdmin,
    );
    expect(other.errors).toBeUndefined();
    expect((await h.gql<{ suppliedFigures: unknown[] }>(LIST, {}, admin)).data?.suppliedFigures).toEqual([]);
    expect((await lgoTable(analyst))?.rows.find((r) => r.label === ROW)?.cells[0]?.text).toBe("62%");
  }, 120_000);
});
