import type { ContextFiguresYearInput } from "@csc/council-kit";

/**
 * Context figures (seed para 14): what Gloucestershire's children's social care system counted in each year,
 * SUPPLIED by the council, not computed from complaint records. They set the complaint volumes in proportion
 * (para 15: complaints were "less than 1%" of contacts). The layout's "context" table shows them with context
 * cells; nothing else in the report is taken from here. The seed notes the figures are not directly comparable.
 */
const SOURCE = "Children's Social Care performance figures as printed in the 2018/19 annual report, para 14";

export const CONTEXT_FIGURES: ContextFiguresYearInput[] = [
  {
    year: 2017,
    source: SOURCE,
    figures: {
      contacts: 19_953,
      childrenInCare: 649,
      childProtectionPlans: 653,
      childrenInNeed: 2_287,
      assessments: 8_601,
      assessmentsWithin45WorkingDays: 6_851,
    },
  },
  {
    year: 2018,
    source: SOURCE,
    figures: {
      contacts: 29_854,
      childrenInCare: 716,
      childProtectionPlans: 754,
      childrenInNeed: 2_359,
      assessments: 8_297,
      assessmentsWithin45WorkingDays: 6_517,
    },
  },
];
