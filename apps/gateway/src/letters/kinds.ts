/** The letters of the procedure a council can write from a case (SI 2006/1738; Children Act 1989 s.26A). */
export const LETTER_KINDS = [
  "acknowledgement",
  "stage1_response",
  "terms_of_resolution",
  "statement_of_complaint",
  "adjudication",
  "review_panel_invitation",
  "panel_response",
  "not_considered",
  "compliment_thanks",
] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

export const LETTER_FORMATS = ["docx", "pdf"] as const;
export type LetterFormat = (typeof LETTER_FORMATS)[number];

/** What each letter is called (in the app, the file name and the document's title). */
export const LETTER_TITLES: Record<LetterKind, string> = {
  acknowledgement: "Acknowledgement letter",
  stage1_response: "Stage 1 response letter",
  terms_of_resolution: "Terms of resolution letter",
  statement_of_complaint: "Statement of complaint letter",
  adjudication: "Stage 2 adjudication letter",
  review_panel_invitation: "Review panel invitation letter",
  panel_response: "Council's response to the review panel",
  not_considered: "Complaint not considered letter",
  compliment_thanks: "Thank you for your compliment letter",
};
