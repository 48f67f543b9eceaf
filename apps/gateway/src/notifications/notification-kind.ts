/** What an e-mail is for (notification.kind). */
export type NotificationKind = "clock_due_soon" | "clock_overdue" | "manager_digest" | "complainant_acknowledgement" | "complainant_receipt";

/**
 * The council's warning period when it has not set one: 3 working days before a clock's due date (local
 * policy: the platform's default, which a council changes in its notification policy).
 */
export const DEFAULT_WARNING_WORKING_DAYS = 3;
