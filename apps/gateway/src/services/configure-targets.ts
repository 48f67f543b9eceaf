import { CLOCK_IDS, resolveProcedure, validateProcedureSettings } from "@csc/rules";
import type { ClockDefinition, ClockId, ClockTarget, ProcedureSettingsInput } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";
import type { SetLocalTargetsInput } from "./configure-inputs";

/** The procedure the council's settings apply to (Children Act 1989 s.26(3); SI 2006/1738). */
const PROCEDURE = "childrens_statutory" as const;

export interface ClockInForce {
  clock: string;
  label: string;
  workingDays: number | null;
  maxWorkingDays: number | null;
  months: number | null;
  /** The regulation or local policy the timescale comes from, e.g. "SI 2006/1738 reg 14" or "local policy". */
  source: string;
  statutory: boolean;
}

export interface ProcedureSettingsView {
  acknowledgementWorkingDays: number | null;
  /** Every clock of the children's procedure as this council runs it (statutory figures with its local targets). */
  clocks: ClockInForce[];
}

function asSettings(value: unknown): ProcedureSettingsInput {
  return value && typeof value === "object" && !Array.isArray(value) ? (value as ProcedureSettingsInput) : {};
}

function clockView(clock: ClockDefinition): ClockInForce {
  return {
    clock: clock.id,
    label: clock.label,
    workingDays: clock.workingDays ?? null,
    maxWorkingDays: clock.maxWorkingDays ?? null,
    months: clock.months ?? null,
    source: clock.source,
    statutory: clock.statutory,
  };
}

export async function readProcedureSettings(context: GatewayContext): Promise<ProcedureSettingsView> {
  const { prisma, councilId } = councilScope(context);
  const council = await prisma.council.findUnique({ where: { id: councilId }, select: { settings: true } });
  if (!council) throw notFound("Council");
  const settings = asSettings(council.settings);
  const procedure = resolveProcedure(PROCEDURE, settings);
  return {
    acknowledgementWorkingDays: settings.acknowledgementWorkingDays ?? null,
    clocks: [procedure.acknowledgement, ...procedure.stages.flatMap((s) => s.clocks)].map(clockView),
  };
}

/**
 * Sets the council's local targets for the children's procedure. Other settings (corporate procedure,
 * counting convention) are kept. @csc/rules validates them: a target above a statutory maximum is refused with
 * the rules' own message, on the field of the target it concerns.
 */
/**
 * Upper bounds on a local target, taken from @csc/rules (never copied): no working-day target may exceed the
 * longest statutory timescale of the procedure (its maximum with extension), and no month count its longest
 * month limit. A target above them would never fall due (and 2147483647 days blocked the event loop).
 */
function ceilings(): { workingDays: number; months: number } {
  const procedure = resolveProcedure(PROCEDURE, {});
  const clocks = [procedure.acknowledgement, ...procedure.stages.flatMap((s) => s.clocks)];
  const workingDays = Math.max(...clocks.map((c) => c.maxWorkingDays ?? c.workingDays ?? 0));
  const months = Math.max(...clocks.map((c) => c.months ?? 0));
  return { workingDays, months };
}

function refuseAboveCeilings(input: SetLocalTargetsInput): void {
  const top = ceilings();
  const above = (value: number | null | undefined, max: number) => typeof value === "number" && max > 0 && value > max;
  if (above(input.acknowledgementWorkingDays, top.workingDays)) {
    throw badInput(
      ["input", "acknowledgementWorkingDays"],
      `must be at most ${top.workingDays} working days, the procedure's longest statutory timescale`,
    );
  }
  input.targets.forEach((target, i) => {
    for (const field of ["workingDays", "maxWorkingDays"] as const) {
      if (above(target[field], top.workingDays)) {
        throw badInput(
          ["input", "targets", i, field],
          `must be at most ${top.workingDays} working days, the procedure's longest statutory timescale`,
        );
      }
    }
    if (above(target.months, top.months))
      throw badInput(["input", "targets", i, "months"], `must be at most ${top.months} months, the procedure's longest time limit`);
  });
}

export async function setLocalTargets(context: GatewayContext, input: SetLocalTargetsInput): Promise<ProcedureSettingsView> {
  const { councilId } = councilScope(context);
  refuseAboveCeilings(input);
  const council = await withCouncil(context.root, councilId, (tx) => tx.council.findUnique({ where: { id: councilId }, select: { settings: true } }));
  if (!council) throw notFound("Council");
  const kept: Record<string, unknown> = { ...asSettings(council.settings) };
  for (const id of CLOCK_IDS) delete kept[id];
  delete kept.acknowledgementWorkingDays;
  const targets: Partial<Record<ClockId, ClockTarget>> = {};
  for (const target of input.targets) {
    const value: ClockTarget = {};
    if (target.workingDays) value.workingDays = target.workingDays;
    if (target.maxWorkingDays) value.maxWorkingDays = target.maxWorkingDays;
    if (target.months) value.months = target.months;
    targets[target.clock] = value;
  }
  const settings: ProcedureSettingsInput = {
    ...kept,
    ...targets,
    ...(input.acknowledgementWorkingDays ? { acknowledgementWorkingDays: input.acknowledgementWorkingDays } : {}),
  };
  const problems = validateProcedureSettings(PROCEDURE, settings);
  const first = problems[0];
  if (first) {
    // The rules name the setting first ("stage1.workingDays: 25 is above the statutory maximum …").
    const [clock = "", field] = (first.split(":")[0] ?? "").split(".");
    const index = input.targets.findIndex((t) => t.clock === clock);
    const path = index >= 0 ? ["input", "targets", index, field ?? "clock"] : ["input", clock === "acknowledgementWorkingDays" ? clock : "targets"];
    throw badInput(path, first);
  }
  // The application role may write the settings of its own council's row only (a column grant under RLS).
  await withCouncil(context.root, councilId, async (tx) => {
    await tx.council.update({ where: { id: councilId }, data: { settings: settings as object }, select: { id: true } });
    await writeAudit(tx, context, {
      action: "setLocalTargets",
      detail: { clocks: input.targets.map((t) => t.clock), acknowledgementWorkingDays: input.acknowledgementWorkingDays ?? null },
    });
  });
  return readProcedureSettings(context);
}
