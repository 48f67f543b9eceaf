/**
 * The Import mapping page's answers and the mapping JSON they make (the gateway validates it with
 * @csc/council-kit importMappingSchema and names every problem by path).
 */
export const DATE_FORMAT_CHOICES = ["DD/MM/YYYY", "YYYY-MM-DD", "DD-MM-YYYY", "DD.MM.YYYY", "MM/DD/YYYY"] as const;

/** The groups the page shows the columns in, in order, with their headings. */
export const COLUMN_GROUPS = [
  { group: "case", title: "The case" },
  { group: "stage1", title: "Stage 1: local resolution" },
  { group: "stage2", title: "Stage 2: investigation" },
  { group: "stage3", title: "Stage 3: review panel" },
  { group: "lgsco", title: "The Local Government and Social Care Ombudsman" },
  { group: "end", title: "How the case ended" },
] as const;

/** The columns the page asks for, each a field or a lifecycle date of the mapping, by group. */
export const COLUMN_FIELDS = [
  { key: "reference", group: "case", label: "Case reference", required: true },
  { key: "kind", group: "case", label: "Type of feedback", required: true },
  { key: "receivedOn", group: "case", label: "Date received", required: true },
  { key: "points", group: "case", label: "What the complaint is about", required: false },
  { key: "acknowledged", group: "case", label: "Date acknowledged", required: false },
  { key: "stage1Response", group: "stage1", label: "Date of the Stage 1 response", required: false },
  { key: "stage1Outcome", group: "stage1", label: "Stage 1 outcome", required: false },
  { key: "stage2Requested", group: "stage2", label: "Date Stage 2 was requested", required: false },
  { key: "stage2StatementAgreed", group: "stage2", label: "Date the Stage 2 statement of complaint was agreed", required: false },
  { key: "stage2Response", group: "stage2", label: "Date of the Stage 2 response (adjudication)", required: false },
  { key: "stage2Outcome", group: "stage2", label: "Stage 2 outcome", required: false },
  { key: "stage3Requested", group: "stage3", label: "Date a review panel was requested (Stage 3)", required: false },
  { key: "stage3PanelHeld", group: "stage3", label: "Date the review panel met", required: false },
  { key: "stage3PanelReport", group: "stage3", label: "Date of the review panel's report", required: false },
  { key: "stage3Response", group: "stage3", label: "Date of the council's response to the review panel", required: false },
  { key: "stage3Outcome", group: "stage3", label: "Stage 3 outcome", required: false },
  { key: "lgscoReferred", group: "lgsco", label: "Date referred to the Local Government and Social Care Ombudsman", required: false },
  { key: "lgscoDecided", group: "lgsco", label: "Date of the Ombudsman's decision", required: false },
  { key: "lgscoDecision", group: "lgsco", label: "The Ombudsman's decision", required: false },
  { key: "withdrawn", group: "end", label: "Date withdrawn", required: false },
  { key: "closed", group: "end", label: "Date closed", required: false },
] as const satisfies ReadonlyArray<{ key: string; group: (typeof COLUMN_GROUPS)[number]["group"]; label: string; required: boolean }>;
export type ColumnKey = (typeof COLUMN_FIELDS)[number]["key"];

/**
 * Which columns' local values are mapped to which vocabulary: the points to the taxonomy's categories (its entries
 * with no parent), since the mapping reads them `as: "category"` (mappingOf).
 */
export const CODED_COLUMNS = {
  kind: "kinds",
  points: "reasonCategories",
  stage1Outcome: "outcomes",
  stage2Outcome: "outcomes",
  stage3Outcome: "outcomes",
  lgscoDecision: "lgscoDecisions",
} as const satisfies Partial<Record<ColumnKey, string>>;
export type CodedKey = keyof typeof CODED_COLUMNS;

interface Entry {
  code: string;
  label: string;
  parentCode?: string | null;
}

/**
 * The entries a local value of each coded column may mean, from the council's vocabularies in force: a point's
 * category is an entry of the reason taxonomy with no parent (a reason under a category is refused as a category).
 */
export function mappingChoices(lists: {
  kinds: readonly Entry[];
  reasons: readonly Entry[];
  outcomes: readonly Entry[];
  lgscoDecisions: readonly Entry[];
}): Record<(typeof CODED_COLUMNS)[CodedKey], readonly Entry[]> {
  return {
    kinds: lists.kinds,
    reasonCategories: lists.reasons.filter((e) => !e.parentCode),
    outcomes: lists.outcomes,
    lgscoDecisions: lists.lgscoDecisions,
  };
}

export interface MappingAnswers {
  dateFormat: string;
  columns: Partial<Record<ColumnKey, string>>;
  /** Per coded column: local value → vocabulary code. */
  values: Record<CodedKey, Record<string, string>>;
}

const valueMap = (map: Record<string, string>) => Object.fromEntries(Object.entries(map).filter(([, code]) => code !== ""));

