import type { IsoDate } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import type { MailMessage } from "./mailer";
import { DEFAULT_WARNING_WORKING_DAYS, type NotificationKind } from "./notification-kind";
import { clockState, openClocks } from "./plan-notifications";
import { SUBJECTS } from "./subjects";
import { loadRulesContext } from "../services/rules-context";

const iso = (date: Date): IsoDate => date.toISOString().slice(0, 10);

interface NotificationRow {
  councilId: string;
  kind: string;
  userId: string | null;
  caseId: string | null;
  clockId: string | null;
  dueOn: Date | null;
}

interface ComposeOptions {
  today: IsoDate;
  /** The admin app's address, for links in officers' e-mails (CSC_APP_URL). */
  appUrl?: string;
}

const isKind = (kind: string): kind is NotificationKind => kind in SUBJECTS;
const caseLink = (options: ComposeOptions, caseId: string) =>
  options.appUrl ? `\n\nOpen the case: ${options.appUrl.replace(/\/$/, "")}/cases/${caseId}` : "";

/**
 * The message for one notification, or null when there is nobody to send it to (no address, account gone,
 * personal data erased). Bodies name the case by its reference and its clock by label and regulation, never a
 * person; subjects come from SUBJECTS only.
 */
export async function composeNotification(tx: CouncilTransaction, row: NotificationRow, options: ComposeOptions): Promise<MailMessage | null> {
  if (!isKind(row.kind)) return null;
  const kind = row.kind;
  const council = await tx.council.findUniqueOrThrow({ where: { id: row.councilId }, select: { name: true } });
  const subject = SUBJECTS[kind];
  if (kind === "complainant_receipt") {
    if (!row.caseId) return null;
    const found = await tx.case.findFirst({
      where: { councilId: row.councilId, id: row.caseId },
      select: {
        reference: true,
        receivedOn: true,
        acknowledgementDueOn: true,
        madeByChild: true,
        madeForChild: true,
        persons: { where: { role: "complainant", email: { not: null } }, select: { email: true }, take: 1 },
      },
    });
    const to = found?.persons[0]?.email;
    if (!found || !to) return null;
    const lines = [
      `Thank you for contacting ${council.name}. Your feedback reached us on ${iso(found.receivedOn)}.`,
      `Your reference is ${found.reference}. Please quote it when you contact us.`,
      // The acknowledgement's due date as the rules engine stored it (its clock names the regulation or local policy).
      found.acknowledgementDueOn
        ? `We will be in touch by ${iso(found.acknowledgementDueOn)} to say what happens next.`
        : "We will be in touch to say what happens next.",
    ];
    if (found.madeByChild || found.madeForChild) {
      lines.push(
        "A child or young person can have an advocate to help them say what they think (Children Act 1989 s.26A). It is free. Tell us if you would like one and we will arrange it.",
      );
    }
    return { to, subject, text: lines.join("\n\n") };
  }

  if (kind === "complainant_acknowledgement") {
    if (!row.caseId) return null;
    const found = await tx.case.findFirst({
      where: { councilId: row.councilId, id: row.caseId },
      select: {
        reference: true,
        receivedOn: true,
        acknowledgedOn: true,
        nextDueOn: true,
        madeByChild: true,
        madeForChild: true,
        persons: { where: { role: "complainant", email: { not: null } }, select: { email: true }, take: 1 },
      },
    });
    const to = found?.persons[0]?.email;
    if (!found || !to) return null;
    const lines = [
      `Thank you for contacting ${council.name}. We received your feedback on ${iso(found.receivedOn)}${found.acknowledgedOn ? ` and acknowledged it on ${iso(found.acknowledgedOn)}` : ""}.`,
      `Your reference is ${found.reference}. Please quote it when you contact us.`,
      found.nextDueOn ? `We will respond by ${iso(found.nextDueOn)}.` : "We will write to you about what happens next.",
    ];
    if (found.madeByChild || found.madeForChild) {
      lines.push(
        "A child or young person can have an advocate to help them say what they think (Children Act 1989 s.26A). Tell us if you would like one and we will arrange it.",
      );
    }
    return { to, subject, text: lines.join("\n\n") };
  }

  if (!row.userId) return null;
  const user = await tx.user.findFirst({ where: { id: row.userId, disabledAt: null }, select: { email: true, displayName: true } });
  if (!user) return null;

  if (kind === "manager_digest") {
    const today = options.today;
    const policy = await tx.councilNotificationPolicy.findUnique({ where: { councilId: row.councilId } });
    const warning = policy?.warningWorkingDays ?? DEFAULT_WARNING_WORKING_DAYS;
    const { calendar } = await loadRulesContext(tx, row.councilId, today);
    const clocks = (await openClocks(tx, row.councilId))
      .map((c) => ({ ...c, state: clockState(c.dueOn, today, warning, calendar) }))
      .filter((c) => c.state !== null);
    const cases = new Map(
      (
        await tx.case.findMany({
          where: { councilId: row.councilId, id: { in: [...new Set(clocks.map((c) => c.caseId))] } },
          select: { id: true, reference: true, officer: { select: { displayName: true } } },
        })
      ).map((c) => [c.id, c]),
    );
    const labels = new Map(
      (
        await tx.caseClock.findMany({
          where: { councilId: row.councilId, caseId: { in: [...cases.keys()] } },
          select: { caseId: true, clockId: true, label: true, source: true },
        })
      ).map((c) => [`${c.caseId}:${c.clockId}`, c]),
    );
    const line = (c: (typeof clocks)[number]) => {
      const label = labels.get(`${c.caseId}:${c.clockId}`);
      const found = cases.get(c.caseId);
      return `- ${found?.reference ?? c.caseId}: ${label?.label ?? c.clockId} (${label?.source ?? ""}) due ${c.dueOn}; officer: ${found?.officer?.displayName ?? "not allocated"}`;
    };
    const overdue = clocks.filter((c) => c.state === "clock_overdue");
    const dueSoon = clocks.filter((c) => c.state === "clock_due_soon");
    const text = [
      `${council.name}: the team's due and overdue work on ${today}.`,
      `Overdue (${overdue.length}):\n${overdue.map(line).join("\n") || "- none"}`,
      `Due within ${warning} working days (${dueSoon.length}):\n${dueSoon.map(line).join("\n") || "- none"}`,
    ].join("\n\n");
    return { to: user.email, subject, text };
  }

  if (!row.caseId || !row.clockId) return null;
  const clock = await tx.caseClock.findFirst({
    where: { councilId: row.councilId, caseId: row.caseId, clockId: row.clockId },
    select: { label: true, source: true, dueOn: true, case: { select: { reference: true } } },
  });
  if (!clock) return null;
  const due = iso(row.dueOn ?? clock.dueOn);
  const first =
    kind === "clock_overdue"
      ? `Case ${clock.case.reference}: "${clock.label}" (${clock.source}) was due on ${due} and is overdue.`
      : `Case ${clock.case.reference}: "${clock.label}" (${clock.source}) is due on ${due}.`;
  return {
    to: user.email,
    subject,
    text: `Dear ${user.displayName},\n\n${first}${caseLink(options, row.caseId)}\n\n${council.name} complaints platform`,
  };
}
