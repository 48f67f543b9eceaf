import type { LayoutProblem } from "@csc/council-kit";
import { builder } from "../builder";
import { LAYOUT_SOURCES } from "../reports/layout-in-force";
import {
  readReportLayout,
  saveReportLayout,
  type ReportLayoutVersionView,
  type ReportLayoutView,
  type SaveReportLayoutResult,
} from "../services/report-layouts";

/**
 * A council's report layout as data (issue 12): the layout in force and its stored versions, and saving a new
 * version (council administrators), refused with every problem named by its JSON path.
 */
const read = { readAggregates: true } as const;

const ReportLayoutSourceEnum = builder.enumType("ReportLayoutSource", {
  description: "Where the report layout in force comes from",
  values: {
    STORED: { value: LAYOUT_SOURCES[0], description: "The latest version the council saved" },
    PACKAGED: { value: LAYOUT_SOURCES[1], description: "The layout packaged with the council's plugin (no version saved yet)" },
    STANDARD: { value: LAYOUT_SOURCES[2], description: "The platform's standard layout (the council has neither saved nor packaged one)" },
  },
});

const ReportLayoutVersionType = builder.objectRef<ReportLayoutVersionView>("ReportLayoutVersion").implement({
  description: "One saved version of the council's report layout",
  authScopes: read,
  fields: (t) => ({
    version: t.exposeInt("version", { description: "1 for the first layout saved, then one more for each save" }),
    json: t.field({ type: "JSON", description: "The layout (council-kit's layout schema)", resolve: (v) => v.json }),
    note: t.exposeString("note", { nullable: true, description: "What changed, in the saver's words" }),
    savedByName: t.exposeString("savedByName", { description: "Who saved it" }),
    savedAt: t.field({ type: "DateTime", description: "When it was saved", resolve: (v) => v.savedAt }),
  }),
});

const ReportLayoutType = builder.objectRef<ReportLayoutView>("ReportLayout").implement({
  description: "Your council's report layout in force and the versions it saved",
  authScopes: read,
  fields: (t) => ({
    source: t.field({ type: ReportLayoutSourceEnum, description: "Stored, packaged or standard", resolve: (l) => l.source }),
    version: t.exposeInt("version", { nullable: true, description: "The stored version in force (none for a packaged or the standard layout)" }),
    json: t.field({ type: "JSON", description: "The layout in force (council-kit's layout schema)", resolve: (l) => l.json }),
    versions: t.field({ type: [ReportLayoutVersionType], description: "Every saved version, newest first", resolve: (l) => l.versions }),
  }),
});

const LayoutProblemType = builder.objectRef<LayoutProblem>("LayoutProblem").implement({
  description: "Why a layout was refused: where (its JSON path) and the rule it breaks",
  authScopes: read,
  fields: (t) => ({
    path: t.exposeString("path", { description: 'The JSON path from "layout", e.g. layout.sections[0].tables[1].rows[2].cells[0].measure.metric' }),
    message: t.exposeString("message", { description: "The rule it breaks" }),
  }),
});

const SaveReportLayoutPayload = builder.objectRef<SaveReportLayoutResult>("SaveReportLayoutPayload").implement({
  description: "The version saved, or every problem that stopped it",
  authScopes: read,
  fields: (t) => ({
    layout: t.field({ type: ReportLayoutVersionType, nullable: true, description: "The version saved (none when refused)", resolve: (p) => p.saved }),
    problems: t.field({ type: [LayoutProblemType], description: "Every problem, by JSON path (empty when saved)", resolve: (p) => [...p.problems] }),
  }),
});

builder.queryField("reportLayout", (t) =>
  t.field({
    type: ReportLayoutType,
    description: "Your council's report layout in force (stored, else its packaged default, else the standard layout) and its saved versions",
    authScopes: read,
    resolve: (_root, _args, context) => readReportLayout(context),
  }),
);

const SaveReportLayoutInput = builder.inputType("SaveReportLayoutInput", {
  description: "A report layout file to save as the council's next version",
  fields: (t) => ({
    layout: t.field({
      type: "JSON",
      required: true,
      description: "The layout, a JSON object (council-kit's layout schema; the request's size limit applies)",
    }),
    note: t.string({ required: false, description: "What changed (at most 500 characters)" }),
  }),
});

builder.mutationField("saveReportLayout", (t) =>
  t.field({
    type: SaveReportLayoutPayload,
    description: "Check a report layout and save it as your council's next version, in force for every report (council administrators)",
    authScopes: { configureCouncil: true },
    args: { input: t.arg({ type: SaveReportLayoutInput, required: true, description: "The layout file and a note" }) },
    resolve: (_root, args, context) => saveReportLayout(context, args.input),
  }),
);
