import { defineCouncil, fixtureLoaders } from "@csc/council-kit";
import { EXPORT_COLUMNS, parseGloucestershireExport, STAGE_REACHED } from "./importer/index";
import { layout } from "./layout/index";
import { CONTEXT_FIGURES } from "./context-figures";
import { PUBLISHED_EXCEPTIONS } from "./exceptions";
import { SUPPLIED_FIGURES } from "./supplied-figures";
import {
  CHANNELS,
  COMPLAINANT_TYPES,
  DISABILITIES,
  ETHNICITIES,
  GENDERS,
  KINDS,
  LGSCO_DECISIONS,
  NOT_CONSIDERED_REASONS,
  OUTCOMES,
  PROCEDURES,
  TEAMS,
} from "./vocabularies";
import { REASON_CATEGORIES, REASONS } from "./reasons";

export const FIXTURE_FILE = "customer-feedback-2015-2019.csv";
/** Financial years (by starting year) whose figures the seed publishes: 2018/19, with earlier years in its tables. */
export const PUBLISHED_YEARS = [2018] as const;

/**
 * Gloucestershire County Council: Children's Social Care Customer Feedback annual report (complaints, comments,
 * compliments and signposts), as published for 2018/19.
 */
export const council = defineCouncil({
  id: "gloucestershire",
  name: "Gloucestershire County Council",
  onsCode: "E10000013",
  vocabularies: {
    kinds: [...KINDS],
    procedures: [...PROCEDURES],
    reasonCategories: [...REASON_CATEGORIES],
    reasons: [...REASONS],
    outcomes: [...OUTCOMES],
    teams: [...TEAMS],
    channels: [...CHANNELS],
    complainantTypes: [...COMPLAINANT_TYPES],
    lgscoDecisions: [...LGSCO_DECISIONS],
    notConsideredReasons: [...NOT_CONSIDERED_REASONS],
    equalities: { gender: [...GENDERS], ethnicity: [...ETHNICITIES], disability: [...DISABILITIES] },
    localDimensions: { stageReached: [...STAGE_REACHED] },
  },
  procedures: {
    acknowledgement: {
      workingDays: 2,
      source: "Gloucestershire local policy: acknowledge all complaints within 2 working days (annual report 2018/19, para 28)",
    },
    corporate: {
      stages: [
        {
          id: "stage1",
          label: "Corporate Stage 1 response",
          workingDays: 10,
          maxWorkingDays: 20,
          from: "receipt",
          source:
            "Gloucestershire Corporate Complaints Policy (assumed as the statutory Stage 1: 10 working days, 20 where extended; the report measures every Stage 1 response together, para 30)",
        },
        {
          id: "stage2",
          label: "Corporate Stage 2 investigation",
          workingDays: 25,
          from: "request",
          source: "Gloucestershire Corporate Complaints Policy: the council's 25 working day timeframe (annual report 2018/19, para 31)",
        },
      ],
    },
    // Para 30: "responded to within agreed timescale" (10 working days, or 20 where extended; SI 2006/1738 reg 14).
  },
  report: layout,
  importer: { format: "csv", parse: parseGloucestershireExport, columns: EXPORT_COLUMNS.map(([column]) => column) },
  ...fixtureLoaders(import.meta.url, { fixture: FIXTURE_FILE, publishedYears: PUBLISHED_YEARS }),
  publishedExceptions: PUBLISHED_EXCEPTIONS,
  contextFigures: CONTEXT_FIGURES,
  suppliedFigures: SUPPLIED_FIGURES,
});

export { parseGloucestershireExport } from "./importer/index";
export { PUBLISHED_EXCEPTIONS } from "./exceptions";
