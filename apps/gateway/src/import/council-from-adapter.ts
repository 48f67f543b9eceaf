import type { ContextFigureKey, CouncilAdapter, LocalEntry, MappedVocabulary } from "@csc/council-kit";
import { CONTEXT_FIGURE_KEYS, LOCAL_CLOSURE_REASON } from "@csc/council-kit";
import type { ContextMeasure } from "@csc/db";
import type { ServiceArea } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import { adapterSettings } from "./adapter-rules";
import { dateFromIso, isoFromDate } from "@csc/rules";

/**
 * Creates a council from its adapter: the council row (procedure settings for the rules engine), its service
 * areas and effective-dated teams, one version of each local vocabulary mapped to canonical values, and the
 * context figures the council supplies (contacts, children in care...) per financial year.
 * Runs as the database owner (platform level). Returns how to find the team row in force on a date.
 */
export type TeamLookup = (code: string, on: string) => string | null;

const day = dateFromIso;
const EARLIEST = "2000-01-01";

/** Adapter vocabularies stored as vocabulary versions (teams and service areas have tables of their own). */
const STORED_KINDS = [
  ["feedback_kind", ["kinds"]],
  ["reason_taxonomy", ["reasonCategories", "reasons"]],
  ["outcome", ["outcomes"]],
  ["channel", ["channels"]],
  ["complainant_type", ["complainantTypes"]],
  ["lgsco_decision", ["lgscoDecisions"]],
  ["not_considered_reason", ["notConsideredReasons"]],
] as const satisfies ReadonlyArray<readonly [string, readonly MappedVocabulary[]]>;

/** A team row as an import finds teams by code and date (dates as ISO text): plain data, so it can go to a worker. */
export interface TeamRow {
  id: string;
  code: string;
  validFrom: string;
  validTo: string | null;
}

/** The team row in force for a code on a date. */
export function teamLookup(teams: readonly TeamRow[]): TeamLookup {
  return (code, on) => teams.find((t) => t.code === code && t.validFrom <= on && (t.validTo === null || on <= t.validTo))?.id ?? null;
}

async function createServiceAreas(tx: CouncilTransaction, adapter: CouncilAdapter): Promise<Map<string, string>> {
  const councilId = adapter.id;
  const ids = new Map<string, string>();
  for (const area of adapter.vocabularies.serviceAreas) {
    if (ids.has(area.code)) continue;
    const row = await tx.councilServiceArea.create({
      data: { councilId, code: area.code, label: area.label, canonical: area.canonical as ServiceArea, validFrom: day(area.validFrom ?? EARLIEST) },
    });
    ids.set(area.code, row.id);
  }
  // Teams whose adapter names no service-area parent hang off one area per canonical value.
  for (const team of adapter.vocabularies.teams) {
    const key = team.parent && ids.has(team.parent) ? team.parent : `canonical:${team.canonical}`;
    if (ids.has(key)) continue;
    const row = await tx.councilServiceArea.create({
      data: { councilId, code: key, label: team.canonical, canonical: team.canonical as ServiceArea, validFrom: day(EARLIEST) },
    });
    ids.set(key, row.id);
  }
  return ids;
}

async function createTeams(tx: CouncilTransaction, adapter: CouncilAdapter, areas: Map<string, string>): Promise<TeamRow[]> {
  const rows: TeamRow[] = [];
  for (const team of adapter.vocabularies.teams) {
    const validFrom = team.validFrom ?? EARLIEST;
    const serviceAreaId = areas.get(team.parent ?? "") ?? areas.get(`canonical:${team.canonical}`);
    if (!serviceAreaId) throw new Error(`council ${adapter.id}: team ${team.code} has no service area`);
    const predecessor = team.renamedFrom ? rows.filter((r) => r.code === team.renamedFrom).at(-1) : undefined;
    const row = await tx.team.create({
      data: {
        councilId: adapter.id,
        code: team.code,
        name: team.label,
        serviceAreaId,
        predecessorId: predecessor?.id ?? null,
        validFrom: day(validFrom),
        validTo: team.validTo ? day(team.validTo) : null,
      },
      select: { id: true },
    });
    rows.push({ id: row.id, code: team.code, validFrom, validTo: team.validTo ?? null });
  }
  return rows;
}

