import type { CaseFacts, CaseFactsInput } from "@csc/rules";
import { caseFacts } from "@csc/rules/testing";

/**
 * A statutory complaint to the example council (exampleshire) received on `receivedOn`, with nothing else known
 * (no channel, complainant, stages or closure) unless `facts` says it: rules' test case facts, as the report
 * tests build their cases.
 */
export function exampleComplaint(id: string, receivedOn: string, facts: Partial<CaseFactsInput> = {}): CaseFacts {
  return caseFacts({
    id,
    councilId: "exampleshire",
    localKind: "COMP",
    receivedOn,
    channel: null,
    localChannel: null,
    complainantRelationship: null,
    localComplainantType: null,
    ...facts,
  });
}
