import { runConformanceSuite } from "@csc/council-kit/testing";
import { council, FIXTURE_EXPORTED_ON } from "./index";

runConformanceSuite(council, { asOf: FIXTURE_EXPORTED_ON });
