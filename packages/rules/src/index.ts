export * from "./dates/iso-date";
export * from "./calendar/index";
export * from "./vocabulary/canonical";
export * from "./lifecycle/events";
export * from "./measures/case-facts";
export * from "./measures/index";
export * from "./periods/index";
