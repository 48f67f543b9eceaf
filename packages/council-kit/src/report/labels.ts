import { financialYearStartOf, formatFinancialYear, type Period } from "@csc/rules";

/**
 * Labels in a layout may name the report's years instead of fixing them, so one layout serves every year:
 * `{year}` is the report period's financial year ("2021/22"), `{year-1}` the year before, and so on. A style
 * after the offset changes how it is written:
 * - `{year-hyphen}` / `{year-1-hyphen}`: "2021-22";
 * - `{year-full}` / `{year-1-full}`: four-digit years, "2021/2022";
 * - `{year-start}`: the calendar year the financial year starts in ("2021"), e.g. "1 April {year-start}";
 * - `{year-end}`: the calendar year it ends in ("2022"), e.g. "as at 31 March {year-end}".
 * Other text is kept as it is.
 */
const PLACEHOLDER = /\{year(?:-(\d{1,2}))?(?:-(hyphen|full|start|end))?\}/g;

type Style = "hyphen" | "full" | "start" | "end";

function write(start: number, style: Style | undefined): string {
  if (style === "start") return String(start);
  if (style === "end") return String(start + 1);
  if (style === "full") return `${start}/${start + 1}`;
  return formatFinancialYear(start, style === "hyphen" ? "hyphen" : "slash");
}

export function resolveLabel(label: string, period: Period): string {
  if (!label.includes("{year")) return label;
  const start = financialYearStartOf(period.start);
  return label.replace(PLACEHOLDER, (_match, back: string | undefined, style: Style | undefined) => write(start - Number(back ?? 0), style));
}
