import { type ImportedCaseInput, parseRows } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./export-format";
import { channels, complainantTypes, kinds, notConsideredReasons, procedures, reasons, teams } from "../vocabularies";
import { buildEvents } from "./events";
import { RowReader } from "./row-reader";

/**
 * Reads Hartlepool's case-system export (../export-format.ts) into the platform's imported cases. Throws an
 * ImportError naming the row and column of the first bad value; nothing is half-imported.
 */
export function parse(text: string): ImportedCaseInput[] {
  return parseRows(text, { columns: EXPORT_COLUMNS, referenceColumn: "Reference", reader: (record) => new RowReader(record), parseRow });
}

function parseRow(row: RowReader): ImportedCaseInput {
  const externalId = row.required("Reference");
  const kind = row.term("Record Type", kinds, row.required("Record Type"));
  const procedure = row.optionalTerm("Procedure", procedures);
  if (kind.canonical === "complaint" && procedure === null) row.fail("Procedure", "is empty; a complaint needs its procedure");
  const channel = row.optionalTerm("Received Via", channels);
  const from = row.optionalTerm("From", complainantTypes);
  const teamCodes = row.list("Teams").map((code) => row.term("Teams", teams, code).code);
  const subjects = row.list("Subjects").map((code) => row.term("Subjects", reasons, code).code);
  const advocate = row.yesNo("Advocate");
  const events = buildEvents(row, kind.canonical, procedure?.canonical ?? null, subjects.length);
  const notConsidered = row.optionalTerm("Not Considered Reason", notConsideredReasons);
  const localOutcomes: Partial<Record<"stage1" | "stage2" | "stage3", string>> = {};
  for (const [stage, column] of [
    ["stage1", "S1 Outcome"],
    ["stage2", "S2 Outcome"],
    ["stage3", "S3 Outcome"],
  ] as const) {
    const code = row.text(column);
    if (code) localOutcomes[stage] = code;
  }
  return {
    externalId,
    kind: kind.code,
    procedure: procedure?.code ?? null,
    receivedOn: row.requiredDate("Date Received"),
    channel: channel?.code ?? null,
    complainantType: from?.code ?? null,
    madeByChild: row.yesNo("Child Complainant") ?? false,
    advocacy: { offered: advocate === true ? true : null, taken: advocate, provider: null },
    teams: teamCodes,
    points: subjects.map((code, i) => ({ id: String(i + 1), category: null, reason: code })),
    localOutcomes,
    notConsideredReason: notConsidered?.code ?? null,
    lgscoDecision: row.text("LGSCO Decision"),
    localDimensions: procedureDimensions(row),
    events,
  };
}

/**
 * Whether a complaint that entered the procedure is on hold now: section 7.2 counts complaints "'on hold' at
 * Stage 2". The platform's case facts carry no pause state, so the importer derives it from the on-hold columns
 * (see README, "Local dimensions"). Where a complaint entered and how far it went are the rules' canonical
 * `entryStage` and `furthestStage` dimensions.
 */
function procedureDimensions(row: RowReader): Record<string, string> {
  const entered = row.text("S1 Start") !== null || row.text("S2 Requested") !== null || row.text("S3 Requested") !== null;
  if (!entered) return {};
  const onHold = row.text("On Hold From") !== null && row.text("On Hold Until") === null;
  return { onHold: onHold ? "Y" : "N" };
}