/** The answers as a mapping (the gateway names whatever is missing or wrong). */
export function mappingOf(answers: MappingAnswers): Record<string, unknown> {
  const c = answers.columns;
  const column = (key: ColumnKey) => c[key] ?? "";
  const events: Array<Record<string, unknown>> = [{ type: "stage_started", stage: "stage1", date: column("receivedOn"), complaintsOnly: true }];
  if (c.acknowledged) events.push({ type: "acknowledged", date: c.acknowledged, after: column("receivedOn") });
  if (c.stage1Response)
    events.push({ type: "response_sent", stage: "stage1", date: c.stage1Response, after: column("receivedOn"), complaintsOnly: true });
  if (c.stage2Requested)
    events.push({
      type: "escalation_requested",
      to: "stage2",
      date: c.stage2Requested,
      after: c.stage1Response ?? column("receivedOn"),
      complaintsOnly: true,
    });
  // Stage 2's 25 working days run from the agreed statement of complaint (SI 2006/1738 reg 17), so the
  // adjudication needs it.
  if (c.stage2StatementAgreed)
    events.push({ type: "statement_agreed", date: c.stage2StatementAgreed, after: c.stage2Requested ?? column("receivedOn"), complaintsOnly: true });
  if (c.stage2Response)
    events.push({ type: "adjudication_sent", date: c.stage2Response, after: c.stage2StatementAgreed ?? column("receivedOn"), complaintsOnly: true });
  // Stage 3 is a review panel (SI 2006/1738 regs 19-20: its timescales are the rules' own, counted from these
  // dates): requested, met, reported and answered by the council, each after the one before it the export has.
  const stage3Requested = c.stage3Requested;
  if (stage3Requested)
    events.push({
      type: "escalation_requested",
      to: "stage3",
      date: stage3Requested,
      after: c.stage2Response ?? column("receivedOn"),
      complaintsOnly: true,
    });
  if (c.stage3PanelHeld)
    events.push({ type: "panel_held", date: c.stage3PanelHeld, after: stage3Requested ?? column("receivedOn"), complaintsOnly: true });
  if (c.stage3PanelReport)
    events.push({
      type: "panel_reported",
      date: c.stage3PanelReport,
      after: c.stage3PanelHeld ?? stage3Requested ?? column("receivedOn"),
      complaintsOnly: true,
    });
  if (c.stage3Response)
    events.push({
      type: "council_responded",
      date: c.stage3Response,
      after: c.stage3PanelReport ?? c.stage3PanelHeld ?? stage3Requested ?? column("receivedOn"),
      complaintsOnly: true,
    });
  if (c.lgscoReferred) events.push({ type: "lgsco_referred", date: c.lgscoReferred, after: column("receivedOn") });
  if (c.lgscoDecided) events.push({ type: "lgsco_decided", date: c.lgscoDecided, after: c.lgscoReferred ?? column("receivedOn") });
  if (c.withdrawn) events.push({ type: "withdrawn", date: c.withdrawn, after: column("receivedOn") });
  if (c.closed) events.push({ type: "closed", date: c.closed, after: column("receivedOn") });
  const outcomes = {
    ...(c.stage1Outcome ? { stage1: { column: c.stage1Outcome, values: valueMap(answers.values.stage1Outcome) } } : {}),
    ...(c.stage2Outcome ? { stage2: { column: c.stage2Outcome, values: valueMap(answers.values.stage2Outcome) } } : {}),
    ...(c.stage3Outcome ? { stage3: { column: c.stage3Outcome, values: valueMap(answers.values.stage3Outcome) } } : {}),
  };
  return {
    dateFormats: [answers.dateFormat],
    reference: { column: column("reference") },
    kind: { column: column("kind"), values: valueMap(answers.values.kind) },
    receivedOn: { column: column("receivedOn") },
    ...(c.points ? { points: { column: c.points, as: "category", values: valueMap(answers.values.points) } } : {}),
    ...(c.lgscoDecision ? { lgscoDecision: { column: c.lgscoDecision, values: valueMap(answers.values.lgscoDecision) } } : {}),
    outcomes,
    events,
  };
}

/** A local value's likely entry: one whose code or label is the same words, ignoring case. */
export function guessEntry(value: string, entries: ReadonlyArray<{ code: string; label: string }>): string {
  const v = value.trim().toLowerCase();
  return entries.find((e) => e.code.toLowerCase() === v || e.label.toLowerCase() === v)?.code ?? "";
}

/** The page's field id for a mapping problem's path (`kind.column` → the kind column's select). */
export function fieldOfProblem(path: string): string {
  const key = COLUMN_FIELDS.find((f) => path.startsWith(`${f.key}.`) || path === f.key)?.key;
  if (key) return `column-${key}`;
  if (path.startsWith("outcomes.stage1")) return "column-stage1Outcome";
  if (path.startsWith("outcomes.stage2")) return "column-stage2Outcome";
  if (path.startsWith("outcomes.stage3")) return "column-stage3Outcome";
  if (path.startsWith("dateFormats")) return "date-format";
  return "sample-file";
}
