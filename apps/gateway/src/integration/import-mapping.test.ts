import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withCouncil } from "@csc/db";
import { reportAdapterFor } from "../reports/layout-in-force";
import { startHarness, type Harness } from "../testing/harness";

// Issue 12 item 2: a council created in the app (no plugin) saves an import mapping, tries it on a sample with
// every refusal named by row and column, then imports its export through it.

let h: Harness;
let admin: string;

const COUNCIL = "brackwater";
const SAVE = `mutation($mapping: JSON!) { saveImportMapping(mapping: $mapping) { importMapping { version columns savedByName } problems { path message } } }`;
const TRY = `mutation($csv: String!, $mapping: JSON, $limit: Int) {
  tryImportMapping(csv: $csv, mapping: $mapping, limit: $limit) {
    headers values { column values } rows problems { path message } refusals { row column message }
    cases { row externalId kind receivedOn points outcomes events { type on } }
  }
}`;
const IMPORT = `mutation($csv: String!, $dryRun: Boolean) { importCaseExport(csv: $csv, dryRun: $dryRun) { parsed imported duplicates refused { row reason } } }`;

const mapping = {
  dateFormats: ["DD/MM/YYYY"],
  reference: { column: "Case No" },
  kind: { column: "Type", values: { Complaint: "complaint", Compliment: "compliment" } },
  receivedOn: { column: "Date In" },
  points: { column: "About", as: "category", values: { Comms: "communication", Slow: "delay" } },
  outcomes: { stage1: { column: "Result", values: { Upheld: "upheld", "Not upheld": "not_upheld" } } },
  events: [
    { type: "stage_started", stage: "stage1", date: "Date In", complaintsOnly: true },
    { type: "response_sent", stage: "stage1", date: "Replied", after: "Date In", complaintsOnly: true },
    { type: "closed", date: "Closed", after: "Date In" },
  ],
};

const csv = (...rows: string[]) => ["Case No,Type,Date In,About,Result,Replied,Closed", ...rows].join("\r\n") + "\r\n";
const good = ["BW-1,Complaint,03/04/2023,Comms;Slow,Upheld,14/04/2023,14/04/2023", "BW-2,Compliment,05/04/2023,,,,05/04/2023"];

beforeAll(async () => {
  h = await startHarness();
  const platform = await h.signInPlatformAdmin();
  const made = await h.gql(
    `mutation { createCouncil(input: { id: "${COUNCIL}", name: "Brackwater District Council", onsCode: "E06000992" }) { id } }`,
    {},
    platform,
  );
  expect(made.errors).toBeUndefined();
  const invited = await h.gql(
    `mutation($input: InviteCouncilAdministratorInput!) { inviteCouncilAdministrator(input: $input) { userId } }`,
    { input: { councilId: COUNCIL, displayName: "Bea Water", email: "bea@brackwater.example", initialPassword: "brackwater-first-sign-in" } },
    platform,
  );
  expect(invited.errors).toBeUndefined();
  const signedIn = await h.gql<{ signIn: { token: string } }>(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
    input: { councilId: COUNCIL, email: "bea@brackwater.example", password: "brackwater-first-sign-in" },
  });
  admin = signedIn.data?.signIn.token as string;
}, 120_000);
afterAll(async () => h?.stop());

