import { type ImportedCaseInput, parseWithMapping } from "@csc/council-kit";
import { vocabularies } from "../vocabularies";
import { importMapping } from "./mapping";

/**
 * Reads the Consumer Relations Unit export (./export-format.ts) through its import mapping (./mapping.ts) into
 * ImportedCase inputs. Bad input throws an ImportError naming the row and column (never the value).
 */
export function parseExport(text: string): ImportedCaseInput[] {
  return parseWithMapping(importMapping, text, vocabularies);
}
