import { caseFactsSchema, type CaseFacts, type CaseFactsInput } from "@csc/rules";

/**
 * A statutory complaint to the example council (exampleshire) received on `receivedOn`, with nothing else known
 * (no stages, not closed) unless `facts` says it: the base the report tests build their cases on.
 */
export function exampleComplaint(id: string, receivedOn: string, facts: Partial<CaseFactsInput> = {}): CaseFacts {
  return caseFactsSchema.parse({
    id,
    councilId: "exampleshire",
    kind: "complaint",
    localKind: "COMP",
    procedure: "childrens_statutory",
    receivedOn,
    channel: null,
    localChannel: null,
    complainantRelationship: null,
    localComplainantType: null,
    madeByChild: false,
    advocacy: { offered: null, taken: null, provider: null },
    teams: [],
    reasons: [],
    acknowledgement: { dueOn: null, acknowledgedOn: null, met: null },
    notConsidered: null,
    stages: [],
    withdrawnOn: null,
    closedOn: null,
    ...facts,
  });
}
