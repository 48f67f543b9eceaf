import { describe, expect, it } from "vitest";
import { defineCouncil } from "../adapter/define-council";
import { EXAMPLE_FIXTURE, EXAMPLE_PUBLISHED, exampleCouncilInput } from "../example/example-council";
import type { PublishedFigures } from "../published/published-figures";
import { createPluginHarness } from "./harness";

function council(overrides: { fixture?: string; published?: PublishedFigures[]; exceptions?: unknown[] }) {
  return defineCouncil({
    ...exampleCouncilInput,
    fixtures: async () => overrides.fixture ?? EXAMPLE_FIXTURE,
    published: async () => overrides.published ?? EXAMPLE_PUBLISHED,
    publishedExceptions: (overrides.exceptions ?? []) as never,
  });
}

describe("plugin harness", () => {
  it("finds no mismatch for the example council's hand-counted figures", async () => {
    const harness = createPluginHarness(council({}));
    expect(await harness.compare(2021)).toEqual([]);
    expect(await harness.compare(2020)).toEqual([]);
    expect(await harness.structureProblems()).toEqual([]);
  });

  it("catches a published figure the records do not reproduce, unless it is a listed exception", async () => {
    const published = [{ year: 2021, figures: [{ section: "Table 1", table: "received", row: "Complaints", column: "This year", value: 5 }] }];
    const mismatches = await createPluginHarness(council({ published })).compare(2021);
    expect(mismatches.map((m) => m.message)).toEqual(['Table 1 (received) row "Complaints", column "This year": published 5, computed 4']);
    const exception = { table: "received", row: "Complaints", column: "This year", reason: "the seed counts a late complaint twice" };
    expect(await createPluginHarness(council({ published, exceptions: [exception] })).compare(2021)).toEqual([]);
  });

  it("lists published cells the layout lacks", async () => {
    const published = [
      {
        year: 2021,
        figures: [
          { section: "Table 9", table: "teams", row: "MASH", column: "This year", value: 1 },
          { section: "Table 1", table: "received", row: "Comments", column: "This year", value: 1 },
          { section: "Table 1", table: "received", row: "Complaints", column: "2019/20", value: 1 },
        ],
      },
    ];
    expect(await createPluginHarness(council({ published })).structureProblems()).toEqual([
      'published/2021.json Table 9 (teams) row "MASH", column "This year": the layout has no table "teams"',
      'published/2021.json Table 1 (received) row "Comments", column "This year": the table has no row "Comments" (rows: Complaints | Compliments)',
      'published/2021.json Table 1 (received) row "Complaints", column "2019/20": the table has no column "2019/20" (columns: Previous year | This year)',
    ]);
  });

  it("collects cases that fail to map or derive instead of stopping at the first", async () => {
    const fixture = EXAMPLE_FIXTURE.replace("E2,COMP,2021-04-06,EM", "E2,COMP,2021-04-06,FAX").replace(
      "E4,COMP,2021-07-06,EM,PAR,CA,SERV/DELAY,2021-07-08,2021-07-19",
      "E4,COMP,2021-07-06,EM,PAR,CA,SERV/DELAY,2021-07-08,2021-07-01",
    );
    const { facts, errors } = await createPluginHarness(council({ fixture })).factsWithErrors();
    expect(facts).toHaveLength(7);
    expect(errors.map((e) => [e.externalId, e.problem])).toEqual([
      ["E2", "vocabulary"],
      ["E4", "lifecycle"],
    ]);
  });

  it("reports a fixture record that is not an ImportedCase", async () => {
    const adapter = defineCouncil({ ...exampleCouncilInput, importer: { format: "csv", parse: () => [{ externalId: "X1" } as never] } });
    await expect(createPluginHarness(adapter).importFixture()).rejects.toThrow(/^record 1 of the fixture \(X1\) is not an ImportedCase: kind: /);
  });
});

describe("plugin harness: structure checks and listed exceptions", () => {
  it("does not ask for a row or column the adapter lists as an exception", async () => {
    const published = [
      { year: 2021, figures: [{ section: "para 9", table: "received", row: "Rise in complaints (%)", column: "This year", value: 16 }] },
    ];
    expect(await createPluginHarness(council({ published })).structureProblems()).toEqual([
      'published/2021.json para 9 (received) row "Rise in complaints (%)", column "This year": the table has no row "Rise in complaints (%)" (rows: Complaints | Compliments)',
    ]);
    const exception = {
      year: 2021,
      table: "received",
      row: "Rise in complaints (%)",
      column: "This year",
      reason: "a figure the records cannot give",
    };
    expect(await createPluginHarness(council({ published, exceptions: [exception] })).structureProblems()).toEqual([]);
    expect(await createPluginHarness(council({ published, exceptions: [{ ...exception, year: 2020 }] })).structureProblems()).toHaveLength(1);
  });
});
