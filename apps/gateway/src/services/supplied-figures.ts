import { suppliedFigureSchema, type SuppliedFigure } from "@csc/council-kit";
import type { GatewayContext } from "../context";
import { withCouncil, type CouncilTransaction } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";

/**
 * Supplied figures a council administrator enters: figures the council takes from elsewhere (the Ombudsman's
 * upheld rate from its annual letter), per financial year with their source. Reports print them labelled
 * "Supplied: <source>", in place of the council adapter's own figure of the same key and year.
 */
export interface SuppliedFigureView {
  financialYear: number;
  key: string;
  value: number;
  source: string;
  enteredAt: Date;
}

interface SaveSuppliedFigureInput {
  financialYear: number;
  key: string;
  value: number;
  source: string;
}

export type SuppliedFiguresReader = Pick<CouncilTransaction, "suppliedFigure">;

/** The figures entered for a council (every year, or one), as council-kit's `SuppliedFigure`s for buildReport. */
export async function enteredSuppliedFigures(db: SuppliedFiguresReader, councilId: string, financialYear?: number): Promise<SuppliedFigure[]> {
  const rows = await db.suppliedFigure.findMany({
    where: { councilId, ...(financialYear !== undefined ? { financialYear } : {}) },
    orderBy: [{ financialYear: "asc" }, { key: "asc" }],
  });
  return rows.map((r) => ({ year: r.financialYear, key: r.key, value: r.value, source: r.source }));
}

export async function listSuppliedFigures(context: GatewayContext, financialYear: number | null): Promise<SuppliedFigureView[]> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, (tx) =>
    tx.suppliedFigure.findMany({
      where: { councilId, ...(financialYear !== null ? { financialYear } : {}) },
      orderBy: [{ financialYear: "asc" }, { key: "asc" }],
      select: { financialYear: true, key: true, value: true, source: true, enteredAt: true },
    }),
  );
}

function checked(input: SaveSuppliedFigureInput): SuppliedFigure {
  const parsed = suppliedFigureSchema.safeParse({ year: input.financialYear, key: input.key, value: input.value, source: input.source });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path[0] === "year" ? "financialYear" : String(issue?.path[0] ?? "input");
    throw badInput(["input", field], issue?.message ?? "is not valid");
  }
  return parsed.data;
}

/** Enters (or corrects) one supplied figure of the viewer's council; audited with its key and year, never its value. */
export async function saveSuppliedFigure(context: GatewayContext, input: SaveSuppliedFigureInput): Promise<SuppliedFigureView> {
  const { councilId, viewer } = councilScope(context);
  const figure = checked(input);
  return withCouncil(context.root, councilId, async (tx) => {
    const data = { value: figure.value, source: figure.source, enteredBy: viewer.userId ?? null, enteredAt: new Date() };
    const saved = await tx.suppliedFigure.upsert({
      where: { councilId_financialYear_key: { councilId, financialYear: figure.year, key: figure.key } },
      create: { councilId, financialYear: figure.year, key: figure.key, ...data },
      update: data,
      select: { financialYear: true, key: true, value: true, source: true, enteredAt: true },
    });
    await writeAudit(tx, context, { action: "saveSuppliedFigure", detail: { key: figure.key, financialYear: figure.year } });
    return saved;
  });
}

/** Removes one entered figure (the adapter's own, if any, applies again). True when there was one. */
export async function deleteSuppliedFigure(context: GatewayContext, financialYear: number, key: string): Promise<boolean> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const { count } = await tx.suppliedFigure.deleteMany({ where: { councilId, financialYear, key } });
    await writeAudit(tx, context, { action: "deleteSuppliedFigure", detail: { key, financialYear } });
    return count > 0;
  });
}
