import { runConformanceSuite } from "@csc/council-kit/testing";
import { council } from "./index";

// The tests every council adapter runs (defineCouncil, mappings, layout, importer, lifecycle, golden).
runConformanceSuite(council);
