import { describe, expect, it } from "vitest";
import { isImportOnly } from "./import-body";

describe("isImportOnly", () => {
  it("accepts a mutation selecting only importCaseExport", () => {
    expect(isImportOnly({ query: "mutation($csv: String!) { importCaseExport(csv: $csv) { parsed } }", variables: { csv: "a" } })).toBe(true);
    expect(isImportOnly({ query: 'mutation { a: importCaseExport(csv: "x") { parsed } }' })).toBe(true);
  });

  it("refuses anything else: other fields beside it, queries, fragments, batches, bad documents", () => {
    expect(isImportOnly({ query: 'mutation { importCaseExport(csv: "x") { parsed } signIn(input: {}) { token } }' })).toBe(false);
    expect(isImportOnly({ query: "{ me { id } }" })).toBe(false);
    expect(isImportOnly({ query: 'mutation { ...F } fragment F on Mutation { importCaseExport(csv: "x") { parsed } }' })).toBe(false);
    expect(isImportOnly([{ query: 'mutation { importCaseExport(csv: "x") { parsed } }' }])).toBe(false);
    expect(isImportOnly({ query: "mutation { importCaseExport(" })).toBe(false);
    expect(isImportOnly(null)).toBe(false);
  });
});
