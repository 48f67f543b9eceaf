import { addCalendarDays, compareDates, isoFromDate as iso, dateFromIso } from "@csc/rules";
import type { IsoDate } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { refuseClash } from "./configure-clash";
import { councilScope } from "./council-scope";
import type { PublishVocabularyVersionInput, VocabularyKind } from "./configure-inputs";

const day = dateFromIso;

/**
 * Publishes a new version of one of the council's vocabularies, in force from `effectiveFrom`. Versions are
 * never edited: the new version gets new entry rows, the version it replaces only gains an end date (the day
 * before), and cases keep pointing at the entries in force when they were received, so a new version never
 * rewrites how old cases were counted. The date must come after the latest version's start and may not be
 * in the past (cases already received were classified under the version then in force).
 */
export async function publishVocabularyVersion(context: GatewayContext, input: PublishVocabularyVersionInput): Promise<string> {
  const { councilId } = councilScope(context);
  if (compareDates(input.effectiveFrom, context.asOf) < 0) {
    throw badInput(
      ["input", "effectiveFrom"],
      `must be today (${context.asOf}) or later: cases already received keep the version in force when they were received`,
    );
  }
  const clash = "Another version was published at the same time; reload to see it and try again";
  return refuseClash(clash, () =>
    withCouncil(context.root, councilId, async (tx) => {
      const latest = await tx.vocabularyVersion.findFirst({
        where: { councilId, kind: input.kind },
        orderBy: { version: "desc" },
      });
      if (latest && compareDates(input.effectiveFrom, iso(latest.effectiveFrom)) <= 0) {
        throw badInput(["input", "effectiveFrom"], `must be after ${iso(latest.effectiveFrom)}, when version ${latest.version} took effect`);
      }
      // Any version still open ends the day before the new one starts.
      await tx.vocabularyVersion.updateMany({
        where: { councilId, kind: input.kind, OR: [{ effectiveTo: null }, { effectiveTo: { gte: day(input.effectiveFrom) } }] },
        data: { effectiveTo: day(addCalendarDays(input.effectiveFrom, -1)) },
      });
      const version = await tx.vocabularyVersion.create({
        data: { councilId, kind: input.kind, version: (latest?.version ?? 0) + 1, effectiveFrom: day(input.effectiveFrom) },
      });
      await tx.vocabularyEntry.createMany({
        data: input.entries.map((entry, sortOrder) => ({
          councilId,
          versionId: version.id,
          code: entry.code,
          label: entry.label,
          canonical: entry.canonical,
          parentCode: entry.parentCode ?? null,
          policy: entry.policy ?? null,
          sortOrder,
        })),
      });
      await writeAudit(tx, context, {
        action: "publishVocabularyVersion",
        detail: { kind: input.kind, version: version.version, effectiveFrom: input.effectiveFrom, entries: input.entries.length },
      });
      return version.id;
    }),
  );
}

/** The version of `kind` in force on `on` (null before the first version): what a case received that day uses. */
async function versionInForce(
  tx: Pick<CouncilTransaction, "vocabularyVersion">,
  councilId: string,
  kind: VocabularyKind,
  on: IsoDate,
): Promise<{ id: string; version: number } | null> {
  return tx.vocabularyVersion.findFirst({
    where: {
      councilId,
      kind,
      effectiveFrom: { lte: day(on) },
      OR: [{ effectiveTo: null }, { effectiveTo: { gte: day(on) } }],
    },
    orderBy: { version: "desc" },
    select: { id: true, version: true },
  });
}

/** The entry with local `code` in the version of `kind` in force on `on`: for classifying a case received that day. */
export async function entryInForce(
  tx: Pick<CouncilTransaction, "vocabularyVersion" | "vocabularyEntry">,
  councilId: string,
  kind: VocabularyKind,
  code: string,
  on: IsoDate,
): Promise<{ id: string; label: string; canonical: string; policy: string | null } | null> {
  const version = await versionInForce(tx, councilId, kind, on);
  if (!version) return null;
  return tx.vocabularyEntry.findUnique({
    where: { councilId_versionId_code: { councilId, versionId: version.id, code } },
    select: { id: true, label: true, canonical: true, policy: true },
  });
}

