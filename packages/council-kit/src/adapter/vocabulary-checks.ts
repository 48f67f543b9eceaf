import { compareDates } from "@csc/rules";
import {
  MAPPED_VOCABULARIES,
  MAPPED_VOCABULARY_NAMES,
  PARENT_VOCABULARY,
  type LocalOnlyEntry,
  type Vocabularies,
} from "../vocabulary/local-vocabulary";
import { rangesOverlap } from "../vocabulary/lookup";

/** `vocabularies.reasons["Communication"]` */
export const entryPath = (list: string, code: string): string => `${list}[${JSON.stringify(code)}]`;

function checkList(path: string, entries: readonly LocalOnlyEntry[]): string[] {
  const problems: string[] = [];
  entries.forEach((entry, i) => {
    if (entry.validFrom && entry.validTo && compareDates(entry.validFrom, entry.validTo) > 0) {
      problems.push(`${entryPath(path, entry.code)}: validFrom ${entry.validFrom} is after validTo ${entry.validTo}`);
    }
    const clash = entries.slice(0, i).find((other) => other.code === entry.code && rangesOverlap(other, entry));
    if (clash) {
      problems.push(
        `${path}: duplicate code ${JSON.stringify(entry.code)}${entry.validFrom || entry.validTo || clash.validFrom || clash.validTo ? " with overlapping validFrom/validTo" : ""}`,
      );
    }
  });
  return problems;
}

/** Every problem in the vocabularies: canonical mappings, duplicates, parents, renames and date ranges. */
export function checkVocabularies(vocabularies: Vocabularies, root = "vocabularies"): string[] {
  const problems: string[] = [];
  for (const name of MAPPED_VOCABULARY_NAMES) {
    const path = `${root}.${name}`;
    const entries = vocabularies[name];
    const { canonical, noun } = MAPPED_VOCABULARIES[name];
    problems.push(...checkList(path, entries));
    for (const entry of entries) {
      if (!(canonical as readonly string[]).includes(entry.canonical)) {
        const article = /^[aeiou]/i.test(noun) ? "an" : "a";
        problems.push(
          `${entryPath(path, entry.code)}: maps to ${JSON.stringify(entry.canonical)}, which is not ${article} canonical ${noun} (expected one of: ${canonical.join(", ")})`,
        );
      }
      if (entry.renamedFrom !== undefined && !entries.some((e) => e.code === entry.renamedFrom && e !== entry)) {
        problems.push(`${entryPath(path, entry.code)}: renamedFrom ${JSON.stringify(entry.renamedFrom)} is not a code in ${path}`);
      }
    }
    const parentName = PARENT_VOCABULARY[name];
    if (parentName) {
      const parents = vocabularies[parentName];
      for (const entry of entries) {
        if (entry.parent === undefined) continue;
        if (parents.length > 0 && !parents.some((p) => p.code === entry.parent)) {
          problems.push(`${entryPath(path, entry.code)}: parent ${JSON.stringify(entry.parent)} is not a code in ${root}.${parentName}`);
        }
      }
    } else {
      for (const entry of entries) {
        if (entry.parent !== undefined && !entries.some((e) => e.code === entry.parent)) {
          problems.push(`${entryPath(path, entry.code)}: parent ${JSON.stringify(entry.parent)} is not a code in ${path}`);
        }
      }
    }
  }
  for (const [key, entries] of Object.entries(vocabularies.equalities)) {
    if (entries) problems.push(...checkList(`${root}.equalities.${key}`, entries));
  }
  for (const [key, entries] of Object.entries(vocabularies.localDimensions)) {
    problems.push(...checkList(`${root}.localDimensions.${key}`, entries));
  }
  return problems;
}