describe("import mappings", () => {
  it("a council with no mapping and no plugin is told to set one", async () => {
    const refused = await h.gql(IMPORT, { csv: csv(...good) }, admin);
    expect(refused.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(refused.errors?.[0]?.message).toContain("no import mapping yet");
    expect(await h.gql<{ importMapping: null }>(`{ importMapping { version } }`, {}, admin)).toMatchObject({ data: { importMapping: null } });
  });

  it("saving an invalid mapping stores nothing and names every problem by path", async () => {
    const bad = { ...mapping, dateFormats: ["YY"], events: [{ type: "lgsco_decided", date: "LGO" }] };
    const answer = await h.gql<{ saveImportMapping: { importMapping: null; problems: { path: string; message: string }[] } }>(
      SAVE,
      { mapping: bad },
      admin,
    );
    expect(answer.data?.saveImportMapping.importMapping).toBeNull();
    expect(answer.data?.saveImportMapping.problems.map((p) => p.path)).toEqual(["dateFormats[0]"]);
    const cross = await h.gql<{ saveImportMapping: { problems: { path: string; message: string }[] } }>(
      SAVE,
      { mapping: { ...mapping, events: [{ type: "lgsco_decided", date: "LGO" }] } },
      admin,
    );
    expect(cross.data?.saveImportMapping.problems).toEqual([{ path: "events[0].type", message: "needs lgscoDecision (the column of the decision)" }]);
    // A value map naming a code the council's list lacks would refuse every row holding that value: refused on saving.
    const unknown = await h.gql<{ saveImportMapping: { importMapping: null; problems: { path: string; message: string }[] } }>(
      SAVE,
      { mapping: { ...mapping, kind: { column: "Type", values: { Complaint: "complaint", Grumble: "grumble" } } } },
      admin,
    );
    expect(unknown.errors).toBeUndefined();
    expect(unknown.data?.saveImportMapping.importMapping).toBeNull();
    expect(unknown.data?.saveImportMapping.problems).toEqual([
      { path: "kind.values.Grumble", message: expect.stringMatching(/^"grumble" is not an entry of kinds; expected one of .*\bcomplaint\b/) },
    ]);
    expect(await h.db.prisma.importMapping.count({ where: { councilId: COUNCIL } })).toBe(0);
  });

  it("tries a mapping on a sample: the headers, the mapped rows and every refusal by row and column, storing nothing", async () => {
    const sample = csv(...good, "BW-3,Grumble,31/02/2023,Comms,Upheld,,", "BW-4,Complaint,06/04/2023,Weather,Upheld,07/04/2023,");
    const tried = await h.gql<{
      tryImportMapping: {
        headers: string[];
        values: { column: string; values: string[] }[];
        rows: number;
        problems: unknown[];
        refusals: { row: number; column: string; message: string }[];
        cases: { row: number; externalId: string; kind: string; points: string[]; outcomes: string[]; events: { type: string; on: string }[] }[];
      };
    }>(TRY, { csv: sample, mapping, limit: 5 }, admin);
    expect(tried.errors).toBeUndefined();
    const trial = tried.data?.tryImportMapping;
    expect(trial?.headers).toEqual(["Case No", "Type", "Date In", "About", "Result", "Replied", "Closed"]);
    expect(trial?.rows).toBe(4);
    expect(trial?.values.find((v) => v.column === "Type")?.values).toEqual(["Complaint", "Compliment", "Grumble"]);
    expect(trial?.values.find((v) => v.column === "About")?.values).toEqual(["Comms", "Slow", "Weather"]);
    expect(trial?.cases.map((c) => [c.row, c.externalId, c.kind])).toEqual([
      [2, "BW-1", "complaint"],
      [3, "BW-2", "compliment"],
    ]);
    expect(trial?.cases[0]?.points).toEqual(["communication", "delay"]);
    expect(trial?.cases[0]?.outcomes).toEqual(["stage1: upheld"]);
    expect(trial?.cases[0]?.events.map((e) => e.type)).toEqual(["received", "stage_started", "response_sent", "closed"]);
    expect(trial?.refusals.map((r) => `${r.row} ${r.column}`)).toEqual(["4 Date In", "4 Type", "5 About"]);
    expect(trial?.refusals[2]?.message).toContain('"Weather" is not an entry of reasonCategories');
    expect(await h.db.prisma.case.count({ where: { councilId: COUNCIL } })).toBe(0);
  });

  it("saves the mapping as version 1 and imports the export through it; the cases are the council's", async () => {
    const saved = await h.gql<{ saveImportMapping: { importMapping: { version: number; columns: string[]; savedByName: string } } }>(
      SAVE,
      { mapping },
      admin,
    );
    expect(saved.data?.saveImportMapping.importMapping).toMatchObject({ version: 1, savedByName: "Bea Water" });
    expect(saved.data?.saveImportMapping.importMapping.columns).toHaveLength(7);
    const imported = await h.gql<{ importCaseExport: { parsed: number; imported: number; refused: unknown[] } }>(
      IMPORT,
      { csv: csv(...good) },
      admin,
    );
    expect(imported.errors).toBeUndefined();
    expect(imported.data?.importCaseExport).toMatchObject({ parsed: 2, imported: 2, refused: [] });
    const complaint = await h.db.prisma.case.findFirst({ where: { councilId: COUNCIL, reference: "BW-1" }, include: { points: true, stages: true } });
    expect(complaint?.kind).toBe("complaint");
    expect(complaint?.points.map((p) => p.categoryCode)).toEqual(["communication", "delay"]);
    expect(complaint?.stages.map((s) => s.stage)).toEqual(["stage1"]);
    const audit = await h.db.prisma.auditLog.findFirst({ where: { councilId: COUNCIL, action: "importCaseExport" }, orderBy: { id: "desc" } });
    expect(audit?.detail).toMatchObject({ imported: 2, mapping: 1 });
    // A file the mapping refuses is refused whole, naming the row and column.
    const refused = await h.gql(IMPORT, { csv: csv("BW-9,Complaint,31/02/2023,,,,") }, admin);
    expect(refused.errors?.[0]?.message).toContain('row 2, column "Date In": is not a real date written DD/MM/YYYY');
  });

  it("reports with the council's stored vocabularies and teams, as its import reads them, not empty ones", async () => {
    const { report, stored } = await withCouncil(h.db.prisma, COUNCIL, async (tx) => ({
      report: (await reportAdapterFor(tx, COUNCIL)).adapter.vocabularies,
      stored: await tx.vocabularyEntry.findMany({ where: { councilId: COUNCIL, version: { kind: "outcome" } }, select: { code: true, label: true } }),
    }));
    expect(stored.length).toBeGreaterThan(0);
    expect(report.outcomes.map((e) => [e.code, e.label]).sort()).toEqual(stored.map((e) => [e.code, e.label]).sort());
    expect(report.reasonCategories.map((e) => e.code)).toContain("delay");
    expect(report.teams.length).toBe(await h.db.prisma.team.count({ where: { councilId: COUNCIL } }));
  });
});
