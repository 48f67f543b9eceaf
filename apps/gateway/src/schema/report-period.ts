import { financialYear, makePeriod, quarter, type Period } from "@csc/rules";
import { builder } from "../builder";
import { badInput } from "../errors/gateway-error";

/** The period a report, statistic or comparison covers: a financial year, one of its quarters, or any date range. */
export const ReportPeriodInput = builder.inputType("ReportPeriodInput", {
  description: "A period of days, first and last day included",
  fields: (t) => ({
    start: t.field({ description: "The first day of the period", type: "Date", required: true }),
    end: t.field({ description: "The last day of the period", type: "Date", required: true }),
  }),
});

export const PeriodType = builder.objectRef<Period>("ReportPeriod").implement({
  description: "A period of days, first and last day included",
  authScopes: { readAggregates: true, platformAdmin: true },
  fields: (t) => ({
    start: t.expose("start", { type: "Date", description: "The first day of the period" }),
    end: t.expose("end", { type: "Date", description: "The last day of the period" }),
  }),
});

interface PeriodArgs {
  financialYear?: number | null | undefined;
  quarter?: number | null | undefined;
  period?: { start: string; end: string } | null | undefined;
}

/** Exactly one of financialYear (2021 = 2021/22, optionally with quarter 1–4) or period. */
export function periodOf(args: PeriodArgs): Period {
  if (args.period && args.financialYear != null) throw badInput(["period"], "give either financialYear or period, not both");
  if (args.period) {
    if (args.quarter != null) throw badInput(["quarter"], "quarter goes with financialYear, not with period");
    if (args.period.end < args.period.start) throw badInput(["period", "end"], "must be on or after period.start");
    return makePeriod(args.period.start, args.period.end);
  }
  if (args.financialYear == null) throw badInput(["financialYear"], "give financialYear (2021 means 2021/22) or period");
  if (!Number.isInteger(args.financialYear) || args.financialYear < 1990 || args.financialYear > 2100) {
    throw badInput(["financialYear"], "must be the year a financial year starts, from 1990 to 2100");
  }
  if (args.quarter == null) return financialYear(args.financialYear);
  if (![1, 2, 3, 4].includes(args.quarter)) throw badInput(["quarter"], "must be 1 (April–June), 2, 3 or 4");
  return quarter(args.financialYear, args.quarter as 1 | 2 | 3 | 4);
}
