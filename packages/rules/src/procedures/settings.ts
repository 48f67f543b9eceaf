import { z } from "zod";
import type { ProcedureId } from "../vocabulary/canonical";
import type { IsoDate } from "../dates/iso-date";
import { corporateProcedureConfigSchema, defineCorporateProcedure } from "./corporate";
import { definitionInForce, type ProcedureHistory } from "./in-force";
import { type ClockDefinition, type ProcedureDefinition, countingConventionSchema, procedureDefinitionSchema } from "./definition";

/**
 * A council's settings for one procedure: its acknowledgement target, its corporate stages and timescales,
 * and optional local targets for any clock (by clock id). A local target may be shorter than a statutory
 * timescale, never longer: `resolveProcedure` checks every value against the statutory definition and the
 * error names the field, the value, the statutory figure and its regulation.
 */
const wholeDays = z.number().int("must be a whole number").positive("must be at least 1");

export const clockTargetSchema = z
  .object({ workingDays: wholeDays.optional(), maxWorkingDays: wholeDays.optional(), months: wholeDays.optional() })
  .strict();
export type ClockTarget = z.infer<typeof clockTargetSchema>;

/** Every clock id a procedure of this package can have. */
export const CLOCK_IDS = [
  "acknowledgement",
  "stage1",
  "stage2_request",
  "stage2_acknowledgement",
  "stage2",
  "stage3_request",
  "stage3_acknowledgement",
  "stage3_panel",
  "stage3_panel_report",
  "stage3_council_response",
  "stage3",
] as const;
export type ClockId = (typeof CLOCK_IDS)[number];

export const procedureSettingsSchema = z
  .object({
    /** The council's acknowledgement target in working days (children's procedure: no statutory figure). */
    acknowledgementWorkingDays: wholeDays.optional(),
    counting: countingConventionSchema.optional(),
    /** The council's corporate procedure (used when resolving "corporate"); the LGSCO Code's timescales if absent. */
    corporate: corporateProcedureConfigSchema.optional(),
    ...(Object.fromEntries(CLOCK_IDS.map((id) => [id, clockTargetSchema.optional()])) as Record<ClockId, z.ZodOptional<typeof clockTargetSchema>>),
  })
  .strict();
export type ProcedureSettings = z.infer<typeof procedureSettingsSchema>;
export type ProcedureSettingsInput = z.input<typeof procedureSettingsSchema>;

export class ProcedureSettingsError extends Error {
  readonly problems: readonly string[];
  constructor(procedureName: string, problems: readonly string[]) {
    super(`The settings for the ${procedureName} are not valid: ${problems.join("; ")}`);
    this.name = "ProcedureSettingsError";
    this.problems = problems;
  }
}

/** When a procedure is resolved: the day the case was received, and the dated definitions to choose from. */
export interface ResolveOptions {
  receivedOn?: IsoDate;
  history?: ProcedureHistory;
}

function zodProblems(error: z.ZodError, prefix = ""): string[] {
  return error.issues.map((i) => `${[prefix, ...i.path.map(String)].filter(Boolean).join(".") || "settings"}: ${i.message}`);
}

/** What is wrong with a local target for `clock`, if anything. */
function targetProblems(clock: ClockDefinition, target: ClockTarget): string[] {
  const problems: string[] = [];
  const id = clock.id;
  if (clock.statutory && clock.kind === "request_window") {
    return [`${id}: the complainant's time to ask is set by ${clock.source} and a council cannot change it`];
  }
  if (target.months !== undefined) {
    if (clock.months === undefined) problems.push(`${id}.months: this timescale is counted in working days; set ${id}.workingDays`);
    else if (clock.statutory && target.months > clock.months) {
      problems.push(`${id}.months: ${target.months} is above the statutory maximum of ${clock.months} months (${clock.source})`);
    }
  }
  if (target.workingDays !== undefined) {
    if (clock.workingDays === undefined) {
      problems.push(`${id}.workingDays: this timescale is counted in months (${clock.source}); set ${id}.months`);
    } else if (clock.statutory) {
      const maximum = clock.maxWorkingDays ?? clock.workingDays;
      if (target.workingDays > maximum) {
        problems.push(`${id}.workingDays: ${target.workingDays} is above the statutory maximum of ${maximum} working days (${clock.source})`);
      } else if (target.workingDays > clock.workingDays) {
        problems.push(
          `${id}.workingDays: ${target.workingDays} is above the statutory timescale of ${clock.workingDays} working days (${clock.source}); only an extension agreed with the complainant may take it to ${maximum}`,
        );
      }
    }
  }
  if (target.maxWorkingDays !== undefined && clock.statutory) {
    if (clock.maxWorkingDays === undefined) {
      problems.push(`${id}.maxWorkingDays: the statutory timescale (${clock.source}) has no extension a council can set`);
    } else if (target.maxWorkingDays > clock.maxWorkingDays) {
      problems.push(
        `${id}.maxWorkingDays: ${target.maxWorkingDays} is above the statutory maximum of ${clock.maxWorkingDays} working days (${clock.source})`,
      );
    }
  }
  const workingDays = target.workingDays ?? clock.workingDays;
  const maxWorkingDays = target.maxWorkingDays ?? clock.maxWorkingDays;
  if (problems.length === 0 && workingDays !== undefined && maxWorkingDays !== undefined && maxWorkingDays < workingDays) {
    problems.push(`${id}.maxWorkingDays: ${maxWorkingDays} is below the target of ${workingDays} working days`);
  }
  return problems;
}

