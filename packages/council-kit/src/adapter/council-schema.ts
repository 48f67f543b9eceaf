import { z } from "zod";
import type { ImportedCaseInput } from "../imported-case";
import { contextFiguresSchema } from "../context/context-figures";
import { suppliedFiguresSchema } from "../supplied/supplied-figures";
import { councilProcedureSettingsSchema } from "../procedures/procedure-settings";
import { reportLayoutSchema } from "../layout/report-layout";
import { publishedExceptionSchema, type PublishedFigures } from "../published/published-figures";
import { vocabulariesSchema } from "../vocabulary/local-vocabulary";

/**
 * Everything a council adapter supplies (see the package README). defineCouncil() validates it with this
 * schema, then checks what a schema cannot (canonical mappings, duplicate codes, measures a layout names,
 * statutory maxima) and returns the adapter frozen.
 */
export type ParseExport = (text: string) => ImportedCaseInput[];
export type LoadFixture = () => Promise<string>;
export type LoadPublished = () => Promise<PublishedFigures[]>;

const fn = <T>(what: string) => z.custom<T>((v) => typeof v === "function", { message: `must be a function (${what})` });

export const IMPORT_FORMATS = ["csv", "json"] as const;

export const importerSchema = z.strictObject({
  /** The format of the council's existing system's export. */
  format: z.enum(IMPORT_FORMATS),
  /** Reads the export into ImportedCase inputs; throws ImportError naming the row and column on bad input. */
  parse: fn<ParseExport>("text => ImportedCaseInput[]"),
  /** The export's columns, for the README and error messages (optional). */
  columns: z.array(z.string().min(1)).optional(),
});

export const councilInputSchema = z.strictObject({
  /** kebab-case, e.g. "worcestershire"; the plugin package is @csc/council-<id>. */
  id: z
    .string()
    .regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters and digits joined by "-" (e.g. "north-yorkshire")')
    .max(60),
  name: z.string().trim().min(1).max(120),
  /** ONS (GSS) code of the local authority, e.g. E10000013 for Gloucestershire. */
  onsCode: z.string().regex(/^[EW]\d{8}$/, "must be an ONS/GSS code such as E10000013 (E or W and 8 digits)"),
  vocabularies: vocabulariesSchema,
  procedures: councilProcedureSettingsSchema,
  report: reportLayoutSchema,
  importer: importerSchema,
  /** Loads the fixture export (a file in the plugin's fixtures/ folder) as text. */
  fixtures: fn<LoadFixture>("() => Promise<string>"),
  /** Loads the figures the council published (plugins/<council>/published/<year>.json), one entry per year. */
  published: fn<LoadPublished>("() => Promise<PublishedFigures[]>"),
  /** Published cells the adapter does not reproduce, each with its reason (listed in the plugin README too). */
  publishedExceptions: z.array(publishedExceptionSchema).default([]),
  /**
   * Context figures per financial year (contacts, children in care, plans, CIN, assessments): data the council
   * SUPPLIES from its social care system, not computed from complaint records. Layout context cells show them.
   */
  contextFigures: contextFiguresSchema.default([]),
  /**
   * Figures the council takes from elsewhere (the Ombudsman's published upheld rate, its annual letter), per
   * financial year with their source; layout supplied cells show them, labelled "Supplied: <source>".
   */
  suppliedFigures: suppliedFiguresSchema.default([]),
});

export type CouncilInput = z.input<typeof councilInputSchema>;
type Parsed = z.infer<typeof councilInputSchema>;

/** A validated council adapter (deeply frozen). */
export type CouncilAdapter = Readonly<Parsed>;