async function createVocabularies(tx: CouncilTransaction, adapter: CouncilAdapter): Promise<void> {
  const councilId = adapter.id;
  for (const [kind, names] of STORED_KINDS) {
    const entries: LocalEntry[] = names.flatMap((name) => adapter.vocabularies[name]);
    if (entries.length === 0) continue;
    const froms = entries.map((e) => e.validFrom ?? EARLIEST).sort();
    const version = await tx.vocabularyVersion.create({
      data: { councilId, kind, version: 1, effectiveFrom: day(froms[0] ?? EARLIEST) },
      select: { id: true },
    });
    // One row per code: a code kept through a rename appears once (its latest label).
    const byCode = new Map<string, LocalEntry>();
    for (const entry of entries) byCode.set(entry.code, entry);
    await tx.vocabularyEntry.createMany({
      data: [...byCode.values()].map((entry, sortOrder) => ({
        councilId,
        versionId: version.id,
        code: entry.code,
        label: entry.label,
        canonical: entry.canonical,
        parentCode: entry.parent ?? null,
        sortOrder,
      })),
    });
  }
}

/**
 * The context_figure measure each adapter context figure is stored as; null for figures the table has no measure
 * for (they stay in the adapter, where the council's report layout reads them).
 */
const CONTEXT_MEASURE = {
  contacts: "contacts",
  referrals: "referrals",
  assessments: "assessments",
  assessmentsWithin45WorkingDays: null,
  childrenInNeed: "children_in_need",
  childProtectionPlans: "child_protection_plans",
  childrenInCare: "children_in_care",
  careLeavers: null,
} as const satisfies Record<ContextFigureKey, ContextMeasure | null>;

/**
 * Stores the adapter's context figures, one row per financial year and measure. A figure already stored is kept
 * (skipDuplicates): one a council corrected in the database is not overwritten by its adapter's.
 */
async function storeContextFigures(tx: CouncilTransaction, adapter: CouncilAdapter): Promise<void> {
  const data = adapter.contextFigures.flatMap((entry) =>
    CONTEXT_FIGURE_KEYS.flatMap((key) => {
      const measure = CONTEXT_MEASURE[key];
      const value = entry.figures[key];
      return measure === null || value === undefined ? [] : [{ councilId: adapter.id, financialYear: entry.year, measure, value }];
    }),
  );
  if (data.length > 0) await tx.contextFigure.createMany({ data, skipDuplicates: true });
}

/** Creates the council (if it does not exist yet) and returns the team lookup for its cases. */
export async function ensureCouncilFromAdapter(
  tx: CouncilTransaction,
  adapter: CouncilAdapter,
): Promise<{ created: boolean; team: TeamLookup; teams: TeamRow[] }> {
  const existing = await tx.council.findUnique({ where: { id: adapter.id }, select: { id: true } });
  if (existing) {
    await storeContextFigures(tx, adapter);
    const teams = await tx.team.findMany({ where: { councilId: adapter.id }, select: { id: true, code: true, validFrom: true, validTo: true } });
    const iso = isoFromDate;
    const rows = teams.map((t) => ({ id: t.id, code: t.code, validFrom: iso(t.validFrom), validTo: t.validTo ? iso(t.validTo) : null }));
    return { created: false, team: teamLookup(rows), teams: rows };
  }
  await tx.council.create({ data: { id: adapter.id, name: adapter.name, settings: adapterSettings(adapter) as object } });
  // Its local closure days, which the rules context reads (../services/rules-context.ts) for live and imported clocks.
  if (adapter.procedures.localClosureDays.length > 0) {
    await tx.localClosureDay.createMany({
      data: adapter.procedures.localClosureDays.map((date) => ({ councilId: adapter.id, day: dateFromIso(date), label: LOCAL_CLOSURE_REASON })),
    });
  }
  const areas = await createServiceAreas(tx, adapter);
  const teams = await createTeams(tx, adapter, areas);
  await createVocabularies(tx, adapter);
  await storeContextFigures(tx, adapter);
  return { created: true, team: teamLookup(teams), teams };
}
