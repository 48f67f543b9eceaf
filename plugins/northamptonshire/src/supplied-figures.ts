import type { SuppliedFigureInput } from "@csc/council-kit";

/**
 * Figures Northamptonshire TAKES FROM ELSEWHERE (not computed from its complaint records), printed labelled with
 * their source. "LGO Investigations and Decisions": the LGO "noticed a high level of upheld complaints (62% compared
 * to the 51% national average)" — the Ombudsman's own upheld rate for the council, on its base and reporting year,
 * from its annual letter. The decisions the report lists give 11 upheld of 16 investigated (69%); that
 * computed rate is not printed under the Ombudsman's label.
 */
export const SUPPLIED_FIGURES: SuppliedFigureInput[] = [
  {
    year: 2015,
    key: "lgsco-upheld-rate",
    value: 62,
    source: "Local Government Ombudsman, annual letter to the council for 2015/16 (its upheld rate; national average 51%)",
  },
];
