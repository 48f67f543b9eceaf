export * from "./dimensions";
export * from "./metrics";
export * from "./measure-spec";
export * from "./bands";
export * from "./case-status";
export * from "./compute-measure";
export * from "./rounding";
export * from "./counted-units";
export { timeDimensionValue } from "./dimension-values";
