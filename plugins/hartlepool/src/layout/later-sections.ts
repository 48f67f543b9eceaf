import type { ReportLayoutInput } from "@csc/council-kit";
import { CSC, LAST_YEAR, narrative, PH_NOT_UPHELD, PUBLIC_HEALTH, received, THIS_YEAR } from "./cells";

/** Sections 7.3 to 9 and the appendices of Hartlepool's report (advocacy, the Ombudsman, cases carried forward, public health, actions, conclusions, examples). */
export const laterSections: ReportLayoutInput["sections"] = [
  {
    id: "7-3-advocacy",
    title: "7.3. Advocacy services",
    tables: [
      {
        id: "advocacy",
        title: "Advocacy",
        source: "7.3",
        columns: [{ label: THIS_YEAR }],
        rows: [
          { label: "Complaints received", cells: [received(CSC)] },
          { label: "Complainants supported by an advocate", cells: [{ measure: { metric: "advocacy_taken", filter: CSC } }] },
        ],
      },
    ],
  },
  {
    id: "7-4-lgsco",
    title: "7.4. Complaints considered by the Local Government and Social Care Ombudsman (LGSCO) in {year}",
    tables: [
      {
        id: "lgsco",
        title: "Complaints considered by the LGSCO",
        source: "7.4",
        columns: [{ label: THIS_YEAR }],
        rows: [
          {
            label: "Complaints about children's social care considered by the LGSCO",
            cells: [{ measure: { metric: "lgsco_referrals", filter: { procedure: ["childrens_statutory"] } } }],
          },
        ],
      },
    ],
  },
  {
    id: "7-5-carried-forward",
    title: "7.5. Complaints carried forward to {year}",
    tables: [
      {
        id: "carried-forward",
        title: "Complaints carried forward",
        source: "7.5",
        columns: [{ label: THIS_YEAR }],
        rows: [
          {
            label: "Complaints from {year} remaining at Stage 2, carried forward to the next year",
            cells: [{ measure: { metric: "open_at_end", stage: "stage2", filter: CSC } }],
          },
        ],
      },
    ],
  },
  {
    id: "7-6-public-health",
    title: "7.6. Complaints in {year} – Public Health relating to children's services",
    tables: [
      {
        id: "public-health",
        title: "Public health complaints relating to children's services",
        source: "7.6",
        columns: [{ label: LAST_YEAR }, { label: THIS_YEAR }],
        rows: [
          {
            label: "Complaints received",
            cells: [received(PUBLIC_HEALTH, -1), received(PUBLIC_HEALTH)],
          },
          {
            label: "Not upheld",
            cells: [
              { measure: { metric: "cases_completed", basis: "received", filter: PH_NOT_UPHELD }, yearOffset: -1 },
              { measure: { metric: "cases_completed", basis: "received", filter: PH_NOT_UPHELD } },
            ],
          },
        ],
      },
    ],
  },
  {
    id: "8-actions",
    title: "8. Actions taken following complaints",
    narrative: [narrative("actions", "Actions implemented following the conclusion of complaints (Appendix B).")],
  },
  {
    id: "9-conclusions",
    title: "9. Conclusions and way forward",
    narrative: [narrative("going-forward", "9.1 Going forward."), narrative("action-plan", "9.2 Action plan for the coming year.")],
  },
  {
    id: "appendix-a",
    title: "Appendix A: Examples of compliments received across Children's Social Care Services",
    narrative: [narrative("compliment-examples", "Redacted quotations from compliments, each with who it was from and about.")],
    records: [{ id: "compliment-examples", kind: "complimentQuotes", title: "Examples of compliments received", source: "Appendix A" }],
  },
  {
    id: "appendix-b",
    title: "Appendix B: Examples of actions taken in complaints about Children's Social Care Services",
    narrative: [narrative("action-examples", "Details of complaint/Outcome and Actions following findings, one pair per example.")],
    records: [
      {
        id: "action-examples",
        kind: "learning",
        title: "Examples of actions taken",
        source: "Appendix B",
        rowHeading: "Details of complaint/Outcome",
        columns: ["Actions following findings"],
      },
    ],
  },
];
