import { APP_ROLE, PLATFORM_ROLE, type PrismaClient } from "@csc/db";
import type { GatewayContext } from "../context";
import { withPlatform, type CouncilTransaction } from "../db/client";
import { conflict, forbidden } from "../errors/gateway-error";
import { STARTER_SERVICE_AREAS, STARTER_VOCABULARIES, starterLabel, starterProcedureSettings } from "../onboarding/council-starter";
import type { VocabularyKind } from "./configure-inputs";
import { refuseClash } from "./configure-clash";

interface CreateCouncilInput {
  id: string;
  name: string;
  onsCode?: string | null;
}

/** A vocabulary the new council starts with: its kind, version and entry codes (the canonical values). */
export interface StarterVocabulary {
  kind: VocabularyKind;
  version: number;
  effectiveFrom: string;
  codes: string[];
}

/** What createCouncil made, read back inside the same transaction (no council sign-in needed to see it). */
export interface CreatedCouncil {
  id: string;
  name: string;
  onsCode: string | null;
  settings: unknown;
  serviceAreas: string[];
  vocabularies: StarterVocabulary[];
}

const STARTS_ON = "2000-01-01";
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function already(existing: { id: string; name: string; onsCode: string | null }, input: CreateCouncilInput): string {
  const sameCode = input.onsCode && existing.onsCode === input.onsCode;
  const named = sameCode ? `ONS code ${input.onsCode}` : `id "${input.id}"`;
  const other = sameCode ? `id "${existing.id}"` : existing.onsCode ? `ONS code ${existing.onsCode}` : "no ONS code";
  return `A council with ${named} already exists (${existing.name}, ${other}): it was created in full earlier and nothing was changed`;
}

async function createStarterRows(tx: CouncilTransaction, councilId: string): Promise<Pick<CreatedCouncil, "serviceAreas" | "vocabularies">> {
  await tx.councilServiceArea.createMany({
    data: STARTER_SERVICE_AREAS.map((code) => ({ councilId, code, label: starterLabel(code), canonical: code, validFrom: day(STARTS_ON) })),
  });
  const vocabularies: StarterVocabulary[] = [];
  for (const [kind, values] of STARTER_VOCABULARIES) {
    const version = await tx.vocabularyVersion.create({ data: { councilId, kind, version: 1, effectiveFrom: day(STARTS_ON) }, select: { id: true } });
    await tx.vocabularyEntry.createMany({
      data: values.map((value, sortOrder) => ({
        councilId,
        versionId: version.id,
        code: value,
        label: starterLabel(value),
        canonical: value,
        sortOrder,
      })),
    });
    vocabularies.push({ kind, version: 1, effectiveFrom: STARTS_ON, codes: [...values] });
  }
  return { serviceAreas: [...STARTER_SERVICE_AREAS], vocabularies };
}

/**
 * The platform administrator creates a council: the council row with its ONS code and the children's statutory
 * procedure at statutory defaults, a service area per canonical service area and the canonical vocabularies as a
 * starting point, all in one transaction (a failure leaves nothing). A retry after success is refused with CONFLICT
 * naming the ONS code, never a second or half-made council. Platform table: written as the platform role, audited as "platform".
 */
export async function createCouncil(context: GatewayContext, input: CreateCouncilInput): Promise<CreatedCouncil> {
  const viewer = context.viewer;
  if (!viewer?.platformAdmin) throw forbidden("Only the platform administrator creates councils");
  const onsCode = input.onsCode ?? null;
  const root: PrismaClient = context.root;
  const existing = await withPlatform(root, (tx) =>
    tx.council.findFirst({
      where: { OR: [{ id: input.id }, ...(onsCode ? [{ onsCode }] : [])] },
      select: { id: true, name: true, onsCode: true },
    }),
  );
  if (existing) throw conflict(already(existing, input));
  const settings = starterProcedureSettings();
  const clash = `A council with id "${input.id}"${onsCode ? ` or ONS code ${onsCode}` : ""} was created at the same time; nothing was changed`;
  return refuseClash(clash, () =>
    withPlatform(root, async (tx) => {
      const council = await tx.council.create({ data: { id: input.id, name: input.name, onsCode, settings: settings as object } });
      // The starter rows are the council's own: written as the application role walled to the new council, in the
      // same transaction; then back to the platform role for the platform's audit record.
      await tx.$queryRaw`SELECT set_config('app.council_id', ${council.id}, true)`;
      await tx.$executeRawUnsafe(`SET LOCAL ROLE ${APP_ROLE}`);
      const starter = await createStarterRows(tx, council.id);
      await tx.$executeRawUnsafe(`SET LOCAL ROLE ${PLATFORM_ROLE}`);
      await tx.auditLog.create({
        data: {
          councilId: "platform",
          actorId: viewer.userId,
          actorRole: "platform_admin",
          action: "createCouncil",
          requestId: context.requestId,
          detail: { councilId: council.id, onsCode },
        },
      });
      return { id: council.id, name: council.name, onsCode: council.onsCode, settings: council.settings, ...starter };
    }),
  );
}
