import { type ImportedCaseInput, parseWithMapping } from "@csc/council-kit";
import { vocabularies } from "../vocabularies";
import { importMapping } from "./mapping";

/**
 * Reads Somerset's iCasework export (./export-format.ts) through its import mapping (./mapping.ts) into the
 * platform's imported cases. Throws an ImportError naming the row and column of the first bad value; nothing is
 * half-imported.
 */
export function parse(text: string): ImportedCaseInput[] {
  return parseWithMapping(importMapping, text, vocabularies);
}
