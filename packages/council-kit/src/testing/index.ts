export { runConformanceSuite, type ConformanceOptions } from "./conformance";
export { createPluginHarness, type PluginHarness, type HarnessOptions, type FactsResult } from "./harness";
export { exampleCouncilInput, parseExampleExport, EXAMPLE_CSV_COLUMNS, EXAMPLE_FIXTURE, EXAMPLE_PUBLISHED } from "../example/example-council";
