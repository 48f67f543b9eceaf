import { validateReportLayout, type LayoutProblem } from "@csc/council-kit";
import type { Prisma } from "@csc/db";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform } from "../db/client";
import { baseReportAdapter, reportAdapterFor, type LayoutSource } from "../reports/layout-in-force";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";

/**
 * A council's report layouts as data (issue 12): the layout in force and every stored version, and saving a new
 * version (council administrators) after council-kit's checks — the layout schema and what defineCouncil checks
 * against the council's vocabularies — with every problem named by its JSON path. Versions are never changed.
 */
export interface ReportLayoutVersionView {
  version: number;
  /** The layout (council-kit's layout schema), as JSON itself. */
  json: unknown;
  note: string | null;
  savedByName: string;
  savedAt: Date;
}

export interface ReportLayoutView {
  source: LayoutSource;
  version: number | null;
  /** The layout in force (what a council downloads, edits and uploads again), as JSON itself. */
  json: unknown;
  versions: ReportLayoutVersionView[];
}

export interface SaveReportLayoutResult {
  saved: ReportLayoutVersionView | null;
  problems: readonly LayoutProblem[];
}

const MAX_NOTE = 500;

export async function readReportLayout(context: GatewayContext): Promise<ReportLayoutView> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const { inForce } = await reportAdapterFor(tx, councilId);
    const rows = await tx.reportLayoutVersion.findMany({ where: { councilId }, orderBy: { version: "desc" } });
    return {
      source: inForce.source,
      version: inForce.version,
      json: inForce.layout,
      versions: rows.map((r) => ({ version: r.version, json: r.layout, note: r.note, savedByName: r.savedByName, savedAt: r.savedAt })),
    };
  });
}

interface SaveReportLayoutInput {
  /** The layout as JSON itself; council-kit's layout schema names every problem by its path. */
  layout?: unknown;
  note?: string | null | undefined;
}

/** Checks a layout file and stores it as the council's next version; refused with every problem by its path. */
export async function saveReportLayout(context: GatewayContext, input: SaveReportLayoutInput): Promise<SaveReportLayoutResult> {
  const { councilId, viewer } = councilScope(context);
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE) return { saved: null, problems: [{ path: "note", message: `must be at most ${MAX_NOTE} characters` }] };
  const { adapter } = await withCouncil(context.root, councilId, (tx) => baseReportAdapter(tx, councilId));
  const { layout, problems } = validateReportLayout(input.layout, adapter.vocabularies);
  if (!layout) return { saved: null, problems };
  const user = await withPlatform(context.root, (tx) => tx.user.findUnique({ where: { id: viewer.userId }, select: { displayName: true } }));
  const savedByName = user?.displayName ?? "Unknown";
  const saved = await withCouncil(context.root, councilId, async (tx) => {
    const last = await tx.reportLayoutVersion.findFirst({ where: { councilId }, orderBy: { version: "desc" }, select: { version: true } });
    const row = await tx.reportLayoutVersion.create({
      data: {
        councilId,
        version: (last?.version ?? 0) + 1,
        layout: layout as unknown as Prisma.InputJsonValue,
        note,
        savedBy: viewer.userId,
        savedByName,
      },
    });
    await writeAudit(tx, context, {
      action: "saveReportLayout",
      detail: { version: row.version, sections: layout.sections.length, tables: layout.sections.reduce((n, s) => n + s.tables.length, 0) },
    });
    return { version: row.version, json: row.layout, note: row.note, savedByName: row.savedByName, savedAt: row.savedAt };
  });
  return { saved, problems: [] };
}
