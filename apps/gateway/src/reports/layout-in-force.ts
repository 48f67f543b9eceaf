import { councilProcedureSettingsSchema, reportLayoutSchema, standardReportLayout, type ReportAdapter, type ReportLayout } from "@csc/council-kit";
import { councilRegistry, loadCouncil } from "@csc/registry";
import { DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { type StoredCouncilReader, storedCouncil } from "../import/stored-council";

/**
 * The report layout in force for a council (issue 12, "Layouts are data"): the latest version the council stored
 * (report_layout), else its plugin's packaged layout, else the standard layout (council-kit
 * `standardReportLayout`, for a council created in the app). Every format of the report is built from it.
 */
export const LAYOUT_SOURCES = ["stored", "packaged", "standard"] as const;
export type LayoutSource = (typeof LAYOUT_SOURCES)[number];

interface LayoutInForce {
  readonly source: LayoutSource;
  /** The stored version (null for a packaged or the standard layout). */
  readonly version: number | null;
  readonly layout: ReportLayout;
}

export type LayoutReader = Pick<CouncilTransaction, "reportLayoutVersion"> & StoredCouncilReader;

/**
 * What a council without a plugin reports with: the vocabularies and teams it stored in the app (storedCouncil),
 * the statutory procedure, the standard layout.
 */
async function appCouncilAdapter(db: StoredCouncilReader, councilId: string): Promise<ReportAdapter> {
  const { vocabularies } = await storedCouncil(db, councilId);
  return {
    id: councilId,
    vocabularies,
    procedures: councilProcedureSettingsSchema.parse({
      acknowledgement: { workingDays: DEFAULT_ACKNOWLEDGEMENT_WORKING_DAYS, source: "local policy (platform default)" },
    }),
    report: standardReportLayout(),
    contextFigures: [],
    suppliedFigures: [],
  };
}

/** The council's adapter before any stored layout: its plugin's, or one for a council created in the app. */
export async function baseReportAdapter(db: StoredCouncilReader, councilId: string): Promise<{ adapter: ReportAdapter; source: LayoutSource }> {
  if (councilRegistry.has(councilId)) return { adapter: await loadCouncil(councilId), source: "packaged" };
  return { adapter: await appCouncilAdapter(db, councilId), source: "standard" };
}

/** The latest stored layout of the council, parsed by the layout schema; null when it has stored none. */
async function latestStoredLayout(db: LayoutReader, councilId: string): Promise<{ version: number; layout: ReportLayout } | null> {
  const row = await db.reportLayoutVersion.findFirst({ where: { councilId }, orderBy: { version: "desc" }, select: { version: true, layout: true } });
  return row ? { version: row.version, layout: reportLayoutSchema.parse(row.layout) } : null;
}

/** The council's report adapter with the layout in force in place of the packaged one. */
export async function reportAdapterFor(db: LayoutReader, councilId: string): Promise<{ adapter: ReportAdapter; inForce: LayoutInForce }> {
  const base = await baseReportAdapter(db, councilId);
  const stored = await latestStoredLayout(db, councilId);
  if (!stored) return { adapter: base.adapter, inForce: { source: base.source, version: null, layout: base.adapter.report } };
  return { adapter: { ...base.adapter, report: stored.layout }, inForce: { source: "stored", version: stored.version, layout: stored.layout } };
}
