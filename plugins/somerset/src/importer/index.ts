import { type ImportedCaseInput, parseRows } from "@csc/council-kit";
import { causes } from "../causes";
import { EXPORT_COLUMNS } from "./export-format";
import {
  ageGroups,
  causesOfSatisfaction,
  channels,
  CUSTOMER_GROUPS,
  customerTypes,
  ethnicities,
  kinds,
  lgoDecisions,
  outcomes,
  teams,
} from "../vocabularies";
import { buildEvents } from "./events";
import { RowReader } from "./row-reader";

/**
 * Reads Somerset's iCasework export (../export-format.ts) into the platform's imported cases. Throws an
 * ImportError naming the row and column of the first bad value; nothing is half-imported.
 */
export function parse(text: string): ImportedCaseInput[] {
  return parseRows(text, { columns: EXPORT_COLUMNS, referenceColumn: "Case Reference", reader: (record) => new RowReader(record), parseRow });
}

function parseRow(row: RowReader): ImportedCaseInput {
  const externalId = row.required("Case Reference");
  const kind = row.term("Case Type", kinds, row.required("Case Type"));
  const complaint = kind.canonical === "complaint";
  const channel = row.optionalTerm("Contact Channel", channels);
  const customer = row.optionalTerm("Customer Type", customerTypes);
  const team = row.optionalTerm("Service Area", teams);
  const cause = row.optionalTerm("Primary Cause", causes);
  if (cause && !complaint) row.fail("Primary Cause", "applies to complaints only");
  const satisfaction = row.optionalTerm("Cause of Satisfaction", causesOfSatisfaction);
  if (satisfaction && kind.canonical !== "compliment") row.fail("Cause of Satisfaction", "applies to compliments only");
  const ethnicity = row.optionalTerm("Ethnicity", ethnicities);
  const age = row.optionalTerm("Age Group", ageGroups);
  const caseOutcome = row.optionalTerm("Case Outcome", outcomes);
  if (caseOutcome && !complaint) row.fail("Case Outcome", "applies to complaints only");
  if (caseOutcome && !row.text("Date Closed")) row.fail("Date Closed", 'is required when "Case Outcome" is filled in');
  const events = buildEvents(row, kind.canonical);

  const localOutcomes: Partial<Record<"stage1" | "stage2", string>> = {};
  const stage1 = row.text("Stage 1 Outcome");
  const stage2 = row.text("Stage 2 Outcome");
  if (stage1) localOutcomes.stage1 = stage1;
  if (stage2) localOutcomes.stage2 = stage2;
  const localDimensions: Record<string, string> = {};
  if (satisfaction) localDimensions.causeOfSatisfaction = satisfaction.code;
  if (caseOutcome) localDimensions.caseOutcome = caseOutcome.code;
  const decision = row.optionalTerm("LGO Decision", lgoDecisions);

  return {
    externalId,
    kind: kind.code,
    procedure: complaint ? "CSC" : null,
    receivedOn: row.requiredDate("Date Received"),
    channel: channel?.code ?? null,
    complainantType: customer?.code ?? null,
    // Section 3.4: feedback "received directly from children (those in care, previously in care or leaving care)".
    madeByChild: customer ? (CUSTOMER_GROUPS.children as readonly string[]).includes(customer.code) : false,
    teams: team ? [team.code] : [],
    points: cause ? [{ id: "1", category: cause.parent, reason: cause.code }] : [],
    localOutcomes,
    lgscoDecision: decision?.code ?? null,
    equalities: { ethnicity: ethnicity?.code ?? null, ageBand: age?.code ?? null },
    localDimensions,
    events,
  };
}
