import type { ReportTable } from "@csc/council-kit";
import { dateFromIso, type Period } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";

/**
 * "What people said": the quotes of the compliments received in a period that the council marked publishable,
 * with the team and what they were praised for. Never a quote not marked publishable, never who complained; the
 * person praised is left out (staff are named in a report only when the council writes them into its text).
 */
export async function complimentQuotesTable(db: CouncilTransaction, councilId: string, period: Period): Promise<ReportTable> {
  const details = await db.complimentDetail.findMany({
    where: { councilId, publishable: true, case: { receivedOn: { gte: dateFromIso(period.start), lte: dateFromIso(period.end) } } },
    include: { case: { select: { receivedOn: true, team: { select: { name: true } } } } },
    orderBy: [{ case: { receivedOn: "asc" } }, { caseId: "asc" }],
  });
  const quotes = details.length
    ? await db.caseNarrative.findMany({
        where: { councilId, kind: "quote", caseId: { in: details.map((d) => d.caseId) } },
        orderBy: { createdAt: "asc" },
      })
    : [];
  // The latest quote recorded for each compliment is the one printed.
  const quoteOf = new Map(quotes.map((q) => [q.caseId, q.text]));
  return {
    id: "compliment-quotes",
    title: "What people said",
    columns: ["Team", "What for"],
    rows: details.flatMap((d) => {
      const quote = quoteOf.get(d.caseId);
      return quote ? [{ label: `“${quote}”`, cells: [d.case.team?.name ?? null, d.whatFor] }] : [];
    }),
  };
}
