import type { IncomingMessage, ServerResponse } from "node:http";
import { GraphQLError } from "graphql";
import { roleAllows } from "../auth/roles";
import type { GatewayContext } from "../context";
import type { GatewayPrisma } from "../db/client";
import { BodyTooLargeError, readBodyBytes } from "../http/read-body";
import { withCouncil } from "../db/client";
import { writeAudit } from "../services/audit";
import { isRecordId } from "../services/council-scope";
import { MAX_DOCUMENT_BYTES, checkDocument } from "./check-document";
import type { DocumentStoreFor } from "./document-store";
import { postgresDocumentStore } from "./document-store";
import { keepCaseDocument } from "./keep-case-document";

interface Deps {
  root: GatewayPrisma;
  context: (request: IncomingMessage, requestId: string) => Promise<GatewayContext>;
  /** Where each council's documents go (./document-store-config.ts); PostgreSQL by default. */
  stores?: DocumentStoreFor;
}

function answer(response: ServerResponse, requestId: string, status: number, body: unknown) {
  response.writeHead(status, { "content-type": "application/json; charset=utf-8", "x-request-id": requestId });
  response.end(JSON.stringify(body));
}

async function viewerOf(deps: Deps, request: IncomingMessage, requestId: string) {
  try {
    return await deps.context(request, requestId);
  } catch (error) {
    return error instanceof GraphQLError ? error : new GraphQLError("Sign in again");
  }
}

/** A safe file name to keep and send back: no path, no control characters, at most 200 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? "";
  return (
    base
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f"]/g, "")
      .trim()
      .slice(0, 200)
  );
}

/**
 * POST /documents/upload?caseId=…&name=… with the file as the body: attaches a document to the case (officers
 * and managers; ≤ 20 MB; type checked by content). Answers { id, fileName, mediaType, sizeBytes }; audited.
 */
export function documentUploadHandler(deps: Deps) {
  const storeFor = deps.stores ?? (() => postgresDocumentStore);
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
    if (request.method !== "POST") return answer(response, requestId, 405, { error: "Use POST" });
    const context = await viewerOf(deps, request, requestId);
    if (context instanceof GraphQLError) return answer(response, requestId, 401, { error: context.message });
    const viewer = context.viewer;
    if (!viewer?.councilId) return answer(response, requestId, 401, { error: "Sign in to attach a document" });
    if (!roleAllows(viewer.roles, "handleCases")) return answer(response, requestId, 403, { error: "Your role does not allow attaching documents" });
    const caseId = url.searchParams.get("caseId") ?? "";
    const fileName = cleanFileName(url.searchParams.get("name") ?? "");
    if (!fileName) return answer(response, requestId, 400, { error: "name: give the document's file name" });
    let bytes: Buffer;
    try {
      bytes = await readBodyBytes(request, MAX_DOCUMENT_BYTES);
    } catch (error) {
      if (error instanceof BodyTooLargeError) {
        response.setHeader("connection", "close");
        return answer(response, requestId, 413, { error: "file: must be 20 MB or smaller" });
      }
      throw error;
    }
    const checked = await checkDocument(fileName, bytes);
    if (!checked.ok) return answer(response, requestId, 415, { error: checked.message });
    const councilId = viewer.councilId;
    const saved = await withCouncil(deps.root, councilId, async (tx) => {
      const found = isRecordId(caseId)
        ? await tx.case.findUnique({ where: { councilId_id: { councilId, id: caseId } }, select: { id: true } })
        : null;
      if (!found) return null;
      const kept = await keepCaseDocument(
        tx,
        storeFor(councilId),
        { councilId, caseId, fileName, mediaType: checked.mediaType, uploadedBy: viewer.userId },
        bytes,
      );
      await writeAudit(tx, context, {
        action: "attachDocument",
        caseId,
        detail: { documentId: kept.id, mediaType: checked.mediaType, sizeBytes: bytes.length },
      });
      return { id: kept.id, fileName: kept.fileName, mediaType: kept.mediaType, sizeBytes: kept.sizeBytes };
    });
    if (!saved) return answer(response, requestId, 404, { error: "caseId: no such case in your council" });
    return answer(response, requestId, 201, saved);
  };
}

/** GET /documents/download?id=… — the document's bytes (officers and managers), each download audited. */
export function documentDownloadHandler(deps: Deps) {
  const storeFor = deps.stores ?? (() => postgresDocumentStore);
  return async (request: IncomingMessage, response: ServerResponse, url: URL, requestId: string): Promise<void> => {
    if (request.method !== "GET") return answer(response, requestId, 405, { error: "Use GET" });
    const context = await viewerOf(deps, request, requestId);
    if (context instanceof GraphQLError) return answer(response, requestId, 401, { error: context.message });
    const viewer = context.viewer;
    if (!viewer?.councilId) return answer(response, requestId, 401, { error: "Sign in to download a document" });
    if (!roleAllows(viewer.roles, "readPersonalData"))
      return answer(response, requestId, 403, { error: "Your role does not allow reading documents" });
    const id = url.searchParams.get("id") ?? "";
    const councilId = viewer.councilId;
    const found = await withCouncil(deps.root, councilId, async (tx) => {
      const row = isRecordId(id)
        ? await tx.caseDocument.findUnique({
            where: { councilId_id: { councilId, id } },
            select: { councilId: true, id: true, caseId: true, fileName: true, mediaType: true, storage: true, storageKey: true },
          })
        : null;
      if (!row) return null;
      const bytes = await storeFor(councilId).get(tx, row);
      await writeAudit(tx, context, { action: "downloadDocument", caseId: row.caseId, detail: { documentId: row.id } });
      return { row, bytes };
    });
    if (!found) return answer(response, requestId, 404, { error: "id: no such document in your council" });
    response.writeHead(200, {
      "content-type": found.row.mediaType,
      "content-length": String(found.bytes.length),
      "content-disposition": `attachment; filename*=UTF-8''${encodeURIComponent(found.row.fileName)}`,
      "x-content-type-options": "nosniff",
      "cache-control": "no-store",
      "x-request-id": requestId,
    });
    response.end(found.bytes);
  };
}
