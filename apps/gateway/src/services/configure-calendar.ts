import { dayOfWeek } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { refuseClash } from "./configure-clash";
import { councilScope } from "./council-scope";
import type { ClosureDayInput } from "./configure-inputs";

const day = (iso: IsoDate) => new Date(`${iso}T00:00:00Z`);

/**
 * Adds a local closure day: a day the council closes besides the statutory non-working days of
 * SI 2006/1738 reg 2 (weekends, Christmas Day, Boxing Day, Good Friday, bank holidays), kept apart from them.
 */
export async function addLocalClosureDay(context: GatewayContext, input: ClosureDayInput): Promise<IsoDate> {
  const { councilId } = councilScope(context);
  const weekday = dayOfWeek(input.day);
  if (weekday === 0 || weekday === 6) {
    throw badInput(["input", "day"], `${input.day} is a weekend day, never a working day (SI 2006/1738 reg 2)`);
  }
  return refuseClash(`${input.day} was added at the same time`, () => withCouncil(context.root, councilId, async (tx) => {
    const existing = await tx.localClosureDay.findUnique({ where: { councilId_day: { councilId, day: day(input.day) } } });
    if (existing) throw badInput(["input", "day"], `${input.day} is already a local closure day`);
    await tx.localClosureDay.create({ data: { councilId, day: day(input.day), label: input.label } });
    await writeAudit(tx, context, { action: "addLocalClosureDay", detail: { day: input.day } });
    return input.day;
  }));
}

export async function removeLocalClosureDay(context: GatewayContext, input: { day: IsoDate }): Promise<IsoDate> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const removed = await tx.localClosureDay.deleteMany({ where: { councilId, day: day(input.day) } });
    if (removed.count === 0) throw notFound("Local closure day");
    await writeAudit(tx, context, { action: "removeLocalClosureDay", detail: { day: input.day } });
    return input.day;
  });
}
