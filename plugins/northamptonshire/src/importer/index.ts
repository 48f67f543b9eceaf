import { type ImportedCaseInput, parseRows } from "@csc/council-kit";
import { EXPORT_COLUMNS } from "./export-format";
import { channels, complainantTypes, kinds, notConsideredReasons, procedures, reasons, teams } from "../vocabularies";
import { buildEvents } from "./events";
import { RowReader } from "./row-reader";

/**
 * Reads Northamptonshire's case-system export (../export-format.ts) into the platform's imported cases. Throws
 * an ImportError naming the row and column of the first bad value; nothing is half-imported.
 */
export function parse(text: string): ImportedCaseInput[] {
  return parseRows(text, { columns: EXPORT_COLUMNS, referenceColumn: "Reference", reader: (record) => new RowReader(record), parseRow });
}

function parseRow(row: RowReader): ImportedCaseInput {
  const kind = row.term("Record Type", kinds, row.required("Record Type"));
  const procedure = row.optionalTerm("Procedure", procedures);
  if (kind.canonical === "complaint" && procedure === null) row.fail("Procedure", "is empty; a complaint needs its procedure");
  const reasonTerms = row.list("Reasons").map((code) => row.term("Reasons", reasons, code));
  const pointIds = reasonTerms.length > 0 ? reasonTerms.map((_, i) => String(i + 1)) : ["1"];
  const advocate = row.yesNo("Advocate");
  const madeByChild = row.yesNo("Child Or Young Person") ?? false;
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
    externalId: row.required("Reference"),
    kind: kind.code,
    procedure: procedure?.code ?? null,
    receivedOn: row.requiredDate("Date Received"),
    channel: row.optionalTerm("Received Via", channels)?.code ?? null,
    complainantType: row.optionalTerm("Complainant", complainantTypes)?.code ?? null,
    madeByChild,
    // Children Act 1989 s.26A; "Complaints from Young People": every child or young person who complains is offered an advocate.
    advocacy: { offered: madeByChild || advocate === true ? true : null, taken: advocate, provider: null },
    teams: row.list("Team").map((code) => row.term("Team", teams, code).code),
    points: reasonTerms.map((term, i) => ({ id: String(i + 1), category: term.parent ?? null, reason: term.code })),
    localOutcomes,
    notConsideredReason: row.optionalTerm("Declined Reason", notConsideredReasons)?.code ?? null,
    lgscoDecision: row.text("LGO Decision"),
    events: buildEvents(row, kind.canonical, pointIds),
  };
}
