import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import { roleAllows } from "../auth/roles";
import type { GatewayContext } from "../context";
import { MAX_IMPORT_UPLOAD_BYTES, startImportJob } from "../import/import-job";
import { BodyTooLargeError, readBody } from "./read-body";

function answer(response: ServerResponse, requestId: string, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-request-id": requestId });
  response.end(JSON.stringify(body));
}

/**
 * POST /imports/cases[?dryRun=true] with the council's CSV export as the body (streamed, up to 50 MB; no GraphQL
 * string): council administrators, signed in by bearer token or by the session cookie with the CSRF header.
 * Answers 202 { jobId } at once; the importJob query follows the import (rows read, cases stored, the summary or
 * the refusal by row and column).
 */
export function importUploadHandler(deps: { context: (request: IncomingMessage, requestId: string) => Promise<GatewayContext> }) {
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
    if (request.method !== "POST") return answer(response, requestId, 405, { error: "Use POST" });
    let context: GatewayContext;
    try {
      context = await deps.context(request, requestId);
    } catch (error) {
      return answer(response, requestId, 401, { error: error instanceof GraphQLError ? error.message : "Sign in again" });
    }
    const viewer = context.viewer;
    if (!viewer?.councilId) return answer(response, requestId, 401, { error: "Sign in to import cases" });
    if (!roleAllows(viewer.roles, "configureCouncil")) return answer(response, requestId, 403, { error: "Your role does not allow importing cases" });
    const dryRun = url.searchParams.get("dryRun") === "true";
    let csv: string;
    try {
      csv = await readBody(request, MAX_IMPORT_UPLOAD_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.setHeader("connection", "close");
        return answer(response, requestId, 413, { error: `file: must be ${MAX_IMPORT_UPLOAD_BYTES / 1024 / 1024} MB or smaller` });
      }
      throw error;
    }
    if (csv.trim().length === 0) return answer(response, requestId, 400, { error: "file: must not be empty" });
    try {
      const jobId = await startImportJob(context, csv, Buffer.byteLength(csv), dryRun);
      return answer(response, requestId, 202, { jobId });
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === "BAD_USER_INPUT")
        return answer(response, requestId, 400, { error: error.message });
      throw error;
    }
  };
}
