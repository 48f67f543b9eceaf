export {
  type Calendar,
  type NonWorkingReason,
  type LocalClosureDay,
  type CouncilCalendarInput,
  englandAndWales,
  createCouncilCalendar,
  councilCalendarSchema,
  localClosureDaySchema,
  statutoryHolidays,
  nonWorkingReason,
  holidayName,
  isWorkingDay,
  addWorkingDays,
  workingDaysBetween,
} from "./calendar";
export { type Holiday, easterSunday, regularHolidays } from "./holiday-rules";
export { PUBLISHED_HOLIDAYS, FIRST_PUBLISHED_YEAR, LAST_PUBLISHED_YEAR } from "./published-holidays";
