import {
  councilCalendarOf,
  resolveProcedure,
  STAGES,
  validateProcedureSettings,
  type Calendar,
  type ProcedureDefinition,
  type ProcedureId,
  type ProcedureSettingsInput,
} from "@csc/rules";
import type { CouncilProcedureSettings } from "./procedure-settings";

/**
 * The bridge from a council's procedure settings to the rules engine's (packages/rules/src/procedures): the
 * engine owns the statutory definitions and checks local targets against them; an adapter only says how the
 * council runs them.
 */
export function toRulesSettings(settings: CouncilProcedureSettings, procedure: ProcedureId): ProcedureSettingsInput {
  if (procedure === "childrens_statutory") {
    return {
      acknowledgementWorkingDays: settings.acknowledgement.workingDays,
      stage1: { workingDays: settings.stage1.workingDays, maxWorkingDays: settings.stage1.extendedWorkingDays },
      stage2: { workingDays: settings.stage2.workingDays, maxWorkingDays: settings.stage2.extendedWorkingDays },
      stage3_panel: { workingDays: settings.stage3.panelWorkingDays },
    };
  }
  if (procedure === "corporate" && settings.corporate) {
    const stages = settings.corporate.stages;
    return {
      corporate: {
        source: stages[0]?.source ?? "local policy",
        acknowledgementWorkingDays: settings.acknowledgement.workingDays,
        stages: stages.slice(0, STAGES.length).map((s, i) => ({
          stage: STAGES[i] ?? "stage1",
          label: s.label,
          workingDays: s.workingDays,
          ...(s.maxWorkingDays !== undefined ? { maxWorkingDays: s.maxWorkingDays } : {}),
          from: s.from ?? (i === 0 ? "receipt" : "request"),
        })),
      },
    };
  }
  return {};
}

/** The engine's words for a field, in the adapter's words: `procedures.stage1.extendedWorkingDays`, … */
function adapterPath(problem: string, prefix: string): string {
  const renamed = problem
    .replace(/^stage(1|2)\.maxWorkingDays/, "stage$1.extendedWorkingDays")
    .replace(/^stage3_panel\.workingDays/, "stage3.panelWorkingDays")
    .replace(/^acknowledgementWorkingDays/, "acknowledgement.workingDays")
    .replace(/^corporate\./, "corporate.");
  return `${prefix}.${renamed}`;
}

/** Every problem the rules engine finds with the council's settings, named by the adapter's fields. */
export function procedureSettingsProblems(settings: CouncilProcedureSettings, prefix = "procedures"): string[] {
  const problems = validateProcedureSettings("childrens_statutory", toRulesSettings(settings, "childrens_statutory")).map((p) =>
    adapterPath(p, prefix),
  );
  if (settings.corporate) {
    problems.push(...validateProcedureSettings("corporate", toRulesSettings(settings, "corporate")).map((p) => adapterPath(p, prefix)));
  }
  return problems;
}

/** The procedure `id` as the council runs it (statutory definitions with the council's local targets). */
export function councilProcedure(settings: CouncilProcedureSettings, id: ProcedureId): ProcedureDefinition {
  return resolveProcedure(id, toRulesSettings(settings, id));
}

/** The council's working-day calendar: England and Wales, plus its local closure days when it has any. */
export function councilCalendar(settings: CouncilProcedureSettings, council: { id: string; name: string }): Calendar {
  return councilCalendarOf({
    id: council.id,
    name: council.name,
    localClosureDays: settings.localClosureDays.map((date) => ({ date, reason: LOCAL_CLOSURE_REASON })),
  });
}

/** The reason a plugin's local closure days are stored with. */
export const LOCAL_CLOSURE_REASON = "local closure day (council policy)";
