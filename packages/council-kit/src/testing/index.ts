export {
  exampleCouncilInput,
  parseExampleExport,
  EXAMPLE_CSV_COLUMNS,
  EXAMPLE_FIXTURE,
  EXAMPLE_PUBLISHED,
} from "../example/example-council";
