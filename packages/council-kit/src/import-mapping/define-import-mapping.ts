import { formatIssues, formatPath } from "../adapter/format-issues";
import { importMappingSchema, type ImportMapping, type ImportMappingInput } from "./mapping-schema";

/** Thrown by defineImportMapping with every problem, one line each naming its path. */
export class ImportMappingError extends Error {
  readonly problems: readonly string[];
  constructor(problems: readonly string[]) {
    super(`The import mapping is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  - ${problems.join("\n  - ")}`);
    this.name = "ImportMappingError";
    this.problems = problems;
  }
}

/** What a schema cannot check: each event has the fields it reads, and a column is not its own `after`. */
function crossChecks(mapping: ImportMapping): string[] {
  const problems: string[] = [];
  mapping.events.forEach((event, i) => {
    const at = (field: string) => formatPath(["events", i, field]);
    if (event.after === event.date) problems.push(`${at("after")}: must name another column than "date" ("${event.date}")`);
    if (event.type === "response_sent" && event.outcome === undefined && mapping.outcomes[event.stage] === undefined) {
      problems.push(`${at("stage")}: a response at ${event.stage} needs outcomes.${event.stage} (the column of its outcome)`);
    }
    if (
      (event.type === "response_sent" || event.type === "adjudication_sent" || event.type === "council_responded") &&
      mapping.points === undefined
    ) {
      problems.push(`${at("type")}: a ${event.type} event gives each point of complaint its outcome, so the mapping needs points`);
    }
    if (event.type === "procedure_decided" && mapping.procedure === undefined && mapping.complaintProcedure === undefined)
      problems.push(`${at("type")}: needs procedure (the column of the procedure) or complaintProcedure`);
    if (event.type === "not_considered" && mapping.notConsideredReason === undefined) {
      problems.push(`${at("type")}: needs notConsideredReason (the column of the reason)`);
    }
    if (event.type === "lgsco_decided" && mapping.lgscoDecision === undefined)
      problems.push(`${at("type")}: needs lgscoDecision (the column of the decision)`);
    if (event.type === "suspended" && event.reasonColumn !== undefined && event.reason !== undefined) {
      problems.push(`${at("reason")}: give either reasonColumn or reason, not both`);
    }
    if (event.unlessFilled?.includes(event.date)) {
      problems.push(`${at("unlessFilled")}: names the event's own date column ("${event.date}"), so the event would never be recorded`);
    }
    if (event.excludes?.includes(event.date)) {
      problems.push(`${at("excludes")}: names the event's own date column ("${event.date}"), so every row with the date would be refused`);
    }
    if (event.type === "extension_agreed" && event.totalWorkingDays !== undefined && event.totalWorkingDaysColumn !== undefined) {
      problems.push(`${at("totalWorkingDaysColumn")}: give either totalWorkingDays or totalWorkingDaysColumn, not both`);
    }
    if (event.type === "lgsco_decided" && (event.remediesColumn === undefined) !== (event.remedyValues === undefined)) {
      problems.push(
        event.remediesColumn === undefined
          ? `${at("remedyValues")}: needs remediesColumn (the column of the remedies)`
          : `${at("remediesColumn")}: needs remedyValues (each local remedy and the canonical remedy it is)`,
      );
    }
  });
  if (mapping.procedure !== undefined && mapping.complaintProcedure !== undefined) {
    problems.push("complaintProcedure: give either procedure (a column) or complaintProcedure, not both");
  }
  if (mapping.points?.categoryFromParent === true && mapping.points.as !== "reason") {
    problems.push(`points.categoryFromParent: only reasons have a parent category; needs as: "reason"`);
  }
  for (const [name, field] of Object.entries(mapping.localDimensions)) {
    if ("flag" in field && field.flag.allFilled === undefined && field.flag.allEmpty === undefined) {
      problems.push(`${formatPath(["localDimensions", name, "flag"])}: needs allFilled, allEmpty or both`);
    }
  }
  if (mapping.advocacyOffered !== undefined && mapping.advocacyOffered.column === undefined && mapping.advocacyOffered.impliedBy === undefined) {
    problems.push(`advocacyOffered: needs a column, impliedBy or both`);
  }
  return problems;
}

/** Every problem with a mapping (empty when it is valid), each naming its path: `events[2].stage: …`. */
export function validateImportMapping(input: unknown): { mapping: ImportMapping | null; problems: string[] } {
  const parsed = importMappingSchema.safeParse(input, { reportInput: true });
  if (!parsed.success) return { mapping: null, problems: formatIssues(parsed.error.issues).map((line) => line.replace(/^council: /, "mapping: ")) };
  const problems = crossChecks(parsed.data);
  return { mapping: problems.length === 0 ? parsed.data : null, problems };
}

/** Validates an import mapping and returns it typed, or throws ImportMappingError listing every problem by path. */
export function defineImportMapping(input: ImportMappingInput): ImportMapping {
  const { mapping, problems } = validateImportMapping(input);
  if (!mapping) throw new ImportMappingError(problems);
  return mapping;
}
