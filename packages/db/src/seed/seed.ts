import { deriveCase, workingDaysBetween, type Outcome, type ProcedureSettingsInput, dateFromIso } from "@csc/rules";
import type { PrismaClient } from "../../generated/prisma/client";
import { hashPassword } from "../passwords";
import { derivedRows } from "../derived-state";
import { rebuildCountedUnits } from "../units/store-counted-units";
import { DEMO_AS_OF, demoCases } from "./demo-cases";
import { DEMO_COUNCILS, DEMO_PLATFORM_ADMIN } from "./demo-councils";
import { parseCouncilDefinition, type CouncilDefinition, type CouncilDefinitionInput } from "./definition";

export type SeedSignIn = { email: string; password: string; councilId: string | null; roles: string[] };
export type SeedSummary = {
  /** Councils created now; councils that already existed are left exactly as they are. */
  created: string[];
  skipped: string[];
  /** Demo sign-ins (demo only: known passwords) for the start command to print. */
  signIns: SeedSignIn[];
};

export type SeedOptions = {
  /** Council definitions to seed (default: demo-north and demo-south). */
  councils?: CouncilDefinitionInput[];
  /** Add the demo cases to each new council (default true). */
  cases?: boolean;
};

const day = dateFromIso;

/**
 * Seeds the platform administrator and each council that does not exist yet: service areas, effective-dated
 * teams, versioned vocabularies mapped to canonical values, users with roles, and (demo) cases with their
 * event logs and derived state. Runs as the database owner (platform level), one transaction per council.
 */
export async function seedDemo(prisma: PrismaClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const definitions = (options.councils ?? DEMO_COUNCILS).map(parseCouncilDefinition);
  const hashes = new Map<string, Promise<string>>();
  // Demo users share one password: hash it once per seed run.
  const hashOf = (password: string) => {
    if (!hashes.has(password)) hashes.set(password, hashPassword(password));
    return hashes.get(password) as Promise<string>;
  };

  await prisma.user.upsert({
    where: { email: DEMO_PLATFORM_ADMIN.email },
    update: {},
    create: {
      email: DEMO_PLATFORM_ADMIN.email,
      displayName: DEMO_PLATFORM_ADMIN.displayName,
      passwordHash: await hashOf(DEMO_PLATFORM_ADMIN.password),
      isPlatformAdmin: true,
    },
  });
  const summary: SeedSummary = {
    created: [],
    skipped: [],
    signIns: [{ email: DEMO_PLATFORM_ADMIN.email, password: DEMO_PLATFORM_ADMIN.password, councilId: null, roles: ["platform_admin"] }],
  };

  for (const council of definitions) {
    for (const user of council.users) {
      summary.signIns.push({ email: user.email, password: user.password, councilId: council.id, roles: user.roles });
    }
    if (await prisma.council.findUnique({ where: { id: council.id } })) {
      summary.skipped.push(council.id);
      continue;
    }
    const passwordHashes = new Map(await Promise.all(council.users.map(async (u) => [u.email, await hashOf(u.password)] as const)));
    await prisma.$transaction(async (tx) => seedCouncil(tx as unknown as PrismaClient, council, passwordHashes, options.cases ?? true), {
      timeout: 60_000,
    });
    summary.created.push(council.id);
  }
  return summary;
}

