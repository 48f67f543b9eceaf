import { builder } from "../builder";
import {
  CONTEXT_MEASURES,
  deleteContextFigure,
  listContextFigures,
  saveContextFigure,
  type ContextFigureView,
  type ContextMeasureName,
} from "../services/context-figures";
import { codedValues } from "./enum-values";

/**
 * Context figures per council and financial year (children aged 0–17, contacts, referrals …), entered by council
 * administrators with their source; compareCouncils gives rates per 10,000 children and per 1,000 contacts from them.
 */
const admin = { configureCouncil: true } as const;

const MEASURE_DESCRIPTIONS: Readonly<Record<ContextMeasureName, string>> = {
  contacts: "Contacts to children's social care in the year",
  referrals: "Referrals to children's social care in the year",
  assessments: "Assessments completed in the year",
  children_in_need: "Children in need at the year end",
  child_protection_plans: "Children on child protection plans at the year end",
  children_in_care: "Children in care (looked after) at the year end",
  children_aged_0_17: "Children aged 0–17 living in the area (e.g. ONS mid-year population estimate)",
};

const ContextMeasureEnum = builder.enumType("ContextMeasure", {
  description: "A context figure a council records per financial year",
  values: codedValues(
    Object.fromEntries(CONTEXT_MEASURES.map((m) => [m, { description: MEASURE_DESCRIPTIONS[m] }])) as Record<
      ContextMeasureName,
      { description: string }
    >,
  ),
});

const ContextFigureType = builder.objectRef<ContextFigureView>("ContextFigure").implement({
  description: "A context figure of the council for one financial year, with where it comes from",
  authScopes: admin,
  fields: (t) => ({
    financialYear: t.exposeInt("financialYear", { description: "The year the financial year starts (2024 = 2024/25)" }),
    measure: t.field({ type: ContextMeasureEnum, description: "What the figure counts", resolve: (f) => f.measure }),
    value: t.exposeInt("value", { description: "The figure" }),
    source: t.exposeString("source", { nullable: true, description: "Where it comes from; null for a figure from the council's adapter" }),
    enteredAt: t.field({ type: "DateTime", nullable: true, description: "When an administrator last entered it", resolve: (f) => f.enteredAt }),
  }),
});

builder.queryField("contextFigures", (t) =>
  t.field({
    type: [ContextFigureType],
    description: "Your council's context figures (council administrators), newest year first",
    authScopes: admin,
    args: { financialYear: t.arg.int({ required: false, description: "Only this financial year (2024 = 2024/25); every year when absent" }) },
    resolve: (_root, args, context) => listContextFigures(context, args.financialYear ?? null),
  }),
);

const SaveContextFigureInput = builder.inputType("SaveContextFigureInput", {
  description: "One context figure; entering the same measure and year again corrects it",
  fields: (t) => ({
    financialYear: t.int({ required: true, description: "The year the financial year starts (2024 = 2024/25), 2000 to 2100" }),
    measure: t.field({ type: ContextMeasureEnum, required: true, description: "What the figure counts" }),
    value: t.int({ required: true, description: "The figure, a whole number of 0 or more" }),
    source: t.string({ required: true, description: 'Where it comes from (3 to 300 characters), e.g. "ONS mid-year estimates 2024"' }),
  }),
});

builder.mutationField("saveContextFigure", (t) =>
  t.field({
    type: ContextFigureType,
    description: "Enter or correct a context figure (council administrators); comparisons label rates with its source",
    authScopes: admin,
    args: { input: t.arg({ type: SaveContextFigureInput, required: true, description: "The figure, its year and its source" }) },
    resolve: (_root, args, context) => saveContextFigure(context, args.input),
  }),
);

builder.mutationField("deleteContextFigure", (t) =>
  t.field({
    type: "Boolean",
    description: "Remove a context figure; true when there was one",
    authScopes: admin,
    args: {
      financialYear: t.arg.int({ required: true, description: "The year the financial year starts (2024 = 2024/25)" }),
      measure: t.arg({ type: ContextMeasureEnum, required: true, description: "What the figure counts" }),
    },
    resolve: (_root, args, context) => deleteContextFigure(context, args.financialYear, args.measure),
  }),
);
