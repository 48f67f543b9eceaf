export * from "./dimensions";
export * from "./metrics";
export * from "./measure-spec";
export * from "./bands";
