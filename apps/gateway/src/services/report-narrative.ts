import type { GatewayContext } from "../context";
import { withCouncil, withPlatform, type CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";
import { compareDates, dateFromIso, financialYear as financialYearPeriod, formatFinancialYear, isoFromDateOrNull, type IsoDate } from "@csc/rules";
import { longDate } from "../letters/case-values";
import { reportAdapterFor } from "../reports/layout-in-force";

/**
 * The text a council writes for each section of its annual report, per financial year: every save is a new
 * version with its author (the table is append-only), and reports print the latest in place of the layout's
 * prompts. The year's report moves draft → approved → presented (to a committee, on a date, with its response:
 * SI 2006/1738 reg 13(3)); saving text of an approved report makes it a draft again, as the approval no longer
 * covers the words.
 */
export const REPORT_STATUSES = ["draft", "approved", "presented"] as const;
export type ReportStatusValue = (typeof REPORT_STATUSES)[number];

export interface NarrativeVersion {
  financialYear: number;
  sectionId: string;
  version: number;
  text: string;
  authorName: string;
  writtenAt: Date;
}

export interface ReportStatusView {
  financialYear: number;
  status: ReportStatusValue;
  approvedByName: string | null;
  approvedAt: Date | null;
  committee: string | null;
  presentedOn: string | null;
  committeeResponse: string | null;
}

export type NarrativeReader = Pick<CouncilTransaction, "reportNarrative">;

const MAX_TEXT = 20_000;

/** The latest text of each section of a year's report (by section id). */
export async function latestNarratives(db: NarrativeReader, councilId: string, financialYear: number): Promise<Map<string, NarrativeVersion>> {
  const rows = await db.reportNarrative.findMany({ where: { councilId, financialYear }, orderBy: [{ sectionId: "asc" }, { version: "asc" }] });
  const latest = new Map<string, NarrativeVersion>();
  for (const r of rows)
    latest.set(r.sectionId, {
      financialYear: r.financialYear,
      sectionId: r.sectionId,
      version: r.version,
      text: r.body,
      authorName: r.authorName,
      writtenAt: r.writtenAt,
    });
  return latest;
}

function checkYear(financialYear: number): void {
  if (!Number.isInteger(financialYear) || financialYear < 2000 || financialYear > 2100)
    throw badInput(["financialYear"], "must be the year a financial year starts, from 2000 to 2100");
}

export async function readNarratives(context: GatewayContext, financialYear: number, sectionId: string | null): Promise<NarrativeVersion[]> {
  const { councilId } = councilScope(context);
  checkYear(financialYear);
  return withCouncil(context.root, councilId, async (tx) => {
    const rows = await tx.reportNarrative.findMany({
      where: { councilId, financialYear, ...(sectionId !== null ? { sectionId } : {}) },
      orderBy: [{ sectionId: "asc" }, { version: "asc" }],
    });
    return rows.map((r) => ({
      financialYear,
      sectionId: r.sectionId,
      version: r.version,
      text: r.body,
      authorName: r.authorName,
      writtenAt: r.writtenAt,
    }));
  });
}

function statusView(
  financialYear: number,
  row: {
    status: string;
    approvedByName: string | null;
    approvedAt: Date | null;
    committee: string | null;
    presentedOn: Date | null;
    committeeResponse: string | null;
  } | null,
): ReportStatusView {
  return {
    financialYear,
    status: (row?.status ?? "draft") as ReportStatusValue,
    approvedByName: row?.approvedByName ?? null,
    approvedAt: row?.approvedAt ?? null,
    committee: row?.committee ?? null,
    presentedOn: isoFromDateOrNull(row?.presentedOn),
    committeeResponse: row?.committeeResponse ?? null,
  };
}

export async function readReportStatus(context: GatewayContext, financialYear: number): Promise<ReportStatusView> {
  const { councilId } = councilScope(context);
  checkYear(financialYear);
  const row = await withCouncil(context.root, councilId, (tx) =>
    tx.reportStatus.findUnique({ where: { councilId_financialYear: { councilId, financialYear } } }),
  );
  return statusView(financialYear, row);
}

async function authorName(context: GatewayContext, userId: string): Promise<string> {
  const user = await withPlatform(context.root, (tx) => tx.user.findUnique({ where: { id: userId }, select: { displayName: true } }));
  return user?.displayName ?? "Unknown";
}

interface SaveNarrativeInput {
  financialYear: number;
  sectionId: string;
  text: string;
}

/** Saves a section's text as its next version; the section must be one of the council's report layout in force. */
export async function saveNarrative(context: GatewayContext, input: SaveNarrativeInput): Promise<NarrativeVersion> {
  const { councilId, viewer } = councilScope(context);
  checkYear(input.financialYear);
  const { inForce } = await withCouncil(context.root, councilId, (tx) => reportAdapterFor(tx, councilId));
  const sections = inForce.layout.sections.map((s) => s.id);
  if (!sections.includes(input.sectionId))
    throw badInput(["input", "sectionId"], `is not a section of the council's report (${sections.join(", ") || "no report layout"})`);
  const text = input.text.replace(/\r\n?/g, "\n").trim();
  if (text.length > MAX_TEXT) throw badInput(["input", "text"], `must be at most ${MAX_TEXT} characters`);
  const name = await authorName(context, viewer.userId);
  return withCouncil(context.root, councilId, async (tx) => {
    const where = { councilId, financialYear: input.financialYear, sectionId: input.sectionId };
    const last = await tx.reportNarrative.findFirst({ where, orderBy: { version: "desc" }, select: { version: true } });
    const row = await tx.reportNarrative.create({
      data: { ...where, version: (last?.version ?? 0) + 1, body: text, authorId: viewer.userId, authorName: name },
    });
    // The approval no longer covers the words: the report is a draft again.
    await tx.reportStatus.updateMany({
      where: { councilId, financialYear: input.financialYear, status: { not: "draft" } },
      data: { status: "draft", updatedAt: new Date() },
    });
    await writeAudit(tx, context, {
      action: "saveReportNarrative",
      detail: { financialYear: input.financialYear, sectionId: input.sectionId, version: row.version },
    });
    return {
      financialYear: input.financialYear,
      sectionId: row.sectionId,
      version: row.version,
      text: row.body,
      authorName: row.authorName,
      writtenAt: row.writtenAt,
    };
  });
}

/** Whether the financial year starting in `financialYear` is over on `asOf` (its report's figures are then final). */
export function yearEnded(financialYear: number, asOf: IsoDate): boolean {
  return compareDates(asOf, financialYearPeriod(financialYear).end) > 0;
}

export async function approveReport(context: GatewayContext, financialYear: number): Promise<ReportStatusView> {
  const { councilId, viewer } = councilScope(context);
  checkYear(financialYear);
  if (!yearEnded(financialYear, context.asOf)) {
    const ends = longDate(financialYearPeriod(financialYear).end);
    throw badInput(
      ["financialYear"],
      `the ${formatFinancialYear(financialYear)} financial year ends on ${ends}: its report can be approved once the year is over`,
    );
  }
  const name = await authorName(context, viewer.userId);
  return withCouncil(context.root, councilId, async (tx) => {
    const data = {
      status: "approved",
      approvedBy: viewer.userId,
      approvedByName: name,
      approvedAt: new Date(),
      committee: null,
      presentedOn: null,
      committeeResponse: null,
      updatedAt: new Date(),
    };
    const row = await tx.reportStatus.upsert({
      where: { councilId_financialYear: { councilId, financialYear } },
      create: { councilId, financialYear, ...data },
      update: data,
    });
    await writeAudit(tx, context, { action: "approveReport", detail: { financialYear } });
    return statusView(financialYear, row);
  });
}

interface PresentReportInput {
  financialYear: number;
  committee: string;
  presentedOn: string;
  response?: string | null;
}

/** Records that the approved report went to a committee, on which date, and the committee's response. */
export async function recordReportPresented(context: GatewayContext, input: PresentReportInput): Promise<ReportStatusView> {
  const { councilId } = councilScope(context);
  checkYear(input.financialYear);
  const committee = input.committee.trim();
  if (committee.length < 3 || committee.length > 200) throw badInput(["input", "committee"], "name the committee (3 to 200 characters)");
  const response = input.response?.trim() || null;
  if (response && response.length > 5000) throw badInput(["input", "response"], "must be at most 5000 characters");
  return withCouncil(context.root, councilId, async (tx) => {
    const key = { councilId_financialYear: { councilId, financialYear: input.financialYear } };
    const current = await tx.reportStatus.findUnique({ where: key });
    if (!current || current.status === "draft")
      throw badInput(["input", "financialYear"], "approve the report before recording that it was presented");
    const row = await tx.reportStatus.update({
      where: key,
      data: { status: "presented", committee, presentedOn: dateFromIso(input.presentedOn), committeeResponse: response, updatedAt: new Date() },
    });
    await writeAudit(tx, context, { action: "recordReportPresented", detail: { financialYear: input.financialYear } });
    return statusView(input.financialYear, row);
  });
}
