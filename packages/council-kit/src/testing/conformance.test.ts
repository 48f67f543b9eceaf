import { defineCouncil } from "../adapter/define-council";
import { exampleCouncilInput } from "../example/example-council";
import { runConformanceSuite } from "./conformance";

// The suite every plugin runs, run here on the example council (whose published figures were counted by hand).
runConformanceSuite(defineCouncil(exampleCouncilInput));
