/**
 * The Import mapping page's answers and the mapping JSON they make (the gateway validates it with
 * @csc/council-kit importMappingSchema and names every problem by path).
 */
export const DATE_FORMAT_CHOICES = ["DD/MM/YYYY", "YYYY-MM-DD", "DD-MM-YYYY", "DD.MM.YYYY", "MM/DD/YYYY"] as const;

/** The columns the page asks for, each a field or a lifecycle date of the mapping. */
export const COLUMN_FIELDS = [
  { key: "reference", label: "Case reference", required: true },
  { key: "kind", label: "Type of feedback", required: true },
  { key: "receivedOn", label: "Date received", required: true },
  { key: "points", label: "What the complaint is about", required: false },
  { key: "acknowledged", label: "Date acknowledged", required: false },
  { key: "stage1Response", label: "Date of the Stage 1 response", required: false },
  { key: "stage1Outcome", label: "Stage 1 outcome", required: false },
  { key: "stage2Requested", label: "Date Stage 2 was requested", required: false },
  { key: "stage2StatementAgreed", label: "Date the Stage 2 statement of complaint was agreed", required: false },
  { key: "stage2Response", label: "Date of the Stage 2 response (adjudication)", required: false },
  { key: "stage2Outcome", label: "Stage 2 outcome", required: false },
  { key: "closed", label: "Date closed", required: false },
] as const;
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
}): Record<(typeof CODED_COLUMNS)[CodedKey], readonly Entry[]> {
  return { kinds: lists.kinds, reasonCategories: lists.reasons.filter((e) => !e.parentCode), outcomes: lists.outcomes };
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
  if (c.closed) events.push({ type: "closed", date: c.closed, after: column("receivedOn") });
  const outcomes = {
    ...(c.stage1Outcome ? { stage1: { column: c.stage1Outcome, values: valueMap(answers.values.stage1Outcome) } } : {}),
    ...(c.stage2Outcome ? { stage2: { column: c.stage2Outcome, values: valueMap(answers.values.stage2Outcome) } } : {}),
  };
  return {
    dateFormats: [answers.dateFormat],
    reference: { column: column("reference") },
    kind: { column: column("kind"), values: valueMap(answers.values.kind) },
    receivedOn: { column: column("receivedOn") },
    ...(c.points ? { points: { column: c.points, as: "category", values: valueMap(answers.values.points) } } : {}),
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
  if (path.startsWith("dateFormats")) return "date-format";
  return "sample-file";
}
