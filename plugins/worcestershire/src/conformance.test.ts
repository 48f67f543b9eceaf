import { runConformanceSuite } from "@csc/council-kit/testing";
import { council } from "./index";

// The tests every council adapter runs, including the golden comparison with published/2021.json.
runConformanceSuite(council);
