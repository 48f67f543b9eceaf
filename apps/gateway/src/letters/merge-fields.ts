/**
 * The merge fields a letter's wording may use, written {{case.reference}}. Every tag in a template is checked
 * against this list when the template is saved. Values are filled from the case when a letter is written.
 */
export const MERGE_FIELDS = {
  "council.name": "The council's name",
  "case.reference": "The case's reference",
  "case.receivedOn": "The date the council received the feedback (e.g. 2 June 2026)",
  "letter.date": "The date the letter is written",
  "recipient.name": "The name of the person the letter is to (the complainant; the child when the child complained)",
  "child.name": "The child or young person's name (empty when not recorded)",
  "officer.name": "The name of the officer the case is allocated to (empty when not allocated)",
  "stage1.dueOn": "The date the Stage 1 response is due (SI 2006/1738 reg 14)",
  "notConsidered.reason": "Why the complaint is not considered, in words (empty unless it was not considered)",
} as const;
export type MergeFieldTag = keyof typeof MERGE_FIELDS;

export const MERGE_FIELD_TAGS = Object.keys(MERGE_FIELDS) as MergeFieldTag[];

/** The values merged into one letter. Missing values merge as an empty string. */
export type MergeValues = Record<MergeFieldTag, string>;

/** Example values for previewing a template without a case (no real person). */
export const SAMPLE_VALUES: MergeValues = {
  "council.name": "Example Council",
  "case.reference": "CSC-2026-0001",
  "case.receivedOn": "1 June 2026",
  "letter.date": "3 June 2026",
  "recipient.name": "Alex Example",
  "child.name": "Alex Example",
  "officer.name": "Sam Officer",
  "stage1.dueOn": "15 June 2026",
  "notConsidered.reason": "the matter is the subject of court proceedings",
};
