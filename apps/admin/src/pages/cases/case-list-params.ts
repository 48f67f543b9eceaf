import { enumMember } from "../../graphql/enum-member";
import { CaseStatus, FeedbackKind, Procedure, Stage, type CaseFilter } from "../../graphql/generated/graphql";

/** The case list's choices as the URL keeps them (?q=…&show=open&stage=…&page=2): one place reads and writes them. */
export const LIST_KEYS = ["q", "show", "status", "stage", "team", "officer", "due", "kind", "procedure", "madeByChild", "sort"] as const;
export type ListKey = (typeof LIST_KEYS)[number];
export type ListChoices = Record<ListKey, string>;

/** Calendar days ahead that count as "due soon" on the case list: the same window as home's worklist. */
export const DUE_SOON_DAYS = 5;

export function choicesFromParams(params: URLSearchParams): ListChoices {
  const choices = {} as ListChoices;
  for (const key of LIST_KEYS) choices[key] = params.get(key) ?? "";
  return choices;
}

/** The URL for these choices on a page (empty choices are left out; page 1 is the default). */
export function paramsFor(choices: Partial<ListChoices>, page = 1): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of LIST_KEYS) {
    const value = choices[key]?.trim();
    if (value) params.set(key, value);
  }
  if (page > 1) params.set("page", String(page));
  return params;
}

export function pageFromParams(params: URLSearchParams): number {
  const page = Number(params.get("page") ?? "1");
  return Number.isInteger(page) && page >= 1 ? page : 1;
}

/**
 * The gateway's CaseFilter for these choices: open cases unless the choice says finished or every case. A status,
 * stage, kind or procedure the schema does not know (an edited URL) is left out rather than sent.
 */
export function filterFor(choices: ListChoices): CaseFilter {
  const filter: CaseFilter = {};
  if (choices.q.trim().length >= 2) filter.search = choices.q.trim();
  const status = enumMember(CaseStatus, choices.status);
  if (status) filter.status = status;
  else if (choices.show === "finished") filter.open = false;
  else if (choices.show === "all") filter.open = null;
  else filter.open = true;
  const stage = enumMember(Stage, choices.stage);
  if (stage) filter.stage = stage;
  if (choices.team) filter.teamId = choices.team;
  if (choices.officer) filter.officerId = choices.officer;
  if (choices.due === "overdue") filter.overdue = true;
  if (choices.due === "soon") filter.dueWithinDays = DUE_SOON_DAYS;
  const kind = enumMember(FeedbackKind, choices.kind);
  if (kind) filter.kind = kind;
  const procedure = enumMember(Procedure, choices.procedure);
  if (procedure) filter.procedure = procedure;
  if (choices.madeByChild === "true" || choices.madeByChild === "false") filter.madeByChild = choices.madeByChild === "true";
  return filter;
}
