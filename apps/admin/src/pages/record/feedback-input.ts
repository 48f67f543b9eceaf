import { isEmptyDate, isoFromParts } from "../../components/govuk/DateInput";
import { enumMember } from "../../graphql/enum-member";
import { Channel, ComplainantRelationship, FeedbackKind, Procedure, ReasonTheme } from "../../graphql/generated/graphql";
import type { Fields } from "./feedback-fields";

/** More than a year between the grounds arising and the complaint (SI 2006/1738 reg 9): allowed, but warned. */
export function isOutOfTime(groundsAroseOn: string, receivedOn: string): boolean {
  if (!groundsAroseOn || !receivedOn) return false;
  const [y, m, d] = groundsAroseOn.split("-").map(Number) as [number, number, number];
  const anniversary = `${String(y + 1).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
  return receivedOn > anniversary;
}

/** The form's own checks, "today or in the past" against the gateway's today. */
export function validateFeedback(v: Fields, today: string): Partial<Record<keyof Fields, string>> {
  const e: Partial<Record<keyof Fields, string>> = {};
  if (!v.kind) e.kind = "Select what kind of feedback this is";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.receivedOn)) e.receivedOn = "The date received must be a real date, for example 27 3 2026";
  else if (v.receivedOn > today) e.receivedOn = "The date received must be today or in the past";
  const grounds = { day: v.groundsDay, month: v.groundsMonth, year: v.groundsYear };
  if (!isEmptyDate(grounds) && !isoFromParts(grounds)) e.groundsAroseOn = "When it happened must be a real date, for example 27 3 2025";
  else if (v.groundsAroseOn && v.receivedOn && v.groundsAroseOn > v.receivedOn)
    e.groundsAroseOn = "When it happened must be on or before the date received";
  if (!v.madeByChild) e.madeByChild = "Select whether a child or young person made it";
  if (v.madeByChild === "yes" && !v.advocacyOffered)
    e.advocacyOffered = "Select whether advocacy was offered: the law requires an offer (Children Act 1989 s.26A)";
  if (!v.summary.trim()) e.summary = "Enter what the feedback says";
  else if (v.summary.length > 10000) e.summary = "What the feedback says must be 10,000 characters or fewer";
  if (v.kind === FeedbackKind.Complaint && !v.pointTheme) e.pointTheme = "Select what the complaint is about";
  const dob = { day: v.childDobDay, month: v.childDobMonth, year: v.childDobYear };
  if (!isEmptyDate(dob)) {
    const iso = isoFromParts(dob);
    if (!iso) e.childDobDay = "The child's date of birth must be a real date, for example 27 3 2014";
    else if (iso > today) e.childDobDay = "The child's date of birth must be in the past";
  }
  if (v.email && !/^\S+@\S+$/.test(v.email)) e.email = "Enter an email address in the correct format, like name@example.com";
  return e;
}

/** The child the feedback is about, when any of it was given. */
function childOf(v: Fields): { name: string | null; dateOfBirth: string | null } | null {
  const dateOfBirth = isoFromParts({ day: v.childDobDay, month: v.childDobMonth, year: v.childDobYear });
  return v.childName.trim() || dateOfBirth ? { name: v.childName.trim() || null, dateOfBirth } : null;
}

/** The recordFeedback input the form's answers make; null without a kind of feedback. */
export function feedbackInput(v: Fields) {
  const yes = (x: string) => (x === "yes" ? true : x === "no" ? false : null);
  const kind = enumMember(FeedbackKind, v.kind);
  const theme = enumMember(ReasonTheme, v.pointTheme);
  if (!kind) return null;
  return {
    kind,
    receivedOn: v.receivedOn,
    groundsAroseOn: v.groundsAroseOn || null,
    channel: enumMember(Channel, v.channel),
    localChannel: v.localChannel || null,
    complainantRelationship: enumMember(ComplainantRelationship, v.complainantRelationship),
    localComplainantType: v.localComplainantType || null,
    madeByChild: v.madeByChild === "yes",
    advocacyOffered: v.madeByChild === "yes" ? yes(v.advocacyOffered) : null,
    advocacyTaken: v.madeByChild === "yes" ? yes(v.advocacyTaken) : null,
    advocacyProvider: v.advocacyProvider || null,
    procedure: kind === FeedbackKind.Complaint ? enumMember(Procedure, v.procedure) : null,
    teamId: v.teamId || null,
    summary: v.summary,
    points:
      kind === FeedbackKind.Complaint && theme
        ? [{ reasonTheme: theme, localReason: v.pointLocalReason || null, summary: v.pointSummary || v.summary }]
        : [],
    gender: v.gender || null,
    ethnicity: v.ethnicity || null,
    disability: v.disability || null,
    ageBand: v.ageBand || null,
    child: childOf(v),
    complainant: v.name || v.email || v.phone ? { name: v.name || null, email: v.email || null, phone: v.phone || null } : null,
  };
}
