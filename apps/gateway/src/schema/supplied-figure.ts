import { builder } from "../builder";
import { deleteSuppliedFigure, listSuppliedFigures, saveSuppliedFigure, type SuppliedFigureView } from "../services/supplied-figures";

/**
 * Supplied figures: figures the council takes from elsewhere (the Ombudsman's published upheld rate, its annual
 * letter) and prints in its report labelled "Supplied: <source>", kept apart from the figures computed from its
 * records. Council administrators enter them per financial year; a layout shows one with a supplied cell.
 */
const admin = { configureCouncil: true } as const;

const SuppliedFigureType = builder.objectRef<SuppliedFigureView>("SuppliedFigure").implement({
  description: "A figure the council takes from elsewhere, for one financial year, with its source",
  authScopes: admin,
  fields: (t) => ({
    financialYear: t.exposeInt("financialYear", { description: "The year the financial year starts (2015 = 2015/16)" }),
    key: t.exposeString("key", { description: 'What the figure is, as the report layout names it, e.g. "lgsco-upheld-rate"' }),
    value: t.exposeFloat("value", { description: "The figure as published at its source (a percentage as 0–100)" }),
    source: t.exposeString("source", { description: 'Where it comes from; reports print "Supplied: <source>" beside it' }),
    enteredAt: t.field({ type: "DateTime", description: "When it was last entered or corrected", resolve: (f) => f.enteredAt }),
  }),
});

builder.queryField("suppliedFigures", (t) =>
  t.field({
    type: [SuppliedFigureType],
    description: "The figures your council's administrators entered as taken from elsewhere (council administrators)",
    authScopes: admin,
    args: { financialYear: t.arg.int({ required: false, description: "Only this financial year (2015 = 2015/16); every year when absent" }) },
    resolve: (_root, args, context) => listSuppliedFigures(context, args.financialYear ?? null),
  }),
);

const SaveSuppliedFigureInput = builder.inputType("SaveSuppliedFigureInput", {
  description: "One figure taken from elsewhere; entering the same key and year again corrects it",
  fields: (t) => ({
    financialYear: t.int({ required: true, description: "The year the financial year starts (2015 = 2015/16), 2000 to 2100" }),
    key: t.string({ required: true, description: 'Lower-case words joined by hyphens, as the report layout names it, e.g. "lgsco-upheld-rate"' }),
    value: t.float({ required: true, description: "The figure as published at its source (a percentage as 0–100)" }),
    source: t.string({ required: true, description: "Where the figure comes from (3 to 300 characters), printed beside it" }),
  }),
});

builder.mutationField("saveSuppliedFigure", (t) =>
  t.field({
    type: SuppliedFigureType,
    description: "Enter or correct a figure taken from elsewhere; reports print it labelled with its source (council administrators)",
    authScopes: admin,
    args: { input: t.arg({ type: SaveSuppliedFigureInput, required: true, description: "The figure, its year and its source" }) },
    resolve: (_root, args, context) => saveSuppliedFigure(context, args.input),
  }),
);

builder.mutationField("deleteSuppliedFigure", (t) =>
  t.field({
    type: "Boolean",
    description: "Remove an entered figure (the council's own configured figure, if any, applies again); true when there was one",
    authScopes: admin,
    args: {
      financialYear: t.arg.int({ required: true, description: "The year the financial year starts (2015 = 2015/16)" }),
      key: t.arg.string({ required: true, description: 'The figure\'s key, e.g. "lgsco-upheld-rate"' }),
    },
    resolve: (_root, args, context) => deleteSuppliedFigure(context, args.financialYear, args.key),
  }),
);
