import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { importedCaseSchema, parseWithMapping } from "@csc/council-kit";
import { describe, expect, it } from "vitest";
import { vocabularies } from "../vocabularies";
import { importMapping } from "./mapping";

/**
 * The code importer this mapping replaced (src/importer/index.ts, events.ts and row-reader.ts before this commit)
 * read the fixture into 1154 cases whose JSON (after importedCaseSchema.parse) has this SHA-256; the mapping's
 * cases were held equal to the code importer's, case by case, before it was removed.
 */
const CODE_IMPORTER = { cases: 1154, sha256: "873f9437a2271068d2947d21589d797c115aec852f5ebe0131b5716666eb28cf" };

const fixture = readFileSync(new URL("../../fixtures/northamptonshire-export.csv", import.meta.url), "utf8");

describe("Northamptonshire's import mapping", () => {
  it("reads the fixture into exactly the imported cases the code importer did", () => {
    const byMapping = parseWithMapping(importMapping, fixture, vocabularies).map((c) => importedCaseSchema.parse(c));
    expect(byMapping.length).toBe(CODE_IMPORTER.cases);
    expect(createHash("sha256").update(JSON.stringify(byMapping)).digest("hex")).toBe(CODE_IMPORTER.sha256);
  });
});
