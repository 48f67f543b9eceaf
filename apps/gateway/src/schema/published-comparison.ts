import { builder } from "../builder";
import { CELL_VERDICTS, comparePublishedFigures, type ComparedCell, type PublishedComparisonView } from "../services/published-comparison";

/** Published figures uploaded in the app, compared cell by cell with the report computed in the layout in force. */
const read = { readAggregates: true } as const;

const CellVerdictEnum = builder.enumType("PublishedCellVerdict", {
  description: "How a published figure compares with the computed one",
  values: {
    MATCHED: { value: CELL_VERDICTS[0], description: "The computed figure is the published one" },
    DIFFERS: { value: CELL_VERDICTS[1], description: "The report has the cell but computes a different figure" },
    MISSING: { value: CELL_VERDICTS[2], description: "The report has no such table, row or column" },
    EXCEPTED: { value: CELL_VERDICTS[3], description: "A cell the council's plugin lists as not reproducible, with its reason" },
  },
});

const ComparedCellType = builder.objectRef<ComparedCell>("PublishedCellComparison").implement({
  description: "One published figure beside the computed one",
  authScopes: read,
  fields: (t) => ({
    section: t.exposeString("section", { description: "Where the council printed it (its section, paragraph or table)" }),
    table: t.exposeString("table", { description: "The layout's table id" }),
    row: t.exposeString("row", { description: "The row label" }),
    column: t.exposeString("column", { description: "The column label" }),
    published: t.exposeString("published", { description: "The figure the council published" }),
    computed: t.exposeString("computed", { nullable: true, description: "The figure computed from the records (none when missing or empty)" }),
    verdict: t.field({ type: CellVerdictEnum, description: "Matched, differs, missing or excepted", resolve: (c) => c.verdict }),
    detail: t.exposeString("detail", { nullable: true, description: "Why it does not match, or the exception's reason" }),
  }),
});

const PublishedComparisonType = builder.objectRef<PublishedComparisonView>("PublishedComparison").implement({
  description: "Published figures compared cell by cell with the report computed from the council's records",
  authScopes: read,
  fields: (t) => ({
    financialYear: t.exposeInt("financialYear", { description: "The year the financial year starts (2021 = 2021/22)" }),
    matched: t.exposeInt("matched", { description: "How many cells match" }),
    differs: t.exposeInt("differs", { description: "How many cells the report computes differently" }),
    missing: t.exposeInt("missing", { description: "How many cells the report does not have" }),
    excepted: t.exposeInt("excepted", { description: "How many cells are listed exceptions" }),
    cells: t.field({ type: [ComparedCellType], description: "Every cell in the order uploaded", resolve: (c) => c.cells }),
  }),
});

builder.queryField("publishedFiguresComparison", (t) =>
  t.field({
    type: PublishedComparisonType,
    description: "Compare figures your council published for a year with the report computed from its records, cell by cell (nothing is stored)",
    authScopes: read,
    args: {
      financialYear: t.arg.int({ required: true, description: "The year the financial year starts (2021 = 2021/22)" }),
      figures: t.arg.string({
        required: true,
        description: "CSV with columns table, row, column, value (section optional), or the JSON of a plugin's published/<year>.json",
      }),
    },
    resolve: (_root, args, context) => comparePublishedFigures(context, args.financialYear, args.figures),
  }),
);
