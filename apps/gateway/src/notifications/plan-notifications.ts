import { addCalendarDays, workingDaysBetween, type IsoDate } from "@csc/rules";
import type { PrismaClient } from "@csc/db";
import { withCouncil } from "../db/client";
import { loadRulesContext } from "../services/rules-context";
import { DEFAULT_WARNING_WORKING_DAYS, type NotificationKind } from "./notification-kind";

const iso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const day = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** How many calendar days back an acknowledgement still gets its e-mail to the complainant (a first run never mails old cases). */
const ACKNOWLEDGEMENT_EMAIL_WINDOW_DAYS = 5;

interface PlannedNotification {
  kind: NotificationKind;
  dedupeKey: string;
  userId: string | null;
  caseId: string | null;
  clockId: string | null;
  dueOn: IsoDate | null;
}

/** A running clock as stored from @csc/rules' derived state (case_clock), with its case's allocation. */
interface OpenClock {
  caseId: string;
  clockId: string;
  dueOn: IsoDate;
  officerId: string | null;
}

/**
 * Which clock state a stored due date is in on `today`: overdue past it, due soon within the council's warning
 * period (working days of the council's calendar, @csc/rules), otherwise nothing to say.
 */
export function clockState(
  dueOn: IsoDate,
  today: IsoDate,
  warningWorkingDays: number,
  calendar: Parameters<typeof workingDaysBetween>[2],
): "clock_overdue" | "clock_due_soon" | null {
  if (dueOn < today) return "clock_overdue";
  return workingDaysBetween(today, dueOn, calendar) <= warningWorkingDays ? "clock_due_soon" : null;
}

/** The council's running clocks on open, unsuspended cases: due dates exactly as the rules engine stored them. */
export async function openClocks(tx: Parameters<Parameters<typeof withCouncil>[2]>[0], councilId: string): Promise<OpenClock[]> {
  const rows = await tx.caseClock.findMany({
    where: { councilId, stoppedOn: null, case: { closedOn: null, withdrawnOn: null, suspended: false } },
    select: { caseId: true, clockId: true, dueOn: true, case: { select: { officerId: true } } },
    orderBy: [{ dueOn: "asc" }, { caseId: "asc" }],
  });
  return rows.map((r) => ({ caseId: r.caseId, clockId: r.clockId, dueOn: iso(r.dueOn), officerId: r.case.officerId }));
}

/**
 * Decides the e-mails due for one council on `today` and records each once (notification.dedupe_key is unique:
 * a clock state, a manager's day or an acknowledged case is never mailed twice). Returns the new rows' ids.
 */
export async function planNotifications(root: PrismaClient, councilId: string, today: IsoDate): Promise<string[]> {
  return withCouncil(root, councilId, async (tx) => {
    const policy = await tx.councilNotificationPolicy.findUnique({ where: { councilId } });
    const warning = policy?.warningWorkingDays ?? DEFAULT_WARNING_WORKING_DAYS;
    const { calendar } = await loadRulesContext(tx, councilId, today);
    const settings = new Map((await tx.userNotificationSetting.findMany({ where: { councilId } })).map((s) => [s.userId, s]));
    const active = new Set(
      (await tx.user.findMany({ where: { disabledAt: null, roles: { some: { councilId } } }, select: { id: true } })).map((u) => u.id),
    );
    const planned: PlannedNotification[] = [];

    const clocks = await openClocks(tx, councilId);
    let anyDue = false;
    for (const clock of clocks) {
      const state = clockState(clock.dueOn, today, warning, calendar);
      if (!state) continue;
      anyDue = true;
      if (!clock.officerId || !active.has(clock.officerId)) continue;
      const wanted = settings.get(clock.officerId);
      if (wanted && !(state === "clock_overdue" ? wanted.overdue : wanted.dueSoon)) continue;
      planned.push({
        kind: state,
        dedupeKey: `${state}:${clock.caseId}:${clock.clockId}:${clock.dueOn}:${clock.officerId}`,
        userId: clock.officerId,
        caseId: clock.caseId,
        clockId: clock.clockId,
        dueOn: clock.dueOn,
      });
    }

    if (anyDue && (policy?.digestEnabled ?? true)) {
      const managers = await tx.userCouncilRole.findMany({ where: { councilId, role: "manager" }, select: { userId: true } });
      for (const { userId } of managers) {
        if (!active.has(userId) || settings.get(userId)?.digest === false) continue;
        planned.push({ kind: "manager_digest", dedupeKey: `manager_digest:${userId}:${today}`, userId, caseId: null, clockId: null, dueOn: today });
      }
    }

    const since = addCalendarDays(today, -ACKNOWLEDGEMENT_EMAIL_WINDOW_DAYS);
    const acknowledged = await tx.case.findMany({
      where: {
        councilId,
        acknowledgedOn: { gte: day(since), lte: day(today) },
        persons: { some: { role: "complainant", email: { not: null } } },
        erasure: null,
      },
      select: { id: true },
    });
    for (const c of acknowledged) {
      planned.push({
        kind: "complainant_acknowledgement",
        dedupeKey: `complainant_acknowledgement:${c.id}`,
        userId: null,
        caseId: c.id,
        clockId: null,
        dueOn: null,
      });
    }

    // Feedback sent through the public form: a receipt with its reference to the address given, at once.
    const submitted = await tx.case.findMany({
      where: {
        councilId,
        channel: "web_form",
        receivedOn: { gte: day(since), lte: day(today) },
        persons: { some: { role: "complainant", email: { not: null } } },
        erasure: null,
      },
      select: { id: true },
    });
    for (const c of submitted) {
      planned.push({ kind: "complainant_receipt", dedupeKey: `complainant_receipt:${c.id}`, userId: null, caseId: c.id, clockId: null, dueOn: null });
    }

    if (planned.length === 0) return [];
    const created = await tx.notification.createManyAndReturn({
      data: planned.map((p) => ({ councilId, ...p, dueOn: p.dueOn ? day(p.dueOn) : null })),
      skipDuplicates: true,
      select: { id: true },
    });
    return created.map((c) => c.id);
  });
}
