import { createPrismaClient, type PrismaClient } from "@csc/db";
import { startTestDatabase } from "@csc/db/testing";
import { listCouncils } from "@csc/registry";
import { financialYear, type Period, dateFromIso } from "@csc/rules";
import { importCouncilFixture } from "../import/import-fixture";
import { renderReport } from "../reports/render/index";
import { closePdfBrowser } from "../reports/render/pdf";
import { councilReport } from "../reports/report-service";
import { writeReport } from "../reports/write-report";
import { parseReportArgs, UsageError } from "./report-args";

export interface ReportCommandIo {
  /** Where a relative --out is resolved (pnpm's INIT_CWD). */
  callerDir: string;
  /** An existing database; without it an embedded PostgreSQL is started in a temporary folder and removed after. */
  databaseUrl?: string | undefined;
  stdout(text: string): void;
  stderr(text: string): void;
}

interface OpenDatabase {
  prisma: PrismaClient;
  stop(): Promise<void>;
}

/**
 * Without a database: a throw-away one with the council's fixture imported (a demo). With DATABASE_URL: that
 * database, read only (every session starts with default_transaction_read_only): no migration, no import.
 */
async function openDatabase(databaseUrl: string | undefined, councilId: string): Promise<OpenDatabase> {
  if (!databaseUrl) {
    const db = await startTestDatabase();
    await importCouncilFixture(db.prisma, councilId);
    return { prisma: db.prisma, stop: () => db.stop() };
  }
  const prisma = createPrismaClient(readOnlyUrl(databaseUrl));
  return { prisma, stop: () => prisma.$disconnect() };
}

/** The URL with `-c default_transaction_read_only=on` added to the session options. */
export function readOnlyUrl(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  const options = url.searchParams.get("options");
  url.searchParams.set("options", `${options ? `${options} ` : ""}-c default_transaction_read_only=on`);
  return url.toString();
}

const label = (period: Period) => `${period.start.slice(0, 4)}/${period.end.slice(2, 4)}`;

/** The years (financial years starting) the council's records were received in, for the error message. */
async function yearsWithRecords(prisma: PrismaClient, councilId: string): Promise<string> {
  const range = await prisma.case.aggregate({ where: { councilId }, _min: { receivedOn: true }, _max: { receivedOn: true } });
  const fy = (d: Date) => (d.getUTCMonth() >= 3 ? d.getUTCFullYear() : d.getUTCFullYear() - 1);
  if (!range._min.receivedOn || !range._max.receivedOn) return "it has no records";
  return `its records cover ${label(financialYear(fy(range._min.receivedOn)))} to ${label(financialYear(fy(range._max.receivedOn)))}`;
}

/** Runs the report command; returns the exit code (0 done, 1 bad input or failure). */
export async function runReportCommand(argv: readonly string[], io: ReportCommandIo): Promise<number> {
  let args;
  try {
    args = parseReportArgs(argv, io.callerDir);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`report: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
  const known = listCouncils();
  if (!known.includes(args.council)) {
    io.stderr(`report: unknown council "${args.council}"; known councils: ${known.join(", ")}\n`);
    return 1;
  }
  const period = financialYear(args.year);
  const db = await openDatabase(io.databaseUrl, args.council);
  try {
    const day = dateFromIso;
    const inYear = await db.prisma.case.count({
      where: { councilId: args.council, receivedOn: { gte: day(period.start), lte: day(period.end) } },
    });
    if (inYear === 0) {
      io.stderr(
        `report: council "${args.council}" has no case records received in ${label(period)} (--year ${args.year}); ${await yearsWithRecords(db.prisma, args.council)}\n`,
      );
      return 1;
    }
    const report = await councilReport(db.prisma, args.council, period);
    if (args.out === null) {
      io.stdout(new TextDecoder().decode(await renderReport(report, args.format)));
    } else {
      const written = await writeReport(report, args.format, args.out);
      io.stderr(`report: wrote ${written.length === 1 ? written[0] : `${written.length} files in ${args.out}`}\n`);
    }
    return 0;
  } finally {
    await closePdfBrowser();
    await db.stop();
  }
}
