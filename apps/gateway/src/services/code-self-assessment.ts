import { CODE_SECTIONS, type CodeCompliance, type CodeSectionId } from "@csc/rules";
import type { GatewayContext } from "../context";
import { withCouncil, withPlatform, type CouncilTransaction } from "../db/client";
import { conflict } from "../errors/gateway-error";
import type { SaveCodeSelfAssessmentInput as SaveInputType } from "../schema/code-self-assessment";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";

/** The saved section: the GraphQL input with its section as the Code names it. */
type SaveCodeSelfAssessmentInput = Omit<typeof SaveInputType.$inferInput, "section"> & { sectionId: CodeSectionId };

/**
 * The council's annual self-assessment against the LGSCO Complaint Handling Code: per financial year and Code
 * section (@csc/rules CODE_SECTIONS), compliance (yes, partly, no), evidence and actions. Each save says which
 * version it read (none for a section's first assessment that year); someone else's save in between answers
 * CONFLICT. Audited with the year, section and compliance, never the words.
 */
export interface CodeSectionAssessment {
  financialYear: number;
  sectionId: CodeSectionId;
  number: number;
  heading: string;
  compliance: CodeCompliance | null;
  evidence: string | null;
  actions: string | null;
  version: number | null;
  updatedByName: string | null;
  updatedAt: Date | null;
}

type SelfAssessmentReader = Pick<CouncilTransaction, "codeSelfAssessment">;

/** Every section of the Code in its order, with the council's assessment for the year where it has one. */
export async function selfAssessmentOf(db: SelfAssessmentReader, councilId: string, financialYear: number): Promise<CodeSectionAssessment[]> {
  const rows = await db.codeSelfAssessment.findMany({ where: { councilId, financialYear } });
  const byId = new Map(rows.map((r) => [r.sectionId, r]));
  return CODE_SECTIONS.map((section) => {
    const row = byId.get(section.id);
    return {
      financialYear,
      sectionId: section.id,
      number: section.number,
      heading: section.heading,
      compliance: (row?.compliance as CodeCompliance | undefined) ?? null,
      evidence: row?.evidence ?? null,
      actions: row?.actions ?? null,
      version: row?.version ?? null,
      updatedByName: row?.updatedByName ?? null,
      updatedAt: row?.updatedAt ?? null,
    };
  });
}

export async function readSelfAssessment(context: GatewayContext, financialYear: number): Promise<CodeSectionAssessment[]> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, (tx) => selfAssessmentOf(tx, councilId, financialYear));
}

export async function saveSelfAssessment(context: GatewayContext, input: SaveCodeSelfAssessmentInput): Promise<CodeSectionAssessment> {
  const { councilId, viewer } = councilScope(context);
  const user = await withPlatform(context.root, (tx) => tx.user.findUnique({ where: { id: viewer.userId }, select: { displayName: true } }));
  const data = {
    compliance: input.compliance,
    evidence: input.evidence.trim(),
    actions: input.actions?.trim() || null,
    updatedBy: viewer.userId,
    updatedByName: user?.displayName ?? "Unknown",
    updatedAt: new Date(),
  };
  return withCouncil(context.root, councilId, async (tx) => {
    const key = { councilId, financialYear: input.financialYear, sectionId: input.sectionId };
    const stale = () => conflict("Someone else saved this section after you read it; reload it and make your change again");
    if (input.version == null) {
      const existing = await tx.codeSelfAssessment.findUnique({ where: { councilId_financialYear_sectionId: key } });
      if (existing) throw stale();
      await tx.codeSelfAssessment.create({ data: { ...key, ...data } });
    } else {
      const { count } = await tx.codeSelfAssessment.updateMany({
        where: { ...key, version: input.version },
        data: { ...data, version: { increment: 1 } },
      });
      if (count === 0) throw stale();
    }
    await writeAudit(tx, context, {
      action: "saveCodeSelfAssessment",
      detail: { financialYear: input.financialYear, sectionId: input.sectionId, compliance: input.compliance },
    });
    const all = await selfAssessmentOf(tx, councilId, input.financialYear);
    const saved = all.find((s) => s.sectionId === input.sectionId);
    if (!saved) throw new Error("a section just saved is not found");
    return saved;
  });
}
