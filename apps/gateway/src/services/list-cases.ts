import { addCalendarDays, dateFromIso, FINISHED_STATUSES, OPEN_STATUSES } from "@csc/rules";
import type { FeedbackKind, IsoDate, ProcedureId, Stage } from "@csc/rules";
import type { Prisma } from "@csc/db";
import { isRecordId } from "./council-scope";

export interface CaseFilter {
  stage?: Stage | null;
  status?: string | null;
  teamId?: string | null;
  officerId?: string | null;
  kind?: FeedbackKind | null;
  procedure?: ProcedureId | null;
  dueBefore?: IsoDate | null;
  overdue?: boolean | null;
  receivedFrom?: IsoDate | null;
  receivedTo?: IsoDate | null;
  madeByChild?: boolean | null;
  /** true: cases whose clocks still run; false: finished ones (closed, withdrawn, not considered). */
  open?: boolean | null;
  /** Open-or-not cases whose next clock falls due from today up to this many calendar days ahead (not overdue). */
  dueWithinDays?: number | null;
  /** Reference, or a person's name or date of birth: see ./search-cases.ts. */
  search?: string | null;
}

type CaseSort = "RECEIVED_NEWEST" | "RECEIVED_OLDEST" | "DUE_SOONEST" | "REFERENCE";

const day = dateFromIso;
/** A filter on an id that cannot exist matches nothing (rather than failing on the uuid column). */
const NO_ID = "00000000-0000-0000-0000-000000000000";
const idOrNothing = (id: string) => (isRecordId(id) ? id : NO_ID);

/** The where clause of the cases connection: always the viewer's council first. */
export function casesWhere(councilId: string, filter: CaseFilter, asOf: IsoDate): Prisma.CaseWhereInput {
  const where: Prisma.CaseWhereInput[] = [{ councilId }];
  if (filter.stage) where.push({ currentStage: filter.stage });
  if (filter.status) where.push({ status: filter.status });
  if (filter.teamId) where.push({ teamId: idOrNothing(filter.teamId) });
  if (filter.officerId) where.push({ officerId: idOrNothing(filter.officerId) });
  if (filter.kind) where.push({ kind: filter.kind });
  if (filter.procedure) where.push({ procedure: filter.procedure });
  if (filter.dueBefore) where.push({ nextDueOn: { lt: day(filter.dueBefore) } });
  if (filter.overdue === true) where.push({ nextDueOn: { lt: day(asOf) } });
  if (filter.overdue === false) where.push({ OR: [{ nextDueOn: null }, { nextDueOn: { gte: day(asOf) } }] });
  if (filter.receivedFrom) where.push({ receivedOn: { gte: day(filter.receivedFrom) } });
  if (filter.receivedTo) where.push({ receivedOn: { lte: day(filter.receivedTo) } });
  if (typeof filter.madeByChild === "boolean") where.push({ madeByChild: filter.madeByChild });
  if (filter.open === true) where.push({ status: { in: [...OPEN_STATUSES] } });
  if (filter.open === false) where.push({ status: { in: [...FINISHED_STATUSES] } });
  if (typeof filter.dueWithinDays === "number") {
    where.push({ nextDueOn: { gte: day(asOf), lte: day(addCalendarDays(asOf, filter.dueWithinDays)) } });
  }
  return { AND: where };
}

export function caseOrder(sort: CaseSort): Prisma.CaseOrderByWithRelationInput[] {
  switch (sort) {
    case "RECEIVED_OLDEST":
      return [{ receivedOn: "asc" }, { id: "asc" }];
    case "DUE_SOONEST":
      return [{ nextDueOn: { sort: "asc", nulls: "last" } }, { id: "asc" }];
    case "REFERENCE":
      return [{ reference: "asc" }, { id: "asc" }];
    case "RECEIVED_NEWEST":
      return [{ receivedOn: "desc" }, { id: "asc" }];
  }
}

/** Open cases whose next clock is due within `withinDays` calendar days of today, or overdue. */
export function worklistWhere(councilId: string, asOf: IsoDate, withinDays: number, officerId: string | null): Prisma.CaseWhereInput {
  return {
    AND: [
      { councilId },
      { nextDueOn: { lte: day(addCalendarDays(asOf, withinDays)) } },
      { status: { in: [...OPEN_STATUSES] } },
      ...(officerId ? [{ officerId: idOrNothing(officerId) }] : []),
    ],
  };
}
