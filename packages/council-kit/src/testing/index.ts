export { exampleCouncilInput, parseExampleExport, EXAMPLE_CSV_COLUMNS } from "../example/example-council";
