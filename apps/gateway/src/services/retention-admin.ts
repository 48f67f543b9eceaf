import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput, notFound } from "../errors/gateway-error";
import { planRetentionIn, type RetentionCandidate } from "../retention/retention";
import { DEFAULT_YEARS_AFTER_CLOSURE } from "../retention/retention-policy";
import { writeAudit } from "./audit";
import { councilScope, isRecordId } from "./council-scope";

export interface RetentionPolicyView {
  yearsAfterClosure: number;
  lookedAfterUntilAge: number | null;
  /** The council's records-management policy, or the platform default (local policy: 6 years after closure). */
  source: string;
}

export interface LegalHoldView {
  caseId: string;
  held: boolean;
  placedAt: Date;
  releasedAt: Date | null;
}

export async function readRetentionPolicy(context: GatewayContext): Promise<RetentionPolicyView> {
  const { prisma, councilId } = councilScope(context);
  const row = await prisma.councilRetentionPolicy.findUnique({ where: { councilId } });
  return row
    ? { yearsAfterClosure: row.yearsAfterClosure, lookedAfterUntilAge: row.lookedAfterUntilAge, source: "council records-management policy" }
    : { yearsAfterClosure: DEFAULT_YEARS_AFTER_CLOSURE, lookedAfterUntilAge: null, source: "local policy (platform default: 6 years after closure)" };
}

export async function setRetentionPolicy(
  context: GatewayContext,
  input: { yearsAfterClosure: number; lookedAfterUntilAge?: number | null },
): Promise<RetentionPolicyView> {
  const { prisma, councilId } = councilScope(context);
  if (!Number.isInteger(input.yearsAfterClosure) || input.yearsAfterClosure < 1 || input.yearsAfterClosure > 100) {
    throw badInput(["input", "yearsAfterClosure"], "personal data is kept a whole number of years from 1 to 100 after closure");
  }
  const age = input.lookedAfterUntilAge ?? null;
  if (age !== null && (!Number.isInteger(age) || age < 18 || age > 100)) {
    throw badInput(["input", "lookedAfterUntilAge"], "a looked-after child's records are kept until an age from 18 to 100 (e.g. 25), or not at all");
  }
  const data = { yearsAfterClosure: input.yearsAfterClosure, lookedAfterUntilAge: age, updatedAt: new Date() };
  await prisma.councilRetentionPolicy.upsert({ where: { councilId }, create: { councilId, ...data }, update: data });
  await writeAudit(prisma, context, {
    action: "setRetentionPolicy",
    detail: { yearsAfterClosure: data.yearsAfterClosure, lookedAfterUntilAge: age },
  });
  return readRetentionPolicy(context);
}

/** The dry run for council administrators: what the next retention run would erase today, and what a hold stops. */
export async function retentionDryRun(context: GatewayContext): Promise<RetentionCandidate[]> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, (tx) => planRetentionIn(tx, councilId, context.asOf), { timeout: 60_000 });
}

/** Places or releases a legal hold on a case (retention leaves a held case's personal data alone). Audited. */
export async function setLegalHold(context: GatewayContext, input: { caseId: string; held: boolean }): Promise<LegalHoldView> {
  const { prisma, councilId, viewer } = councilScope(context);
  if (!isRecordId(input.caseId)) throw notFound("Case");
  const found = await prisma.case.findFirst({ where: { councilId, id: input.caseId }, select: { id: true } });
  if (!found) throw notFound("Case");
  const key = { councilId_caseId: { councilId, caseId: input.caseId } };
  const row = input.held
    ? await prisma.caseLegalHold.upsert({
        where: key,
        create: { councilId, caseId: input.caseId, placedBy: viewer.userId },
        update: { placedAt: new Date(), placedBy: viewer.userId, releasedAt: null, releasedBy: null },
      })
    : await prisma.caseLegalHold
        .findUnique({ where: key })
        .then((h) =>
          h && !h.releasedAt ? prisma.caseLegalHold.update({ where: key, data: { releasedAt: new Date(), releasedBy: viewer.userId } }) : h,
        );
  await writeAudit(prisma, context, { action: input.held ? "placeLegalHold" : "releaseLegalHold", caseId: input.caseId });
  return { caseId: input.caseId, held: !!row && row.releasedAt === null, placedAt: row?.placedAt ?? new Date(), releasedAt: row?.releasedAt ?? null };
}
