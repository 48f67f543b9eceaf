import type { FieldError } from "../../components/govuk";
import type { VocabularyPageConfig } from "./vocabulary-kinds";

export interface EntryRow {
  key: string;
  code: string;
  label: string;
  canonical: string;
  parentCode: string;
  policy: string;
}

const CODE = /^[A-Za-z0-9][A-Za-z0-9_-]{0,39}$/;
const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** Checks a new version before it is sent (the gateway checks again); each error names its field's id. */
export function validateVersion(config: VocabularyPageConfig, effectiveFrom: string, rows: EntryRow[]): FieldError[] {
  const errors: FieldError[] = [];
  if (!effectiveFrom) errors.push({ field: "effectiveFrom", message: "Enter the date the version takes effect" });
  else if (!ISO.test(effectiveFrom) || Number.isNaN(Date.parse(effectiveFrom))) {
    errors.push({ field: "effectiveFrom", message: "The date the version takes effect must be a real date" });
  }
  if (rows.length === 0) errors.push({ field: "effectiveFrom", message: `Add at least one ${config.singular}` });
  const seen = new Set<string>();
  const categories = new Set(rows.filter((r) => !r.parentCode).map((r) => r.code.trim()));
  rows.forEach((row, i) => {
    const n = i + 1;
    if (!row.label.trim()) errors.push({ field: `entry-${i}-label`, message: `Enter a label for ${config.singular} ${n}` });
    const code = row.code.trim();
    if (!code) errors.push({ field: `entry-${i}-code`, message: `Enter a code for ${config.singular} ${n}` });
    else if (!CODE.test(code)) {
      errors.push({ field: `entry-${i}-code`, message: `The code of ${config.singular} ${n} must be letters, digits, hyphens or underscores` });
    } else if (seen.has(code)) errors.push({ field: `entry-${i}-code`, message: `The code "${code}" is used more than once` });
    seen.add(code);
    if (!row.canonical) errors.push({ field: `entry-${i}-canonical`, message: `Choose what ${config.singular} ${n} counts as` });
    if (config.policyFor && row.canonical === config.policyFor && !row.policy.trim()) {
      errors.push({ field: `entry-${i}-policy`, message: `Enter the local policy that gives ${config.singular} ${n}` });
    }
    if (config.tree && row.parentCode && !categories.has(row.parentCode)) {
      errors.push({ field: `entry-${i}-parentCode`, message: `Choose a category that is in this version for ${config.singular} ${n}` });
    }
  });
  return errors;
}
