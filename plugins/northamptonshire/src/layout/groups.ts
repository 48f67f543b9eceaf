import { teams } from "../vocabularies";

/**
 * Groupings the report uses beside its service-area table: the rows of "Compliments Activity" and the themes of
 * "Complaints from Young People", each row a set of the council's team or reason codes (./vocabularies.ts).
 */

/** "Compliments Activity": the report's rows with the teams each covers. */
export const COMPLIMENT_ROWS: readonly (readonly [string, string[]])[] = [
  ["Safeguarding and Care Planning", ["SCP"]],
  ["Corporate parenting, Fostering, LAC and Leaving Care", ["LACT", "FOST", "LEAV"]],
  ["Adoptions", ["ADOP"]],
  ["MASH", ["MASH"]],
  ["Safeguarding and Quality Assurance", ["SQA"]],
  ["Early Help", ["EHP"]],
  ["Education", ["EDU", "ADM"]],
  ["Raven House", ["RAVEN"]],
  ["Transitions", ["TRN"]],
  ["UASC", ["UASC"]],
];

/** "Complaints from Young People": the teams in the order the paragraph names them. */
export const YOUNG_PEOPLE_TEAMS = ["SCP", "LACT", "LEAV", "FOST", "SWA", "EHP", "SQA", "MASH"].map((code) => {
  const team = teams.find((t) => t.code === code);
  if (!team) throw new Error(`team "${code}" is not in the vocabulary`);
  return team;
});

/**
 * "Complaints from Young People": the themes in the paragraph's words, each the set of reasons (./vocabularies.ts)
 * it covers. A complaint from a young person carries one reason, so the themes add up to the complaints.
 */
export const YOUNG_PEOPLE_THEMES: readonly (readonly [string, string[]])[] = [
  [
    "Lack of support or poor level of support received, including financial support",
    ["SOS_SUPPORT", "SOS_EXPECTATION", "FIN_DELAY", "FIN_MISSED", "FIN_INVOICE", "FIN_ALLOWANCE"],
  ],
  ["Lack of contact or poor communication", ["COMM_NOCONTACT", "COMM_LATE", "COMM_MISSED", "COMM_UNABLE"]],
  ["Social Worker attitude or behaviour", ["CONDUCT_BEHAVIOUR"]],
  ["Lack of follow up on actions or delays in implementing these", ["SOS_DELAY", "SOS_INEFFICIENCY"]],
  ["Inaccuracies in reports", ["SOS_INACCURATE"]],
  ["Placements", ["DEC_PLACEMENT"]],
  ["Changes to social workers", ["SOS_SWCHANGE"]],
  ["Decision making", ["DEC_RELEVANT"]],
];
