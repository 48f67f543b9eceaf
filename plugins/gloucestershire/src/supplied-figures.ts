import type { SuppliedFigureInput } from "@csc/council-kit";

/**
 * Figures Gloucestershire TAKES FROM ELSEWHERE (not computed from its complaint records), printed labelled with their
 * source. Para 20's footnote: "A further 8 complaints were recorded by the Ombudsman for Children's Services. These
 * are areas of the council outside the scope of this report (e.g. Home to School transport, SEN services, and school
 * admissions appeals)": the Ombudsman's published annual figures for the year ending 31 March 2019, about education
 * services outside these records.
 */
export const SUPPLIED_FIGURES: SuppliedFigureInput[] = [
  {
    year: 2018,
    key: "lgsco-further-complaints-outside-scope",
    value: 8,
    source: "Local Government & Social Care Ombudsman, published annual figures for the year ending 31 March 2019",
  },
];
