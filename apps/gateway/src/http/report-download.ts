import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import type { Report } from "@csc/council-kit";
import { financialYear, formatFinancialYear } from "@csc/rules";
import { roleAllows } from "../auth/roles";
import type { GatewayContext } from "../context";
import type { GatewayPrisma } from "../db/client";
import { withCouncil } from "../db/client";
import { REPORT_FORMATS, type ReportFormat } from "../reports/render/formats";
import { renderReport } from "../reports/render/index";
import { RecountingError } from "../reports/recounting";
import { inProcessAnalytics, type AnalyticsEngine } from "../reports/analytics-engine";
import { writeAudit } from "../services/audit";
import { generateCodeReport } from "../reports/generate-code-report";

/**
 * GET /reports/download?financialYear=2021&format=docx[&report=code] — the viewer's council's annual report (or its
 * Complaint Handling Code report, `report=code`) as a file, for the
 * admin app's download buttons (a link cannot carry a bearer token, so the app fetches with the header and saves
 * the blob). Aggregates only (the readAggregates scope); each download is audited.
 */
const CONTENT_TYPES: Record<ReportFormat, string> = {
  json: "application/json; charset=utf-8",
  html: "text/html; charset=utf-8",
  csv: "text/csv; charset=utf-8",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
};

class DownloadRequestError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
    this.name = "DownloadRequestError";
  }
}

/** Which report: the council's annual report (default) or the Complaint Handling Code report. */
const DOWNLOAD_REPORTS = ["annual", "code"] as const;
type DownloadReport = (typeof DOWNLOAD_REPORTS)[number];

interface DownloadRequest {
  financialYear: number;
  format: ReportFormat;
  report: DownloadReport;
}

/** Reads and checks the query string, naming the parameter and the rule when it is wrong. */
export function parseDownloadRequest(url: URL): DownloadRequest {
  const yearText = url.searchParams.get("financialYear") ?? "";
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1990 || year > 2100) {
    throw new DownloadRequestError(400, `financialYear: "${yearText}" is not a financial year; write its first year, e.g. 2021 for 2021/22`);
  }
  const format = url.searchParams.get("format") ?? "";
  if (!(REPORT_FORMATS as readonly string[]).includes(format)) {
    throw new DownloadRequestError(400, `format: "${format}" is not one of ${REPORT_FORMATS.join(", ")}`);
  }
  const report = url.searchParams.get("report") ?? "annual";
  if (!(DOWNLOAD_REPORTS as readonly string[]).includes(report)) {
    throw new DownloadRequestError(400, `report: "${report}" is not one of ${DOWNLOAD_REPORTS.join(", ")}`);
  }
  return { financialYear: year, format: format as ReportFormat, report: report as DownloadReport };
}

export function reportDownloadHandler(deps: {
  root: GatewayPrisma;
  /** Where the report is computed (worker threads); default: in this thread on `root`. */
  analytics?: AnalyticsEngine;
  context: (request: IncomingMessage, requestId: string) => Promise<GatewayContext>;
}) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
    const fail = (status: number, message: string) => {
      response.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-request-id": requestId });
      response.end(JSON.stringify({ error: message }));
    };
    if (request.method !== "GET") return fail(405, "Use GET");
    let context: GatewayContext;
    try {
      context = await deps.context(request, requestId);
    } catch (error) {
      return fail(401, error instanceof GraphQLError ? error.message : "Sign in again");
    }
    const viewer = context.viewer;
    if (!viewer) return fail(401, "Sign in to download a report");
    if (!viewer.councilId || !roleAllows(viewer.roles, "readAggregates"))
      return fail(403, "Your role does not allow downloading this council's report");
    let parsed: DownloadRequest;
    try {
      parsed = parseDownloadRequest(url);
    } catch (error) {
      return fail(error instanceof DownloadRequestError ? error.status : 400, error instanceof Error ? error.message : "Bad request");
    }
    const councilId = viewer.councilId;
    // Every council has a layout in force (stored, packaged or the standard one): layout-in-force.ts.
    let report: Report;
    try {
      report =
        parsed.report === "code"
          ? await withCouncil(deps.root, councilId, (tx) => generateCodeReport(tx, councilId, parsed.financialYear), { timeout: 120_000 })
          : await (deps.analytics ?? inProcessAnalytics(deps.root)).report(councilId, financialYear(parsed.financialYear));
    } catch (error) {
      if (!(error instanceof RecountingError)) throw error;
      response.setHeader("retry-after", String(error.retryAfterSeconds));
      return fail(503, error.message);
    }
    const bytes = await renderReport(report, parsed.format);
    await withCouncil(deps.root, councilId, (tx) =>
      writeAudit(tx, context, {
        action: "downloadReport",
        detail: { format: parsed.format, financialYear: parsed.financialYear, report: parsed.report },
      }),
    );
    const kind = parsed.report === "code" ? "complaint-handling-code-report" : "annual-report";
    const name = `${councilId}-${kind}-${formatFinancialYear(parsed.financialYear, "hyphen")}.${parsed.format}`;
    response.writeHead(200, {
      "content-type": CONTENT_TYPES[parsed.format],
      "content-disposition": `attachment; filename="${name}"`,
      "cache-control": "no-store",
      "x-request-id": requestId,
    });
    response.end(bytes);
  };
}
