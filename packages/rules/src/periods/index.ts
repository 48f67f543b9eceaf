export { type Period, periodSchema, makePeriod, periodContains, inPeriod, monthKey } from "./period";
export {
  type QuarterNumber,
  type FinancialYearStyle,
  financialYear,
  financialYearStartOf,
  financialYearOf,
  formatFinancialYear,
  parseFinancialYear,
  quarter,
  quartersOf,
  quarterNumberOf,
  quarterOf,
  financialYearKey,
  quarterKey,
  previousFinancialYears,
} from "./financial-year";
