import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { importedCaseSchema, parseWithMapping } from "@csc/council-kit";
import { describe, expect, it } from "vitest";
import { vocabularies } from "../vocabularies";
import { importMapping } from "./mapping";

/**
 * The code importer this mapping replaced (src/importer/index.ts, events.ts and row-reader.ts before this commit)
 * read the fixture into 1146 cases whose JSON (after importedCaseSchema.parse) has this SHA-256; the mapping's
 * cases were held equal to the code importer's, case by case, before it was removed.
 */
const CODE_IMPORTER = { cases: 1146, sha256: "dd765fad3587b1bc114db9c7c150ed6cb62b11bd4e99ae68c811474f2cc25b7d" };

const fixture = readFileSync(new URL("../../fixtures/somerset-export.csv", import.meta.url), "utf8");

describe("Somerset's import mapping", () => {
  it("reads the fixture into exactly the imported cases the code importer did", () => {
    const byMapping = parseWithMapping(importMapping, fixture, vocabularies).map((c) => importedCaseSchema.parse(c));
    expect(byMapping.length).toBe(CODE_IMPORTER.cases);
    expect(createHash("sha256").update(JSON.stringify(byMapping)).digest("hex")).toBe(CODE_IMPORTER.sha256);
  });
});
