/** What heads every letter: the council, the date and the reference (not editable: the letterhead). */
export interface LetterHeading {
  councilName: string;
  title: string;
  date: string;
  reference: string;
}
