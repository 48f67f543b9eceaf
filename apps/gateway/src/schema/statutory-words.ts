import { childrensStatutoryProcedure, type ClockDefinition } from "@csc/rules";

/**
 * The statutory figures the GraphQL descriptions quote, read from the rules engine's children's procedure (stated
 * once there), e.g. timescale("stage2") is "25 working days (SI 2006/1738 reg 17)".
 */
function clock(id: string): ClockDefinition {
  const found = childrensStatutoryProcedure.stages.flatMap((s) => s.clocks).find((c) => c.id === id);
  if (!found) throw new Error(`the children's statutory procedure has no ${id} clock`);
  return found;
}

export function timescale(id: string): string {
  const c = clock(id);
  return `${c.workingDays ?? "?"} working days (${c.source})`;
}

export function extendableTo(id: string): string {
  const c = clock(id);
  return `${c.maxWorkingDays ?? c.workingDays ?? "?"} working days in all (${c.source})`;
}
