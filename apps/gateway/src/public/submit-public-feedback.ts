import type { ComplainantRelationship } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { badInput, gatewayError, notFound } from "../errors/gateway-error";
import { writeAudit } from "../services/audit";
import { recordFeedbackAs } from "../services/record-feedback";
import type { RecordFeedbackInput } from "../services/inputs";
import { checkFormToken, issueFormToken } from "./form-token";
import { publicFeedbackThrottle } from "./public-limits";

/** What the public may send: a complaint, a compliment or a comment (the rest are the council's own decisions). */
export type PublicFeedbackKind = "complaint" | "compliment" | "comment";
/** Who is writing, in the form's words, mapped onto the canonical relationship. */
export type PublicWriter = "child_or_young_person" | "parent_or_carer" | "someone_else";
/** Which version of the form was filled in: the general one, or the one written for children and young people. */
export type PublicFormVersion = "general" | "young_people";

export interface PublicFeedbackInput {
  councilId: string;
  formToken: string;
  /** The honeypot: a field people never see; anything typed in it is a robot's. */
  website?: string | null;
  version: PublicFormVersion;
  kind: PublicFeedbackKind;
  writer: PublicWriter;
  summary: string;
  outcomeSought?: string | null;
  name?: string | null;
  email?: string | null;
  phone?: string | null;
  childName?: string | null;
  /** A child or young person asked for an advocate (Children Act 1989 s.26A); null: not asked. */
  wantsAdvocate?: boolean | null;
}

const RELATIONSHIP: Readonly<Record<PublicWriter, ComplainantRelationship>> = {
  child_or_young_person: "child_or_young_person",
  parent_or_carer: "parent",
  someone_else: "other",
};

export interface PublicFeedbackForm {
  councilId: string;
  councilName: string;
  open: boolean;
  formToken: string;
}

async function publicCouncil(context: GatewayContext, councilId: string) {
  const council = await withPlatform(context.root, (tx) =>
    tx.council.findUnique({
      where: { id: councilId },
      select: { id: true, name: true, active: true, acceptsPublicFeedback: true },
    }),
  );
  if (!council || !council.active) throw notFound("Council");
  return council;
}

/** The form as a browser needs it: the council's name, whether it takes online feedback, and a fresh timestamp token. */
export async function publicFeedbackForm(context: GatewayContext, councilId: string): Promise<PublicFeedbackForm> {
  const council = await publicCouncil(context, councilId);
  return { councilId: council.id, councilName: council.name, open: council.acceptsPublicFeedback, formToken: issueFormToken(council.id) };
}

const TOKEN_REFUSALS = {
  invalid: "the form could not be checked; reload the page and send it again",
  too_quick: "the form was sent too quickly; wait a few seconds and send it again",
  expired: "the form was open for more than a day; reload the page and send it again",
} as const;

/**
 * The public front door: checks the address's rate, the honeypot and the fill time, then records the feedback
 * in the council through the officer's own record path (channel "web_form", audited as a public submission).
 * Answers the reference only: the person who sent it never reads anything back from the case.
 */
export async function submitPublicFeedback(context: GatewayContext, input: PublicFeedbackInput): Promise<{ reference: string }> {
  if (!publicFeedbackThrottle.allows(context.clientAddress)) {
    throw gatewayError(
      "TOO_MANY_REQUESTS",
      "Too many forms have been sent from your network address; try again in an hour, or contact the council another way",
    );
  }
  publicFeedbackThrottle.recordFailure(context.clientAddress);
  const council = await publicCouncil(context, input.councilId);
  if (!council.acceptsPublicFeedback)
    throw badInput(["input", "councilId"], "this council does not take feedback through its online form; contact the council another way");
  if (input.website) throw badInput(["input", "website"], "must be left empty");
  const token = checkFormToken(input.formToken, council.id);
  if (token !== "ok") throw badInput(["input", "formToken"], TOKEN_REFUSALS[token]);
  const byChild = input.writer === "child_or_young_person";
  const record: RecordFeedbackInput = {
    kind: input.kind,
    receivedOn: context.asOf,
    channel: "web_form",
    complainantRelationship: RELATIONSHIP[input.writer],
    madeByChild: byChild,
    // The form asks a child whether they want an advocate (s.26A): asked is offered; the answer is their request.
    advocacyOffered: byChild && input.wantsAdvocate != null ? true : null,
    advocacyTaken: byChild && input.wantsAdvocate != null ? input.wantsAdvocate : null,
    madeForChild: input.writer === "child_or_young_person" ? null : input.childName ? true : null,
    summary: input.summary,
    complainant: { name: input.name ?? null, email: input.email ?? null, phone: input.phone ?? null },
    child: input.childName ? { name: input.childName } : byChild && input.name ? { name: input.name } : null,
  };
  const caseId = await recordFeedbackAs(
    context,
    { councilId: council.id, userId: null, role: "public", action: "submitPublicFeedback" },
    record,
    input.outcomeSought,
  );
  const created = await withCouncil(context.root, council.id, (tx) =>
    tx.case.findUniqueOrThrow({ where: { councilId_id: { councilId: council.id, id: caseId } }, select: { reference: true } }),
  );
  // The receipt with the reference goes by e-mail (notifications: complainant_receipt) when an address was given.
  context.afterPublicSubmission?.(council.id);
  return { reference: created.reference };
}

/** A council administrator opens or closes the council's online form; audited. Answers the setting as stored. */
export async function setPublicFeedbackOpen(context: GatewayContext, open: boolean): Promise<boolean> {
  const councilId = context.viewer?.councilId;
  if (!councilId) throw notFound("Council");
  const council = await withCouncil(context.root, councilId, async (tx) => {
    const updated = await tx.council.update({
      where: { id: councilId },
      data: { acceptsPublicFeedback: open },
      select: { acceptsPublicFeedback: true },
    });
    await writeAudit(tx, context, { action: "setPublicFeedbackOpen", detail: { open } });
    return updated;
  });
  return council.acceptsPublicFeedback;
}
