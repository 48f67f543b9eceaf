import { type CaseFactsCouncil, type LocalEntry, type VocabulariesInput, vocabulariesSchema } from "@csc/council-kit";
import { addCalendarDays, isoFromDate, PROCEDURES } from "@csc/rules";
import type { CouncilTransaction } from "../db/client";
import type { TeamRow } from "./council-from-adapter";

/**
 * A council the registry has no adapter for (one created in the app) as its cases are imported: its stored
 * vocabularies (each version's entries valid from the version's start to the day before the next version's, or
 * its own end), its teams and service areas from their tables, and, as it has no local procedure codes, the
 * canonical procedures as its codes. toCaseFacts derives its events in the council's stored rules.
 */
type StoredKind = "feedback_kind" | "outcome" | "channel" | "complainant_type" | "lgsco_decision" | "not_considered_reason";
const LISTS: ReadonlyArray<readonly [StoredKind, keyof VocabulariesInput]> = [
  ["feedback_kind", "kinds"],
  ["outcome", "outcomes"],
  ["channel", "channels"],
  ["complainant_type", "complainantTypes"],
  ["lgsco_decision", "lgscoDecisions"],
  ["not_considered_reason", "notConsideredReasons"],
];

const iso = isoFromDate;

interface Dated {
  validFrom: Date;
  validTo: Date | null;
}
const datesOf = (row: Dated) => ({ validFrom: iso(row.validFrom), ...(row.validTo ? { validTo: iso(row.validTo) } : {}) });

/** What reading a council's stored vocabularies, teams and service areas needs. */
export type StoredCouncilReader = Pick<CouncilTransaction, "council" | "vocabularyVersion" | "councilServiceArea" | "team">;

async function storedLists(tx: StoredCouncilReader, councilId: string): Promise<Map<string, LocalEntry[]>> {
  const versions = await tx.vocabularyVersion.findMany({
    where: { councilId },
    orderBy: [{ kind: "asc" }, { version: "asc" }],
    select: { kind: true, effectiveFrom: true, effectiveTo: true, entries: { orderBy: { sortOrder: "asc" } } },
  });
  const lists = new Map<string, LocalEntry[]>();
  versions.forEach((version, i) => {
    const next = versions[i + 1];
    const end =
      version.effectiveTo ?? (next && next.kind === version.kind ? new Date(`${addCalendarDays(iso(next.effectiveFrom), -1)}T00:00:00Z`) : null);
    const dates = datesOf({ validFrom: version.effectiveFrom, validTo: end });
    for (const entry of version.entries) {
      const list = version.kind === "reason_taxonomy" ? (entry.parentCode ? "reasons" : "reasonCategories") : version.kind;
      const entries = lists.get(list) ?? [];
      entries.push({
        code: entry.code,
        label: entry.label,
        canonical: entry.canonical,
        ...(entry.parentCode ? { parent: entry.parentCode } : {}),
        ...dates,
      });
      lists.set(list, entries);
    }
  });
  return lists;
}

/**
 * The council's stored vocabularies, teams and service areas, in the shape of an adapter's vocabularies: the one
 * place a council without a plugin gets its council-kit Vocabularies (import, report, statistics labels).
 */
export async function storedCouncil(tx: StoredCouncilReader, councilId: string): Promise<CaseFactsCouncil> {
  const council = await tx.council.findUniqueOrThrow({ where: { id: councilId }, select: { id: true, name: true } });
  const lists = await storedLists(tx, councilId);
  const areas = await tx.councilServiceArea.findMany({ where: { councilId }, orderBy: { validFrom: "asc" } });
  const teams = await tx.team.findMany({
    where: { councilId },
    orderBy: { validFrom: "asc" },
    include: { serviceArea: { select: { code: true, canonical: true } } },
  });
  const input: VocabulariesInput = {
    procedures: PROCEDURES.map((code) => ({ code, label: code, canonical: code })),
    reasonCategories: lists.get("reasonCategories") ?? [],
    reasons: lists.get("reasons") ?? [],
    serviceAreas: areas.map((a) => ({ code: a.code, label: a.label, canonical: a.canonical, ...datesOf(a) })),
    teams: teams.map((t) => ({ code: t.code, label: t.name, canonical: t.serviceArea.canonical, parent: t.serviceArea.code, ...datesOf(t) })),
  };
  for (const [kind, list] of LISTS) Object.assign(input, { [list]: lists.get(kind) ?? [] });
  return { id: council.id, name: council.name, vocabularies: vocabulariesSchema.parse(input) };
}

/** The council's team rows, as an import finds the one in force for a code on a date (council-from-adapter.ts teamLookup). */
export async function storedTeamRows(tx: CouncilTransaction, councilId: string): Promise<TeamRow[]> {
  const teams = await tx.team.findMany({ where: { councilId }, select: { id: true, code: true, validFrom: true, validTo: true } });
  return teams.map((t) => ({ id: t.id, code: t.code, validFrom: iso(t.validFrom), validTo: t.validTo ? iso(t.validTo) : null }));
}
