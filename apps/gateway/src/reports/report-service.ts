import type { Report } from "@csc/council-kit";
import type { PrismaClient } from "@csc/db";
import type { Period } from "@csc/rules";
import { withCouncil } from "../db/client";
import { generateReport } from "./generate-report";

/**
 * The report of one council, read inside that council's row-level-security wall (withCouncil): what the
 * GraphQL `report` query answers, and what the CLI and the golden tests run.
 */
export function councilReport(root: PrismaClient, councilId: string, period: Period): Promise<Report> {
  return withCouncil(root, councilId, (tx) => generateReport(tx, councilId, period), { timeout: 120_000, readOnly: true });
}