function applyTarget(clock: ClockDefinition, target: ClockTarget): ClockDefinition {
  // Restating the statutory figure is not a local target: the clock keeps its regulation as its source.
  const changed = (Object.keys(target) as (keyof ClockTarget)[]).some((k) => target[k] !== undefined && target[k] !== clock[k]);
  if (!changed) return clock;
  return {
    ...clock,
    ...target,
    source: clock.statutory ? `local policy (within ${clock.source})` : "local policy",
    statutory: false,
  };
}

/** Problems with `settings` for procedure `id`, each naming the field and the rule; empty when valid. */
export function validateProcedureSettings(id: ProcedureId, settings: ProcedureSettingsInput = {}): string[] {
  return resolveOrProblems(id, settings, {}).problems;
}

function resolveOrProblems(
  id: ProcedureId,
  input: ProcedureSettingsInput,
  options: ResolveOptions,
): { procedure: ProcedureDefinition; problems: string[] } {
  const base = definitionInForce(id, options.receivedOn, options.history);
  const parsed = procedureSettingsSchema.safeParse(input);
  if (!parsed.success) return { procedure: base, problems: zodProblems(parsed.error) };
  const settings = parsed.data;
  const procedure = id === "corporate" && settings.corporate ? defineCorporateProcedure(settings.corporate) : base;
  const targets: Partial<Record<ClockId, ClockTarget>> = {};
  for (const clockId of CLOCK_IDS) {
    const target = settings[clockId];
    if (target) targets[clockId] = target;
  }
  const problems: string[] = [];
  if (settings.acknowledgementWorkingDays !== undefined) {
    const explicit = targets.acknowledgement?.workingDays;
    if (explicit !== undefined && explicit !== settings.acknowledgementWorkingDays) {
      problems.push(
        `acknowledgementWorkingDays: ${settings.acknowledgementWorkingDays} disagrees with acknowledgement.workingDays ${explicit}; give one`,
      );
    }
    targets.acknowledgement = { ...targets.acknowledgement, workingDays: settings.acknowledgementWorkingDays };
  }
  const known = new Set([procedure.acknowledgement.id, ...procedure.stages.flatMap((s) => s.clocks.map((c) => c.id))]);
  for (const clockId of Object.keys(targets)) {
    if (!known.has(clockId)) {
      problems.push(`${clockId}: the ${procedure.name} has no such timescale (it has ${[...known].join(", ")})`);
    }
  }
  const resolve = (clock: ClockDefinition): ClockDefinition => {
    const target = targets[clock.id as ClockId];
    if (!target) return clock;
    const found = targetProblems(clock, target);
    problems.push(...found);
    return found.length > 0 ? clock : applyTarget(clock, target);
  };
  const resolved = procedureDefinitionSchema.parse({
    ...procedure,
    acknowledgement: resolve(procedure.acknowledgement),
    stages: procedure.stages.map((s) => ({ ...s, clocks: s.clocks.map(resolve) })),
    counting: settings.counting ?? procedure.counting,
  });
  return { procedure: resolved, problems };
}

/**
 * The procedure `id` as this council runs it: the statutory definition in force on `options.receivedOn`
 * (./in-force.ts; the latest without a date) with the council's local targets applied. Throws ProcedureSettingsError naming every problem (e.g. "stage1.workingDays: 25 is above the
 * statutory maximum of 20 working days (SI 2006/1738 reg 14)").
 */
export function resolveProcedure(id: ProcedureId, settings: ProcedureSettingsInput = {}, options: ResolveOptions = {}): ProcedureDefinition {
  const { procedure, problems } = resolveOrProblems(id, settings, options);
  if (problems.length > 0) throw new ProcedureSettingsError(procedure.name, problems);
  return procedure;
}
