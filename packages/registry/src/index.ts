export * from "./council-module";
export * from "./registry";
export { councilLoaders } from "./councils";
