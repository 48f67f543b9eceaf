import { ContextMeasure } from "@csc/db";
import type { GatewayContext } from "../context";
import { withCouncil } from "../db/client";
import { badInput } from "../errors/gateway-error";
import { writeAudit } from "./audit";
import { councilScope } from "./council-scope";

/**
 * Context figures a council administrator enters per financial year (issue 11): the number of children aged 0–17
 * (e.g. ONS mid-year population estimates), contacts, referrals and the rest of `context_measure`, each with its
 * source. compareCouncils divides by them (complaints per 10,000 children, per 1,000 contacts) and labels the rate
 * with the figure's source. Entering the same measure and year again corrects it.
 */
export type ContextMeasureName = (typeof ContextMeasure)[keyof typeof ContextMeasure];
export const CONTEXT_MEASURES = Object.values(ContextMeasure) as ContextMeasureName[];

export interface ContextFigureView {
  financialYear: number;
  measure: ContextMeasureName;
  value: number;
  source: string | null;
  enteredAt: Date | null;
}

interface SaveContextFigureInput {
  financialYear: number;
  measure: ContextMeasureName;
  value: number;
  source: string;
}

/** What an entered figure may be: a year the platform holds dates for, a count, and a named source. */
const LIMITS = { firstYear: 2000, lastYear: 2100, maxValue: 100_000_000, source: { min: 3, max: 300 } } as const;

const SELECT = { financialYear: true, measure: true, value: true, source: true, enteredAt: true } as const;

export async function listContextFigures(context: GatewayContext, financialYear: number | null): Promise<ContextFigureView[]> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, (tx) =>
    tx.contextFigure.findMany({
      where: { councilId, ...(financialYear !== null ? { financialYear } : {}) },
      orderBy: [{ financialYear: "desc" }, { measure: "asc" }],
      select: SELECT,
    }),
  );
}

function checked(input: SaveContextFigureInput): SaveContextFigureInput {
  if (!Number.isInteger(input.financialYear) || input.financialYear < LIMITS.firstYear || input.financialYear > LIMITS.lastYear) {
    throw badInput(["input", "financialYear"], `must be the year a financial year starts, ${LIMITS.firstYear} to ${LIMITS.lastYear}`);
  }
  if (!Number.isInteger(input.value) || input.value < 0 || input.value > LIMITS.maxValue) {
    throw badInput(["input", "value"], `must be a whole number from 0 to ${LIMITS.maxValue}`);
  }
  const source = input.source.trim();
  if (source.length < LIMITS.source.min || source.length > LIMITS.source.max) {
    throw badInput(
      ["input", "source"],
      `must say where the figure comes from in ${LIMITS.source.min} to ${LIMITS.source.max} characters, e.g. "ONS mid-year estimates 2024"`,
    );
  }
  return { ...input, source };
}

/** Enters or corrects one context figure of the viewer's council; audited with its measure and year, not its value. */
export async function saveContextFigure(context: GatewayContext, input: SaveContextFigureInput): Promise<ContextFigureView> {
  const { councilId, viewer } = councilScope(context);
  const figure = checked(input);
  return withCouncil(context.root, councilId, async (tx) => {
    const data = { value: figure.value, source: figure.source, enteredBy: viewer.userId, enteredAt: new Date() };
    const saved = await tx.contextFigure.upsert({
      where: { councilId_financialYear_measure: { councilId, financialYear: figure.financialYear, measure: figure.measure } },
      create: { councilId, financialYear: figure.financialYear, measure: figure.measure, ...data },
      update: data,
      select: SELECT,
    });
    await writeAudit(tx, context, { action: "saveContextFigure", detail: { measure: figure.measure, financialYear: figure.financialYear } });
    return saved;
  });
}

/** Removes one context figure; true when there was one. */
export async function deleteContextFigure(context: GatewayContext, financialYear: number, measure: ContextMeasureName): Promise<boolean> {
  const { councilId } = councilScope(context);
  return withCouncil(context.root, councilId, async (tx) => {
    const removed = await tx.contextFigure.deleteMany({ where: { councilId, financialYear, measure } });
    if (removed.count > 0) await writeAudit(tx, context, { action: "deleteContextFigure", detail: { measure, financialYear } });
    return removed.count > 0;
  });
}
