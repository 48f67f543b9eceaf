import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import type { CouncilPrisma } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "../services/audit";
import { councilScope } from "../services/council-scope";
import { checkWording } from "./check-wording";
import type { LetterWording } from "./defaults";
import { DEFAULT_WORDING } from "./defaults";
import type { LetterKind } from "./kinds";
import { LETTER_KINDS } from "./kinds";

/** A council's current wording of one letter: its highest saved version, or the platform's default (version 0). */
export interface LetterTemplateShape extends LetterWording {
  kind: LetterKind;
  version: number;
  savedAt: Date | null;
}

/** The wording of one letter in use in the council. */
export async function currentTemplate(prisma: CouncilPrisma, councilId: string, kind: LetterKind): Promise<LetterTemplateShape> {
  const row = await prisma.letterTemplate.findFirst({ where: { councilId, kind }, orderBy: { version: "desc" } });
  return row
    ? { kind, version: row.version, subject: row.subject, body: row.body, savedAt: row.savedAt }
    : { kind, version: 0, ...DEFAULT_WORDING[kind], savedAt: null };
}

/** Every letter's wording in use in the council, in the procedure's order. */
export async function currentTemplates(prisma: CouncilPrisma, councilId: string): Promise<LetterTemplateShape[]> {
  const rows = await prisma.letterTemplate.findMany({ where: { councilId }, orderBy: { version: "desc" } });
  return LETTER_KINDS.map((kind) => {
    const row = rows.find((r) => r.kind === kind);
    return row
      ? { kind, version: row.version, subject: row.subject, body: row.body, savedAt: row.savedAt }
      : { kind, version: 0, ...DEFAULT_WORDING[kind], savedAt: null };
  });
}

/** The first problem with a wording as BAD_USER_INPUT naming the field, or nothing. */
export function assertWording(kind: LetterKind, wording: LetterWording, path: ReadonlyArray<string>): void {
  const [problem] = checkWording(kind, wording);
  if (problem) throw badInput([...path, problem.field], problem.message);
}

/** Saves a new version of a letter's wording after checking its merge fields and statutory blocks; audited. */
export async function saveTemplate(context: GatewayContext, kind: LetterKind, wording: LetterWording): Promise<LetterTemplateShape> {
  assertWording(kind, wording, ["input"]);
  const { councilId, viewer } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const latest = await tx.letterTemplate.findFirst({ where: { councilId, kind }, orderBy: { version: "desc" }, select: { version: true } });
    const version = (latest?.version ?? 0) + 1;
    const row = await tx.letterTemplate.create({
      data: { councilId, kind, version, subject: wording.subject, body: wording.body, savedBy: viewer.userId },
    });
    await writeAudit(tx, context, { action: "saveLetterTemplate", detail: { kind, version } });
    return { kind, version, subject: row.subject, body: row.body, savedAt: row.savedAt };
  });
}
