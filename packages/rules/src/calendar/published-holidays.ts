import published from "./bank-holidays-england-and-wales.json";
import type { Holiday } from "./holiday-rules";

/** GOV.UK's published bank holidays for England and Wales (a copy of ../shared/docs/bank-holidays-england-and-wales.json). */
export const PUBLISHED_HOLIDAYS: readonly Holiday[] = published.events.map((e) => ({ date: e.date, title: e.title }));

const years = PUBLISHED_HOLIDAYS.map((h) => Number(h.date.slice(0, 4)));
export const FIRST_PUBLISHED_YEAR = Math.min(...years);
export const LAST_PUBLISHED_YEAR = Math.max(...years);
