import { dayOfWeek, dateFromIso, OPEN_STATUSES } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil, type CouncilTransaction } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { refuseClash } from "./configure-clash";
import { councilScope } from "./council-scope";
import { rederiveCases } from "./rederive-case";
import { loadRulesContext } from "./rules-context";
import type { ClosureDayInput } from "./configure-inputs";

const day = dateFromIso;

/**
 * Derives every open case of the council again in its new calendar (its clocks and due dates move with the closure
 * day); a case that has ended keeps the figures it was reported with. Returns how many were derived again.
 */
async function rederiveOpenCases(tx: CouncilTransaction, councilId: string, asOf: IsoDate): Promise<number> {
  const rules = await loadRulesContext(tx, councilId, asOf);
  const open = await tx.case.findMany({
    where: { councilId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true, kind: true },
  });
  await rederiveCases(tx, councilId, open, rules);
  return open.length;
}

/**
 * Adds a local closure day: a day the council closes besides the statutory non-working days of
 * SI 2006/1738 reg 2 (weekends, Christmas Day, Boxing Day, Good Friday, bank holidays), kept apart from them. The
 * council's open cases are derived again in the new calendar, so their due dates move.
 */
export async function addLocalClosureDay(context: GatewayContext, input: ClosureDayInput): Promise<IsoDate> {
  const { councilId } = councilScope(context);
  const weekday = dayOfWeek(input.day);
  if (weekday === 0 || weekday === 6) {
    throw badInput(["input", "day"], `${input.day} is a weekend day, never a working day (SI 2006/1738 reg 2)`);
  }
  return refuseClash(`${input.day} was added at the same time`, () =>
    withCouncil(context.root, councilId, async (tx) => {
      const existing = await tx.localClosureDay.findUnique({ where: { councilId_day: { councilId, day: day(input.day) } } });
      if (existing) throw badInput(["input", "day"], `${input.day} is already a local closure day`);
      await tx.localClosureDay.create({ data: { councilId, day: day(input.day), label: input.label } });
      const rederived = await rederiveOpenCases(tx, councilId, context.asOf);
      await writeAudit(tx, context, { action: "addLocalClosureDay", detail: { day: input.day, rederived } });
      return input.day;
    }),
  );
}

export async function removeLocalClosureDay(context: GatewayContext, input: { day: IsoDate }): Promise<IsoDate> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const removed = await tx.localClosureDay.deleteMany({ where: { councilId, day: day(input.day) } });
    if (removed.count === 0) throw notFound("Local closure day");
    const rederived = await rederiveOpenCases(tx, councilId, context.asOf);
    await writeAudit(tx, context, { action: "removeLocalClosureDay", detail: { day: input.day, rederived } });
    return input.day;
  });
}