export interface VocabularyEntryView {
  id: string;
  code: string;
  label: string;
  canonical: string;
  parentCode: string | null;
  /** A council's own ground for not considering: the local policy that gives it. */
  policy: string | null;
  /** The entry is in force for as long as its version is. */
  validFrom: IsoDate;
  validTo: IsoDate | null;
}

export interface ReasonCategoryView {
  category: VocabularyEntryView;
  reasons: VocabularyEntryView[];
}

export interface VocabularyVersionView {
  id: string;
  kind: VocabularyKind;
  version: number;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  /** In force on the gateway's today. */
  inForce: boolean;
  entries: VocabularyEntryView[];
  /** Reason taxonomy as a tree: categories (entries without a parent) with their reasons. */
  categories: ReasonCategoryView[];
}

type VersionRow = {
  id: string;
  kind: VocabularyKind;
  version: number;
  effectiveFrom: Date;
  effectiveTo: Date | null;
  entries: Array<{ id: string; code: string; label: string; canonical: string; parentCode: string | null; policy: string | null }>;
};

function versionView(row: VersionRow, today: IsoDate): VocabularyVersionView {
  const effectiveFrom = iso(row.effectiveFrom);
  const effectiveTo = row.effectiveTo ? iso(row.effectiveTo) : null;
  const entries = row.entries.map((e) => ({ ...e, validFrom: effectiveFrom, validTo: effectiveTo }));
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    effectiveFrom,
    effectiveTo,
    inForce: compareDates(effectiveFrom, today) <= 0 && (effectiveTo === null || compareDates(today, effectiveTo) <= 0),
    entries,
    categories: entries
      .filter((e) => e.parentCode === null)
      .map((category) => ({ category, reasons: entries.filter((e) => e.parentCode === category.code) })),
  };
}

const VERSION_SELECT = {
  id: true,
  kind: true,
  version: true,
  effectiveFrom: true,
  effectiveTo: true,
  entries: { orderBy: { sortOrder: "asc" }, select: { id: true, code: true, label: true, canonical: true, parentCode: true, policy: true } },
} as const;

/** Every version of one vocabulary, newest first, each with its entries. */
export async function listVocabularyVersions(context: GatewayContext, kind: VocabularyKind): Promise<VocabularyVersionView[]> {
  const { councilId } = councilScope(context);
  const rows = await withCouncil(context.root, councilId, (tx) =>
    tx.vocabularyVersion.findMany({ where: { councilId, kind }, orderBy: { version: "desc" }, select: VERSION_SELECT }),
  );
  return rows.map((row) => versionView(row, context.asOf));
}

/** The version of one vocabulary in force on a date, with its entries (null before the first version). */
export async function vocabularyOn(context: GatewayContext, kind: VocabularyKind, on: IsoDate): Promise<VocabularyVersionView | null> {
  const { councilId } = councilScope(context);
  const row = await withCouncil(context.root, councilId, async (tx) => {
    const found = await versionInForce(tx, councilId, kind, on);
    return found ? tx.vocabularyVersion.findUnique({ where: { councilId_id: { councilId, id: found.id } }, select: VERSION_SELECT }) : null;
  });
  return row ? versionView(row, context.asOf) : null;
}

/** One version by id (after publishing). */
export async function vocabularyVersionById(context: GatewayContext, id: string): Promise<VocabularyVersionView> {
  const { councilId } = councilScope(context);
  const row = await withCouncil(context.root, councilId, (tx) =>
    tx.vocabularyVersion.findUniqueOrThrow({ where: { councilId_id: { councilId, id } }, select: VERSION_SELECT }),
  );
  return versionView(row, context.asOf);
}