async function seedCouncil(tx: PrismaClient, council: CouncilDefinition, passwordHashes: Map<string, string>, withCases: boolean): Promise<void> {
  const councilId = council.id;
  await tx.council.create({ data: { id: councilId, name: council.name, settings: council.settings as object } });

  const areaIds = new Map<string, string>();
  for (const area of council.serviceAreas) {
    const row = await tx.councilServiceArea.create({
      data: { councilId, code: area.code, label: area.label, canonical: area.canonical, validFrom: day("2000-01-01") },
    });
    areaIds.set(area.code, row.id);
  }
  const teamIds = new Map<string, string>();
  for (const team of council.teams) {
    const serviceAreaId = areaIds.get(team.serviceArea);
    if (!serviceAreaId) throw new Error(`council ${councilId}: team ${team.code} names an unknown service area "${team.serviceArea}"`);
    const predecessorId = team.predecessor ? teamIds.get(team.predecessor) : undefined;
    if (team.predecessor && !predecessorId) {
      throw new Error(`council ${councilId}: team ${team.code} names predecessor "${team.predecessor}", which must be listed before it`);
    }
    const row = await tx.team.create({
      data: {
        councilId,
        code: team.code,
        name: team.name,
        serviceAreaId,
        predecessorId,
        validFrom: day(team.validFrom),
        validTo: team.validTo ? day(team.validTo) : null,
      },
    });
    teamIds.set(team.code, row.id);
  }

  const entryIds = new Map<string, string>();
  for (const vocabulary of council.vocabularies) {
    const version = await tx.vocabularyVersion.create({
      data: { councilId, kind: vocabulary.kind, version: vocabulary.version, effectiveFrom: day(vocabulary.effectiveFrom) },
    });
    for (const [i, entry] of vocabulary.entries.entries()) {
      const row = await tx.vocabularyEntry.create({
        data: {
          councilId,
          versionId: version.id,
          code: entry.code,
          label: entry.label,
          canonical: entry.canonical,
          parentCode: entry.parent ?? null,
          sortOrder: i,
        },
      });
      entryIds.set(`${vocabulary.kind}:${entry.code}`, row.id);
    }
  }

  const userIds = new Map<string, string>();
  for (const user of council.users) {
    const row = await tx.user.upsert({
      where: { email: user.email },
      update: {},
      create: { email: user.email, displayName: user.displayName, passwordHash: passwordHashes.get(user.email) ?? null },
    });
    userIds.set(user.email, row.id);
    await tx.userCouncilRole.createMany({
      data: user.roles.map((role) => ({ councilId, userId: row.id, role })),
      skipDuplicates: true,
    });
  }

  if (!withCases) return;
  const lookup = <T>(map: Map<string, T>, key: string, what: string): T => {
    const value = map.get(key);
    if (value === undefined) throw new Error(`council ${councilId}: demo cases need ${what} "${key}", which the definition lacks`);
    return value;
  };
  const officerId = [...userIds.values()][0] ?? null;
  const prefix = councilId
    .split("-")
    .map((p) => p[0]?.toUpperCase() ?? "")
    .join("");
  const cases = demoCases(prefix, {
    teamId: (code) => lookup(teamIds, code, "team"),
    entryId: (kind, code) => lookup(entryIds, `${kind}:${code}`, "vocabulary entry"),
  });
  const outcomeLabels = new Map<string, string>();
  for (const entry of council.vocabularies.find((v) => v.kind === "outcome")?.entries ?? []) {
    if (!outcomeLabels.has(entry.canonical)) outcomeLabels.set(entry.canonical, entry.code);
  }
  const localOutcome = (outcome: Outcome | null) => (outcome ? (outcomeLabels.get(outcome) ?? null) : null);
  for (const demo of cases) {
    // What the rules engine derives from the events is what the database stores (as the gateway does).
    const derived = deriveCase(demo.events, { asOf: DEMO_AS_OF, procedure: council.settings as ProcedureSettingsInput, kind: demo.data.kind });
    const rows = derivedRows(derived, demo.data.kind, localOutcome);
    const created = await tx.case.create({
      data: { ...demo.data, ...rows.caseColumns, status: derived.status, councilId, reference: demo.reference, officerId },
    });
    const caseId = created.id;
    await tx.caseEvent.createMany({
      data: derived.events.map((event, i) => ({
        councilId,
        caseId,
        seq: i + 1,
        type: event.type,
        on: day(event.on),
        payload: event as object,
        actorId: officerId,
        actorRole: "complaints_officer",
      })),
    });
    await tx.caseStage.createMany({ data: rows.stages.map((s) => ({ ...s, councilId, caseId })) });
    await tx.caseClock.createMany({ data: rows.clocks.map((c) => ({ ...c, councilId, caseId })) });
    await tx.caseTeam.createMany({
      data: demo.teams.map((t) => ({ councilId, caseId, teamId: lookup(teamIds, t.code, "team"), teamCode: t.code, serviceArea: t.serviceArea })),
    });
    const pointIds = new Map<string, string>();
    for (const [i, point] of demo.points.entries()) {
      const row = await tx.pointOfComplaint.create({
        data: {
          councilId,
          caseId,
          pointRef: point.ref,
          seq: i + 1,
          theme: point.theme,
          categoryCode: point.category,
          reasonCode: point.reason,
          reasonEntryId: lookup(entryIds, `reason_taxonomy:${point.reason ?? point.category}`, "reason"),
        },
      });
      pointIds.set(point.ref, row.id);
    }
    await tx.pointOutcome.createMany({
      data: rows.pointOutcomes.map((o) => ({
        councilId,
        pointId: lookup(pointIds, o.pointRef, "point"),
        stage: o.stage,
        outcome: o.outcome,
        localOutcome: o.localOutcome,
      })),
    });
    if (rows.reviewPanel) await tx.reviewPanel.create({ data: { ...rows.reviewPanel, councilId, caseId } });
    await tx.caseNarrative.create({ data: { councilId, caseId, kind: "summary", text: demo.narrative, authorId: officerId } });
    await tx.casePerson.create({ data: { councilId, caseId, role: "complainant", name: "Demo Person", email: "demo.person@example.invalid" } });
    if (demo.data.kind === "compliment") {
      await tx.complimentDetail.create({ data: { councilId, caseId, causeCode: "support", publishable: true } });
    }
    if (demo.data.kind === "member_enquiry") {
      const received = "2026-02-10";
      const responded = "2026-02-17";
      await tx.memberEnquiryDetail.create({
        data: {
          councilId,
          caseId,
          memberType: "councillor",
          respondedOn: day(responded),
          workingDaysTaken: workingDaysBetween(received, responded),
        },
      });
    }
  }
  // Each case's counted units, from the rows just stored (as the gateway stores them with every case).
  await rebuildCountedUnits(tx, councilId);
  await tx.contextFigure.createMany({
    data: [
      { councilId, financialYear: 2025, measure: "contacts", value: 12000 },
      { councilId, financialYear: 2025, measure: "children_in_care", value: 640 },
      { councilId, financialYear: 2025, measure: "child_protection_plans", value: 410 },
      { councilId, financialYear: 2025, measure: "children_in_need", value: 2900 },
      { councilId, financialYear: 2025, measure: "assessments", value: 5200 },
    ],
  });
}
