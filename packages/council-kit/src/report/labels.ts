import { financialYearStartOf, formatFinancialYear, type Period } from "@csc/rules";

/**
 * Labels in a layout may name the report's years instead of fixing them, so one layout serves every year:
 * `{year}` is the report period's financial year ("2021/22"), `{year-1}` the year before, and so on
 * (`{year-hyphen}` / `{year-1-hyphen}` write "2021-22"). Other text is kept as it is.
 */
const PLACEHOLDER = /\{year(?:-(\d{1,2}))?(-hyphen)?\}/g;

export function resolveLabel(label: string, period: Period): string {
  if (!label.includes("{year")) return label;
  const start = financialYearStartOf(period.start);
  return label.replace(PLACEHOLDER, (_match, back: string | undefined, hyphen: string | undefined) =>
    formatFinancialYear(start - Number(back ?? 0), hyphen ? "hyphen" : "slash"),
  );
}
