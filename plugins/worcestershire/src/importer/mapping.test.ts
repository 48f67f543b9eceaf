import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { applyImportMapping, importedCaseSchema, parseWithMapping } from "@csc/council-kit";
import { describe, expect, it } from "vitest";
import { vocabularies } from "../vocabularies";
import { importMapping } from "./mapping";

/**
 * The code importer this mapping replaced (src/importer/index.ts at commit 69625b1) read the fixture into 606
 * cases whose JSON (after importedCaseSchema.parse) has this SHA-256; that commit's test held the mapping's cases
 * equal to the code importer's, case by case.
 */
const CODE_IMPORTER = { cases: 606, sha256: "be0048aba5a37002d64cf616d447a01feddb0639a6eeaf8334d2ec3a7a45077b" };

const fixture = readFileSync(new URL("../../fixtures/crm-export.csv", import.meta.url), "utf8");

describe("Worcestershire's import mapping", () => {
  it("reads the fixture into exactly the imported cases the code importer did", () => {
    const byMapping = parseWithMapping(importMapping, fixture, vocabularies).map((c) => importedCaseSchema.parse(c));
    expect(byMapping.length).toBe(CODE_IMPORTER.cases);
    expect(createHash("sha256").update(JSON.stringify(byMapping)).digest("hex")).toBe(CODE_IMPORTER.sha256);
  });

  it("lists every refusal by row and column instead of stopping at the first", () => {
    const lines = fixture.trim().split(/\r?\n/);
    const header = lines[0] ?? "";
    const columns = header.split(",");
    const broken = (line: string, column: string, value: string) => {
      const cells = line.split(",");
      cells[columns.indexOf(column)] = value;
      return cells.join(",");
    };
    const text = [header, broken(lines[1] ?? "", "Received", "31/02/2021"), lines[2], broken(lines[3] ?? "", "Teams", "MARS")].join("\r\n");
    const result = applyImportMapping(importMapping, text, { vocabularies, limit: 5 });
    expect(result.rows).toBe(3);
    expect(result.cases.map((c) => c.row)).toEqual([3]);
    expect(result.refusals.map((r) => [r.row, r.column])).toEqual([
      [2, "Received"],
      [4, "Teams"],
    ]);
    expect(result.refusals[1]?.message).toMatch(/^is not a known code \("MARS" is not an entry of teams, nor mapped to one\)/);
  });
});
