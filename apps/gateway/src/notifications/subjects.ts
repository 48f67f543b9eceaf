import type { NotificationKind } from "./notification-kind";

/**
 * Subject lines name the kind of message only: never a child's name, a person's name, a reference or any
 * detail of a case (anyone who sees an inbox list sees them). Everything else is in the body.
 */
export const SUBJECTS: Readonly<Record<NotificationKind, string>> = {
  clock_due_soon: "Reminder: a case you hold is due soon",
  clock_overdue: "Overdue: a case you hold has passed its due date",
  manager_digest: "Daily summary: your team's due and overdue work",
  complainant_acknowledgement: "We have received your feedback",
  complainant_receipt: "Your feedback reached us: keep this e-mail",
};

/** The password-reset e-mail's subject: no name, no council, no address. */
export const PASSWORD_RESET_SUBJECT = "Reset your password";
