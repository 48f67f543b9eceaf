import { dateFromIso, isoFromDate, workingDaysBetween } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil, type CouncilTransaction } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import type { RecordComplimentInput, RecordMemberEnquiryInput } from "./inputs";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";
import { loadRulesContext } from "./rules-context";

/**
 * The details of a compliment (who was praised, what for, its quote and whether it may be published) and of a
 * member enquiry (councillor or MP, and when the council replied), recorded live on a case of that kind. Audited
 * with the field names, never their words; the quote is personal data and stays in case_narrative.
 */
async function caseOfKind(tx: CouncilTransaction, councilId: string, caseId: string, kind: "compliment" | "member_enquiry") {
  const found = isRecordId(caseId)
    ? await tx.case.findUnique({ where: { councilId_id: { councilId, id: caseId } }, select: { id: true, kind: true, receivedOn: true } })
    : null;
  if (!found) throw notFound("Case");
  if (found.kind !== kind) throw badInput(["input", "caseId"], `is not a ${kind === "compliment" ? "compliment" : "member enquiry"}`);
  return found;
}

export async function recordCompliment(context: GatewayContext, input: RecordComplimentInput): Promise<string> {
  const { councilId, viewer } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const found = await caseOfKind(tx, councilId, input.caseId, "compliment");
    const data = { praised: input.praised.trim(), whatFor: input.whatFor.trim(), publishable: input.publishable };
    await tx.complimentDetail.upsert({
      where: { councilId_caseId: { councilId, caseId: found.id } },
      create: { councilId, caseId: found.id, ...data },
      update: data,
    });
    // The quote as the council would print it: the latest one recorded is the one a report prints.
    if (input.quote)
      await tx.caseNarrative.create({ data: { councilId, caseId: found.id, kind: "quote", text: input.quote.trim(), authorId: viewer.userId } });
    await writeAudit(tx, context, {
      action: "recordCompliment",
      caseId: found.id,
      detail: { fields: ["praised", "whatFor", "publishable", ...(input.quote ? ["quote"] : [])] },
    });
    return found.id;
  });
}

export async function recordMemberEnquiry(context: GatewayContext, input: RecordMemberEnquiryInput): Promise<string> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const found = await caseOfKind(tx, councilId, input.caseId, "member_enquiry");
    const received = isoFromDate(found.receivedOn);
    if (input.repliedOn && input.repliedOn < received) throw badInput(["input", "repliedOn"], "must not be before the enquiry was received");
    if (input.repliedOn && input.repliedOn > context.asOf) throw badInput(["input", "repliedOn"], "must not be in the future");
    // Working days from receipt (day 0) to the reply, on the council's calendar (SI 2006/1738 reg 2 working days).
    const { calendar } = await loadRulesContext(tx, councilId, context.asOf);
    const data = {
      memberType: input.memberType,
      respondedOn: input.repliedOn ? dateFromIso(input.repliedOn) : null,
      workingDaysTaken: input.repliedOn ? workingDaysBetween(received, input.repliedOn, calendar) : null,
    };
    await tx.memberEnquiryDetail.upsert({
      where: { councilId_caseId: { councilId, caseId: found.id } },
      create: { councilId, caseId: found.id, ...data },
      update: data,
    });
    await writeAudit(tx, context, {
      action: "recordMemberEnquiry",
      caseId: found.id,
      detail: { memberType: input.memberType, replied: Boolean(input.repliedOn) },
    });
    return found.id;
  });
}
