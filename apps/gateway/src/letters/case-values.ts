import type { GatewayContext } from "../context";
import { withPlatform } from "../db/client";
import { notFound } from "../errors/gateway-error";
import { councilScope, isRecordId } from "../services/council-scope";
import { readGroundDecisions } from "../services/ground-decisions";
import { auditPersonalDataRead } from "../services/read-personal-data";
import type { MergeValues } from "./merge-fields";
import type { BlockFacts } from "./statutory-blocks";
import { notConsideredGround } from "./statutory-blocks";

const LONG_DATE = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });

/** A date as letters write it: 2 June 2026. */
export function longDate(value: Date | string | null | undefined): string {
  if (!value) return "";
  return LONG_DATE.format(typeof value === "string" ? new Date(`${value}T00:00:00Z`) : value);
}

interface CaseLetterData {
  caseId: string;
  councilName: string;
  reference: string;
  values: MergeValues;
  facts: BlockFacts;
}

/** What a preview shows in place of a person's name for a role that reads no personal data (council administrators). */
const NAME_WITHHELD = { complainant: "[the complainant's name]", child: "[the child's name]" } as const;

/**
 * The values a letter merges for one case. With `personalData` (officers, managers) the people's names are merged
 * and the read is audited; without (a council administrator previewing wording on a real case) the case's facts
 * are merged (reference, dates, stage, ground) and each name is shown as withheld. NOT_FOUND outside the council.
 */
export async function caseLetterData(
  context: GatewayContext,
  caseId: string,
  options: { personalData: boolean } = { personalData: true },
): Promise<CaseLetterData> {
  const { prisma, councilId } = councilScope(context);
  const found = isRecordId(caseId)
    ? await prisma.case.findUnique({
        where: { councilId_id: { councilId, id: caseId } },
        select: {
          id: true,
          reference: true,
          receivedOn: true,
          madeByChild: true,
          madeForChild: true,
          notConsideredReason: true,
          officerId: true,
          stages: { where: { stage: "stage1" }, select: { dueOn: true } },
        },
      })
    : null;
  if (!found) throw notFound("Case");
  if (options.personalData) await auditPersonalDataRead(context, caseId);
  const officerId = found.officerId;
  const [council, people, officer] = await Promise.all([
    withPlatform(context.root, (tx) => tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { name: true } })),
    options.personalData
      ? prisma.casePerson.findMany({
          where: { councilId, caseId, role: { in: ["complainant", "child"] } },
          orderBy: { createdAt: "asc" },
          select: { role: true, name: true },
        })
      : [
          { role: "complainant", name: NAME_WITHHELD.complainant },
          { role: "child", name: NAME_WITHHELD.child },
        ],
    officerId ? withPlatform(context.root, (tx) => tx.user.findUnique({ where: { id: officerId }, select: { displayName: true } })) : null,
  ]);
  const child = people.find((p) => p.role === "child")?.name ?? "";
  const complainant = people.find((p) => p.role === "complainant")?.name ?? "";
  const stage1DueOn = longDate(found.stages[0]?.dueOn);
  // A whole-case decision is the case's own; otherwise the latest decision in part (reg 8) names its points.
  const inPart = found.notConsideredReason ? undefined : (await readGroundDecisions(context, caseId)).filter((d) => d.points).at(-1);
  const notConsideredReason = found.notConsideredReason ?? inPart?.reason ?? null;
  return {
    caseId,
    councilName: council.name,
    reference: found.reference,
    values: {
      "council.name": council.name,
      "case.reference": found.reference,
      "case.receivedOn": longDate(found.receivedOn),
      "letter.date": longDate(context.asOf),
      "recipient.name": complainant || (found.madeByChild ? child : "") || "Sir or Madam",
      "child.name": child,
      "officer.name": officer?.displayName ?? "",
      "stage1.dueOn": stage1DueOn,
      "notConsidered.reason": notConsideredGround(notConsideredReason),
    },
    facts: {
      madeByChild: found.madeByChild,
      madeForChild: found.madeForChild === true,
      notConsideredReason,
      notConsideredPoints: inPart?.points ?? null,
      stage1DueOn: stage1DueOn || null,
    },
  };
}
