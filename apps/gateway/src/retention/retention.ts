import type { IsoDate } from "@csc/rules";
import type { PrismaClient } from "@csc/db";
import { withCouncil, type CouncilTransaction } from "../db/client";
import { postgresDocumentStore, type DocumentStore } from "../documents/document-store";
import {
  addYears,
  DEFAULT_YEARS_AFTER_CLOSURE,
  LOOKED_AFTER_SERVICE_AREAS,
  retainUntil,
  type RetentionPolicy,
  type RetentionRule,
} from "./retention-policy";

const iso = (date: Date): IsoDate => date.toISOString().slice(0, 10);
const day = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/** Rows of personal data a case holds, by table (what erasure deletes). */
export interface PersonalDataCounts {
  people: number;
  narratives: number;
  contacts: number;
  documents: number;
}

export interface RetentionCandidate {
  caseId: string;
  reference: string;
  closedOn: IsoDate;
  retainUntil: IsoDate;
  rule: RetentionRule;
  /** A legal hold stops the erasure. */
  onLegalHold: boolean;
  counts: PersonalDataCounts;
}

async function retentionPolicyOf(tx: CouncilTransaction, councilId: string): Promise<RetentionPolicy> {
  const row = await tx.councilRetentionPolicy.findUnique({ where: { councilId } });
  return { yearsAfterClosure: row?.yearsAfterClosure ?? DEFAULT_YEARS_AFTER_CLOSURE, lookedAfterUntilAge: row?.lookedAfterUntilAge ?? null };
}

async function countsByCase(tx: CouncilTransaction, councilId: string, caseIds: string[]): Promise<Map<string, PersonalDataCounts>> {
  const where = { councilId, caseId: { in: caseIds } };
  const [people, narratives, contacts, documents] = await Promise.all([
    tx.casePerson.groupBy({ by: ["caseId"], where, _count: { _all: true } }),
    tx.caseNarrative.groupBy({ by: ["caseId"], where, _count: { _all: true } }),
    tx.caseContact.groupBy({ by: ["caseId"], where, _count: { _all: true } }),
    tx.caseDocument.groupBy({ by: ["caseId"], where, _count: { _all: true } }),
  ]);
  const counts = new Map<string, PersonalDataCounts>();
  const add = (rows: Array<{ caseId: string; _count: { _all: number } }>, key: keyof PersonalDataCounts) => {
    for (const r of rows) {
      const entry = counts.get(r.caseId) ?? { people: 0, narratives: 0, contacts: 0, documents: 0 };
      entry[key] = r._count._all;
      counts.set(r.caseId, entry);
    }
  };
  add(people, "people");
  add(narratives, "narratives");
  add(contacts, "contacts");
  add(documents, "documents");
  return counts;
}

/**
 * The dry run: every closed case whose personal data is past its retention date on `today` and still held,
 * with what would go (rows by table) and whether a legal hold stops it. Facts are never listed: they stay.
 */
export async function planRetentionIn(tx: CouncilTransaction, councilId: string, today: IsoDate): Promise<RetentionCandidate[]> {
  const policy = await retentionPolicyOf(tx, councilId);
  // No case closed on or after this day can be due under any rule (each keeps at least yearsAfterClosure).
  const closedBefore = addYears(today, -policy.yearsAfterClosure);
  const cases = await tx.case.findMany({
    where: { councilId, closedOn: { not: null, lt: day(closedBefore) }, erasure: null },
    select: {
      id: true,
      reference: true,
      closedOn: true,
      legalHold: { select: { releasedAt: true } },
      teams: { select: { serviceArea: true } },
      persons: { where: { role: "child", dateOfBirth: { not: null } }, select: { dateOfBirth: true }, take: 1 },
    },
    orderBy: [{ closedOn: "asc" }, { reference: "asc" }],
  });
  if (cases.length === 0) return [];
  const counts = await countsByCase(
    tx,
    councilId,
    cases.map((c) => c.id),
  );
  const candidates: RetentionCandidate[] = [];
  for (const c of cases) {
    const held = counts.get(c.id);
    if (!held || !c.closedOn) continue;
    const lookedAfter = c.teams.some((t) => (LOOKED_AFTER_SERVICE_AREAS as readonly string[]).includes(t.serviceArea));
    const bornOn = c.persons[0]?.dateOfBirth ? iso(c.persons[0].dateOfBirth) : null;
    const { until, rule } = retainUntil(policy, iso(c.closedOn), lookedAfter, bornOn);
    if (until >= today) continue;
    candidates.push({
      caseId: c.id,
      reference: c.reference,
      closedOn: iso(c.closedOn),
      retainUntil: until,
      rule,
      onLegalHold: !!c.legalHold && c.legalHold.releasedAt === null,
      counts: held,
    });
  }
  return candidates;
}

export function planRetention(root: PrismaClient, councilId: string, today: IsoDate): Promise<RetentionCandidate[]> {
  return withCouncil(root, councilId, (tx) => planRetentionIn(tx, councilId, today), { timeout: 60_000 });
}

interface RetentionRun {
  erased: RetentionCandidate[];
  held: RetentionCandidate[];
}

/**
 * Erases the personal data past its date (people and their contact details, narrative and notes, the contact
 * log, documents) case by case, each in its own transaction with its audit record (action retention.erase,
 * counts only) and a case_erasure row; keeps every fact (codes, dates, stages, clocks, outcomes, events) so
 * every report reproduces. Cases on legal hold are left alone. Documents in an S3-compatible `store` are deleted
 * from it in the same step.
 */
export async function runRetention(
  root: PrismaClient,
  councilId: string,
  today: IsoDate,
  store: DocumentStore = postgresDocumentStore,
): Promise<RetentionRun> {
  const candidates = await planRetention(root, councilId, today);
  const run: RetentionRun = { erased: [], held: [] };
  for (const candidate of candidates) {
    if (candidate.onLegalHold) {
      run.held.push(candidate);
      continue;
    }
    const done = await withCouncil(root, councilId, async (tx) => {
      const hold = await tx.caseLegalHold.findUnique({ where: { councilId_caseId: { councilId, caseId: candidate.caseId } } });
      if (hold && hold.releasedAt === null) return false;
      const where = { councilId, caseId: candidate.caseId };
      // Documents kept outside PostgreSQL (an S3-compatible store) are deleted there first: a failure rolls the erasure back.
      await store.remove(await tx.caseDocument.findMany({ where, select: { councilId: true, id: true, storage: true, storageKey: true } }));
      const [people, narratives, contacts, documents] = [
        (await tx.casePerson.deleteMany({ where })).count,
        (await tx.caseNarrative.deleteMany({ where })).count,
        (await tx.caseContact.deleteMany({ where })).count,
        (await tx.caseDocument.deleteMany({ where })).count,
      ];
      const counts = { people, narratives, contacts, documents };
      await tx.caseErasure.create({ data: { councilId, caseId: candidate.caseId, retainUntil: day(candidate.retainUntil), counts } });
      await tx.auditLog.create({
        data: {
          councilId,
          actorId: null,
          actorRole: "system",
          action: "retention.erase",
          caseId: candidate.caseId,
          requestId: null,
          detail: { ...counts, rule: candidate.rule, retainUntil: candidate.retainUntil, closedOn: candidate.closedOn },
        },
      });
      return true;
    });
    (done ? run.erased : run.held).push(candidate);
  }
  return run;
}
